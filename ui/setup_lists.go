package ui

import (
	"fmt"

	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// heldList is the set-up's list of certifications the learner holds,
// each picked from the catalog with the day it was earned.
type heldList struct {
	screenBase
	records RecordService
	rowList[planner.HeldCert]
}

// newHeldList is an empty held list whose changes go to changed.
func newHeldList(b screenBase, records RecordService, changed func()) *heldList {
	l := &heldList{screenBase: b, records: records}
	l.rowList = rowList[planner.HeldCert]{
		none:     "None: the plan gives no credit.",
		text:     func(h planner.HeldCert) string { return fmt.Sprintf("%s · earned %s", h.Code, h.Earned) },
		addLabel: "Add a held certification",
		ask:      l.onAdd,
		onChange: changed,
	}
	return l
}

// certs returns the held certifications entered.
func (l *heldList) certs() []planner.HeldCert { return l.list() }

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
	rowList[planner.Span]
}

// newTimeOffList is an empty time-off list whose changes go to changed.
func newTimeOffList(b screenBase, changed func()) *timeOffList {
	l := &timeOffList{screenBase: b}
	l.rowList = rowList[planner.Span]{
		none:     "None",
		text:     func(s planner.Span) string { return fmt.Sprintf("%s to %s", s.From, s.To) },
		addLabel: "Add time off",
		ask:      l.onAdd,
		onChange: changed,
	}
	return l
}

// spans returns the time off entered.
func (l *timeOffList) spans() []planner.Span { return l.list() }

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
		l.appendRow(span)
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
