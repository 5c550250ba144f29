package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// resultChoices are the results the exam dialog offers, as shown.
var resultChoices = []struct {
	r     planner.AttemptStatus
	label string
}{{planner.Booked, "Booked"}, {planner.Passed, "Passed"}, {planner.Failed, "Failed"}}

// onAddHeld asks for a certification earned before and stores it.
func (s *certsScreen) onAddHeld() {
	s.askHeldCert(func(code string, earned catalog.Date) {
		runSave(s.tasks, s.loading, s.saving("add the certification"), func(ctx context.Context) (struct{}, error) {
			return struct{}{}, s.records.AddHeldCertification(ctx, code, earned)
		}, saved[struct{}]{apply: func(struct{}) { s.recordsChanged() }})
	})
}

// onLogExam asks for an exam, its date and result (and score for a pass).
// The exam and date start from the plan shown.
func (s *certsScreen) onLogExam() {
	a := planner.Attempt{Exam: s.shownPlan().Exam, Date: s.shownPlan().ExamDate, Status: planner.Booked}
	if !a.Date.After(s.today()) {
		a.Date = s.today()
	}
	s.editAttempt(a, "Book or log an exam")
}

// editAttempt shows the exam dialog filled with a; saving adds it (ID 0)
// or changes it. Problems show inside the dialog.
func (s *certsScreen) editAttempt(a planner.Attempt, title string) {
	exam, codes := examPicker(s.cat, 0)
	selectCode(exam, codes, a.Exam)
	var retake *retakeNote
	date := newDateField(s.today, func(catalog.Date) {
		if retake != nil {
			retake.update()
		}
	})
	date.required = "give the date of the exam"
	date.setDate(a.Date)
	result := resultSelect(a.Status)
	score := widget.NewEntry()
	score.SetPlaceHolder("100 to 1000, for a pass or a fail")
	score.Validator = func(t string) error { _, err := parseScore(t); return err }
	if a.Score > 0 {
		score.SetText(strconv.Itoa(a.Score))
	}
	retake = s.newRetakeNote(func() (string, catalog.Date, bool) {
		d, err := date.date()
		failed := result.SelectedIndex() >= 0 && resultChoices[result.SelectedIndex()].r == planner.Failed
		return selectedCode(exam, codes), d, err == nil && failed
	})
	retake.watch(exam, result)
	items := []*widget.FormItem{widget.NewFormItem("Exam", exam), widget.NewFormItem("Date", date.object()),
		widget.NewFormItem("Result", result), widget.NewFormItem("Score", score), widget.NewFormItem("Retake", retake.label)}
	var form *checkedForm
	form = s.showCheckedForm(title, "Save", items, func() error {
		got, err := readAttempt(exam.SelectedIndex(), codes, date, result.SelectedIndex(), score.Text)
		if err == nil {
			got.ID = a.ID
			err = s.checkAttempt(got)
		}
		if err != nil {
			return err
		}
		return s.saveFrom(form, got)
	})
}

