package ui

import (
	"fmt"
	"sort"

	"certplan/catalog"
	"certplan/planner"
)

// standingOf is plan p's standing at the start of today, as the planner
// defines it; the screens only format it.
func standingOf(p planner.StudyPlan, today catalog.Date) planner.Standing {
	progress := make(map[string]planner.Progress, len(p.Progress))
	for id, g := range p.Progress {
		progress[id] = planner.Progress{Done: g.Done, Hours: g.Hours}
	}
	return planner.StandingOf(p.Schedule, progress, today)
}

// doneHours counts a topic's work done: all of it when ticked, else the
// hours spent up to its planned hours.
func doneHours(t planner.TopicPlan, g planner.TopicProgress) float64 {
	if g.Done {
		return t.Hours
	}
	return min(g.Hours, t.Hours)
}

// tolerance is how far from the schedule still counts as on track.
const tolerance = planner.Tolerance

// bannerOK reports whether the banner may be green: on track or ahead.
func bannerOK(s planner.Standing) bool { return s.State == planner.OnTrack || s.State == planner.Ahead }

// bannerText says whether the learner is on track, behind, ahead, or on a
// plan that does not fit, in hours.
func bannerText(s planner.Standing) string {
	switch {
	case s.State == planner.DoesNotFit:
		return fmt.Sprintf("This plan does not fit before the exam: %s done, %s planned by today. "+
			"Move the exam or add hours below.", hours(s.DoneHours), hours(s.PlannedHours))
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

// domainProgress is one domain's done and total hours.
type domainProgress struct {
	name        string
	done, total float64
}

// domainsOf sums done and total hours by domain, in the plan's order.
func domainsOf(p planner.StudyPlan) []domainProgress {
	var out []domainProgress
	index := map[string]int{}
	for _, t := range p.Schedule.Topics {
		name := domainLabel(t)
		i, ok := index[name]
		if !ok {
			i = len(out)
			index[name] = i
			out = append(out, domainProgress{name: name})
		}
		out[i].total += t.Hours
		out[i].done += doneHours(t, p.Progress[t.ID])
	}
	return out
}

// move is one topic whose remaining study a rebalance moved.
type move struct {
	topic, title string
	from, to     catalog.Date // first session on or after today, before and after
}

// movesOf lists the topics whose next session changed day between two
// schedules, in the order of the new schedule.
func movesOf(before, after planner.Plan, today catalog.Date) []move {
	old, next := firstSessions(before, today), firstSessions(after, today)
	var out []move
	for id, to := range next {
		if from := old[id]; from.date != to.date {
			out = append(out, move{topic: id, title: to.title, from: from.date, to: to.date})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].to != out[j].to {
			return out[i].to < out[j].to
		}
		return out[i].topic < out[j].topic
	})
	return out
}

type firstSession struct {
	date  catalog.Date
	title string
}

// firstSessions maps each topic to its first session on or after today.
func firstSessions(p planner.Plan, today catalog.Date) map[string]firstSession {
	out := map[string]firstSession{}
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Date.Before(today) {
				continue
			}
			if f, ok := out[s.WorkTopic()]; !ok || s.Date.Before(f.date) {
				out[s.WorkTopic()] = firstSession{date: s.Date, title: s.Title}
			}
		}
	}
	return out
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
