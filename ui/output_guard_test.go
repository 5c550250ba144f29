package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	fynestorage "fyne.io/fyne/v2/storage"

	"certplan/ui/uitest"
)

// TestSaveDialogsRefuseCertplansOwnFiles: the writer a save dialog opens,
// and the export behind the File menu, refuse each of certplan's own files
// (by name, through a symlinked folder, a symlink to the file and a
// relative path) before anything is written, and the data file stays
// byte-for-byte the same; a file of the learner's own is still written.
func TestSaveDialogsRefuseCertplansOwnFiles(t *testing.T) {
	clk := &clock{}
	svc := backends["storage"](t, clk)
	app := startAppWith(t, svc, clk)
	dir := svc.Data.Dir()
	for _, d := range []string{"backups", "damaged", "replaced"} {
		os.MkdirAll(filepath.Join(dir, d), 0o700)
	}
	data := uitest.LinkData(t, dir)
	db, home, folderLink := data.DB, data.Home, data.Link
	targets := []string{"certplan.db", "certplan.db-wal", "certplan.db-shm", "certplan.db-journal", "certplan.lock",
		"certplan.db.restore", "backups/plan.pdf", "damaged/x.db", "replaced/x.db", "."}
	for i, target := range targets {
		fileLink := filepath.Join(home, "link"+string(rune('a'+i)))
		if err := os.Symlink(filepath.Join(dir, target), fileLink); err != nil {
			t.Fatal(err)
		}
		for _, path := range []string{filepath.Join(dir, target), filepath.Join(folderLink, target), fileLink} {
			w, err := fynestorage.Writer(fynestorage.NewFileURI(path))
			if err == nil {
				w.Close()
			}
			if !uitest.Invalid(err) || !strings.Contains(err.Error(), "choose a file outside") {
				t.Errorf("save dialog writer on %s: %v, want a refusal", path, err)
			}
		}
		for _, path := range []string{filepath.Join(dir, target), filepath.Join("data", target), fileLink} {
			err := app.writeExport(context.Background(), exportFormats[0], 1, path)
			if !uitest.Invalid(err) || !strings.Contains(userMessage(err), "Cannot save to "+path+": it is ") {
				t.Errorf("export to %s: %v, want a refusal naming it", path, err)
			}
		}
		if data.DataChanged() {
			t.Fatalf("after %s the data file changed", target)
		}
	}
	own, mine := fynestorage.NewFileURI(db), fynestorage.NewFileURI(filepath.Join(home, "plan.pdf"))
	w, err := fynestorage.Writer(mine)
	if err != nil {
		t.Fatalf("a learner's own file is refused: %v", err)
	}
	w.Close()
	if _, err := fynestorage.Appender(own); !uitest.Invalid(err) {
		t.Errorf("appender on the data file: %v", err)
	}
	if err := fynestorage.Copy(mine, own); !uitest.Invalid(err) {
		t.Errorf("copy onto the data file: %v", err)
	}
	if err := fynestorage.Move(mine, own); !uitest.Invalid(err) {
		t.Errorf("move onto the data file: %v", err)
	}
	if data.DataChanged() {
		t.Fatal("the data file changed")
	}
}
