package planner_test

import (
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestReadinessSaysWhatARebalanceMoves: the readiness says, per domain
// below target, what a rebalance does now, and a rebalance then does it:
// review grows for a weak domain studied with review left, not for one
// whose study is still to come nor for one whose review is done (QA: the
// Progress screen said "Rebalance to move time to them" of domains not
// studied yet, and the rebalance then moved nothing).
func TestReadinessSaysWhatARebalanceMoves(t *testing.T) {
	c := catalogtest.Load(t)
	e, _ := c.Exam("SAA-C03")
	in := planner.Input{Exam: "SAA-C03", Start: day("2026-11-23"), ExamDate: day("2027-05-03"), Hours: planner.Even(10)}
	prev := mustBuild(t, in)
	progress := map[string]planner.Progress{}
	for _, tp := range prev.Topics {
		studied := tp.Kind == planner.Study && (tp.Domain == e.Domains[0].Name || tp.Domain == e.Domains[2].Name)
		if studied || tp.Kind == planner.Review && tp.Domain == e.Domains[2].Name {
			progress[tp.ID] = planner.Progress{Done: true, Hours: tp.Hours}
		}
	}
	today := day("2026-12-07")
	scores := []planner.Score{{Date: today, Overall: 62, Domains: map[int]float64{1: 70, 2: 55, 3: 60}}}
	r := planner.EstimateReadiness(e, scores, planner.StudyOf(e, prev, progress), 0, today)
	want := map[int]planner.ReviewMove{1: planner.AddsReview, 2: planner.StudyFirst, 3: planner.ReviewDone, 4: planner.StudyFirst}
	for _, d := range r.ByDomain {
		if d.Move != want[d.Number] {
			t.Errorf("domain %d at %.0f %%: move %q, want %q", d.Number, d.Estimate, d.Move, want[d.Number])
		}
	}
	in.Today, in.Progress, in.Readiness = today, progress, &r
	got, err := planner.Rebalance(c, in, prev)
	if err != nil {
		t.Fatal(err)
	}
	before, after := reviewHours(prev), reviewHours(got)
	for _, d := range r.ByDomain {
		if grew := after[d.Name] > before[d.Name]; grew != (d.Move == planner.AddsReview) {
			t.Errorf("domain %d (%s): review %d min, then %d: a rebalance disagrees with the readiness's %q",
				d.Number, d.Name, before[d.Name], after[d.Name], d.Move)
		}
	}
	if moves := r.WithMove(planner.AddsReview); len(moves) != 1 || moves[0].Number != 1 {
		t.Errorf("domains a rebalance moves time to: %+v, want domain 1", moves)
	}
	text := r.MovesText()
	for _, s := range []string{"Rebalance to move time to domain 1.", "Domains 2 and 4: their study is still to come; review is added once studied.",
		"Domain 3: its review is done"} {
		if !strings.Contains(text, s) {
			t.Errorf("moves text %q does not say %q", text, s)
		}
	}
}

// TestDomainWithoutItsOwnResultIsFromOverall: a domain no result gave its
// own percentage is estimated from the overall ones and says so; one of
// 70 % before any study reads about 57 % (the study still to do pulls it
// down), and one left empty on a result of 62 % about 51 %.
func TestDomainWithoutItsOwnResultIsFromOverall(t *testing.T) {
	e, _ := catalogtest.Load(t).Exam("SAA-C03")
	today := day("2026-12-07")
	r := planner.EstimateReadiness(e, []planner.Score{{Date: today, Overall: 62, Domains: map[int]float64{1: 70, 2: 55, 3: 60}}}, nil, 0, today)
	for _, d := range r.ByDomain {
		if d.FromOverall != (d.Number == 4) {
			t.Errorf("domain %d: from overall %v, want it only for domain 4, left empty", d.Number, d.FromOverall)
		}
	}
	if d1, d4 := r.ByDomain[0].Estimate, r.ByDomain[3].Estimate; d1 != 56.7 || d4 != 51.3 {
		t.Errorf("domain 1 at %.1f, domain 4 at %.1f; want 56.7 and 51.3", d1, d4)
	}
	if none := planner.EstimateReadiness(e, nil, nil, 0, today); none.ByDomain[0].FromOverall {
		t.Error("with no results a domain is said to rest on the overall ones")
	}
}
