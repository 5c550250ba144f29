package ui

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

)

// resultChoices are the results the exam dialog offers, as shown.
var resultChoices = []struct {
	r     Result
	label string
}{{Booked, "Booked"}, {Passed, "Passed"}, {Failed, "Failed"}}

// onAddHeld asks for a certification earned before and stores it.
func (s *certsScreen) onAddHeld() {
	exam, codes := examPicker(s.app.cat, true)
	earned := newDateField(s.app.today, nil)
	items := []*widget.FormItem{widget.NewFormItem("Exam passed", exam), widget.NewFormItem("Earned on",
		earned.object())}
	s.app.showForm("Add a held certification", "Add", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		d, err := earned.date()
		if err == nil && (exam.SelectedIndex() < 0 || d.IsZero()) {
			err = errors.New("choose the exam you passed and the day you passed it")
		}
		if err != nil {
			s.app.fail("add the certification")(err)
			return
		}
		code := codes[exam.SelectedIndex()]
		runTask(&s.app.tasks, s.loading, func(ctx context.Context) (struct{}, error) {
			return struct{}{}, s.app.svc.Records.AddHeldCertification(ctx, code, d)
		}, func(struct{}) { s.refresh() }, s.app.fail("add the certification"))
	})
}

// onLogExam asks for an exam, its date and result (and score for a pass).
func (s *certsScreen) onLogExam() {
	exam, codes := examPicker(s.app.cat, true)
	selectCode(exam, codes, s.app.planExamCode())
	date := newDateField(s.app.today, nil)
	date.setDate(s.app.today())
	var labels []string
	for _, c := range resultChoices {
		labels = append(labels, c.label)
	}
	result := widget.NewSelect(labels, nil)
	result.SetSelectedIndex(0)
	score := widget.NewEntry()
	score.SetPlaceHolder("100 to 1000, for a pass")
	items := []*widget.FormItem{widget.NewFormItem("Exam", exam), widget.NewFormItem("Date", date.object()),
		widget.NewFormItem("Result", result), widget.NewFormItem("Score", score)}
	s.app.showForm("Book or log an exam", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		a, err := readAttempt(exam.SelectedIndex(), codes, date, result.SelectedIndex(), score.Text)
		if err != nil {
			s.app.fail("log the exam")(err)
			return
		}
		s.save(a)
	})
}

// readAttempt reads the exam dialog's fields.
func readAttempt(examIndex int, codes []string, date *dateField, resultIndex int, score string) (ExamAttempt, error) {
	if examIndex < 0 || resultIndex < 0 {
		return ExamAttempt{}, errors.New("choose the exam and its result")
	}
	d, err := date.date()
	if err == nil && d.IsZero() {
		err = errors.New("give the date of the exam")
	}
	if err != nil {
		return ExamAttempt{}, err
	}
	a := ExamAttempt{Exam: codes[examIndex], Date: d, Result: resultChoices[resultIndex].r}
	if a.Result == Passed {
		a.Score, err = parseScore(score)
	}
	return a, err
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
func (s *certsScreen) onPassed(a ExamAttempt) {
	score := widget.NewEntry()
	score.SetPlaceHolder("100 to 1000")
	items := []*widget.FormItem{widget.NewFormItem("Score", score)}
	s.app.showForm("You passed "+a.Exam, "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		n, err := parseScore(score.Text)
		if err != nil {
			s.app.fail("log the pass")(err)
			return
		}
		a.Result, a.Score = Passed, n
		s.save(a)
	})
}

// onFailed logs a booked exam as failed.
func (s *certsScreen) onFailed(a ExamAttempt) {
	a.Result = Failed
	s.save(a)
}

// save stores an attempt, tells the learner what it brought and reloads.
func (s *certsScreen) save(a ExamAttempt) {
	runTask(&s.app.tasks, s.loading, func(ctx context.Context) (LoggedExam, error) {
		return s.app.svc.Records.LogExam(ctx, a)
	}, func(r LoggedExam) {
		s.refresh()
		if msg := loggedText(r); msg != "" {
			dialog.ShowInformation("Exam logged", msg, s.app.win)
		}
	}, s.app.fail("log the exam"))
}

// loggedText tells the learner what a logged exam changed.
func loggedText(r LoggedExam) string {
	var out []string
	for _, c := range r.Earned {
		out = append(out, fmt.Sprintf("Congratulations! You now hold %s until %s.", c.Name, c.Expiry))
	}
	for _, c := range r.Renewed {
		out = append(out, fmt.Sprintf("%s is renewed until %s.", c.Name, c.Expiry))
	}
	if r.Attempt.Result == Failed && !r.Attempt.RetakeFrom.IsZero() {
		out = append(out, fmt.Sprintf("You can sit %s again from %s.", r.Attempt.Exam, r.Attempt.RetakeFrom))
	}
	return strings.Join(out, "\n")
}

// planRenewal opens the set-up of a plan to renew h: its renewal exam,
// sat by the day before it lapses, studied from the advised start-by day
// (today when that has passed).
func (a *App) planRenewal(h HeldCertification) {
	entry := setupEntry{exam: h.RenewWith, examDate: h.Expiry.AddDays(-1)}
	if h.StudyFrom.After(a.today()) {
		entry.start = h.StudyFrom
	}
	a.enterSetup(entry)
}

// selectCode selects exam code in a picker made by examPicker, if listed.
func selectCode(s *widget.Select, codes []string, code string) {
	for i, c := range codes {
		if c == code {
			s.SetSelectedIndex(i)
		}
	}
}
