package planner_test

import (
	"fmt"
	"reflect"
	"testing"
	"time"
	_ "time/tzdata" // the zones below, on machines without a zone database

	"github.com/rickar/cal/v2"

	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/holiday"
)

// describe prints an input compactly for a failure message.
func describe(in planner.Input, country string) string {
	return fmt.Sprintf("%s start %s exam %s today %s hours %v held %v exp %q country %q off %v override %.2f progress %d",
		in.Exam, in.Start, in.ExamDate, in.Today, in.Hours, in.Held, in.Experience, country, in.TimeOff, in.HoursOverride, len(in.Progress))
}

// fitsBeforeItsExam: the plan fits before the exam date the learner set.
func fitsBeforeItsExam(x planCase) bool { return x.p.Feasible && !x.in.ExamDate.IsZero() }

// shortBeforeItsExam: the plan does not fit before the exam date the
// learner set.
func shortBeforeItsExam(x planCase) bool { return !x.p.Feasible && !x.in.ExamDate.IsZero() }

// TestPlansKeepTheirInvariants checks (a) conservation of every topic's
// hours, (b) day and week capacity and (c) no study on holidays, time off,
// zero-hour weekdays, before the first day or on or after exam day.
func TestPlansKeepTheirInvariants(t *testing.T) {
	for x := range newGenerator(t, 1).plans(cases()) {
		for _, problem := range planProblems(x.in, x.p) {
			t.Fatalf("%s\n%s", describe(x.in, x.country), problem)
		}
	}
}

// TestSameInputSamePlan checks (d): building twice, with the same or a
// fresh holiday calendar, gives deeply equal plans.
func TestSameInputSamePlan(t *testing.T) {
	for x := range newGenerator(t, 2).plans(cases()) {
		if x.country != "" {
			fresh, _ := holiday.ForCountry(x.country)
			x.in.Holidays = fresh
		}
		if again := mustBuild(t, x.in); !reflect.DeepEqual(x.p, again) {
			t.Fatalf("%s: two builds differ", describe(x.in, x.country))
		}
	}
}

// TestMoreTimeNeverHurts checks (e): a feasible plan stays feasible with
// more hours on any weekday or a later exam date.
func TestMoreTimeNeverHurts(t *testing.T) {
	g := newGenerator(t, 3)
	for x := range g.plansWhere(cases()/2, fitsBeforeItsExam) {
		more := x.in
		i := g.r.IntN(7)
		more.Hours[i] = min(planner.MaxHoursPerDay, more.Hours[i]+0.25+g.r.Float64()*4)
		if !mustBuild(t, more).Feasible {
			t.Fatalf("%s: infeasible with %s hours raised to %.2f", describe(x.in, x.country), time.Weekday((i+1)%7), more.Hours[i])
		}
		later := x.in
		later.ExamDate = min(x.in.ExamDate.AddDays(1+g.r.IntN(90)), x.in.Start.AddDays(horizon))
		if !mustBuild(t, later).Feasible {
			t.Fatalf("%s: infeasible with the exam moved to %s", describe(x.in, x.country), later.ExamDate)
		}
	}
}

// TestEarliestExamIsTight checks (f): the earliest exam date fits and the
// last day before it that the learner can sit the exam does not.
func TestEarliestExamIsTight(t *testing.T) {
	for x := range newGenerator(t, 4).plans(cases()) {
		if x.p.EarliestExam.IsZero() || x.p.RequiredHours == 0 {
			continue
		}
		at := x.in
		at.ExamDate = x.p.EarliestExam
		if q := mustBuild(t, at); !q.Feasible {
			t.Fatalf("%s: exam on the earliest date %s does not fit (short %.2f h)", describe(x.in, x.country), x.p.EarliestExam, q.ShortfallHours)
		}
		before := x.in
		e, _ := catalogtest.Load(t).Exam(x.in.Exam)
		if before.ExamDate = planner.LastExamDay(e, x.in, x.in.Start.AddDays(1), x.p.EarliestExam.AddDays(-1)); before.ExamDate.IsZero() {
			continue
		}
		if mustBuild(t, before).Feasible {
			t.Fatalf("%s: the day before the earliest date %s fits too", describe(x.in, x.country), x.p.EarliestExam)
		}
	}
}

// TestHoursPerWeekNeededFits checks (g): an infeasible plan's hours per
// week, spread like the learner's own week, make it fit; when it names
// none, not even 16 hours on the learner's busiest day would.
func TestHoursPerWeekNeededFits(t *testing.T) {
	for x := range newGenerator(t, 5).plansWhere(cases()/2, shortBeforeItsExam) {
		pattern := x.in.Hours
		if pattern.Total() == 0 {
			pattern = planner.Even(5)
		}
		target := x.p.HoursPerWeekNeeded
		if target == 0 {
			target = planner.MaxHoursPerDay * pattern.Total() / maxOf(pattern)
		}
		scaled := x.in
		for i := range scaled.Hours {
			// min only trims float noise off the busiest day's 16 hours.
			scaled.Hours[i] = min(pattern[i]*target/pattern.Total(), planner.MaxHoursPerDay)
		}
		q, err := planner.Build(catalogtest.Load(t), scaled)
		switch {
		case err != nil:
			t.Fatalf("%s: %.1f h a week needed, spread as %v, is refused: %v", describe(x.in, x.country), target, scaled.Hours, err)
		case x.p.HoursPerWeekNeeded > 0 && !q.Feasible:
			t.Fatalf("%s: %.1f h a week needed, spread as %v, is %.2f h short", describe(x.in, x.country), target, scaled.Hours, q.ShortfallHours)
		case x.p.HoursPerWeekNeeded == 0 && q.Feasible:
			t.Fatalf("%s: no hours a week named, yet %v fits", describe(x.in, x.country), scaled.Hours)
		}
	}
}

func maxOf(w planner.Weekdays) float64 {
	m := 0.0
	for _, h := range w {
		m = max(m, h)
	}
	return m
}

// TestPlansIgnoreTheTimeZone checks (h): the same build gives the same plan
// whatever the machine's zone, set both as time.Local and as the zone
// rickar/cal computes holidays in (cal.DefaultLoc, read once at start-up).
func TestPlansIgnoreTheTimeZone(t *testing.T) {
	local, calLocal := time.Local, cal.DefaultLoc
	t.Cleanup(func() { time.Local, cal.DefaultLoc = local, calLocal })
	var zones []*time.Location
	for _, name := range []string{"Pacific/Kiritimati", "America/Los_Angeles", "UTC", "Pacific/Pago_Pago", "Asia/Kathmandu"} {
		z, err := time.LoadLocation(name)
		if err != nil {
			t.Fatalf("zone %s: %v", name, err)
		}
		zones = append(zones, z)
	}
	for x := range newGenerator(t, 6).plans(cases() / 5) {
		for _, z := range zones {
			time.Local, cal.DefaultLoc = z, z
			if x.country != "" {
				x.in.Holidays, _ = holiday.ForCountry(x.country) // no cached answers from another zone
			}
			if got := mustBuild(t, x.in); !reflect.DeepEqual(got, x.p) {
				t.Fatalf("%s: the plan differs in %s", describe(x.in, x.country), z)
			}
		}
		time.Local, cal.DefaultLoc = local, calLocal
	}
}
