package planner_test

import (
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// misorders lists the plan's sessions from the first day on that come too
// early for a learner: a review of a task with no study of it on an earlier
// or the same day (unless progress had some of it done before the plan),
// and fix time on or before the day its practice exam is taken.
func misorders(in planner.Input, p planner.Plan) []string {
	first := firstDay(in)
	studied, practised := map[string]catalog.Date{}, map[string]catalog.Date{}
	for _, t := range p.Topics {
		if t.Spent > 0 || t.Done {
			studied[t.ID], practised[t.ID] = first.AddDays(-1), first.AddDays(-1)
		}
	}
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			switch s.Kind {
			case planner.Study:
				if d, ok := studied[s.Topic]; !ok || s.Date.Before(d) {
					studied[s.Topic] = s.Date
				}
			case planner.Practice:
				if s.Date.After(practised[s.Topic]) {
					practised[s.Topic] = s.Date
				}
			}
		}
	}
	var bad []string
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Date.Before(first) {
				continue // kept from an earlier plan
			}
			if why := misordered(s, studied, practised); why != "" {
				bad = append(bad, fmt.Sprintf("%s: %s %.2f h %s", s.Date, s.Title, s.Hours, why))
			}
		}
	}
	return bad
}

// misordered says why session s comes too early, or returns "".
func misordered(s planner.Session, studied, practised map[string]catalog.Date) string {
	switch s.Kind {
	case planner.Review:
		d, ok := studied[s.Reviews]
		if !ok {
			return "reviews a task never studied"
		}
		if d.After(s.Date) {
			return "before its task's study on " + d.String()
		}
	case planner.Fix:
		practice := strings.Replace(s.Topic, ":fix-", ":practice-", 1)
		d, ok := practised[practice]
		if !ok {
			return "fixes a practice exam never taken"
		}
		if !d.Before(s.Date) {
			return "on or before its practice exam on " + d.String()
		}
	}
	return ""
}

// surveyToday is the day the misorder survey plans from.
const surveyToday = "2026-12-02"

// surveyInputs are the inputs of the misorder survey: every exam not
// retired on surveyToday, at 3, 5, 10 and 20 hours a week over Monday to
// Friday, for the earliest exam date that fits, 2027-02-15 and 2027-04-01
// (each while the exam can still be sat then).
func surveyInputs(c *catalog.Catalog) []planner.Input {
	today := day(surveyToday)
	var out []planner.Input
	for _, e := range c.Exams() {
		if e.StatusOn(today) == catalog.Retired {
			continue
		}
		for _, h := range []float64{3, 5, 10, 20} {
			for _, exam := range []string{"", "2027-02-15", "2027-04-01"} {
				in := planner.Input{Exam: e.Code, Start: today, Today: today, Hours: planner.Even(h)}
				if exam != "" {
					if in.ExamDate = day(exam); e.StatusOn(in.ExamDate) == catalog.Retired {
						continue
					}
				}
				out = append(out, in)
			}
		}
	}
	return out
}
