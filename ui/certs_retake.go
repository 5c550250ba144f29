package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// retakeNote says, in the exam dialogs, when an exam can be sat again
// after a fail, from the catalog's retake rule: the wait, and the exam's
// last day when that comes first.
type retakeNote struct {
	cat   *catalog.Catalog
	label *widget.Label
	// read gives the exam, the day of the attempt and whether it is a
	// fail, as the dialog holds them now.
	read func() (exam string, day catalog.Date, failed bool)
}

// newRetakeNote makes the note, filled for what read gives now.
func (s *certsScreen) newRetakeNote(read func() (string, catalog.Date, bool)) *retakeNote {
	n := &retakeNote{cat: s.cat, label: widget.NewLabel(""), read: read}
	n.label.Wrapping = fyne.TextWrapWord
	n.update()
	return n
}

// watch updates the note when one of the choices changes.
func (n *retakeNote) watch(choices ...*widget.Select) {
	for _, c := range choices {
		changed := c.OnChanged
		c.OnChanged = func(v string) {
			if changed != nil {
				changed(v)
			}
			n.update()
		}
	}
}

// update says the retake rule for what the dialog holds now.
func (n *retakeNote) update() {
	exam, day, failed := n.read()
	n.label.SetText(retakeText(n.cat, exam, day, failed))
}

// retakeText is the retake rule for an attempt of exam on day: for a fail,
// the day it can be sat again, or that it cannot be when its last day
// comes first; otherwise the rule alone.
func retakeText(cat *catalog.Catalog, exam string, day catalog.Date, failed bool) string {
	wait := cat.Rules().RetakeWaitDays
	rule := fmt.Sprintf("AWS asks for %d days between attempts of an exam.", wait)
	if !failed || exam == "" || day.IsZero() {
		return "After a fail: " + rule
	}
	if from := cat.RetakeFrom(exam, day); !from.IsZero() {
		return fmt.Sprintf("You can sit %s again from %s. %s", exam, from, rule)
	}
	e, _ := cat.Exam(exam)
	return fmt.Sprintf("No retake: the %d-day wait ends after the last day of %s. %s", wait, exam,
		sentence(cat.CannotTake(e, day.AddDays(wait))))
}

// selectedCode is the exam chosen in a picker made by examPicker, or "".
func selectedCode(s *widget.Select, codes []string) string {
	if i := s.SelectedIndex(); i >= 0 && i < len(codes) {
		return codes[i]
	}
	return ""
}
