package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// attemptActions are the buttons beside an attempt: a result for a
// booking whose day has come, and edit, cancel and delete.
func (s *certsScreen) attemptActions(a planner.Attempt) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	if a.Status == planner.Booked && !a.Date.After(s.today()) {
		out = append(out, widget.NewButton("Passed…", func() { s.onPassed(a) }),
			widget.NewButton("Failed…", func() { s.onFailed(a) }))
	}
	out = append(out, widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() {
		s.editAttempt(a, "Change "+a.Exam+" on "+a.Date.String())
	}))
	if a.Status == planner.Booked {
		out = append(out, widget.NewButton("Cancel booking", func() { s.onCancelBooking(a) }))
	}
	return append(out, widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { s.onDelete(a) }))
}

// onCancelBooking keeps a booking in the log as cancelled.
func (s *certsScreen) onCancelBooking(a planner.Attempt) {
	a.Status = planner.Cancelled
	s.save(a)
}

// onDelete asks, then removes an attempt; a pass takes the certifications
// it earned or renewed with it, worked out again from the other passes.
func (s *certsScreen) onDelete(a planner.Attempt) {
	msg := fmt.Sprintf("Delete %s on %s from the exam log?", a.Exam, a.Date)
	if a.Status == planner.Passed {
		msg += "\n\nThe certifications it earned or renewed are worked out again from your other passes."
	}
	dialog.ShowConfirm("Delete the exam", msg, func(ok bool) {
		if !ok {
			return
		}
		runSave(s.tasks, s.loading, s.saving("delete the exam"), func(ctx context.Context) (struct{}, error) {
			return struct{}{}, s.records.DeleteAttempt(ctx, a.ID)
		}, saved[struct{}]{apply: func(struct{}) { s.recordsChanged() }})
	}, s.win)
}

// earningPass is the passed attempt that earned h, if the log has it.
func (s *certsScreen) earningPass(h planner.HeldCertification) (planner.Attempt, bool) {
	for _, a := range s.attempts {
		e, ok := s.cat.Exam(a.Exam)
		if ok && a.Status == planner.Passed && a.Date == h.Earned && e.Certification == h.Key {
			return a, true
		}
	}
	return planner.Attempt{}, false
}

// heldActions are the buttons to correct a held certification: they act
// on the pass that earned it.
func (s *certsScreen) heldActions(h planner.HeldCertification) fyne.CanvasObject {
	a, ok := s.earningPass(h)
	if !ok {
		return container.NewHBox()
	}
	return container.NewHBox(
		widget.NewButtonWithIcon("Change…", theme.DocumentCreateIcon(), func() {
			s.editAttempt(a, "Change the pass that earned "+h.Key)
		}),
		widget.NewButtonWithIcon("Delete…", theme.DeleteIcon(), func() { s.onDelete(a) }))
}

// renewedAdvice says a certification was renewed, by which pass, and what
// renews it next.
func renewedAdvice(h planner.HeldCertification, today catalog.Date) string {
	done := fmt.Sprintf("Renewed on %s by passing %s.", h.RenewedOn, h.RenewedBy)
	h.RenewedOn, h.RenewedBy = 0, ""
	return done + " " + renewalAdvice(h, today)
}
