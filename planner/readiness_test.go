package planner_test

import (
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestReadinessWeighsRecentResultsMore: the same two results give a higher
// estimate when the good one is the recent one; study done raises an
// estimate; estimates stay within 0 to 100; ready means at the target.
func TestReadinessWeighsRecentResultsMore(t *testing.T) {
	e, _ := catalogtest.Load(t).Exam("SAA-C03")
	today := day("2027-01-10")
	old, recent := today.AddDays(-40), today.AddDays(-2)
	rising := []planner.Score{{Date: old, Overall: 50}, {Date: recent, Overall: 90}}
	falling := []planner.Score{{Date: old, Overall: 90}, {Date: recent, Overall: 50}}
	up := planner.EstimateReadiness(e, rising, nil, 0, today)
	down := planner.EstimateReadiness(e, falling, nil, 0, today)
	if up.Overall <= down.Overall || up.Target != planner.DefaultTarget {
		t.Errorf("rising %+v, falling %+v: the recent result should weigh more", up, down)
	}
	studied := planner.EstimateReadiness(e, falling, map[int]planner.DomainStudy{1: {Studied: 1}, 2: {Studied: 1}, 3: {Studied: 1}, 4: {Studied: 1}}, 0, today)
	if studied.Overall <= down.Overall {
		t.Errorf("all study done gives %.1f, none %.1f", studied.Overall, down.Overall)
	}
	for _, r := range []planner.Readiness{up, down, studied} {
		for _, d := range r.ByDomain {
			if d.Estimate < 0 || d.Estimate > 100 {
				t.Errorf("domain %d estimate %v, want 0 to 100", d.Number, d.Estimate)
			}
			if d.Scores != 2 {
				t.Errorf("domain %d counts %d scores, want both results", d.Number, d.Scores)
			}
		}
		if r.Ready != (r.Overall >= r.Target) {
			t.Errorf("ready %v at %.1f of %.1f", r.Ready, r.Overall, r.Target)
		}
	}
	own := planner.EstimateReadiness(e, []planner.Score{{Date: recent, Overall: 80, Domains: map[int]float64{3: 40}}}, nil, 0, today)
	if own.ByDomain[2].Estimate >= own.ByDomain[0].Estimate {
		t.Errorf("a domain's own 40 %% should count over the overall 80 %%: %+v", own.ByDomain)
	}
}

func TestValidateScore(t *testing.T) {
	e, _ := catalogtest.Load(t).Exam("SAA-C03")
	today := day("2027-01-10")
	good := planner.Score{Date: today, Overall: 68, Domains: map[int]float64{1: 55, 4: 100}}
	if err := planner.ValidateScore(e, good, today); err != nil {
		t.Fatalf("a good score: %v", err)
	}
	for name, s := range map[string]planner.Score{
		"unknown domain": {Date: today, Overall: 68, Domains: map[int]float64{5: 50}},
		"over 100":       {Date: today, Overall: 100.5},
		"future":         {Date: today.AddDays(1), Overall: 50},
		"domain below 0": {Date: today, Overall: 50, Domains: map[int]float64{2: -3}},
	} {
		if planner.ValidateScore(e, s, today) == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestStudiedShare: a ticked topic counts whole, an open one its hours
// spent up to its estimate, per domain.
func TestStudiedShare(t *testing.T) {
	e, _ := catalogtest.Load(t).Exam("SAA-C03")
	p := mustBuild(t, saa())
	var d1 []planner.TopicPlan
	for _, tp := range p.Topics {
		if tp.Kind == planner.Study && tp.Domain == e.Domains[0].Name {
			d1 = append(d1, tp)
		}
	}
	total := 0.0
	for _, tp := range d1 {
		total += tp.Hours
	}
	progress := map[string]planner.Progress{d1[0].ID: {Done: true}, d1[1].ID: {Hours: 1e9}, d1[2].ID: {Hours: 1}}
	got := planner.StudiedShare(e, p, progress)
	if want := (d1[0].Hours + d1[1].Hours + 1) / total; got[1] < want-1e-9 || got[1] > want+1e-9 || got[2] != 0 {
		t.Errorf("studied = %v, want domain 1 at %.3f and domain 2 at 0", got, want)
	}
	if planner.ByWeight.Describe() == planner.ByGuide.Describe() {
		t.Error("the two orders read the same")
	}
}

// TestBelowTargetListsTheWeakDomainsInOrder: a domain at the target is not
// below it.
func TestBelowTargetListsTheWeakDomainsInOrder(t *testing.T) {
	r := planner.Readiness{Target: 70, ByDomain: []planner.DomainReadiness{
		{Number: 1, Estimate: 65}, {Number: 2, Estimate: 70}, {Number: 3, Estimate: 80}, {Number: 4, Estimate: 40}}}
	var got []int
	for _, d := range r.BelowTarget() {
		got = append(got, d.Number)
	}
	if len(got) != 2 || got[0] != 1 || got[1] != 4 {
		t.Errorf("below target = domains %v, want [1 4]", got)
	}
	if none := (planner.Readiness{Target: 70}).BelowTarget(); len(none) != 0 {
		t.Errorf("no domains: below target = %v, want none", none)
	}
}
