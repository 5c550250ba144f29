package planner_test

import (
	"testing"

	"certplan/planner"
)

// TestStudyTimeLeftStartsAtThePlansCapacity: on the day a plan was made
// from, its study time left is all the study time it counted, and it
// shrinks by the days that go by, down to none on the exam day.
func TestStudyTimeLeftStartsAtThePlansCapacity(t *testing.T) {
	g := newGenerator(t, 31)
	for pc := range g.plansWhere(cases(), func(pc planCase) bool { return !pc.p.ExamDate.IsZero() }) {
		p, name := pc.p, describe(pc.in, pc.country)
		from := max(p.Start, p.Today)
		if got := planner.StudyTimeLeft(p, from); got != p.CapacityHours {
			t.Fatalf("%s: study time left on %s = %v h, want the plan's capacity %v h", name, from, got, p.CapacityHours)
		}
		last := p.CapacityHours
		for d := from.AddDays(1); !d.After(p.ExamDate); d = d.AddDays(3) {
			got := planner.StudyTimeLeft(p, d)
			if got > last {
				t.Fatalf("%s: study time left grows from %v h to %v h on %s", name, last, got, d)
			}
			last = got
		}
		if got := planner.StudyTimeLeft(p, p.ExamDate); got != 0 {
			t.Fatalf("%s: %v h of study time left on the exam day", name, got)
		}
	}
}

// TestStandingDoesNotFitWhenTheWorkLeftOutgrowsTheTimeLeft: a plan that
// fitted is behind while its work left fits in the time left, and does
// not fit once it needs more (QA: three weeks of nothing done on a plan
// with no time to spare said "behind, re-plan").
func TestStandingDoesNotFitWhenTheWorkLeftOutgrowsTheTimeLeft(t *testing.T) {
	tight := mustBuild(t, edit(saa(), func(in *planner.Input) { in.ExamDate = 0 })) // the earliest day that fits
	roomy := mustBuild(t, saa())
	if !tight.Feasible || !roomy.Feasible {
		t.Fatal("the test needs two plans that fit")
	}
	cases := []struct {
		name string
		p    planner.Plan
		day  int // days after the start
		want planner.State
	}{
		{"no time to spare, three weeks of nothing done", tight, 21, planner.DoesNotFit},
		{"time to spare, three weeks of nothing done", roomy, 21, planner.Behind},
		{"time to spare, on the exam day with work left", roomy, roomy.Start.DaysUntil(roomy.ExamDate), planner.DoesNotFit},
	}
	for _, c := range cases {
		day := c.p.Start.AddDays(c.day)
		st := planner.StandingOf(c.p, nil, day)
		if st.State != c.want {
			t.Errorf("%s: %q (%v h of work left, %v h of time left), want %q", c.name, st.State, st.LeftHours(), st.TimeLeftHours, c.want)
		}
		if st.TimeLeftHours != planner.StudyTimeLeft(c.p, day) {
			t.Errorf("%s: the standing's time left %v h is not StudyTimeLeft's %v h", c.name, st.TimeLeftHours, planner.StudyTimeLeft(c.p, day))
		}
	}
}

// TestStudyTimeLeftBesideTakesOutTheOtherPlansHours: the learner has one
// week of hours; a plan built after another, around it, leaves the first
// with only what it does not take, while the first's own planned work
// still fits, and no taken hours change nothing.
func TestStudyTimeLeftBesideTakesOutTheOtherPlansHours(t *testing.T) {
	first := mustBuild(t, saa())
	second := mustBuild(t, edit(saa(), func(in *planner.Input) {
		in.Exam, in.Taken = "CLF-C02", planner.TakenBy([]planner.Plan{first}, first.Start)
	}))
	today := first.Start.AddDays(14)
	taken := planner.TakenBy([]planner.Plan{second}, today)
	alone, beside := planner.StudyTimeLeft(first, today), planner.StudyTimeLeftBeside(first, taken, today)
	secondLeft := 0.0
	for _, h := range taken {
		secondLeft += h
	}
	if beside > alone-secondLeft+planner.Tolerance || beside >= alone {
		t.Fatalf("time left beside %v h of the other plan's = %v h, alone %v h: want at most %v h",
			secondLeft, beside, alone, alone-secondLeft)
	}
	if got := planner.StudyTimeLeftBeside(first, nil, today); got != alone {
		t.Fatalf("with nothing taken: %v h, want %v h", got, alone)
	}
	st := planner.StandingBeside(first, nil, today, taken)
	if st.TimeLeftHours != beside {
		t.Fatalf("the standing's time left %v h, want %v h", st.TimeLeftHours, beside)
	}
	sp := planner.StudyPlan{Schedule: first, Taken: taken}
	if got := sp.Standing(today); got != st {
		t.Fatalf("StudyPlan.Standing with Taken = %+v, want %+v", got, st)
	}
}
