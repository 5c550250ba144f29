package planner_test

import (
	"fmt"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// reviewsBeforeStudy lists the plan's reviews, from the first day on, of a
// task with no study session before them: on an earlier day, or earlier on
// the same day. A task with progress (some hours, or ticked off) counts as
// studied before the plan, and so do the study sessions kept from an
// earlier plan.
func reviewsBeforeStudy(in planner.Input, p planner.Plan) []string {
	first := firstDay(in)
	studied := map[string]bool{}
	for _, t := range p.Topics {
		if t.Spent > 0 || t.Done {
			studied[t.ID] = true
		}
	}
	var bad []string
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			switch {
			case s.Kind == planner.Study:
				studied[s.Topic] = true
			case s.Kind == planner.Review && s.Reviews != "" && !studied[s.Reviews] && !s.Date.Before(first):
				bad = append(bad, fmt.Sprintf("%s: %s %.2f h before any study of %s", s.Date, s.Title, s.Hours, s.Reviews))
			}
		}
	}
	return bad
}

// TestNoReviewBeforeItsStudy: in every generated plan (exams, week shapes,
// dates, holidays, time off, progress), and in every plan of the misorder
// survey, each review of a task comes after some study of that task, on an
// earlier day or earlier the same day: a review of something never studied
// means nothing to a learner. Work that finds no place after the study is
// left out and counted as not fitting (see TestReviewLeftOutIsCounted).
func TestNoReviewBeforeItsStudy(t *testing.T) {
	check := func(in planner.Input, p planner.Plan, what string) {
		t.Helper()
		if bad := reviewsBeforeStudy(in, p); len(bad) > 0 {
			t.Fatalf("%s: %d reviews before their task's study, the first %s", what, len(bad), bad[0])
		}
	}
	for x := range newGenerator(t, 17).plans(cases()) {
		check(x.in, x.p, describe(x.in, x.country))
	}
	for _, in := range surveyInputs(catalogtest.Load(t)) {
		check(in, mustBuild(t, in), describe(in, ""))
	}
}
