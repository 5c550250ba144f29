package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// heldList is the set-up's list of certifications the learner holds,
// each picked from the catalog with the day it was earned.
type heldList struct {
	screenBase
	records  RecordService
	onChange func()
	items    []planner.HeldCert
	box      *fyne.Container
	add      *widget.Button
}

func newHeldList(b screenBase, records RecordService, changed func()) *heldList {
	return &heldList{screenBase: b, records: records, onChange: changed}
}

// buildUI lays out the rows and the add button.
func (l *heldList) buildUI() fyne.CanvasObject {
	l.box = container.NewVBox()
	l.add = widget.NewButtonWithIcon("Add a held certification", theme.ContentAddIcon(), l.onAdd)
	l.render()
	return container.NewVBox(l.box, container.NewHBox(l.add))
}

// certs returns the held certifications entered.
func (l *heldList) certs() []planner.HeldCert { return append([]planner.HeldCert(nil), l.items...) }

// set replaces the list.
func (l *heldList) set(items []planner.HeldCert) {
	l.items = items
	l.render()
}

func (l *heldList) render() {
	l.box.Objects = nil
	if len(l.items) == 0 {
		l.box.Add(widget.NewLabel("None: the plan gives no credit."))
	}
	for i, h := range l.items {
		i := i
		text := fmt.Sprintf("%s · earned %s", h.Code, h.Earned)
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { l.onRemove(i) })
		l.box.Add(container.NewBorder(nil, nil, nil, remove, widget.NewLabel(text)))
	}
	l.box.Refresh()
}

// onRemove drops row i.
func (l *heldList) onRemove(i int) {
	l.items = append(l.items[:i:i], l.items[i+1:]...)
	l.render()
	l.onChange()
}

// examPicker is a select of the catalog's exams ("CODE · Name") and the
// codes in the same order: every exam when on is zero, else only those not
// retired on that day (catalog.Exam.StatusOn).
func examPicker(cat *catalog.Catalog, on catalog.Date) (*widget.Select, []string) {
	var labels, codes []string
	for _, e := range cat.Exams() {
		if on.IsZero() || e.StatusOn(on) != catalog.Retired {
			labels = append(labels, e.Code+" · "+e.Name)
			codes = append(codes, e.Code)
		}
	}
	s := widget.NewSelect(labels, nil)
	s.PlaceHolder = "Choose an exam"
	return s, codes
}

// timeOffList is the set-up's list of days off (holidays, travel).
type timeOffList struct {
	screenBase
	onChange func()
	items    []planner.Span
	box      *fyne.Container
	add      *widget.Button
}

func newTimeOffList(b screenBase, changed func()) *timeOffList {
	return &timeOffList{screenBase: b, onChange: changed}
}

// buildUI lays out the rows and the add button.
func (l *timeOffList) buildUI() fyne.CanvasObject {
	l.box = container.NewVBox()
	l.render()
	l.add = widget.NewButtonWithIcon("Add time off", theme.ContentAddIcon(), l.onAdd)
	return container.NewVBox(l.box, container.NewHBox(l.add))
}

// spans returns the time off entered.
func (l *timeOffList) spans() []planner.Span { return append([]planner.Span(nil), l.items...) }

func (l *timeOffList) render() {
	l.box.Objects = nil
	if len(l.items) == 0 {
		l.box.Add(widget.NewLabel("None"))
	}
	for i, s := range l.items {
		i := i
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { l.onRemove(i) })
		l.box.Add(container.NewBorder(nil, nil, nil, remove, widget.NewLabel(fmt.Sprintf("%s to %s", s.From, s.To))))
	}
	l.box.Refresh()
}

// onRemove drops row i.
func (l *timeOffList) onRemove(i int) {
	l.items = append(l.items[:i:i], l.items[i+1:]...)
	l.render()
	l.onChange()
}

// onAdd asks for the first and last day off. A last day before the first
// is refused with a message, never changed.
func (l *timeOffList) onAdd() {
	from, to := l.spanFields()
	items := []*widget.FormItem{widget.NewFormItem("First day off", from.object()),
		widget.NewFormItem("Last day off", to.object())}
	items[1].HintText = "Leave empty for a single day"
	l.showCheckedForm("Add time off", "Add", items, func() error {
		span, err := readSpan(from, to)
		if err != nil {
			return err
		}
		l.items = append(l.items, span)
		l.render()
		l.onChange()
		return nil
	})
}

// spanFields are the two date fields of the time-off dialog: the first is
// required and the last may not come before it.
func (l *timeOffList) spanFields() (from, to *dateField) {
	to = newDateField(l.today, nil)
	from = newDateField(l.today, func(catalog.Date) { to.revalidate() })
	from.required = "give the first day off"
	to.rule = func(t catalog.Date) error {
		if f, err := from.date(); err == nil && !f.IsZero() && t.Before(f) {
			return fmt.Errorf("the last day off is before the first (%s): give a later day", f)
		}
		return nil
	}
	return from, to
}

// readSpan is the time off typed: one day when the last is empty.
func readSpan(from, to *dateField) (planner.Span, error) {
	f, err := from.date()
	if err != nil {
		return planner.Span{}, fieldError{"First day off", err.Error()}
	}
	t, err := to.date()
	if err != nil {
		return planner.Span{}, fieldError{"Last day off", err.Error()}
	}
	if t.IsZero() {
		t = f
	}
	return planner.Span{From: f, To: t}, nil
}
