package ui

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fynestorage "fyne.io/fyne/v2/storage"
)

// fileDialogSize is the size every file dialog opens at, room enough to
// browse folders in.
var fileDialogSize = fyne.NewSize(800, 560)

// exportFolder is where save dialogs start: the folder the learner last
// saved an export to, remembered across starts (Prefs keeps it).
type exportFolder interface {
	ExportFolder() string
	SetExportFolder(dir string)
}

// showFileSave asks in win where to save an export, suggesting name and
// starting in the folder the last export went to, or the home folder (not
// the folder Fyne last browsed, which may be the backups' after a
// restore). The folder picked is remembered for the next export. The file
// picked goes to picked, open for writing; a failure of the dialog goes to
// fail; a cancel does nothing.
func showFileSave(win fyne.Window, folder exportFolder, name string, fail func(error), picked func(fyne.URIWriteCloser)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			fail(err)
			return
		}
		if w != nil {
			if folder != nil {
				folder.SetExportFolder(filepath.Dir(w.URI().Path()))
			}
			picked(w)
		}
	}, win)
	d.SetFileName(name)
	startIn(d, exportStart(folder))
	showSized(d)
}

// exportStart is the folder save dialogs start in: the last export's, or
// the home folder when there is none yet or it is gone (or folder is nil:
// nothing is remembered).
func exportStart(folder exportFolder) string {
	if folder != nil {
		if dir := folder.ExportFolder(); dir != "" {
			if info, err := os.Stat(dir); err == nil && info.IsDir() {
				return dir
			}
		}
	}
	home, _ := os.UserHomeDir()
	return home
}

// startIn makes d start in folder dir when dir is given and can be listed.
func startIn(d *dialog.FileDialog, dir string) {
	if dir == "" {
		return
	}
	if at, err := fynestorage.ListerForURI(fynestorage.NewFileURI(dir)); err == nil {
		d.SetLocation(at)
	}
}

// showFileOpen asks in win for a file to read, starting in folder dir when
// dir is given and can be listed. The file picked goes to picked, open for
// reading; a cancel or a failure of the dialog does nothing.
func showFileOpen(win fyne.Window, dir string, picked func(fyne.URIReadCloser)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err == nil && r != nil {
			picked(r)
		}
	}, win)
	startIn(d, dir)
	showSized(d)
}

// showFolderOpen asks in win for a folder; the folder picked goes to
// picked, and a cancel or a failure of the dialog does nothing.
func showFolderOpen(win fyne.Window, picked func(fyne.ListableURI)) {
	showSized(dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err == nil && dir != nil {
			picked(dir)
		}
	}, win))
}

// showSized shows d at fileDialogSize.
func showSized(d *dialog.FileDialog) {
	d.Show()
	d.Resize(fileDialogSize)
}
