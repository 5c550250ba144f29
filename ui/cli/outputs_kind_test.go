package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certplan/ui/export/exporttest"
)

// TestOutputsRefuseWhatIsNotAFile: every output, aimed at a device, a
// named pipe or a directory, exits 2 with one line saying what is there,
// and leaves it as it was (a pipe is not opened, so nothing blocks).
func TestOutputsRefuseWhatIsNotAFile(t *testing.T) {
	dir := newSavedPlan(t)
	targets := exporttest.MakeNotFiles(t).Kinds()
	for name, args := range outputCommands {
		for path, kind := range targets {
			t.Run(name+"/"+kind, func(t *testing.T) {
				before, _ := os.Lstat(path)
				r := storeRun(t, dir, append(append([]string(nil), args...), path)...)
				if name == "export-data" && kind == "a directory" {
					wantBadInput(t, r, path+" is a directory; choose a file path")
				} else {
					wantBadInput(t, r, path+": it is "+kind+"; choose a file path")
				}
				after, err := os.Lstat(path)
				if err != nil || after.Mode().Type() != before.Mode().Type() {
					t.Errorf("%s is now %v (%v), want it left as %s", path, after, err, kind)
				}
			})
		}
	}
}

// TestOutputsWriteThroughALink: a symlink at the output path stays a link
// and its target gets the new content, for every output.
func TestOutputsWriteThroughALink(t *testing.T) {
	dir := newSavedPlan(t)
	home := t.TempDir()
	for name, args := range outputCommands {
		t.Run(name, func(t *testing.T) {
			base := strings.ReplaceAll(name, " ", "")
			target, link := filepath.Join(home, base+".real"), filepath.Join(home, base+".link")
			if err := os.WriteFile(target, []byte("old"), 0o640); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(target, link); err != nil {
				t.Fatal(err)
			}
			if r := storeRun(t, dir, append(append([]string(nil), args...), link)...); r.status != exitOK {
				t.Fatalf("status %d, stderr %q", r.status, r.stderr)
			}
			if got, _ := os.ReadFile(target); len(got) < 10 {
				t.Errorf("target holds %q, want the export", got)
			}
			if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
				t.Errorf("the link is now %v (%v), want a link", fi, err)
			}
			want := os.FileMode(0o640)
			if name == "export-data" {
				want = 0o600 // the learner's data is private
			}
			if fi, _ := os.Stat(target); fi.Mode().Perm() != want {
				t.Errorf("target mode %v, want %v", fi.Mode().Perm(), want)
			}
		})
	}
}

// TestExportDataIsPrivate: a new export-data file is its owner's only.
func TestExportDataIsPrivate(t *testing.T) {
	dir := newSavedPlan(t)
	path := filepath.Join(t.TempDir(), "data.json")
	mustStore(t, dir, "export-data", path)
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("export-data file %v (%v), want mode 0600", fi, err)
	}
}

// TestTwoOutputsOneFileAreRefused: two flags naming one file, written
// alike, through a link or a relative path, exit 2 before anything is saved.
func TestTwoOutputsOneFileAreRefused(t *testing.T) {
	dir := newSavedPlan(t)
	home := t.TempDir()
	t.Chdir(home)
	same := filepath.Join(home, "plan.out")
	if err := os.Symlink(same, filepath.Join(home, "link.out")); err != nil {
		t.Fatal(err)
	}
	cases := [][]string{
		{"--pdf", same, "--ics", same},
		{"--ics", same, "--csv", "link.out"},
		{"--pdf", "plan.out", "--csv", same},
	}
	for _, flags := range cases {
		for _, cmd := range [][]string{{"export", "1"}, {"plan", "--cert", "SAA-C03"}} {
			r := storeRun(t, dir, append(append([]string(nil), cmd...), flags...)...)
			wantBadInput(t, r, flags[0]+" and "+flags[2]+" name the same file")
			if _, err := os.Stat(same); err == nil {
				t.Fatalf("%v %v saved %s before refusing", cmd, flags, same)
			}
		}
	}
}

// TestExportToStdout: "-" sends a single calendar or CSV to standard
// output with nothing else printed; a PDF, two outputs, or plan (which
// prints the plan there) refuse it, and no file named "-" appears.
func TestExportToStdout(t *testing.T) {
	dir := newSavedPlan(t)
	t.Chdir(t.TempDir())
	ics := storeRun(t, dir, "export", "1", "--ics", "-")
	if ics.status != exitOK || !strings.HasPrefix(ics.stdout, "BEGIN:VCALENDAR") || strings.Contains(ics.stdout, "Saved") {
		t.Errorf("export --ics -: status %d, stdout starts %.40q", ics.status, ics.stdout)
	}
	csv := storeRun(t, dir, "export", "1", "--csv", "-")
	if csv.status != exitOK || strings.Count(csv.stdout, "\n") < 2 || strings.Contains(csv.stdout, "Saved") {
		t.Errorf("export --csv -: status %d, stdout starts %.40q", csv.status, csv.stdout)
	}
	wantBadInput(t, storeRun(t, dir, "export", "1", "--pdf", "-"), "--pdf: a PDF is not text")
	wantBadInput(t, storeRun(t, dir, "export", "1", "--ics", "-", "--csv", "x.csv"), "--ics: standard output (-) takes one file alone")
	wantBadInput(t, storeRun(t, dir, "plan", "--cert", "SAA-C03", "--csv", "-"), "--csv: standard output (-) shows the plan here")
	if _, err := os.Stat("-"); err == nil {
		t.Error("a file named - was saved")
	}
}
