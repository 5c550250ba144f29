package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certplan/ui/uitest"
)

// outputCommands are every command-line output of a file, with the file's
// path as the last argument.
var outputCommands = map[string][]string{
	"plan --pdf":   {"plan", "--cert", "SAA-C03", "--pdf"},
	"plan --ics":   {"plan", "--cert", "SAA-C03", "--ics"},
	"plan --csv":   {"plan", "--cert", "SAA-C03", "--json", "--csv"},
	"export --pdf": {"export", "1", "--pdf"},
	"export --ics": {"export", "1", "--ics"},
	"export --csv": {"export", "1", "--csv"},
	"export-data":  {"export-data"},
}

// ownTargets are certplan's own files, relative to the data folder.
var ownTargets = []string{"certplan.db", "certplan.db-wal", "certplan.db-shm", "certplan.db-journal", "certplan.lock",
	"certplan.db.restore", "backups/plan.pdf", "damaged/certplan.db", "replaced/x.csv", "."}

// TestOutputsRefuseCertplansOwnFiles: every output flag, aimed at each of
// certplan's own files by an absolute path, a relative one, a symlinked
// data folder and a symlink to the file, exits 2 with one line naming the
// file, and the data file is byte-for-byte what it was.
func TestOutputsRefuseCertplansOwnFiles(t *testing.T) {
	dir := newSavedPlan(t)
	os.MkdirAll(filepath.Join(dir, "damaged"), 0o700)
	os.MkdirAll(filepath.Join(dir, "replaced"), 0o700)
	data := uitest.LinkData(t, dir)
	home := data.Home
	rel, err := filepath.Rel(home, dir)
	if err != nil {
		t.Fatal(err)
	}
	for name, args := range outputCommands {
		for i, target := range ownTargets {
			fileLink := filepath.Join(home, strings.ReplaceAll(name, " ", "")+string(rune('a'+i)))
			if err := os.Symlink(filepath.Join(dir, target), fileLink); err != nil {
				t.Fatal(err)
			}
			ways := map[string]string{"absolute": filepath.Join(dir, target), "relative": filepath.Join(rel, target),
				"folder link": filepath.Join("data", target), "file link": fileLink}
			for way, path := range ways {
				t.Run(name+"/"+target+"/"+way, func(t *testing.T) {
					r := storeRun(t, dir, append(append([]string(nil), args...), path)...)
					wantBadInput(t, r, "cannot save to "+path+": it is ")
					if !strings.Contains(r.stderr, "choose a file outside certplan's data folder") {
						t.Errorf("stderr %q does not say what to do", r.stderr)
					}
					if data.DataChanged() {
						t.Fatal("the data file changed")
					}
				})
			}
		}
	}
}

// TestOutputsBesideTheDataStillWork: a file of the learner's own, even one
// inside the data folder, is saved as before (a negative control).
func TestOutputsBesideTheDataStillWork(t *testing.T) {
	dir := newSavedPlan(t)
	for name, args := range outputCommands {
		ext := map[bool]string{true: ".json", false: ".out"}[name == "export-data"]
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "")+ext)
		if r := storeRun(t, dir, append(append([]string(nil), args...), path)...); r.status != exitOK {
			t.Errorf("%s %s: status %d, stderr %q", name, path, r.status, r.stderr)
		}
		if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %s not saved: %v", name, path, err)
		}
	}
}

// TestPlanRefusesOwnFilesWithoutOpeningThem: plan takes no lock, so the
// refusal holds while another certplan has the folder open.
func TestPlanRefusesOwnFilesWithoutOpeningThem(t *testing.T) {
	dir := newSavedPlan(t)
	openStore(t, dir)
	wantBadInput(t, storeRun(t, dir, "plan", "--cert", "SAA-C03", "--pdf", filepath.Join(dir, "certplan.db")), "certplan.db: it is certplan's data file;")
}

// TestExportDataToAFolderIsRefused: a folder is not a file name, and no
// temporary file is left in the folder's parent.
func TestExportDataToAFolderIsRefused(t *testing.T) {
	dir := newSavedPlan(t)
	parent := t.TempDir()
	folder := filepath.Join(parent, "exports")
	os.Mkdir(folder, 0o700)
	for _, path := range []string{folder, folder + "/"} {
		wantBadInput(t, storeRun(t, dir, "export-data", path), path+" is a directory; choose a file path")
	}
	if left, _ := os.ReadDir(parent); len(left) != 1 {
		t.Errorf("the parent folder holds %d entries, want only the folder", len(left))
	}
}
