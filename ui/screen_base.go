package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// screenBase is what every screen takes from the main window and nothing
// more: the window its dialogs show in, the task runner, the catalog and
// the learner's today. Each screen adds its own service and callbacks in
// its own small struct of dependencies; the app shell fills them.
type screenBase struct {
	win   fyne.Window
	tasks *tasks
	cat   *catalog.Catalog
	today func() catalog.Date
}

// fail returns an error handler that logs err once and tells the learner
// what could not be done and what to do next.
func (b screenBase) fail(action string) func(error) { return failIn(b.win, action) }

// showCheckedForm shows a form dialog in the screen's window; see
// showCheckedFormIn.
func (b screenBase) showCheckedForm(title, confirm string, items []*widget.FormItem, submit func() error) *checkedForm {
	return showCheckedFormIn(b.win, title, confirm, items, submit)
}
