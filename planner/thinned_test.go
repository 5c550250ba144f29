package planner_test

import (
	"math"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// thinSAA is SAA-C03 with five weeks to the exam: the work does not fit,
// so every topic is made thinner (the diagnostic shortened to 30 of its
// 45 minutes) but the second practice exam and its fix time, left out.
func thinSAA(t *testing.T) planner.Plan {
	t.Helper()
	in := saa()
	in.ExamDate = day("2026-12-28")
	p := mustBuild(t, in)
	if p.Feasible || len(p.Unscheduled) <= len(p.LeftOut()) {
		t.Fatalf("the test needs a plan with thinner topics: feasible %v, unscheduled %v", p.Feasible, p.Unscheduled)
	}
	return p
}

// doneAsPlanned ticks every session of p before and on today as the
// learner does when ticking it: its study items, or its topic when it has
// none, with the session's hours logged.
func doneAsPlanned(p planner.Plan, today catalog.Date) map[string]planner.Progress {
	out := map[string]planner.Progress{}
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Date.After(today) {
				continue
			}
			g := out[s.WorkTopic()]
			g.Hours += s.Hours
			g.Done = g.Done || len(s.TickItems()) == 0
			out[s.WorkTopic()] = g
			for _, it := range s.TickItems() {
				out[it.ID] = planner.Progress{Done: true}
			}
		}
	}
	return out
}

// TestThinnedWorkFallsDueWithItsSessions: a topic made thinner to fit is
// done whole by its shorter sessions, so right after doing exactly the
// plan's sessions the learner is 0 h ahead, whether they ticked the
// sessions or only logged their hours (QA: ticking the shortened
// diagnostic on its day put the learner ahead by the part left out).
func TestThinnedWorkFallsDueWithItsSessions(t *testing.T) {
	p := thinSAA(t)
	var diagnostic planner.Session
	for _, s := range sessionsBefore(p, p.ExamDate) {
		if s.Topic == "SAA-C03:diagnostic" {
			diagnostic = s
		}
	}
	if diagnostic.Hours == 0 {
		t.Fatal("the plan has no diagnostic session")
	}
	last := sessionsBefore(p, p.ExamDate)
	end := last[len(last)-1].Date
	logged := map[string]planner.Progress{}
	for id, g := range doneAsPlanned(p, end) {
		if g.Hours > 0 {
			logged[id] = planner.Progress{Hours: g.Hours}
		}
	}
	cases := []struct {
		name     string
		progress map[string]planner.Progress
		today    catalog.Date
	}{
		{"the shortened diagnostic ticked on its day", map[string]planner.Progress{
			diagnostic.Topic: {Done: true, Hours: diagnostic.Hours}}, diagnostic.Date},
		{"every session ticked, the day after the last", doneAsPlanned(p, end), end.AddDays(1)},
		{"every session's hours logged, nothing ticked, the day after the last", logged, end.AddDays(1)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := planner.StandingOf(p, tc.progress, tc.today)
			// Hours logged add up sessions of 0.33 h: a minute or two off.
			if math.Abs(st.AheadHours) > 0.05 {
				t.Errorf("%g h ahead (%g h done, %g h planned), want 0", st.AheadHours, st.DoneHours, st.PlannedHours)
			}
			b := planner.BurnUpOf(p, tc.progress, nil, tc.today)
			if n := len(b.Done); tc.today != diagnostic.Date && math.Abs(b.Done[n-1]-b.Planned[n-1]) > 0.05 {
				t.Errorf("the burn-up ends at %g h done and %g h planned, want them equal", b.Done[n-1], b.Planned[n-1])
			}
		})
	}
}
