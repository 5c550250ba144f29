package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// certsScreen shows the certifications the learner holds, with expiry
// countdowns and renewal advice, and the exam log: book an exam, then log
// a pass with its score or a fail with the retake date. A pass adds the
// certification.
type certsScreen struct {
	certsDeps
	loads   latest // loading the records: the newest load wins
	loading *loading
	heldBox *fyne.Container
	// lapsedBox lists, under its own heading ("Expired"), the
	// certifications that expired, apart from the ones held.
	lapsedBox *fyne.Container
	logBox    *fyne.Container
	held      []planner.HeldCertification
	attempts  []planner.Attempt
	addHeld   *widget.Button
	logExam   *widget.Button
}

// certsDeps is what the certifications screen uses besides the window,
// tasks, catalog and today: the learner's records, the plan shown (to
// book its exam) and a way to plan a renewal.
type certsDeps struct {
	screenBase
	records     RecordService
	shownPlan   func() planner.PlanSummary // the plan shown; zero when none
	planRenewal func(planner.HeldCertification)
	// plansChanged reloads the plan list after a pass was logged, changed
	// or deleted: a plan whose exam is passed is named done; may be nil.
	plansChanged func()
}

func newCertsScreen(d certsDeps) *certsScreen { return &certsScreen{certsDeps: d} }

// records is what the screen shows, loaded together.
type records struct {
	held     []planner.HeldCertification
	attempts []planner.Attempt
}

// buildUI lays out the held certifications beside the exam log.
func (s *certsScreen) buildUI() fyne.CanvasObject {
	s.heldBox, s.lapsedBox, s.logBox = container.NewVBox(), container.NewVBox(), container.NewVBox()
	s.addHeld = widget.NewButtonWithIcon("Add a held certification", theme.ContentAddIcon(), s.onAddHeld)
	s.logExam = widget.NewButtonWithIcon("Book or log an exam", theme.ContentAddIcon(), s.onLogExam)
	left := container.NewBorder(container.NewVBox(bold("Certifications you hold"), container.NewHBox(s.addHeld)),
		nil, nil, nil,
		container.NewVScroll(container.NewVBox(s.heldBox, s.lapsedBox)))
	right := container.NewBorder(container.NewVBox(bold("Exam log"), container.NewHBox(s.logExam)), nil, nil, nil,
		container.NewVScroll(s.logBox))
	// The held certifications are cards, not a list that shows more rows in
	// more room: stacked, the exam log follows them, with no empty band.
	body := container.NewBorder(heading("Certifications and exams"), nil, nil, nil,
		newFittedColumns(0.5, left, right))
	var view fyne.CanvasObject
	s.loading, view = newLoading(container.NewPadded(body), "Loading your certifications…")
	return view
}

// recordsChanged reloads the records and the plan list after a save.
func (s *certsScreen) recordsChanged() {
	s.refresh()
	if s.plansChanged != nil {
		s.plansChanged()
	}
}

// reload loads the certifications and the exam log again as stored now,
// with no loading overlay: the window came back to the foreground.
func (s *certsScreen) reload() {
	runLatest(s.tasks, &s.loads, nil, s.load, s.show, func(err error) { logFailure("reload your certifications", err) })
}

// refresh loads the certifications and the exam log.
func (s *certsScreen) refresh() {
	runLatest(s.tasks, &s.loads, s.loading, s.load, s.show, s.fail("load your certifications and exams"))
}

func (s *certsScreen) load(ctx context.Context) (records, error) {
	held, err := s.records.Certifications(ctx)
	if err != nil {
		return records{}, err
	}
	attempts, err := s.records.Attempts(ctx)
	return records{held: held, attempts: attempts}, err
}

// show fills both lists.
func (s *certsScreen) show(r records) {
	s.held, s.attempts = r.held, r.attempts
	s.showHeld(r.held)
	s.logBox.Objects = nil
	if len(r.attempts) == 0 {
		s.logBox.Add(wrapped("No exams yet. Book your exam when you know the date; log the result when you have it."))
	}
	for i := len(r.attempts) - 1; i >= 0; i-- {
		s.logBox.Add(s.attemptRow(r.attempts[i]))
	}
	s.logBox.Refresh()
}

