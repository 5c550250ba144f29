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
}

// showCheckedFormIn shows, in win, a form whose confirm button runs submit;
// the form closes when submit returns nil and shows its error otherwise.
func showCheckedFormIn(win fyne.Window, title, confirm string, items []*widget.FormItem, submit func() error) *checkedForm {
	f := &checkedForm{items: items, submit: submit, form: widget.NewForm(items...)}
	for _, it := range items {
		f.hints = append(f.hints, it.HintText)
	}
	f.problem = widget.NewLabel("")
	f.problem.Wrapping = fyne.TextWrapWord
	f.problem.Importance = widget.DangerImportance
	f.problem.Hide()
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
	f.dialog = dialog.NewCustomWithoutButtons(title, container.NewVBox(f.form, f.problem), win)
	f.dialog.SetButtons([]fyne.CanvasObject{cancel, f.confirm})
	f.dialog.Resize(fyne.NewSize(min(560, win.Canvas().Size().Width-40), f.dialog.MinSize().Height))
	f.dialog.Show()
	focusFirstEntry(win, items, f.onConfirm)
	return f
}

// focusFirstEntry makes Enter in every entry confirm and focuses the first.
func focusFirstEntry(win fyne.Window, items []*widget.FormItem, confirm func()) {
	first := true
	for _, it := range items {
		e, ok := it.Widget.(*widget.Entry)
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
	if f.confirm.Disabled() {
		return
	}
	for i, it := range f.items {
		it.HintText = f.hints[i]
	}
	f.problem.Hide()
	err := f.submit()
	if err == nil {
		f.dialog.Hide()
		return
	}
	f.showProblem(err)
}

// showProblem puts err next to its field, or under the form.
func (f *checkedForm) showProblem(err error) {
	var fe fieldError
	if errors.As(err, &fe) {
		for _, it := range f.items {
			if it.Text == fe.field {
				it.HintText = userMessage(fe)
				f.form.Refresh()
				return
			}
		}
	}
	f.form.Refresh()
	f.problem.SetText(userMessage(err))
	f.problem.Show()
}
