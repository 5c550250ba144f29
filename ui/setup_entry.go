package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// setupEntry is what an entry into the set-up means: the exam chosen and,
// for a renewal, the exam day and the day to start studying. Anything
// not given comes from the learner's saved defaults.
type setupEntry struct {
	exam     string
	examDate catalog.Date
	start    catalog.Date
}

// reset clears what a previous entry left and shows entry.
func (s *setupScreen) reset(entry setupEntry) {
	s.refused = ""
	s.exam.ClearSelected()
	s.setExam(entry.exam)
	s.examDate.setDate(entry.examDate)
	s.start.setDate(entry.start)
	s.order.SetSelected(orderLabels[0].label)
	s.override.SetText("")
	s.timeOff.set(nil)
}

// onAdd asks which exam was passed and when, and records it with the
// certifications the learner holds (the Certifications screen's list),
// then shows that list again.
func (l *heldList) onAdd() {
	l.askHeldCert(func(code string, earned catalog.Date) {
		runTask(l.tasks, nil, func(ctx context.Context) ([]planner.HeldCertification, error) {
			if err := l.records.AddHeldCertification(ctx, code, earned); err != nil {
				return nil, err
			}
			return l.records.Certifications(ctx)
		}, func(held []planner.HeldCertification) {
			l.set(planner.HeldOn(held, l.today()))
			l.onChange()
		}, l.fail("add the certification"))
	})
}

// askHeldCert shows the "Add a held certification" dialog: which exam was
// passed and on which day. Problems show inside the dialog; a valid answer
// closes it and goes to add.
func (b screenBase) askHeldCert(add func(code string, earned catalog.Date)) {
	exam, codes := examPicker(b.cat, 0)
	earned := newDateField(b.today, nil)
	earned.required = "give the day you passed it"
	items := []*widget.FormItem{widget.NewFormItem("Exam passed", exam), widget.NewFormItem("Earned on",
		earned.object())}
	b.showCheckedForm("Add a held certification", "Add", items, func() error {
		code, d, err := readHeld(exam, codes, earned)
		if err != nil {
			return err
		}
		add(code, d)
		return nil
	})
}

// readHeld reads the held-certification dialog: the exam and the day.
func readHeld(exam *widget.Select, codes []string, earned *dateField) (string, catalog.Date, error) {
	if exam.SelectedIndex() < 0 {
		return "", 0, fieldError{"Exam passed", "choose the exam you passed"}
	}
	d, err := earned.date()
	if err != nil {
		return "", 0, fieldError{"Earned on", err.Error()}
	}
	if d.IsZero() {
		return "", 0, errors.New("give the day you passed it")
	}
	return codes[exam.SelectedIndex()], d, nil
}