// showHeld lists the certifications held, and under "Expired" the ones
// that expired (HeldCertification.LapsedOn).
func (s *certsScreen) showHeld(all []planner.HeldCertification) {
	today := s.today()
	s.heldBox.Objects, s.lapsedBox.Objects = nil, nil
	for _, h := range all {
		if h.LapsedOn(today) {
			s.lapsedBox.Add(s.heldCard(h))
		} else {
			s.heldBox.Add(s.heldCard(h))
		}
	}
	switch {
	case len(all) == 0:
		s.heldBox.Add(wrapped("None yet. Add the ones you earned before, or log a pass in the exam log."))
	case len(s.heldBox.Objects) == 0:
		s.heldBox.Add(wrapped("None now: the ones you earned have expired, as listed below."))
	}
	if len(s.lapsedBox.Objects) > 0 {
		s.lapsedBox.Objects = append([]fyne.CanvasObject{bold("Expired")}, s.lapsedBox.Objects...)
	}
	s.heldBox.Refresh()
	s.lapsedBox.Refresh()
}

// heldCard shows one certification: its expiry countdown and renewal advice.
func (s *certsScreen) heldCard(h planner.HeldCertification) fyne.CanvasObject {
	today := s.today()
	name := wrapped(h.Name + " (" + h.Key + ")")
	name.TextStyle.Bold = true
	box := container.NewVBox(name, wrapped(expiryText(h, today)))
	advice := wrapped(renewalAdvice(h, today))
	box.Add(advice)
	if h.RenewWith != "" && today.Before(h.Expiry) && !h.Planned() {
		box.Add(container.NewHBox(widget.NewButton("Plan the renewal", func() { s.planRenewal(h) })))
	}
	box.Add(s.heldActions(h))
	box.Add(widget.NewSeparator())
	return box
}

// expiryText says when a certification was earned and expires.
func expiryText(h planner.HeldCertification, today catalog.Date) string {
	days := today.DaysUntil(h.Expiry)
	switch {
	case days <= 0:
		return fmt.Sprintf("Earned %s with %s · expired on %s", h.Earned, h.Exam, h.Expiry)
	case days == 1:
		return fmt.Sprintf("Earned %s with %s · expires tomorrow", h.Earned, h.Exam)
	}
	return fmt.Sprintf("Earned %s with %s · expires %s, in %d days", h.Earned, h.Exam, h.Expiry, days)
}

// renewalAdvice says what renews it (planner's Renewal, the words `certs`
// and the PDF use too) and, when no active plan does, when to start
// studying at the hours the start assumes.
func renewalAdvice(h planner.HeldCertification, today catalog.Date) string {
	switch {
	case !today.Before(h.Expiry):
		return "It has expired: " + planner.EarnAgain + "."
	case !h.RenewedOn.IsZero() && h.RenewedBy != "":
		return renewedAdvice(h, today)
	case h.Planned() || h.StudyFrom.IsZero():
		return h.Renewal() + "."
	case h.StudyFrom.After(today):
		return fmt.Sprintf("%s: start studying by %s at %s.", h.Renewal(), h.StudyFrom, studyHours(h))
	}
	return fmt.Sprintf("%s: start studying now, the latest start at %s was %s.", h.Renewal(), studyHours(h), h.StudyFrom)
}

// studyHours names the weekly hours a study start assumes, and says when
// they are the default because the learner has set none.
func studyHours(h planner.HeldCertification) string {
	week := h.StudyHours.Total()
	switch {
	case week == 0:
		return "your usual hours"
	case h.DefaultHours:
		return hours(week) + " a week, the default, as you have no plan and no saved hours yet"
	}
	return "your " + hours(week) + " a week"
}

// attemptRow is one exam attempt: date, exam and result, with buttons to
// log the result of a booking.
func (s *certsScreen) attemptRow(a planner.Attempt) fyne.CanvasObject {
	b := newBadge()
	b.set(resultBadge(a.Status))
	line := widget.NewLabel(strings.TrimSpace(fmt.Sprintf("%s  %s  %s", a.Date, a.Exam, attemptDetail(a))))
	row := container.NewHBox(container.NewCenter(b), line)
	for _, b := range s.attemptActions(a) {
		row.Add(b)
	}
	return row
}

// resultBadge is the badge text and colour of a result.
func resultBadge(r planner.AttemptStatus) (string, fyne.ThemeColorName) {
	switch r {
	case planner.Passed:
		return "passed", theme.ColorNameSuccess
	case planner.Failed:
		return "failed", theme.ColorNameError
	case planner.Cancelled:
		return "cancelled", theme.ColorNameDisabled
	}
	return "booked", theme.ColorNamePrimary
}

// attemptDetail is the score of a pass or the retake date of a fail.
func attemptDetail(a planner.Attempt) string {
	switch {
	case a.Status == planner.Passed && a.Score > 0:
		return fmt.Sprintf("score %d", a.Score)
	case a.Status == planner.Failed && !a.RetakeFrom.IsZero():
		return "retake from " + a.RetakeFrom.String()
	}
	return ""
}
