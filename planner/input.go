package planner

import (
	"fmt"
	"math"
	"sort"

	"certplan/catalog"
)

// Experience is how much hands-on AWS experience the learner brings.
type Experience string

// The experience levels a learner can choose from.
const (
	New         Experience = "new"
	Some        Experience = "some"
	Experienced Experience = "experienced"
)

// Factor scales the exam's study-hour estimate: newcomers need more time,
// experienced practitioners less.
func (x Experience) Factor() float64 {
	switch x {
	case New:
		return 1.25
	case Experienced:
		return 0.8
	}
	return 1
}

// ParseExperience reads new, some or experienced.
func ParseExperience(s string) (Experience, error) {
	switch x := Experience(s); x {
	case New, Some, Experienced:
		return x, nil
	case "":
		return Some, nil
	}
	return "", fmt.Errorf("experience %q is not known: use new, some or experienced", s)
}

// Weekdays holds study hours for each day of the week, Monday first.
type Weekdays [7]float64

// Total returns the hours of a whole week.
func (w Weekdays) Total() float64 {
	t := 0.0
	for _, h := range w {
		t += h
	}
	return t
}

// Even spreads perWeek hours evenly over Monday to Friday.
func Even(perWeek float64) Weekdays {
	var w Weekdays
	for i := 0; i < 5; i++ {
		w[i] = perWeek / 5
	}
	return w
}

// Holidays tells whether a civil date is a public holiday, actual or
// observed, and its name for the warnings. Package planner/holiday adapts
// the calendars of github.com/rickar/cal/v2 to it.
type Holidays interface {
	HolidayOn(d catalog.Date) (name string, ok bool)
}

// HeldCert is a certification the learner already holds.
type HeldCert struct {
	Code   string       `json:"code"`
	Earned catalog.Date `json:"earned"`
}

// Span is an inclusive range of days off (holiday, travel, a busy week).
type Span struct {
	From catalog.Date `json:"from"`
	To   catalog.Date `json:"to"`
}

// Contains reports whether d lies within the span.
func (s Span) Contains(d catalog.Date) bool { return !d.Before(s.From) && !d.After(s.To) }

// Progress is what the learner has done on one topic.
type Progress struct {
	Done  bool    `json:"done"`
	Hours float64 `json:"hours"` // hours already spent
}

// Input is everything the planner needs, and what a stored plan keeps of
// it: the JSON tags are the stored form (plans saved before Country and
// Order read the same). The zero values of the optional fields mean: no
// exam date (propose the earliest that fits), no holidays, no time off, the
// catalog's hour estimate, no progress, today = Start. Holidays, Progress,
// Today, Taken and Readiness are given when planning and never stored.
type Input struct {
	Exam       string       `json:"exam"`
	Start      catalog.Date `json:"start"`
	ExamDate   catalog.Date `json:"exam_date"`
	Hours      Weekdays     `json:"hours"`
	Held       []HeldCert   `json:"held"`
	Experience Experience   `json:"experience"`
	// Country is the ISO 3166 code whose public holidays the plan skips; ""
	// for none. The planner builds its calendar (CountryHolidays) unless
	// Holidays is given.
	Country       string              `json:"country"`
	Holidays      Holidays            `json:"-"`
	TimeOff       []Span              `json:"time_off"`
	HoursOverride float64             `json:"hours_override"`
	Progress      map[string]Progress `json:"-"`
	Today         catalog.Date        `json:"-"`
	// Taken is the study time other active plans already put on each day
	// (see TakenBy): this plan takes only what the learner's hours leave.
	Taken map[catalog.Date]float64 `json:"-"`
	// Order is the order of first study; empty (plans saved before it)
	// means ByWeight.
	Order Order `json:"order,omitempty"`
	// Readiness, when given, lets Rebalance move review time toward the
	// domains below target (give it only when results were logged).
	Readiness *Readiness `json:"-"`
}

// MaxHoursPerDay is the most study a single day can hold.
const MaxHoursPerDay = 16

