package ui

import (
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// standingOf is plan p's standing at the start of today, as the planner
// defines it (planner.StudyPlan.Standing); the screens only format it.
func standingOf(p planner.StudyPlan, today catalog.Date) planner.Standing { return p.Standing(today) }

// doneOnOf is the day each of plan p's topics was ticked off, where known.
func doneOnOf(p planner.StudyPlan) map[string]catalog.Date {
	out := make(map[string]catalog.Date, len(p.Progress))
	for id, g := range p.Progress {
		out[id] = g.DoneOn
	}
	return out
}

// bannerOK reports whether the banner may be green: on track or ahead.
func bannerOK(s planner.Standing) bool { return s.State == planner.OnTrack || s.State == planner.Ahead }

// stateText is a standing's state as a short phrase: "On track", "Ahead",
// "Behind" or "Does not fit".
func stateText(s planner.State) string {
	t := string(s)
	if t == "" {
		return ""
	}
	return strings.ToUpper(t[:1]) + t[1:]
}

// bannerText says whether the learner is on track, behind, ahead, or on a
// plan that does not fit, in hours.
func bannerText(s planner.Standing) string {
	switch {
	case s.State == planner.DoesNotFit && s.Outgrown():
		return fmt.Sprintf("This plan does not fit before the exam: %s of work left, %s of study time left. "+
			"Rebalance, move the exam or add hours.", hours(s.LeftHours()), hours(s.TimeLeftHours))
	case s.State == planner.DoesNotFit:
		return "This plan does not fit before the exam: some of its work has no place in its days, as said below. " +
			"Move the exam or add hours."
	case s.DoneHours >= s.TotalHours && s.TotalHours > 0:
		return fmt.Sprintf("All %s done. Good luck in the exam!", hours(s.TotalHours))
	case s.State == planner.Behind:
		return fmt.Sprintf("Behind by %s: %s done, %s planned by today. Rebalance to spread the rest over the days left.",
			hours(-s.AheadHours), hours(s.DoneHours), hours(s.PlannedHours))
	case s.State == planner.Ahead:
		return fmt.Sprintf("Ahead by %s: %s done, %s planned by today.", hours(s.AheadHours), hours(s.DoneHours),
			hours(s.PlannedHours))
	}
	return fmt.Sprintf("On track: %s done, %s planned by today.", hours(s.DoneHours), hours(s.PlannedHours))
}

// nothingMovedText is what a rebalance that moved nothing says: the
// standing without advising the Rebalance just done.
func nothingMovedText(s planner.Standing) string {
	switch {
	case s.State == planner.DoesNotFit && s.Outgrown():
		return fmt.Sprintf("Nothing needed to move, and this plan still does not fit before the exam: "+
			"%s of work left, %s of study time left. Move the exam or add hours.", hours(s.LeftHours()), hours(s.TimeLeftHours))
	case s.State == planner.Behind:
		return fmt.Sprintf("Nothing needed to move. Behind by %s: %s done, %s planned by today.",
			hours(-s.AheadHours), hours(s.DoneHours), hours(s.PlannedHours))
	}
	return "Nothing needed to move. " + bannerText(s)
}

// domainsOf is plan p's done and total hours by domain, in the plan's order.
func domainsOf(p planner.StudyPlan) []planner.DomainProgress {
	return planner.DomainsOf(p.Schedule, p.PlannerProgress())
}

// burnUpOf is the burn-up chart's data of plan p on today.
func burnUpOf(p planner.StudyPlan, today catalog.Date) planner.BurnUp {
	return planner.BurnUpOf(p.Schedule, p.PlannerProgress(), doneOnOf(p), today)
}

// countdownText says how long until the exam.
func countdownText(today, examDate catalog.Date, code string) string {
	days := today.DaysUntil(examDate)
	switch {
	case examDate.IsZero():
		return code + ": no exam date yet"
	case days > 1:
		return fmt.Sprintf("%s on %s: %d days to go", code, examDate, days)
	case days == 1:
		return fmt.Sprintf("%s is tomorrow, %s", code, examDate)
	case days == 0:
		return code + " is today. Good luck!"
	}
	return fmt.Sprintf("%s was on %s", code, examDate)
}

// dayName is "Monday 2 March" for a civil date.
func dayName(d catalog.Date) string { return d.Time().Format("Monday 2 January") }

// shortDay is "Mon 2 Mar".
func shortDay(d catalog.Date) string { return d.Time().Format("Mon 2 Jan") }
