package ui

import (
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
			showFileSave(win, "certplan-data.json", func(error) { called() }, func(fyne.URIWriteCloser) { called() })
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
