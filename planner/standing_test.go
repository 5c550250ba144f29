package planner_test

import (
	"reflect"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestStandingAfterARebalanceThatFits: right after a rebalance whose work
// fits, whatever the learner did before, the standing is on track; one that
// does not fit stands "does not fit".
func TestStandingAfterARebalanceThatFits(t *testing.T) {
	g := newGenerator(t, 21)
	for rc := range g.rebalanceCases(cases()) {
		in := rc.in
		in.Progress = drift(g, rc.prev, rc.onTrack)
		got := rc.mustRebalance(t, in)
		st := planner.StandingOf(got, in.Progress, in.Today)
		want := planner.OnTrack
		if !got.Feasible {
			want = planner.DoesNotFit
		}
		if st.State != want {
			t.Fatalf("%s: rebalanced on %s stands %q (%+v), want %q", describe(in, rc.country), in.Today, st.State, st, want)
		}
	}
}

// TestUnchangedRebalanceMeansOnTrack: Rebalance keeps the plan only when
// the standing says on track (or does not fit, when re-planning it makes
// the same plan again), never behind or ahead, so "replan: no change" and
// "show" agree.
func TestUnchangedRebalanceMeansOnTrack(t *testing.T) {
	g := newGenerator(t, 22)
	kept := 0
	for i := range cases() {
		rc := g.rebalanceCase()
		in := rc.in
		in.Progress = rc.onTrack
		if i%2 == 1 {
			in.Progress = drift(g, rc.prev, rc.onTrack)
		}
		if got := rc.mustRebalance(t, in); !reflect.DeepEqual(got, rc.prev) {
			continue
		}
		kept++
		if st := planner.StandingOf(rc.prev, in.Progress, in.Today); st.State == planner.Behind || st.State == planner.Ahead {
			t.Fatalf("%s: plan kept on %s, but it stands %q (%+v)", describe(in, rc.country), in.Today, st.State, st)
		}
	}
	if kept == 0 {
		t.Fatal("no case kept its plan: the property was never exercised")
	}
}

// TestStandingStates walks one plan through its states.
func TestStandingStates(t *testing.T) {
	p := mustBuild(t, saa())
	if !p.Feasible {
		t.Fatal("the SAA-C03 fixture plan should fit")
	}
	first := sessionsBefore(p, p.ExamDate)[0].Date
	later := first.AddDays(14)
	planned := 0
	for _, s := range sessionsBefore(p, later) {
		planned += minutes(s.Hours)
	}
	allDone := map[string]planner.Progress{}
	for _, tp := range p.Topics {
		allDone[tp.ID] = planner.Progress{Done: true}
	}
	cases := []struct {
		name     string
		plan     planner.Plan
		progress map[string]planner.Progress
		today    string
		want     planner.State
	}{
		{"nothing due yet, nothing done: on track", p, nil, first.String(), planner.OnTrack},
		{"two weeks in with nothing done: behind", p, nil, later.String(), planner.Behind},
		{"everything done on day one: ahead", p, allDone, first.String(), planner.Ahead},
		{"a plan that does not fit never stands on track", notFitting(p), nil, first.String(), planner.DoesNotFit},
		{"not even when all is done", notFitting(p), allDone, first.String(), planner.DoesNotFit},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := planner.StandingOf(tc.plan, tc.progress, day(tc.today))
			if st.State != tc.want {
				t.Fatalf("state %q, want %q (%+v)", st.State, tc.want, st)
			}
			if minutes(st.AheadHours) != minutes(st.DoneHours)-minutes(st.PlannedHours) {
				t.Fatalf("ahead %.2f is not done %.2f less planned %.2f", st.AheadHours, st.DoneHours, st.PlannedHours)
			}
		})
	}
	if st := planner.StandingOf(p, nil, later); minutes(st.PlannedHours) != planned {
		t.Fatalf("planned by %s: %.2f h, the sessions before it hold %d min", later, st.PlannedHours, planned)
	}
}

// notFitting is p as if its work had not fitted.
func notFitting(p planner.Plan) planner.Plan {
	p.Feasible = false
	return p
}

// TestFormatHours: one way to write hours, whole quarters as decimals and
// anything else as hours and minutes.
func TestFormatHours(t *testing.T) {
	for _, tc := range []struct {
		hours float64
		want  string
	}{
		{0, "0"}, {6, "6"}, {8.75, "8.75"}, {0.25, "0.25"}, {4 + 20.0/60, "4:20"}, {4.34, "4:20"},
		{4.33, "4:20"}, {1.1, "1:06"}, {-0.5, "-0.5"}, {-(1 + 5.0/60), "-1:05"},
	} {
		if got := planner.FormatHours(tc.hours); got != tc.want {
			t.Errorf("FormatHours(%v) = %q, want %q", tc.hours, got, tc.want)
		}
	}
}

// TestRebalanceAdvice: a rebalance is advised to a learner behind, or on a
// plan that fitted when it was made and has outgrown its days since; never
// on track, and never on a plan that did not fit when made (it holds what
// fits already: moving the exam or adding hours is the advice).
func TestRebalanceAdvice(t *testing.T) {
	p := mustBuild(t, saa())
	first := sessionsBefore(p, p.ExamDate)[0].Date
	lastWeek := p.ExamDate.AddDays(-7)
	cases := []struct {
		name  string
		plan  planner.Plan
		today catalog.Date
		want  bool
	}{
		{"on track", p, first, false},
		{"behind", p, first.AddDays(14), true},
		{"fitted when made, outgrown since", p, lastWeek, true},
		{"never fitted, outgrown", notFitting(p), lastWeek, false},
		{"never fitted, on day one", notFitting(p), first, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := planner.StandingOf(tc.plan, nil, tc.today)
			if got := st.RebalanceAdvised(); got != tc.want {
				t.Errorf("RebalanceAdvised() = %v, want %v (%+v)", got, tc.want, st)
			}
			if st.Fitted != tc.plan.Feasible {
				t.Errorf("Fitted = %v, the plan's Feasible is %v", st.Fitted, tc.plan.Feasible)
			}
		})
	}
}