// resultSelect offers the results, with r chosen.
func resultSelect(r planner.AttemptStatus) *widget.Select {
	var labels []string
	chosen := 0
	for i, c := range resultChoices {
		labels = append(labels, c.label)
		if c.r == r {
			chosen = i
		}
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelectedIndex(chosen)
	return sel
}

// checkAttempt refuses, before saving, what storage would refuse: a result
// for a day still to come, and a second booking of one exam on one day.
func (s *certsScreen) checkAttempt(a planner.Attempt) error {
	if a.Status != planner.Booked && a.Status != planner.Cancelled && a.Date.After(s.today()) {
		return fieldError{"Result", fmt.Sprintf("%s is still to come: save it as booked, and log the result on the day", a.Date)}
	}
	for _, o := range s.attempts {
		if o.ID != a.ID && o.Exam == a.Exam && o.Date == a.Date && o.Status != planner.Cancelled && a.Status != planner.Cancelled {
			return fieldError{"Date", fmt.Sprintf("%s is already in the log on %s: change that one instead", a.Exam, a.Date)}
		}
	}
	return nil
}

// readAttempt reads the exam dialog's fields.
func readAttempt(examIndex int, codes []string, date *dateField, resultIndex int, score string) (planner.Attempt, error) {
	if examIndex < 0 {
		return planner.Attempt{}, fieldError{"Exam", "choose the exam"}
	}
	if resultIndex < 0 {
		return planner.Attempt{}, fieldError{"Result", "choose booked, passed or failed"}
	}
	d, err := date.date()
	if err != nil {
		return planner.Attempt{}, fieldError{"Date", err.Error()}
	}
	a := planner.Attempt{Exam: codes[examIndex], Date: d, Status: resultChoices[resultIndex].r}
	if a.Status == planner.Passed || a.Status == planner.Failed {
		if a.Score, err = parseScore(score); err != nil {
			return a, fieldError{"Score", err.Error()}
		}
	}
	return a, nil
}

// parseScore reads a scaled score; empty is not known.
func parseScore(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 100 || n > 1000 {
		return 0, fmt.Errorf("the score %q is not a scaled score: type a whole number from 100 to 1000, or leave it empty", s)
	}
	return n, nil
}

// onPassed asks for the score of a booked exam and logs the pass.
func (s *certsScreen) onPassed(a planner.Attempt) {
	s.askResult(a, planner.Passed, "You passed "+a.Exam, "100 to 1000")
}

// onFailed asks for the score of a booked exam, saying when it can be sat
// again, and logs the fail.
func (s *certsScreen) onFailed(a planner.Attempt) {
	retake := s.newRetakeNote(func() (string, catalog.Date, bool) { return a.Exam, a.Date, true })
	s.askResult(a, planner.Failed, "You did not pass "+a.Exam, "100 to 1000, or leave empty",
		widget.NewFormItem("Retake", retake.label))
}

// askResult asks, under title, for the score of booked exam a (hint in
// the empty field), with more lines below it, and logs a with status.
func (s *certsScreen) askResult(a planner.Attempt, status planner.AttemptStatus, title, hint string, more ...*widget.FormItem) {
	score := widget.NewEntry()
	score.SetPlaceHolder(hint)
	score.Validator = func(t string) error { _, err := parseScore(t); return err }
	items := append([]*widget.FormItem{widget.NewFormItem("Score", score)}, more...)
	var form *checkedForm
	form = s.showCheckedForm(title, "Save", items, func() error {
		n, err := parseScore(score.Text)
		if err != nil {
			return fieldError{"Score", err.Error()}
		}
		a.Status, a.Score = status, n
		return s.saveFrom(form, a)
	})
}

// save stores an attempt, tells the learner what it brought and reloads.
func (s *certsScreen) save(a planner.Attempt) { s.saveAttempt(a, s.saving("log the exam"), func() {}) }

// saveFrom stores an attempt typed in form f: f closes once it is stored,
// and says in it why when it is refused (a pass below the passing score),
// keeping what was typed.
func (s *certsScreen) saveFrom(f *checkedForm, a planner.Attempt) error {
	s.saveAttempt(a, f.saving("log the exam"), f.saved)
	return errSaving
}

// saveAttempt stores a for target to; once stored, it runs stored, tells
// the learner what it brought and reloads.
func (s *certsScreen) saveAttempt(a planner.Attempt, to saveTarget, stored func()) {
	runSave(s.tasks, s.loading, to, func(ctx context.Context) (planner.AttemptResult, error) {
		return s.records.SaveAttempt(ctx, a)
	}, saved[planner.AttemptResult]{apply: func(r planner.AttemptResult) {
		stored()
		s.recordsChanged()
		if msg := loggedText(r, s.today()); msg != "" {
			dialog.ShowInformation("Exam logged", msg, s.win)
		}
	}})
}

// loggedText tells the learner what a logged exam changed, true on today:
// a pass dated long ago earns a certification that may have expired since.
func loggedText(r planner.AttemptResult, today catalog.Date) string {
	var out []string
	for _, c := range r.Earned {
		out = append(out, heldLine(c, today, "Congratulations! You now hold %[1]s %[3]s.", "%[1]s was earned on %[2]s and expired on %[3]s.", c.Earned))
	}
	for _, c := range r.Renewed {
		out = append(out, heldLine(c, today, "%[1]s is renewed %[3]s.", "%[1]s was renewed on %[2]s and expired on %[3]s.", c.RenewedOn))
	}
	for _, c := range r.Changed {
		out = append(out, heldLine(c, today, "%[1]s now dates from %[2]s and is valid %[3]s.", "%[1]s now dates from %[2]s and expired on %[3]s.", c.Earned))
	}
	for _, c := range r.Lost {
		out = append(out, fmt.Sprintf("You no longer hold %s: no logged pass earns it.", c.Name))
	}
	if r.Attempt.Status == planner.Failed && !r.Attempt.RetakeFrom.IsZero() {
		out = append(out, fmt.Sprintf("You can sit %s again from %s.", r.Attempt.Exam, r.Attempt.RetakeFrom))
	}
	return strings.Join(out, "\n")
}

// heldLine says how certification c stands on today after a logged exam,
// in the active or the expired sentence: each is given c's name, the day
// on, and "until X" (or "with no expiry") or the expiry.
func heldLine(c planner.HeldCertification, today catalog.Date, active, expired string, on catalog.Date) string {
	switch {
	case c.Expiry.IsZero():
		return fmt.Sprintf(active, c.Name, on, "with no expiry")
	case c.Active(today):
		return fmt.Sprintf(active, c.Name, on, "until "+c.Expiry.String())
	}
	return fmt.Sprintf(expired, c.Name, on, c.Expiry)
}

// selectCode selects exam code in a picker made by examPicker, if listed.
func selectCode(s *widget.Select, codes []string, code string) {
	for i, c := range codes {
		if c == code {
			s.SetSelectedIndex(i)
		}
	}
}
