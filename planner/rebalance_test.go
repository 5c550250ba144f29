package planner_test

import (
	"iter"
	"reflect"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// rebalanceCase is a built plan, a later today and the progress that is
// exactly on track with the plan on that day.
type rebalanceCase struct {
	in      planner.Input // as built, with Today moved on
	country string
	prev    planner.Plan
	onTrack map[string]planner.Progress
}

// rebalanceCase builds generated plans until one has days to study, then
// picks a today within them.
func (g *generator) rebalanceCase() rebalanceCase {
	for {
		x := g.plan()
		first := firstDay(x.in)
		if len(x.p.Weeks) == 0 || !first.Before(x.p.ExamDate) {
			continue
		}
		in := x.in
		in.Today = first.AddDays(g.r.IntN(first.DaysUntil(x.p.ExamDate)))
		return rebalanceCase{in: in, country: x.country, prev: x.p, onTrack: onTrackProgress(x.p, in.Today)}
	}
}

// rebalanceCases yields n generated rebalance cases.
func (g *generator) rebalanceCases(n int) iter.Seq[rebalanceCase] {
	return firstKept(n, g.rebalanceCase, nil)
}

// mustRebalance re-plans the case's plan from in (its input with the test's
// progress and edits) on the fixture catalog; it fails the test when
// Rebalance refuses.
func (rc rebalanceCase) mustRebalance(tb testing.TB, in planner.Input) planner.Plan {
	tb.Helper()
	got, err := planner.Rebalance(catalogtest.Load(tb), in, rc.prev)
	if err != nil {
		tb.Fatalf("%s: %v", describe(in, rc.country), err)
	}
	return got
}

// onTrackProgress is what a learner who did exactly what p planned before
// today has spent: what p already counted as spent, plus those sessions.
func onTrackProgress(p planner.Plan, today catalog.Date) map[string]planner.Progress {
	planned := map[string]int{}
	for _, s := range sessionsBefore(p, today) {
		planned[s.WorkTopic()] += minutes(s.Hours)
	}
	out := map[string]planner.Progress{}
	for _, t := range p.Topics {
		full := minutes(t.Hours)
		spent := full - minutes(t.Remaining) + planned[t.ID]
		out[t.ID] = planner.Progress{Done: t.Done || (spent == full && full > 0), Hours: float64(spent) / 60}
	}
	return out
}

// TestRebalanceOnTrackKeepsThePlan checks (i): on-track progress returns
// the identical plan when it fits. A plan that does not fit is never on
// track (its standing is "does not fit"), so it is re-planned instead.
func TestRebalanceOnTrackKeepsThePlan(t *testing.T) {
	for rc := range newGenerator(t, 7).rebalanceCases(cases()) {
		in := rc.in
		in.Progress = rc.onTrack
		got := rc.mustRebalance(t, in)
		if st := planner.StandingOf(rc.prev, in.Progress, in.Today); !rc.prev.Feasible {
			if st.State != planner.DoesNotFit {
				t.Fatalf("%s: a plan that does not fit stands %q", describe(in, rc.country), st.State)
			}
			continue
		}
		if !reflect.DeepEqual(got, rc.prev) {
			t.Fatalf("%s: on track on %s, yet the plan changed", describe(in, rc.country), in.Today)
		}
	}
}

// TestRebalanceBehindOrAhead moves the on-track progress back and forth,
// ticks topics off, and checks that the past stays, done topics get no
// more time but keep their hours, and the rest is conserved.
func TestRebalanceBehindOrAhead(t *testing.T) {
	g := newGenerator(t, 8)
	for rc := range g.rebalanceCases(cases()) {
		in := rc.in
		in.Progress = drift(g, rc.prev, rc.onTrack)
		if reflect.DeepEqual(in.Progress, rc.onTrack) {
			continue // drift left every topic as planned: that is TestRebalanceOnTrackKeepsThePlan's case
		}
		got := rc.mustRebalance(t, in)
		if !reflect.DeepEqual(sessionsBefore(got, in.Today), sessionsBefore(rc.prev, in.Today)) {
			t.Fatalf("%s: sessions before %s changed", describe(in, rc.country), in.Today)
		}
		checked := in
		// A day whose sessions are all done is kept as it was: the plan
		// is checked from the day it planned from.
		checked.ExamDate, checked.Today = rc.prev.ExamDate, got.Today
		for _, problem := range planProblems(checked, got) {
			t.Fatalf("%s, rebalanced on %s: %s", describe(in, rc.country), in.Today, problem)
		}
		// Since the plan learns the learner's pace, the open study topics'
		// hours may change, and then the plan says so; nothing else does.
		paced := len(got.Changes) > 0 && strings.Contains(got.Changes[0], "the estimate")
		if got.ExamDate != rc.prev.ExamDate || (got.TotalHours != rc.prev.TotalHours && !paced) {
			t.Fatalf("%s: exam %s and %.2f h total became %s and %.2f h", describe(in, rc.country),
				rc.prev.ExamDate, rc.prev.TotalHours, got.ExamDate, got.TotalHours)
		}
		for i, tp := range got.Topics {
			was := rc.prev.Topics[i]
			rescaled := paced && tp.Kind == planner.Study && !tp.Done
			if tp.ID != was.ID {
				t.Fatalf("%s: topic %d is %s, want %s as before", describe(in, rc.country), i, tp.ID, was.ID)
			}
			if tp.Hours != was.Hours && !rescaled {
				t.Fatalf("%s: topic %s has %v h, want %v h as before", describe(in, rc.country), tp.ID, tp.Hours, was.Hours)
			}
			if want := in.Progress[tp.ID].Done; tp.Done != want {
				t.Fatalf("%s: topic %s done = %v, want %v as ticked", describe(in, rc.country), tp.ID, tp.Done, want)
			}
			if tp.Done && tp.Remaining != 0 {
				t.Fatalf("%s: done topic %s has %v h remaining, want 0", describe(in, rc.country), tp.ID, tp.Remaining)
			}
		}
	}
}

// TestRebalanceAfterAnEdit changes the inputs of an on-track plan (more
// hours on a weekday, a later exam, time off from next week): the plan must
// follow the new inputs, not come back as it was.
func TestRebalanceAfterAnEdit(t *testing.T) {
	g := newGenerator(t, 9)
	for rc := range g.rebalanceCases(cases() / 2) {
		in := rc.in
		in.Progress, in.ExamDate = rc.onTrack, rc.prev.ExamDate
		switch g.r.IntN(3) {
		case 0:
			i := g.r.IntN(7)
			in.Hours[i] = min(planner.MaxHoursPerDay, in.Hours[i]+1)
		case 1:
			in.ExamDate = min(in.ExamDate.AddDays(1+g.r.IntN(60)), in.Start.AddDays(horizon))
		case 2:
			from := in.Today.WeekStart().AddDays(7)
			in.TimeOff = append(in.TimeOff, planner.Span{From: from, To: from.AddDays(g.r.IntN(14))})
		}
		if in.Hours == rc.in.Hours && in.ExamDate == rc.prev.ExamDate && len(in.TimeOff) == len(rc.in.TimeOff) {
			continue // 16 hours already, or the exam as late as it can be: no edit
		}
		got := rc.mustRebalance(t, in)
		if got.ExamDate != in.ExamDate || got.Inputs.Hours != in.Hours || len(got.Inputs.TimeOff) != len(in.TimeOff) {
			t.Fatalf("%s: the edited inputs were ignored: exam %s, hours %v, %d time off", describe(in, rc.country),
				got.ExamDate, got.Inputs.Hours, len(got.Inputs.TimeOff))
		}
		if !reflect.DeepEqual(sessionsBefore(got, in.Today), sessionsBefore(rc.prev, in.Today)) {
			t.Fatalf("%s: sessions before %s changed", describe(in, rc.country), in.Today)
		}
		for _, problem := range planProblems(in, got) {
			t.Fatalf("%s, edited on %s: %s", describe(in, rc.country), in.Today, problem)
		}
	}
}

// drift changes on-track progress: a topic ticked off early, one behind,
// one ahead, one untouched.
func drift(g *generator, p planner.Plan, onTrack map[string]planner.Progress) map[string]planner.Progress {
	out := map[string]planner.Progress{}
	for _, t := range p.Topics {
		pr := onTrack[t.ID]
		switch g.r.IntN(4) {
		case 0:
			pr.Done = true
		case 1:
			pr.Hours, pr.Done = pr.Hours*g.r.Float64(), false
		case 2:
			pr.Hours += g.r.Float64() * t.Hours
		}
		out[t.ID] = pr
	}
	return out
}

// TestRebalanceTable re-plans SAA-C03 six weeks in with one topic done and one begun.
func TestRebalanceTable(t *testing.T) {
	c := catalogtest.Load(t)
	in := saa()
	prev, err := planner.Build(c, in)
	if err != nil {
		t.Fatal(err)
	}
	in.Today = day("2027-01-04")
	in.Progress = map[string]planner.Progress{"SAA-C03:1.1": {Done: true}, "SAA-C03:1.2": {Hours: 1}}
	got, err := planner.Rebalance(c, in, prev)
	if err != nil {
		t.Fatal(err)
	}
	if got.Today != in.Today || got.DoneHours != 1.0+topic(t, prev, "SAA-C03:1.1").Hours {
		t.Errorf("today %s, done %.2f h; want %s and 1.1's hours plus the hour spent on 1.2", got.Today, got.DoneHours, in.Today)
	}
	tp := topic(t, got, "SAA-C03:1.1")
	if !tp.Done || tp.Remaining != 0 {
		t.Errorf("topic 1.1 done %v with %v h remaining, want done with none", tp.Done, tp.Remaining)
	}
	if want := topic(t, prev, "SAA-C03:1.1").Hours; tp.Hours != want {
		t.Errorf("done topic 1.1 has %v h, want %v h as before", tp.Hours, want)
	}
	if tp := topic(t, got, "SAA-C03:1.2"); tp.Remaining != tp.Hours-1 {
		t.Errorf("topic 1.2 = %+v, want an hour less remaining", tp)
	}
	if !reflect.DeepEqual(sessionsBefore(got, in.Today), sessionsBefore(prev, in.Today)) {
		t.Error("the six weeks before today changed")
	}
	in.ExamDate = 0 // the previous plan's date stands
	if again, err := planner.Rebalance(c, in, prev); err != nil || again.ExamDate != prev.ExamDate {
		t.Errorf("Rebalance without a date: exam %s, %v; want %s", again.ExamDate, err, prev.ExamDate)
	}
}
