package export

import (
	"fmt"
	"strings"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// Options are the learner's choices for a printout or a calendar file.
// The zero value is valid: A4 paper, sessions at 18:00, no name, no held
// certifications, no exam facts, and a timestamp taken from the plan's start.
type Options struct {
	// Learner is the learner's name for the cover; it may be empty.
	Learner string
	// PlanName is the saved plan's own name, on the cover and in every
	// page's header, so that two plans for one exam are told apart on
	// paper; empty (or the exam code, the default name) for none.
	PlanName string
	// Paper is "A4" (the default) or "Letter".
	Paper string
	// StudyTime is the local time a day's study sessions start, one after
	// the other, "HH:MM"; default "18:00". A day too long to end by
	// midnight from it starts earlier.
	StudyTime string
	// Stamp is the DTSTAMP of the calendar and the creation date of the PDF.
	// Fixing it makes the output reproducible; the zero value uses midnight
	// UTC of the plan's start.
	Stamp time.Time
	// Held lists the learner's certifications for the PDF's last page and
	// the calendar's expiry and renewal reminders: each by its exam, name,
	// earned day, expiry and the day to start renewing (StudyFrom).
	Held []planner.HeldCertification
	// Catalog supplies the exam's facts (format, price) for the PDF; may be nil.
	Catalog *catalog.Catalog
	// PlanID is the saved plan's number; its calendar events' UIDs carry it,
	// so two plans for one exam never share an event. 0 for an unsaved plan.
	PlanID int64
	// Earlier are the plan's earlier versions, whose sessions a calendar may
	// hold from an earlier export: those no longer in the plan are sent
	// as cancelled.
	Earlier []planner.Plan
	// SessionAlarm, when above zero, gives each day's first study session
	// in a calendar a reminder that long before it starts (the day's next
	// sessions follow it back to back, so they need none); zero (the
	// default) gives sessions none. Whole minutes, at most a day.
	SessionAlarm time.Duration
	// Readiness, when practice results were logged, is stated on the PDF's
	// cover; nil when there are none.
	Readiness *planner.Readiness
	// Standing, for a saved plan, is where the learner stands on Today
	// (StudyPlan.Standing): the PDF's cover states it and counts the hours
	// done from it. Nil for a plan never saved, whose cover states only
	// whether it fits.
	Standing *planner.Standing
	// Today is the day the file is made: the day of Standing, and from
	// when the cover's hours a week are counted. Zero: the plan's start.
	Today catalog.Date
}

// day is the day the file is made: Today, or plan p's start when Today is
// zero. The PDF and the calendar tell from it which certifications expired.
func (o Options) day(p planner.Plan) catalog.Date {
	if o.Today.IsZero() {
		return p.Start
	}
	return o.Today
}

// Paper sizes Options.Paper accepts.
const (
	PaperA4     = "A4"
	PaperLetter = "Letter"
)

// DefaultStudyTime is when sessions start when Options.StudyTime is empty.
const DefaultStudyTime = "18:00"

// settings are Options checked and with defaults filled in.
type settings struct {
	paper     string // PaperA4 or PaperLetter
	studyTime time.Duration
	stamp     time.Time
	alarm     time.Duration // before each session; 0 for none
}

// settings checks o and fills in defaults; the error says what to change.
func (o Options) settings(p planner.Plan) (settings, error) {
	var s settings
	switch strings.ToLower(strings.TrimSpace(o.Paper)) {
	case "", "a4":
		s.paper = PaperA4
	case "letter", "us-letter", "usletter":
		s.paper = PaperLetter
	default:
		return s, fmt.Errorf("paper %q is not known: use A4 or Letter", o.Paper)
	}
	at, err := parseStudyTime(o.StudyTime)
	if err != nil {
		return s, err
	}
	if o.SessionAlarm < 0 || o.SessionAlarm > 24*time.Hour || o.SessionAlarm%time.Minute != 0 {
		return s, fmt.Errorf("a session reminder of %v is not allowed: give whole minutes from 0 to 1440", o.SessionAlarm)
	}
	s.alarm = o.SessionAlarm
	s.studyTime = at
	s.stamp = o.Stamp.UTC()
	if o.Stamp.IsZero() {
		s.stamp = defaultStamp(p)
	}
	return s, nil
}

// parseStudyTime reads "HH:MM" as the time after midnight.
func parseStudyTime(v string) (time.Duration, error) {
	if strings.TrimSpace(v) == "" {
		v = DefaultStudyTime
	}
	t, err := time.Parse("15:04", strings.TrimSpace(v))
	if err != nil {
		return 0, fmt.Errorf("study time %q is not a time of day: use HH:MM, such as %s", v, DefaultStudyTime)
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, nil
}

// defaultStamp is midnight UTC of the plan's start, or of 2000-01-01 for a
// plan without one, so that output without a Stamp is still reproducible.
func defaultStamp(p planner.Plan) time.Time {
	if p.Start.IsZero() {
		return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return p.Start.Time()
}
