package planner_test

import (
	"reflect"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestAPassedPlanOffersNothingAfterItsPassDay: a plan passed on Tuesday
// of its second week keeps its study up to that day, ends its week there
// and has no week after it; what it planned after the pass is kept aside
// (AfterPass) for calendars, not offered.
func TestAPassedPlanOffersNothingAfterItsPassDay(t *testing.T) {
	p := threeWeeks()
	pass := day("2026-03-10")
	cut := p.UpToPass(pass)
	if cut.Passed != pass || len(cut.Weeks) != 2 {
		t.Fatalf("cut at %s: passed %s, %d weeks, want the pass day and 2 weeks", pass, cut.Passed, len(cut.Weeks))
	}
	for _, w := range cut.Weeks {
		for _, s := range w.Sessions {
			if s.Date.After(pass) {
				t.Errorf("a session on %s, after the pass on %s", s.Date, pass)
			}
		}
	}
	w := cut.Weeks[1]
	if w.End != pass || w.PlannedHours != 2 || len(w.Items) != 1 || w.Items[0].Topic != "b1" || w.Items[0].Hours != 2 {
		t.Errorf("the pass week = %+v, want it to end on the pass day with b1's 2 h only", w)
	}
	var after []string
	for _, s := range cut.AfterPass {
		after = append(after, s.Topic)
	}
	if !reflect.DeepEqual(after, []string{"a2", "p1", "f1"}) {
		t.Errorf("after the pass: %v, want a2, p1 and f1", after)
	}
	if len(p.Weeks) != 3 || len(p.Weeks[1].Sessions) != 2 {
		t.Error("UpToPass changed the plan it was called on")
	}
	if !reflect.DeepEqual(p.UpToPass(0), p) {
		t.Error("a plan not passed (zero day) is not returned as it is")
	}
	if onExam := p.UpToPass(p.ExamDate); len(onExam.AfterPass) != 0 || len(onExam.Weeks) != 3 {
		t.Errorf("passed on the exam day: %d sessions after, %d weeks; want none taken out", len(onExam.AfterPass), len(onExam.Weeks))
	}
}

// TestAPassedPlansStandingStopsAtThePass: the standing of a passed plan
// is measured at the end of the pass day whatever today is: planned hours
// are those up to it (the plan's standing the day after, uncut), no study
// time is left and its state is passed, never behind or does not fit.
func TestAPassedPlansStandingStopsAtThePass(t *testing.T) {
	p := threeWeeks()
	pass := day("2026-03-10")
	progress := map[string]planner.Progress{"a1": {Done: true}}
	want := planner.StandingOf(p, progress, pass.AddDays(1))
	want.TimeLeftHours, want.State = 0, planner.PassedState
	for _, today := range []string{"2026-03-10", "2026-03-20", "2026-04-30"} {
		got := planner.StandingOf(p.UpToPass(pass), progress, day(today))
		if got != want {
			t.Errorf("passed on %s, on %s: %+v, want %+v", pass, today, got, want)
		}
	}
	if want.PlannedHours != 5 || want.DoneHours != 2 || want.TotalHours != 8 {
		t.Errorf("at the pass: planned %v, done %v of %v h; want 5, 2 of 8", want.PlannedHours, want.DoneHours, want.TotalHours)
	}
	if want.RebalanceAdvised() {
		t.Error("a passed plan is advised a rebalance")
	}
}

// TestAPassedPlansBurnUpStopsAtThePass: the burn-up of a passed plan has
// no week after the pass: its planned line ends at the hours planned up to
// the pass day, not at all the plan's work.
func TestAPassedPlansBurnUpStopsAtThePass(t *testing.T) {
	p := threeWeeks()
	progress := map[string]planner.Progress{"a1": {Done: true}, "b1": {Done: true}}
	doneOn := map[string]catalog.Date{"a1": day("2026-03-02"), "b1": day("2026-03-09")}
	b := planner.BurnUpOf(p.UpToPass(day("2026-03-10")), progress, doneOn, day("2026-03-20"))
	if !reflect.DeepEqual(b.Planned, []float64{3, 5}) || !reflect.DeepEqual(b.Done, []float64{2, 5}) || b.Today != -1 {
		t.Errorf("burn-up after the pass: planned %v, done %v, today %d; want [3 5], [2 5], -1", b.Planned, b.Done, b.Today)
	}
	if whole := planner.BurnUpOf(p, progress, doneOn, day("2026-03-20")); !reflect.DeepEqual(whole.Planned, []float64{3, 6, 8}) {
		t.Errorf("burn-up not passed: planned %v, want [3 6 8]", whole.Planned)
	}
}

// TestAnExamPassedEarlyIsShownOnItsPassDay: the exam day every place shows
// is the booked day until a pass, then the day it was passed, even before
// the booked day.
func TestAnExamPassedEarlyIsShownOnItsPassDay(t *testing.T) {
	booked, pass := catalog.DateOf(2026, 12, 20), catalog.DateOf(2026, 11, 23)
	if got := planner.ExamDayOf(booked, 0); got != booked {
		t.Errorf("before a pass: %s, want the booked %s", got, booked)
	}
	if got := planner.ExamDayOf(booked, pass); got != pass {
		t.Errorf("passed early: %s, want the pass day %s", got, pass)
	}
}
