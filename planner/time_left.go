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
	return StudyTimeLeftBeside(p, nil, today)
}

// StudyTimeLeftBeside is StudyTimeLeft once the learner's other active
// plans have taken the hours they put on each day (taken, as TakenBy and
// WeekBudget.Taken give them): the learner has one week of study hours, so
// an hour another plan takes is no hour this plan has left. No week holds
// more than the planner counted for it.
func StudyTimeLeftBeside(p Plan, taken map[catalog.Date]float64, today catalog.Date) float64 {
	return minutesToHours(studyMinutesLeft(p, taken, today))
}

func studyMinutesLeft(p Plan, taken map[catalog.Date]float64, today catalog.Date) int {
	m := 0
	for _, w := range p.Weeks {
		whole := hoursToMinutes(w.CapacityHours)
		switch {
		case w.End.Before(today):
		case !w.Start.Before(today) && !takesFrom(taken, w):
			m += whole
		default:
			m += min(restOfWeek(p, w, taken, max(today, w.Start)), whole)
		}
	}
	return m
}

// takesFrom reports whether taken puts any study time in week w.
func takesFrom(taken map[catalog.Date]float64, w Week) bool {
	for d := w.Start; !d.After(w.End); d = d.AddDays(1) {
		if taken[d] > 0 {
			return true
		}
	}
	return false
}

// restOfWeek is the study time of week w's days from from on, at the
// learner's hours less what taken puts on each, less its days off.
func restOfWeek(p Plan, w Week, taken map[catalog.Date]float64, from catalog.Date) int {
	m := 0
	for d := from; !d.After(w.End); d = d.AddDays(1) {
		off := slices.ContainsFunc(w.DaysOff, func(o DayOff) bool { return o.Date == d })
		if !off {
			m += max(hoursToMinutes(p.Inputs.Hours[d.MondayIndex()])-hoursToMinutes(taken[d]), 0)
		}
	}
	return m
}
