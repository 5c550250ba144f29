package ui

import (
	"context"
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
	case s.RebalanceAdvised() && s.State == planner.DoesNotFit:
		return "This plan does not fit before the exam: " + outgrownText(s) + ". Rebalance, move the exam or add hours."
	case s.State == planner.DoesNotFit && s.Outgrown():
		return "This plan does not fit before the exam: " + outgrownText(s) + ". Move the exam or add hours."
	case s.State == planner.DoesNotFit:
		return "This plan does not fit before the exam: some of its work has no place in its days, as said below. " +
			"Move the exam or add hours."
	case s.DoneHours >= s.TotalHours && s.TotalHours > 0:
		return fmt.Sprintf("All %s done. Good luck in the exam!", hours(s.TotalHours))
	case s.State == planner.Behind:
		return behindText(s) + ". Rebalance to spread the rest over the days left."
	case s.State == planner.Ahead:
		return fmt.Sprintf("Ahead by %s: %s.", hours(s.AheadHours), doneAndPlannedText(s))
	}
	return "On track: " + doneAndPlannedText(s) + "."
}

// nothingMovedText is what a rebalance that moved nothing says: the
// standing without advising the Rebalance just done.
func nothingMovedText(s planner.Standing) string {
	switch {
	case s.State == planner.DoesNotFit && s.Outgrown():
		return "Nothing needed to move, and this plan still does not fit before the exam: " + outgrownText(s) +
			". Move the exam or add hours."
	case s.State == planner.Behind:
		return "Nothing needed to move. " + behindText(s) + "."
	}
	return "Nothing needed to move. " + bannerText(s)
}

// outgrownText is the figures of a plan that has outgrown its days: "12 h
// of work left, 8 h of study time left".
func outgrownText(s planner.Standing) string {
	return fmt.Sprintf("%s of work left, %s of study time left", hours(s.LeftHours()), hours(s.TimeLeftHours))
}

// behindText is how far behind the learner is: "Behind by 2 h: 4 h done,
// 6 h planned by today".
func behindText(s planner.Standing) string {
	return fmt.Sprintf("Behind by %s: %s", hours(-s.AheadHours), doneAndPlannedText(s))
}

// doneAndPlannedText is the hours done against those planned by today:
// "4 h done, 6 h planned by today".
func doneAndPlannedText(s planner.Standing) string {
	return fmt.Sprintf("%s done, %s planned by today", hours(s.DoneHours), hours(s.PlannedHours))
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

// besideOthers gives plan p the hours the learner's other active plans
// take from today on (BudgetService.Budget), which its standing takes out
// of its study time left, as `certplan show` does, and returns that
// budget. An archived or passed plan, or none known (budget nil), is left
// alone.
func besideOthers(ctx context.Context, budget BudgetService, p *planner.StudyPlan, today catalog.Date) (planner.WeekBudget, error) {
	if budget == nil || p.Archived || !p.Passed.IsZero() {
		return planner.WeekBudget{}, nil
	}
	b, err := budget.Budget(ctx, p.ID, today)
	if err != nil {
		return b, err
	}
	p.Taken = b.Taken
	return b, nil
}

// sharingText says, for each plan that shares plan p's days, which of the
// two has priority, and how to give it to p, as `certplan show` does.
func sharingText(p planner.Plan, b planner.WeekBudget, today catalog.Date) string {
	var lines []string
	for _, s := range b.SharingPlan(p, today) {
		line := "Sharing your week: " + s.PriorityText() + "."
		if s.First {
			line += " Plans > Give this plan priority gives this plan its hours first."
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}
