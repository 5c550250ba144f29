package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	fynestorage "fyne.io/fyne/v2/storage"

	"certplan/ui/export/exporttest"
)

// TestSaveDialogsRefuseWhatIsNotAFile: the writer a save dialog opens and
// the File menu's export refuse a device, a named pipe and a folder in one
// line saying what is there (a pipe is never opened, so nothing hangs),
// and leave each as it was.
func TestSaveDialogsRefuseWhatIsNotAFile(t *testing.T) {
	clk := &clock{}
	app := startAppWith(t, backends["storage"](t, clk), clk)
	for path, kind := range exporttest.MakeNotFiles(t).Kinds() {
		before, _ := os.Lstat(path)
		w, err := fynestorage.Writer(fynestorage.NewFileURI(path))
		if err == nil {
			w.Close()
		}
		want := "it is " + kind + "; choose a file path"
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("save dialog writer on %s: %v, want %q", path, err, want)
		}
		err = app.writeExport(context.Background(), exportFormats[0], 1, path)
		if err == nil || !strings.Contains(userMessage(err), want) {
			t.Errorf("export to %s: %v, want %q", path, err, want)
		}
		if after, err := os.Lstat(path); err != nil || after.Mode().Type() != before.Mode().Type() {
			t.Errorf("%s is now %v (%v), want it left as %s", path, after, err, kind)
		}
	}
}

// TestSaveDialogWriterSavesWholeThroughALink: a save dialog's writer
// empties nothing when opened, and on close saves what was written into
// the target of a symbolic link, which stays a link.
func TestSaveDialogWriterSavesWholeThroughALink(t *testing.T) {
	clk := &clock{}
	startAppWith(t, backends["storage"](t, clk), clk)
	dir := t.TempDir()
	target, link := filepath.Join(dir, "real.csv"), filepath.Join(dir, "plan.csv")
	os.WriteFile(target, []byte("old"), 0o640)
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	w, err := fynestorage.Writer(fynestorage.NewFileURI(link))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); string(got) != "old" {
		t.Errorf("opening the writer left %q, want the file untouched until close", got)
	}
	w.Write([]byte("new"))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Errorf("target holds %q, want the new content", got)
	}
	if err := exporttest.CheckSavedThroughLink(link, target, 0o640); err != nil {
		t.Error(err)
	}
}
