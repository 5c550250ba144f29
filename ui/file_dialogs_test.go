package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestFileDialogCancelDoesNothing: each kind of file dialog opens at
// fileDialogSize, and its Cancel closes it calling neither its action nor
// its failure handler.
func TestFileDialogCancelDoesNothing(t *testing.T) {
	cases := []struct {
		name string
		show func(win fyne.Window, called func())
	}{
		{"save", func(win fyne.Window, called func()) {
			showFileSave(win, &memoFolder{}, "certplan-data.json", func(error) { called() }, func(fyne.URIWriteCloser) { called() })
		}},
		{"open", func(win fyne.Window, called func()) {
			showFileOpen(win, t.TempDir(), func(fyne.URIReadCloser) { called() })
		}},
		{"folder", func(win fyne.Window, called func()) {
			showFolderOpen(win, func(fyne.ListableURI) { called() })
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			test.NewTempApp(t)
			win := test.NewTempWindow(t, widget.NewLabel(""))
			win.Resize(fyne.NewSize(1100, 720))
			called := false
			c.show(win, func() { called = true })
			top := win.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no dialog shows")
			}
			if got := findFirst[*widget.PopUp](t, top, "the dialog is no pop-up").Size(); got != fileDialogSize {
				t.Errorf("the dialog is %v, want %v", got, fileDialogSize)
			}
			test.Tap(findButton(t, top, "Cancel"))
			if called {
				t.Error("Cancel called the dialog's action or failure handler")
			}
			if win.Canvas().Overlays().Top() != nil {
				t.Error("the dialog stays open after Cancel")
			}
		})
	}
}

// memoFolder is an exportFolder kept in memory.
type memoFolder struct{ dir string }

func (m *memoFolder) ExportFolder() string       { return m.dir }
func (m *memoFolder) SetExportFolder(dir string) { m.dir = dir }

// TestExportStartsInTheLastExportFolder: save dialogs start in the folder
// the last export went to (QA: they started in the backups folder after a
// restore), or the home folder when none was remembered or it is gone.
func TestExportStartsInTheLastExportFolder(t *testing.T) {
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skip("no home folder:", err)
	}
	last := t.TempDir()
	cases := []struct {
		name, remembered, want string
	}{
		{"the last export's folder", last, last},
		{"nothing remembered: home", "", home},
		{"the last folder is gone: home", filepath.Join(last, "gone"), home},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := exportStart(&memoFolder{dir: c.remembered}); got != c.want {
				t.Errorf("exportStart = %q, want %q", got, c.want)
			}
		})
	}
}

// TestExportFolderIsAPreference: the folder is kept in Fyne's preferences
// under export.folder, so it outlives the window.
func TestExportFolderIsAPreference(t *testing.T) {
	a := test.NewTempApp(t)
	NewPrefs(a.Preferences()).SetExportFolder("/tmp/exports")
	if got := NewPrefs(a.Preferences()).ExportFolder(); got != "/tmp/exports" {
		t.Errorf("ExportFolder = %q after SetExportFolder, want /tmp/exports", got)
	}
	if got := a.Preferences().String("export.folder"); got != "/tmp/exports" {
		t.Errorf("preference export.folder = %q", got)
	}
}
