package storage

import (
	"math"
	"strings"
	"testing"

	"certplan/planner"
)

func TestScoresAreStoredPerPlanOldestFirst(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	other := MustCreatePlan(t, db, "DVA-C02")
	later := planner.Score{Date: testToday, Overall: 68, Domains: map[int]float64{1: 55, 3: 80}, Source: " Tutorials Dojo "}
	if _, err := db.AddScore(ctx, p.ID, later); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddScore(ctx, p.ID, planner.Score{Date: testToday.AddDays(-7), Overall: 50}); err != nil {
		t.Fatal(err)
	}
	got, err := db.Scores(ctx, p.ID)
	if err != nil || len(got) != 2 {
		t.Fatalf("scores %+v, %v", got, err)
	}
	if got[0].Overall != 50 || got[1].Overall != 68 {
		t.Errorf("overall scores %v then %v, want the older first: 50 then 68", got[0].Overall, got[1].Overall)
	}
	if got[1].Domains[1] != 55 {
		t.Errorf("domain 1 of the newer score %v, want 55 kept", got[1].Domains[1])
	}
	if got[1].Source != "Tutorials Dojo" {
		t.Errorf("source %q, want \"Tutorials Dojo\" trimmed", got[1].Source)
	}
	if none, err := db.Scores(ctx, other.ID); err != nil || len(none) != 0 {
		t.Errorf("the other plan has scores %+v, %v", none, err)
	}
}

func TestBadScoresAreRefused(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	for name, s := range map[string]planner.Score{
		"a domain the exam lacks": {Date: testToday, Overall: 60, Domains: map[int]float64{9: 50}},
		"over 100 %":              {Date: testToday, Overall: 101},
		"a negative domain":       {Date: testToday, Overall: 60, Domains: map[int]float64{1: -1}},
		"not a number":            {Date: testToday, Overall: math.NaN()},
		"a future date":           {Date: testToday.AddDays(1), Overall: 60},
		"no date":                 {Overall: 60},
	} {
		_, err := db.AddScore(ctx, p.ID, s)
		wantCode(t, err, CodeInvalid)
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	_, err := db.AddScore(ctx, 99, planner.Score{Date: testToday, Overall: 60})
	wantCode(t, err, CodeNotFound)
	if got, _ := db.Scores(ctx, p.ID); len(got) != 0 {
		t.Errorf("refused scores were stored: %+v", got)
	}
}

func TestReadinessFollowsScoresAndTarget(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	if tg, err := db.ReadinessTarget(ctx, p.ID); err != nil || tg != planner.DefaultTarget {
		t.Fatalf("target %g, %v, want the default", tg, err)
	}
	before, err := db.PlanReadiness(ctx, p.ID, testToday)
	if err != nil {
		t.Fatal(err)
	}
	if before.Ready {
		t.Error("ready without scores, want not ready")
	}
	if len(before.ByDomain) != 4 {
		t.Fatalf("readiness without scores has %d domains, want SAA-C03's 4", len(before.ByDomain))
	}
	if _, err := db.AddScore(ctx, p.ID, planner.Score{Date: testToday, Overall: 90, Domains: map[int]float64{2: 40}}); err != nil {
		t.Fatal(err)
	}
	after, _ := db.PlanReadiness(ctx, p.ID, testToday)
	if a, b := after.ByDomain[0].Estimate, before.ByDomain[0].Estimate; a <= b {
		t.Errorf("after a 90 %% result domain 1 estimate %v, want above the %v before", a, b)
	}
	if d2, d1 := after.ByDomain[1].Estimate, after.ByDomain[0].Estimate; d2 >= d1 {
		t.Errorf("after a result with domain 2 at 40 %%: domain 2 estimate %v, want below domain 1's %v", d2, d1)
	}
	if n := after.ByDomain[0].Scores; n != 1 {
		t.Errorf("domain 1 counts %d scores, want 1", n)
	}
	if err := db.SetReadinessTarget(ctx, p.ID, 50); err != nil {
		t.Fatal(err)
	}
	if r, _ := db.PlanReadiness(ctx, p.ID, testToday); r.Target != 50 || r.Ready != (r.Overall >= 50) {
		t.Errorf("readiness %+v against a 50 %% target", r)
	}
	wantCode(t, db.SetReadinessTarget(ctx, p.ID, 0), CodeInvalid)
}

func TestReplanMovesReviewTowardALowDomain(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	d3 := p.Schedule.Domains[2].Name
	for _, tp := range p.Schedule.Topics { // a low score moves review only to a domain studied
		if tp.Kind == planner.Study && tp.Domain == d3 {
			if err := db.Tick(ctx, p.ID, tp.ID, testToday, 0); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := db.AddScore(ctx, p.ID, planner.Score{Date: testToday, Overall: 85, Domains: map[int]float64{3: 40}}); err != nil {
		t.Fatal(err)
	}
	next, moved, err := db.Replan(ctx, p.ID, testToday.AddDays(1))
	if err != nil || !moved {
		t.Fatalf("replan moved %v, %v", moved, err)
	}
	review := func(s planner.Plan, domain string) float64 {
		for _, tp := range s.Topics {
			if tp.Kind == planner.Review && tp.Domain == domain {
				return tp.Hours
			}
		}
		return 0
	}
	if review(next.Schedule, d3) <= review(p.Schedule, d3) || !strings.Contains(strings.Join(next.Schedule.Changes, "\n"), "Domain 3 ") {
		t.Errorf("domain 3 review %.2f h (was %.2f), changes %q", review(next.Schedule, d3), review(p.Schedule, d3), next.Schedule.Changes)
	}
}
