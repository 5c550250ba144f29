package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fynestorage "fyne.io/fyne/v2/storage"
)

// fileDialogSize is the size every file dialog opens at, room enough to
// browse folders in.
var fileDialogSize = fyne.NewSize(800, 560)

// showFileSave asks in win where to save a file, suggesting name. The file
// picked goes to picked, open for writing; a failure of the dialog goes to
// fail; a cancel does nothing.
func showFileSave(win fyne.Window, name string, fail func(error), picked func(fyne.URIWriteCloser)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			fail(err)
			return
		}
		if w != nil {
			picked(w)
		}
	}, win)
	d.SetFileName(name)
	showSized(d)
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
	if dir != "" {
		if at, err := fynestorage.ListerForURI(fynestorage.NewFileURI(dir)); err == nil {
			d.SetLocation(at)
		}
	}
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
