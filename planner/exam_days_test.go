package planner_test

import (
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// The earliest exam date that fits and a proposed exam date are days the
// learner can sit the exam (planner.ExamDayWhy): bookable, not before the
// plan's first day, not a public holiday, not in their time off; over
// generated plans with holidays and time off.
func TestProposedAndEarliestDatesAreExamDays(t *testing.T) {
	c := catalogtest.Load(t)
	checked := 0
	for x := range newGenerator(t, 57).plans(cases()) {
		e, _ := c.Exam(x.in.Exam)
		for what, d := range map[string]catalog.Date{"earliest exam": x.p.EarliestExam, "proposed exam": proposedOf(x.p)} {
			if d.IsZero() {
				continue
			}
			checked++
			if why := planner.ExamDayWhy(e, x.in, d); why != "" {
				t.Errorf("%s: %s %s, yet %s", describe(x.in, x.country), what, d, why)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no generated plan had an earliest or proposed date")
	}
}

// proposedOf is the exam date a plan proposed, or zero when the learner gave it.
func proposedOf(p planner.Plan) catalog.Date {
	if p.ExamDateProposed {
		return p.ExamDate
	}
	return 0
}

// A plan whose work first fits before Christmas Day in Germany proposes
// the first day after the holidays, 2027-12-27, not 25 or 26 December;
// and with time off over those days, the first day after it.
func TestEarliestExamSkipsHolidaysAndTimeOff(t *testing.T) {
	c := catalogtest.Load(t)
	base := planner.Input{Exam: "CLF-C02", Hours: planner.Weekdays{2, 2, 2, 2, 2, 2, 2}}
	// The start from which the work first fits before 2027-12-25, with no holidays.
	for s := day("2027-09-01"); base.Start.IsZero() && s.Before(day("2027-12-24")); s = s.AddDays(1) {
		if at := (planner.Input{Exam: "CLF-C02", Start: s, Hours: base.Hours}); mustBuild(t, at).EarliestExam == day("2027-12-25") {
			base.Start = s
		}
	}
	if base.Start.IsZero() {
		t.Fatal("no start makes the work first fit before 2027-12-25")
	}
	in := withCountry(t, base, "DE")
	p := mustBuild(t, in)
	e, _ := c.Exam("CLF-C02")
	if p.EarliestExam.Before(day("2027-12-27")) || planner.ExamDayWhy(e, in, p.EarliestExam) != "" {
		t.Errorf("in Germany the earliest exam is %s, want the first day after Christmas on which it can be sat", p.EarliestExam)
	}
	if !p.ExamDateProposed || p.ExamDate != p.EarliestExam || !p.Feasible {
		t.Errorf("proposed %v exam %s feasible %v: want the earliest exam day %s, fitting", p.ExamDateProposed, p.ExamDate, p.Feasible, p.EarliestExam)
	}
	in.TimeOff = []planner.Span{{From: day("2027-12-24"), To: day("2028-01-02")}}
	if q := mustBuild(t, in); !q.EarliestExam.After(day("2028-01-02")) {
		t.Errorf("with time off to 2028-01-02 the earliest exam is %s", q.EarliestExam)
	}
}

// ExamDayWhy says in one lower-case line why a day is no exam day.
func TestExamDayWhy(t *testing.T) {
	c := catalogtest.Load(t)
	e, _ := c.Exam("SAA-C03")
	in := withCountry(t, planner.Input{Exam: "SAA-C03", Start: day("2027-03-01"), Hours: planner.Even(5),
		TimeOff: []planner.Span{{From: day("2027-08-02"), To: day("2027-08-06")}}}, "GB")
	for _, tc := range []struct{ name, day, want string }{
		{"an ordinary Tuesday", "2027-06-08", ""},
		{"before the plan", "2027-02-26", "2027-02-26 is before 2027-03-01, the first day of the plan"},
		{"time off", "2027-08-03", "2027-08-03 is in your time off"},
		{"a holiday", "2027-12-27", "2027-12-27 is a public holiday ("},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := planner.ExamDayWhy(e, in, day(tc.day))
			if (tc.want == "") != (got == "") || len(got) < len(tc.want) || got[:len(tc.want)] != tc.want {
				t.Errorf("ExamDayWhy(%s) = %q, want %q", tc.day, got, tc.want)
			}
		})
	}
	if d := planner.FirstExamDay(e, in, day("2027-08-02"), day("2027-08-31")); d != day("2027-08-07") {
		t.Errorf("first exam day from the time off = %s, want 2027-08-07", d)
	}
	if d := planner.LastExamDay(e, in, day("2027-07-01"), day("2027-08-06")); d != day("2027-08-01") {
		t.Errorf("last exam day up to the end of the time off = %s, want 2027-08-01", d)
	}
	if d := planner.FirstExamDay(e, in, day("2027-08-03"), day("2027-08-05")); !d.IsZero() {
		t.Errorf("no exam day in the time off, got %s", d)
	}
}
