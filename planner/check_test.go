package planner_test

import (
	"encoding/json"
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// tamperings change a plan built from saa() the way a hand-edited file
// could; CheckAgainst must refuse each, saying what (want).
var tamperings = []struct {
	name, want string
	edit       func(p *planner.Plan, in *planner.Input)
}{
	{"a session of 500 h", "a session of 500 h", func(p *planner.Plan, _ *planner.Input) { p.Weeks[0].Sessions[0].Hours = 500 }},
	{"a day over its hours", "more than its input's 2 h on", func(p *planner.Plan, _ *planner.Input) {
		p.Weeks[0].Sessions[0].Hours += 1
		p.Weeks[0].PlannedHours += 1
	}},
	{"negative hours", "a session of -1 h", func(p *planner.Plan, _ *planner.Input) { p.Weeks[0].Sessions[0].Hours = -1 }},
	{"an exam date other than the input's", "not on its input's exam date 2027-03-01", func(p *planner.Plan, _ *planner.Input) {
		p.ExamDate = day("2027-06-01")
	}},
	{"another start", "not on its input's start", func(p *planner.Plan, _ *planner.Input) { p.Start = day("2026-11-30") }},
	{"a week after the exam", "outside its days 2026-11-23..2027-02-28", func(p *planner.Plan, _ *planner.Input) {
		p.Weeks = append(p.Weeks, planner.Week{Start: day("2027-03-08"), End: day("2027-03-14")})
	}},
	{"a week before the start", "outside its days", func(p *planner.Plan, _ *planner.Input) {
		p.Weeks[0].Start, p.Weeks[0].End = day("2020-01-06"), day("2020-01-12")
	}},
	{"a week over two weeks", "not within one week", func(p *planner.Plan, _ *planner.Input) { p.Weeks[0].End = p.Weeks[1].End }},
	{"a session outside its week", "outside its week", func(p *planner.Plan, _ *planner.Input) {
		p.Weeks[0].Sessions[0].Date = p.Weeks[1].Start
	}},
	{"a week's sum unlike its sessions", "but its sessions hold", func(p *planner.Plan, _ *planner.Input) { p.Weeks[0].PlannedHours += 0.5 }},
	{"weeks out of order", "does not follow the day 2026-11-22", func(p *planner.Plan, _ *planner.Input) {
		p.Weeks[0], p.Weeks[1] = p.Weeks[1], p.Weeks[0]
	}},
	{"hours the input no longer gives", "more than its input's 0 h on Monday", func(_ *planner.Plan, in *planner.Input) { in.Hours[0] = 0 }},
	{"a proposed exam moved", "proposes an exam on 2030-01-01", func(p *planner.Plan, in *planner.Input) {
		in.ExamDate, p.ExamDateProposed, p.ExamDate = 0, true, day("2030-01-01")
	}},
	{"an exam moved past its weeks", "not up to the day before its exam on 2030-01-01", func(p *planner.Plan, in *planner.Input) {
		in.ExamDate, p.ExamDate = 0, day("2030-01-01")
	}},
	{"a week left out", "does not follow the day", func(p *planner.Plan, _ *planner.Input) {
		p.Weeks = append(p.Weeks[:2], p.Weeks[3:]...)
	}},
	{"total hours of 1", "gives 1 h as total_hours", func(p *planner.Plan, _ *planner.Input) { p.TotalHours = 1 }},
	{"hours left of 1", "as required_hours", func(p *planner.Plan, _ *planner.Input) { p.RequiredHours = 1 }},
	{"weeks with no exam", "has weeks but no exam date", func(p *planner.Plan, in *planner.Input) {
		p.ExamDate, in.ExamDate = 0, 0
	}},
	{"a session in time off", "of study on 2026-12-02, a day its input keeps free (time off)", func(_ *planner.Plan, in *planner.Input) {
		in.TimeOff = []planner.Span{{From: day("2026-12-02"), To: day("2026-12-02")}}
	}},
}

func TestCheckAgainstRefusesATamperedSchedule(t *testing.T) {
	in := saa()
	built, err := planner.Build(catalogtest.Load(t), in)
	if err != nil {
		t.Fatal(err)
	}
	if err := built.CheckAgainst(in); err != nil {
		t.Fatalf("the plan as built: %v", err)
	}
	for _, tc := range tamperings {
		t.Run(tc.name, func(t *testing.T) {
			p, in := cloneJSON(t, built), saa()
			tc.edit(&p, &in)
			err := p.CheckAgainst(in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error saying %q", err, tc.want)
			}
		})
	}
}

// TestCheckAgainstKeepsEarlierDays: a re-plan keeps the sessions before its
// first day as they were planned, even when the input now gives those
// weekdays fewer hours.
func TestCheckAgainstKeepsEarlierDays(t *testing.T) {
	c := catalogtest.Load(t)
	prev, err := planner.Build(c, saa())
	if err != nil {
		t.Fatal(err)
	}
	in := saa()
	in.Hours = planner.Even(5)
	in.Today = day("2026-12-14")
	next, err := planner.Rebalance(c, in, prev)
	if err != nil {
		t.Fatal(err)
	}
	stored := in
	stored.Today = 0 // never stored
	if err := next.CheckAgainst(stored); err != nil {
		t.Fatalf("a re-plan at fewer hours: %v", err)
	}
	stored.TimeOff = []planner.Span{{From: day("2026-11-23"), To: day("2026-12-13")}}
	if err := next.CheckAgainst(stored); err != nil {
		t.Fatalf("a re-plan whose time off now covers days before it: %v", err)
	}
}

// TestCheckAgainstPassesPlansAroundHolidays: a plan built around a
// country's public holidays and time off passes the check of its input.
func TestCheckAgainstPassesPlansAroundHolidays(t *testing.T) {
	in := saa()
	in.Country = "DE"
	in.TimeOff = []planner.Span{{From: day("2026-12-02"), To: day("2026-12-04")}}
	p, err := planner.Build(catalogtest.Load(t), in)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.CheckAgainst(in); err != nil {
		t.Fatalf("the plan as built: %v", err)
	}
}

// TestCheckAgainstLetsAnOlderHolidayCalendarImport: a plan with study on
// a day that is a public holiday by today's calendar still passes, since
// the calendar it was made with may have lacked that holiday (a newer
// certplan's holiday data must not refuse the learner's own export).
func TestCheckAgainstLetsAnOlderHolidayCalendarImport(t *testing.T) {
	in := saa()
	p, err := planner.Build(catalogtest.Load(t), in)
	if err != nil {
		t.Fatal(err)
	}
	in.Country = "DE" // Christmas now a holiday; the plan has study on it
	if err := p.CheckAgainst(in); err != nil {
		t.Fatalf("a plan made without Germany's holidays, checked with them: %v", err)
	}
}

// cloneJSON copies a plan through its JSON, as a file holds it.
func cloneJSON(t *testing.T, p planner.Plan) planner.Plan {
	t.Helper()
	b, err := json.Marshal(p)
	var out planner.Plan
	if err == nil {
		err = json.Unmarshal(b, &out)
	}
	if err != nil {
		t.Fatal(err)
	}
	return out
}