// maxHorizonDays bounds how far ahead the planner looks for an exam date.
const maxHorizonDays = 5 * 366

// Validate checks the input and says what to change when it is wrong.
func (in Input) Validate(c *catalog.Catalog) error {
	if _, ok := c.Exam(in.Exam); !ok {
		return fmt.Errorf("exam %q is not in the catalog", in.Exam)
	}
	checks := []func() error{in.validateDates, in.validateHours, in.validateTimeOff,
		func() error { return in.validateHeld(c) }}
	for _, check := range checks {
		if err := check(); err != nil {
			return err
		}
	}
	if _, err := ParseExperience(string(in.Experience)); err != nil {
		return err
	}
	if _, err := ParseOrder(string(in.Order)); err != nil {
		return err
	}
	if _, err := CountryHolidays(in.Country); err != nil {
		return err
	}
	return validateProgress(in.Progress)
}

// validateDates checks the start and the exam date.
func (in Input) validateDates() error {
	if in.Start.IsZero() {
		return fmt.Errorf("a start date is needed")
	}
	if in.ExamDate.IsZero() {
		return nil
	}
	if err := CheckExamDate(in.Start, in.ExamDate); err != nil {
		return err
	}
	if in.Start.DaysUntil(in.ExamDate) > maxHorizonDays {
		return fmt.Errorf("exam date %s is more than five years after the start %s: choose a nearer date", in.ExamDate, in.Start)
	}
	return nil
}

// validateHours checks the hours per weekday and the hours override.
func (in Input) validateHours() error {
	for i, h := range in.Hours {
		if err := CheckDayHours(i, h); err != nil {
			return err
		}
	}
	if !(in.HoursOverride >= 0 && in.HoursOverride <= 5000) { // NaN too
		return fmt.Errorf("hours override %g is not possible: use 1 to 5000, or 0 for the catalog's estimate", in.HoursOverride)
	}
	return nil
}

// CheckExamDate says why exam cannot be the exam date of a plan starting on
// start (it must come after it); nil when it can. A form checks the date
// with it as it is typed.
func CheckExamDate(start, exam catalog.Date) error {
	if !exam.After(start) {
		return fmt.Errorf("exam date %s must be after the start date %s", exam, start)
	}
	return nil
}

// CheckDayHours says why h cannot be the study hours of weekday i (Monday
// is 0), naming the day as DayName does; nil when it can.
func CheckDayHours(i int, h float64) error {
	if !(h >= 0 && h <= MaxHoursPerDay) { // NaN too
		return fmt.Errorf("%s hours %g are out of range: use 0 to %d", dayNames[i], h, MaxHoursPerDay)
	}
	return nil
}

// DayName names weekday i (Monday is 0) as every message does: "Saturday".
func DayName(i int) string { return dayNames[i] }

// validateTimeOff checks that every span of time off is a real range.
func (in Input) validateTimeOff() error {
	for _, s := range in.TimeOff {
		if s.From.IsZero() || s.To.Before(s.From) {
			return fmt.Errorf("time off %s..%s ends before it starts", s.From, s.To)
		}
	}
	return nil
}

// validateHeld checks held certifications against the catalog and the start.
func (in Input) validateHeld(c *catalog.Catalog) error {
	for _, h := range in.Held {
		if _, ok := c.Exam(h.Code); !ok {
			return fmt.Errorf("held certification %q is not in the catalog", h.Code)
		}
		if !h.Earned.IsZero() && h.Earned.After(in.Start) {
			return fmt.Errorf("held certification %s earned on %s, after the start %s: check the date", h.Code, h.Earned, in.Start)
		}
	}
	return nil
}

// validateProgress refuses hours spent that are negative or not a number.
func validateProgress(progress map[string]Progress) error {
	ids := make([]string, 0, len(progress))
	for id := range progress {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if h := progress[id].Hours; h < 0 || math.IsNaN(h) || math.IsInf(h, 0) {
			return fmt.Errorf("progress on %s: %g hours spent is not possible: use 0 or more", id, h)
		}
	}
	return nil
}

var dayNames = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
