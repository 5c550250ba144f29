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

// TestPlansKeepTheirInvariants checks (a) conservation of every topic's
// hours, (b) day and week capacity and (c) no study on holidays, time off,
// zero-hour weekdays, before the first day or on or after exam day.
func TestPlansKeepTheirInvariants(t *testing.T) {
	g := newGenerator(t, 1)
	for range cases() {
		in, country := g.input()
		p := mustBuild(t, in)
		for _, problem := range planProblems(in, p) {
			t.Fatalf("%s\n%s", describe(in, country), problem)
		}
	}
}

// TestSameInputSamePlan checks (d): building twice, with the same or a
// fresh holiday calendar, gives deeply equal plans.
func TestSameInputSamePlan(t *testing.T) {
	g := newGenerator(t, 2)
	for range cases() {
		in, country := g.input()
		first := mustBuild(t, in)
		if country != "" {
			fresh, _ := holiday.ForCountry(country)
			in.Holidays = fresh
		}
		if again := mustBuild(t, in); !reflect.DeepEqual(first, again) {
			t.Fatalf("%s: two builds differ", describe(in, country))
		}
	}
}

// TestMoreTimeNeverHurts checks (e): a feasible plan stays feasible with
// more hours on any weekday or a later exam date.
func TestMoreTimeNeverHurts(t *testing.T) {
	g := newGenerator(t, 3)
	checked := 0
	for checked < cases()/2 {
		in, country := g.input()
		p := mustBuild(t, in)
		if !p.Feasible || in.ExamDate.IsZero() {
			continue
		}
		checked++
		more := in
		i := g.r.IntN(7)
		more.Hours[i] = min(planner.MaxHoursPerDay, more.Hours[i]+0.25+g.r.Float64()*4)
		if !mustBuild(t, more).Feasible {
			t.Fatalf("%s: infeasible with %s hours raised to %.2f", describe(in, country), time.Weekday((i+1)%7), more.Hours[i])
		}
		later := in
		later.ExamDate = min(in.ExamDate.AddDays(1+g.r.IntN(90)), in.Start.AddDays(horizon))
		if !mustBuild(t, later).Feasible {
			t.Fatalf("%s: infeasible with the exam moved to %s", describe(in, country), later.ExamDate)
		}
	}
}

// TestEarliestExamIsTight checks (f): the earliest exam date fits and the
// day before it does not.
func TestEarliestExamIsTight(t *testing.T) {
	g := newGenerator(t, 4)
	for range cases() {
		in, country := g.input()
		p := mustBuild(t, in)
		if p.EarliestExam.IsZero() || p.RequiredHours == 0 {
			continue
		}
		at := in
		at.ExamDate = p.EarliestExam
		if q := mustBuild(t, at); !q.Feasible {
			t.Fatalf("%s: exam on the earliest date %s does not fit (short %.2f h)", describe(in, country), p.EarliestExam, q.ShortfallHours)
		}
		before := in
		before.ExamDate = p.EarliestExam.AddDays(-1)
		if !before.ExamDate.After(in.Start) {
			continue
		}
		if mustBuild(t, before).Feasible {
			t.Fatalf("%s: the day before the earliest date %s fits too", describe(in, country), p.EarliestExam)
		}
	}
}

// TestHoursPerWeekNeededFits checks (g): an infeasible plan's hours per
// week, spread like the learner's own week, make it fit; when it names
// none, not even 16 hours on the learner's busiest day would.
func TestHoursPerWeekNeededFits(t *testing.T) {
	g := newGenerator(t, 5)
	checked := 0
	for checked < cases()/2 {
		in, country := g.input()
		p := mustBuild(t, in)
		if p.Feasible || in.ExamDate.IsZero() {
			continue
		}
		checked++
		pattern := in.Hours
		if pattern.Total() == 0 {
			pattern = planner.Even(5)
		}
		target := p.HoursPerWeekNeeded
		if target == 0 {
			target = planner.MaxHoursPerDay * pattern.Total() / maxOf(pattern)
		}
		scaled := in
		for i := range scaled.Hours {
			// min only trims float noise off the busiest day's 16 hours.
			scaled.Hours[i] = min(pattern[i]*target/pattern.Total(), planner.MaxHoursPerDay)
		}
		q, err := planner.Build(catalogtest.Load(t), scaled)
		switch {
		case err != nil:
			t.Fatalf("%s: %.1f h a week needed, spread as %v, is refused: %v", describe(in, country), target, scaled.Hours, err)
		case p.HoursPerWeekNeeded > 0 && !q.Feasible:
			t.Fatalf("%s: %.1f h a week needed, spread as %v, is %.2f h short", describe(in, country), target, scaled.Hours, q.ShortfallHours)
		case p.HoursPerWeekNeeded == 0 && q.Feasible:
			t.Fatalf("%s: no hours a week named, yet %v fits", describe(in, country), scaled.Hours)
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
	g := newGenerator(t, 6)
	for range cases() / 5 {
		in, country := g.input()
		want := mustBuild(t, in)
		for _, z := range zones {
			time.Local, cal.DefaultLoc = z, z
			if country != "" {
				in.Holidays, _ = holiday.ForCountry(country) // no cached answers from another zone
			}
			if got := mustBuild(t, in); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: the plan differs in %s", describe(in, country), z)
			}
		}
		time.Local, cal.DefaultLoc = local, calLocal
	}
}
