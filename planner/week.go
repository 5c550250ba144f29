package planner

import (
	"cmp"
	"errors"
	"fmt"
	"strings"

	"certplan/catalog"
)

// A plan's week is the learner's week: a learner with several active plans
// has one set of study hours per weekday and one holiday calendar, and every
// active plan is planned within them (and around the others' sessions, see
// TakenBy). A plan created or edited with another week makes that the
// learner's week for all of them.

// LearnerWeek is the learner's week: study hours per weekday and the country whose
// public holidays are kept free of study.
type LearnerWeek struct {
	Hours   Weekdays
	Country string // ISO 3166 code; "" for no holidays
}

// Check says what to change when w cannot be the learner's week: a day's
// hours out of range (CheckDayHours), or no study hours at all, which plan
// nothing and fit no exam. Every edge that takes a week (the command
// line's hours, the desktop's forms, an imported file) checks it so.
func (w LearnerWeek) Check() error {
	for i, h := range w.Hours {
		if err := CheckDayHours(i, h); err != nil {
			return err
		}
	}
	if w.Hours.Total() == 0 {
		return errors.New("a week of 0 study hours plans nothing: give at least one day some hours")
	}
	return nil
}

// Week is the week in is planned within.
func (in Input) Week() LearnerWeek { return LearnerWeek{Hours: in.Hours, Country: in.Country} }

// InWeek gives in the learner's week w: its hours and holidays become w's.
func (in Input) InWeek(w LearnerWeek) Input {
	in.Hours, in.Country = w.Hours, w.Country
	return in
}

// SameWeek reports whether two plans' inputs are planned within the same
// week: the same hours on each weekday and the same holidays.
func SameWeek(a, b Input) bool { return a.Week() == b.Week() }

// OutsideWeek is the plans, in their order, that are not planned within
// the learner's week w on today: active plans whose exam is still to come
// and whose hours or holidays are not w's. Archived plans and plans whose
// exam has come are left out: they take no study hours, and a re-fit
// leaves them alone.
func OutsideWeek(plans []StudyPlan, w LearnerWeek, today catalog.Date) []StudyPlan {
	var out []StudyPlan
	for _, p := range plans {
		if !p.Archived && !ExamPassed(p.Schedule, today) && p.Input.Week() != w {
			out = append(out, p)
		}
	}
	return out
}

// Week is the learner's week the settings hold, with the default hours
// when none were set.
func (s Settings) Week() LearnerWeek {
	d := s.WithDefaults()
	return LearnerWeek{Hours: d.Hours, Country: d.Country}
}

// WithWeek makes w the learner's week in the settings.
func (s Settings) WithWeek(w LearnerWeek) Settings {
	s.Hours, s.Country = w.Hours, w.Country
	return s
}

// String says the week in the learner's words: "6 h (Mon–Fri 1:12 h),
// holidays of DE", or "no holidays" without a country.
func (w LearnerWeek) String() string {
	holidays := "no holidays"
	if w.Country != "" {
		holidays = "holidays of " + w.Country
	}
	return fmt.Sprintf("%s h (%s), %s", FormatHours(w.Hours.Total()), cmp.Or(w.Hours.Runs(" h"), "no study days"), holidays)
}

// weekDays name the weekdays, Monday first.
var weekDays = [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

// Runs writes the days with hours, Monday first, each with its hours and
// unit, days in a row with the same hours once as a range: Runs(" h") is
// "Mon–Thu 1.75 h, Fri 1.5 h"; "" when no day has hours.
func (week Weekdays) Runs(unit string) string {
	var runs []string
	for i := 0; i < len(week); {
		j := i
		for j+1 < len(week) && week[j+1] == week[i] {
			j++
		}
		if week[i] > 0 {
			days := weekDays[i]
			if j > i {
				days += "–" + weekDays[j]
			}
			runs = append(runs, days+" "+FormatHours(week[i])+unit)
		}
		i = j + 1
	}
	return strings.Join(runs, ", ")
}

// WeekChange is what a plan created or edited with a week of its own, or
// settings saved with one, did to the learner's other plans: the learner's
// week now, and the active plans re-fitted within it, in priority order, as
// stored now (none when they were already planned within it).
type WeekChange struct {
	Week     LearnerWeek
	Refitted []StudyPlan
}

// Refits is how many of the active plans in b a plan planned within week w
// would re-fit: those planned within another week.
func (b WeekBudget) Refits(w LearnerWeek) int {
	n := 0
	for _, other := range b.Weeks {
		if other != w {
			n++
		}
	}
	return n
}
