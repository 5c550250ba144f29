package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// firstReview returns the plan's first review session that revisits items.
func firstReview(t *testing.T, p planner.Plan) planner.Session {
	t.Helper()
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Kind == planner.Review && len(s.Items) > 0 {
				return s
			}
		}
	}
	t.Fatal("the plan has no review session with items")
	return planner.Session{}
}

// TestReviewCheckLeavesTheTaskItems runs on the fake and on SQLite: on the
// day of a review, its check ticks (and unticks) the review it counts
// toward, never the reviewed task's study items, which stay as they were.
func TestReviewCheckLeavesTheTaskItems(t *testing.T) {
	onEachBackend(t, "2026-03-02", func(t *testing.T, clk *clock, svc Services) {
		ctx := t.Context()
		in := planner.Input{Exam: "SAA-C03", Start: clk.day, ExamDate: clk.day.AddDays(120), Hours: planner.Even(8)}
		before := mustCreatePlan(t, svc, in)
		id := before.ID
		r := firstReview(t, before.Schedule)
		// One item of the reviewed task done, the others open: a review tick
		// that ticked or unticked items would change one or the other.
		if err := svc.Plans.TickItems(ctx, id, []string{r.Items[0].ID}, 0, 0.5); err != nil {
			t.Fatal(err)
		}
		clk.day = r.Date
		app := startAppWith(t, svc, clk)
		app.tasks.wait()
		plan := app.screens[ScreenPlan].(*planScreen)
		for _, sc := range plan.week.sessionChecks {
			if sc.session.Kind == planner.Review {
				t.Fatalf("review of %s on %s has a check that ticks items", sc.session.Topic, sc.session.Date)
			}
		}
		want, _ := svc.Plans.Plan(ctx, id)
		for _, done := range []bool{true, false} {
			checks := plan.week.checks[r.WorkTopic()]
			if len(checks) == 0 {
				t.Fatalf("no check for the review of %s (%s) on %s", r.Topic, r.WorkTopic(), r.Date)
			}
			test.Tap(checks[0])
			app.tasks.wait()
			got, err := svc.Plans.Plan(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if got.Progress[r.WorkTopic()].Done != done {
				t.Errorf("review %s done = %v after its check, want %v", r.WorkTopic(), got.Progress[r.WorkTopic()].Done, done)
			}
			if got.Progress[r.Topic] != want.Progress[r.Topic] {
				t.Errorf("task %s became %+v after its review's check, was %+v", r.Topic, got.Progress[r.Topic], want.Progress[r.Topic])
			}
			for _, it := range r.Items {
				if got.Items[it.ID] != want.Items[it.ID] {
					t.Errorf("item %s became %+v after its review's check, was %+v", it.ID, got.Items[it.ID], want.Items[it.ID])
				}
			}
		}
	})
}
