package ui

import (
	"context"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestReadinessSaysHowItIsEstimated (QA #12): where readiness figures are
// shown, under the readiness on the Progress screen and in the rebalance
// dialog that moves time by them, one line says how they are estimated,
// so figures other than those entered do not go unexplained.
func TestReadinessSaysHowItIsEstimated(t *testing.T) {
	app, clk := startWithScore(t, 40, map[int]float64{1: 30})
	v := showScreen[*progressScreen](t, app, ScreenProgress).scores
	wantContains(t, "readiness", v.summary.Text, "Readiness about", readinessNote)

	clk.day = clk.day.AddDays(14)
	plan := showScreen[*planScreen](t, app, ScreenPlan)
	plan.onRebalance()
	app.tasks.wait()
	got := topDialogText(app)
	wantContains(t, "rebalance dialog", got, "target", readinessNote)
}

// startWithScore starts the app on SQLite on 2 March 2026 with a fresh
// CLF-C02 plan of 10 h a week from that day and, logged that day, a
// practice result of overall and domains.
func startWithScore(t *testing.T, overall float64, domains map[int]float64) (*App, *clock) {
	t.Helper()
	clk := &clock{day: catalog.DateOf(2026, 3, 2)}
	svc := backends["storage"](t, clk)
	mustCreatePlan(t, svc, planner.Input{Exam: "CLF-C02", Start: clk.day, Hours: planner.Even(10), Today: clk.day})
	app := startAppWith(t, svc, clk)
	score := planner.Score{Date: clk.day, Overall: overall, Domains: domains}
	if _, err := svc.Scores.AddScore(context.Background(), app.planID, score); err != nil {
		t.Fatal(err)
	}
	return app, clk
}

// TestRebalanceDialogKeepsThePlannersOrder: the rebalance dialog lists what
// changed in the planner's order (domain 1 first), then how readiness is
// estimated, then what moved (QA: the sentences came last first).
func TestRebalanceDialogKeepsThePlannersOrder(t *testing.T) {
	_, app := startWithPlan(t, "2026-03-02")
	plan := showScreen[*planScreen](t, app, ScreenPlan)
	p := plan.plan
	p.Schedule.Changes = []string{"Domain 1 (Cloud) is at 40 %, below your 80 % target: +1 h of review.",
		"Domain 2 (Security) is at 50 %, below your 80 % target: +0.5 h of review."}
	p.Schedule.FromReadiness = true // the planner's flag: these came from practice results
	plan.showMoves(p)
	got := topDialogText(app)
	one, two, note, moved := strings.Index(got, "Domain 1"), strings.Index(got, "Domain 2"),
		strings.Index(got, readinessNote), strings.Index(got, "moved:")
	if !(one >= 0 && one < two && two < note && note < moved) {
		t.Errorf("dialog text in the wrong order (domain 1 at %d, domain 2 at %d, note at %d, moves at %d):\n%s",
			one, two, note, moved, got)
	}
}

// TestRebalanceNoteFollowsThePlannersFlag: the rebalance dialog says how
// readiness is estimated when the planner says practice results moved
// review, and not because a change happens to contain the word "target"
// (it was keyed on that word).
func TestRebalanceNoteFollowsThePlannersFlag(t *testing.T) {
	cases := []struct {
		name          string
		changes       []string
		fromReadiness bool
		want          bool
	}{
		{"a pace change that says target", []string{"You take about 1.2x the estimate, well on target."}, false, false},
		{"results that moved review", []string{"Taken from the review of the strong domains: 1 h."}, true, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, app := startWithPlan(t, "2026-03-02")
			plan := showScreen[*planScreen](t, app, ScreenPlan)
			p := plan.plan
			p.Schedule.Changes, p.Schedule.FromReadiness = tc.changes, tc.fromReadiness
			plan.showMoves(p)
			if got := strings.Contains(topDialogText(app), readinessNote); got != tc.want {
				t.Errorf("the note shows: %v, want %v", got, tc.want)
			}
		})
	}
}
