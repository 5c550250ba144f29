package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// fieldError is a problem with one field of a form, shown next to it.
type fieldError struct {
	field string // the form item's label
	msg   string
}

// Error is the message shown next to the field.
func (e fieldError) Error() string { return e.msg }

// checkedForm is a form dialog that stays open when what was typed cannot
// be used: the problem shows inside the form, next to its field, and
// nothing typed is lost.
type checkedForm struct {
	dialog  *dialog.CustomDialog
	form    *widget.Form
	items   []*widget.FormItem
	hints   []string
	problem *widget.Label
	confirm *widget.Button
	submit  func() error
	// notes are the message lines under the fields Fyne's form gives no
	// hint line (a Select), by the field's label.
	notes map[string]*widget.Label
	busy  bool // a save started by submit is running
	// fixed, for a form shown with showFixedFormIn, are its checked
	// entries, whose problems show in the message line under the form.
	fixed []*fixedField
	// steady is set for such a form: its message line keeps its space.
	steady bool
}

// errSaving is what a submit returns once it has started a save that
// closes the form when it is stored (checkedForm.saved) and shows in the
// form why it was refused (checkedForm.saving): the form and what was
// typed stay until then.
var errSaving = errors.New("saving")

// showCheckedFormIn shows, in win, a form whose confirm button runs submit;
// the form closes when submit returns nil and shows its error otherwise.
func showCheckedFormIn(win fyne.Window, title, confirm string, items []*widget.FormItem, submit func() error) *checkedForm {
	return openCheckedForm(win, title, confirm, items, submit, false)
}

// openCheckedForm shows the form; steady keeps every problem in one line
// under the fields (showFixedFormIn).
func openCheckedForm(win fyne.Window, title, confirm string, items []*widget.FormItem, submit func() error, steady bool) *checkedForm {
	f := &checkedForm{items: items, submit: submit, notes: map[string]*widget.Label{}, steady: steady}
	fields := make([]fyne.CanvasObject, len(items))
	for i, it := range items {
		f.hints = append(f.hints, it.HintText)
		fields[i] = it.Widget
		if steady {
			f.quieten(it)
		} else {
			f.addNote(it)
		}
	}
	f.form = widget.NewForm(items...)
	f.problem = widget.NewLabel("")
	f.problem.Wrapping = fyne.TextWrapWord
	f.problem.Importance = widget.DangerImportance
	var message fyne.CanvasObject = f.problem
	if steady {
		message = keepLines(f.problem, 2)
	} else {
		f.problem.Hide()
	}
	f.confirm = widget.NewButton(confirm, f.onConfirm)
	f.confirm.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { f.dialog.Hide() })
	f.form.SetOnValidationChanged(func(err error) {
		if err != nil {
			f.confirm.Disable()
		} else {
			f.confirm.Enable()
		}
	})
	f.dialog = dialog.NewCustomWithoutButtons(title, container.NewVBox(f.form, message), win)
	f.dialog.SetButtons([]fyne.CanvasObject{cancel, f.confirm})
	showFitted(f.dialog, win)
	focusFirstEntry(win, fields, f.onConfirm)
	return f
}

// addNote gives a field that is not an entry and has no hint a message
// line under it, hidden until a problem shows there: Fyne's form draws a
// hint line only for entries with a validator and fields with a hint, so a
// problem put in the hint of a Select would never show.
func (f *checkedForm) addNote(it *widget.FormItem) {
	if _, ok := it.Widget.(*widget.Entry); ok || it.HintText != "" {
		return
	}
	note := widget.NewLabel("")
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.DangerImportance
	note.Hide()
	f.notes[it.Text] = note
	if sel, ok := it.Widget.(*widget.Select); ok {
		changed := sel.OnChanged // a new choice answers the problem shown
		sel.OnChanged = func(s string) {
			note.Hide()
			if changed != nil {
				changed(s)
			}
		}
	}
	it.Widget = container.NewVBox(it.Widget, note)
}

// showsHint tells whether Fyne's form draws a hint line under it.
func showsHint(it *widget.FormItem, hint string) bool {
	e, ok := it.Widget.(*widget.Entry)
	return hint != "" || ok && e.Validator != nil
}

// focusFirstEntry makes Enter in every entry confirm and focuses the first.
func focusFirstEntry(win fyne.Window, fields []fyne.CanvasObject, confirm func()) {
	first := true
	for _, w := range fields {
		e, ok := w.(*widget.Entry)
		if !ok || e.OnSubmitted != nil {
			continue
		}
		e.OnSubmitted = func(string) { confirm() }
		if first {
			win.Canvas().Focus(e)
			first = false
		}
	}
}

// onConfirm submits, and shows the problem inside the form when there is one.
func (f *checkedForm) onConfirm() {
	if f.confirm.Disabled() || f.busy {
		return
	}
	for i, it := range f.items {
		it.HintText = f.hints[i]
	}
	for _, note := range f.notes {
		note.Hide()
	}
	f.setProblem("")
	switch err := f.submit(); {
	case err == nil:
		f.dialog.Hide()
	case errors.Is(err, errSaving):
		f.busy = true
		f.confirm.Disable()
	default:
		f.showProblem(err)
	}
}

// saving is the target of a save of action started by the form's submit:
// a refusal (a rule the stored data keeps, a disk that is full) is logged
// and shown in the form, which keeps what was typed to be corrected.
func (f *checkedForm) saving(action string) saveTarget {
	return saveTarget{shown: always, fail: func(err error) {
		logFailure(action, err)
		f.busy = false
		f.confirm.Enable()
		f.showProblem(errors.New("Could not " + action + ". " + userMessage(err)))
	}}
}

// saved closes the form once the save its submit started is stored.
func (f *checkedForm) saved() {
	f.busy = false
	f.dialog.Hide()
}

// showProblem puts err next to its field, or under the form.
func (f *checkedForm) showProblem(err error) {
	var fe fieldError
	if errors.As(err, &fe) && f.steady {
		f.setProblem(fe.field + ": " + userMessage(fe))
		return
	}
	if errors.As(err, &fe) {
		if note, ok := f.notes[fe.field]; ok {
			note.SetText(userMessage(fe))
			note.Show()
			f.form.Refresh()
			return
		}
		for i, it := range f.items {
			if it.Text == fe.field && showsHint(it, f.hints[i]) {
				it.HintText = userMessage(fe)
				f.form.Refresh()
				return
			}
		}
	}
	f.form.Refresh()
	f.setProblem(userMessage(err))
}

// setProblem shows msg under the form, or nothing for "": a steady form
// keeps the line's space either way.
func (f *checkedForm) setProblem(msg string) {
	f.problem.SetText(msg)
	if msg == "" && !f.steady {
		f.problem.Hide()
	} else {
		f.problem.Show()
	}
}
