package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// fixedField is a checked entry of a steady form (showFixedFormIn): its
// problem shows under the form once the learner has typed in it.
type fixedField struct {
	label string // the form item's label, naming the field in the message
	entry *widget.Entry
	typed bool
}

// showFixedFormIn is showCheckedFormIn for a form whose problems all show
// in one message line under the fields, in a space kept for them, naming
// the field: Fyne's form draws a field's message under it and grows the
// dialog, which moves, so that the next click lands in another field (QA
// #16). Each checked entry still marks itself as good or bad.
func showFixedFormIn(win fyne.Window, title, confirm string, items []*widget.FormItem, submit func() error) *checkedForm {
	return openCheckedForm(win, title, confirm, items, submit, true)
}

// quieten hides a checked entry's validation from Fyne's form, which would
// draw its message under it, and shows its problem in the form's message
// line as it is typed instead.
func (f *checkedForm) quieten(it *widget.FormItem) {
	e, ok := it.Widget.(*widget.Entry)
	if !ok || e.Validator == nil {
		return
	}
	ff := &fixedField{label: it.Text, entry: e}
	f.fixed = append(f.fixed, ff)
	changed := e.OnChanged
	e.OnChanged = func(s string) {
		ff.typed = true
		if changed != nil {
			changed(s)
		}
		f.showTypedProblem(ff)
	}
	it.Widget = container.NewStack(e) // not an entry to the form: no message line under it
}

// showTypedProblem shows the problem of field typed, just typed in, or else
// the first of the other fields typed in, or clears the message line when
// they are all good.
func (f *checkedForm) showTypedProblem(typed *fixedField) {
	for _, ff := range append([]*fixedField{typed}, f.fixed...) {
		if !ff.typed {
			continue
		}
		if err := ff.entry.Validator(ff.entry.Text); err != nil {
			f.setProblem(ff.label + ": " + userMessage(err))
			return
		}
	}
	f.setProblem("")
}

// keepLines keeps the space of n lines of label l, whatever it shows.
func keepLines(l *widget.Label, n int) fyne.CanvasObject {
	probe := widget.NewLabel("")
	for range n - 1 {
		probe.Text += "\n"
	}
	space := canvas.NewRectangle(color.Transparent)
	space.SetMinSize(fyne.NewSize(0, probe.MinSize().Height))
	return container.NewStack(space, l)
}
