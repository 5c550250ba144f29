package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
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

// saving is the target of a save of action that is not about one plan:
// its result is always the screen's.
func (b screenBase) saving(action string) saveTarget {
	return saveTarget{shown: always, fail: b.fail(action)}
}

// forPlan is the target of a save of action to plan p, on a screen that
// shows one plan at a time, shownID: its result is the screen's only while
// the screen still shows p, and its failure names p's exam, for the
// learner may be looking at another plan by then.
func (b screenBase) forPlan(p planner.StudyPlan, shownID func() int64, action string) saveTarget {
	if exam := p.Schedule.Exam; exam != "" {
		action += " for " + exam
	}
	return saveTarget{shown: func() bool { return shownID() == p.ID }, fail: b.fail(action)}
}

// showCheckedForm shows a form dialog in the screen's window; see
// showCheckedFormIn.
func (b screenBase) showCheckedForm(title, confirm string, items []*widget.FormItem, submit func() error) *checkedForm {
	return showCheckedFormIn(b.win, title, confirm, items, submit)
}
