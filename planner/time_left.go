package planner

import (
	"slices"

	"certplan/catalog"
)

// StudyTimeLeft is the study time plan p's weeks still hold from the start
// of today to the exam, in hours: whole weeks as the planner counted them
// (holidays, time off and the other plans' hours taken out), and today's
// week from today on, at the learner's hours for each day that is not off.
// The work left never fits in less (StandingOf says it does not fit).
func StudyTimeLeft(p Plan, today catalog.Date) float64 {
	return minutesToHours(studyMinutesLeft(p, today))
}

func studyMinutesLeft(p Plan, today catalog.Date) int {
	m := 0
	for _, w := range p.Weeks {
		whole := hoursToMinutes(w.CapacityHours)
		switch {
		case w.End.Before(today):
		case !w.Start.Before(today):
			m += whole
		default:
			m += min(restOfWeek(p, w, today), whole)
		}
	}
	return m
}

// restOfWeek is the study time of week w's days from today on, at the
// learner's hours, less its days off.
func restOfWeek(p Plan, w Week, today catalog.Date) int {
	m := 0
	for d := today; !d.After(w.End); d = d.AddDays(1) {
		off := slices.ContainsFunc(w.DaysOff, func(o DayOff) bool { return o.Date == d })
		if !off {
			m += hoursToMinutes(p.Inputs.Hours[d.MondayIndex()])
		}
	}
	return m
}
