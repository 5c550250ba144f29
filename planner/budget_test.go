package planner_test

import (
	"slices"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// sumByDay adds up the session hours of plans per day.
func sumByDay(plans ...planner.Plan) map[catalog.Date]float64 {
	return planner.TakenBy(plans, 0)
}

// TestTwoPlansShareOneWeek: a second plan built around the first's
// sessions never puts, with it, more on a day than the learner's hours;
// without the budget it would double-book.
func TestTwoPlansShareOneWeek(t *testing.T) {
	cat := catalogtest.Load(t)
	hours := planner.Weekdays{2, 2, 2, 2, 2, 4, 0}
	first, err := planner.Build(cat, planner.Input{Exam: "SAA-C03", Start: day("2027-01-04"), Hours: hours})
	if err != nil {
		t.Fatal(err)
	}
	second := planner.Input{Exam: "DVA-C03", Start: day("2027-01-18"), Hours: hours}
	alone, err := planner.Build(cat, second)
	if err != nil {
		t.Fatal(err)
	}
	if !overBooked(hours, sumByDay(first, alone)) {
		t.Fatal("the fixture does not overlap: two plans without a budget should double-book some day")
	}
	second.Taken = planner.TakenBy([]planner.Plan{first}, second.Start)
	shared, err := planner.Build(cat, second)
	if err != nil {
		t.Fatal(err)
	}
	if overBooked(hours, sumByDay(first, shared)) {
		t.Error("two plans sharing the week put more on a day than the learner's hours")
	}
	if !shared.ExamDate.After(alone.ExamDate) {
		t.Errorf("sharing the week, the second exam is proposed for %s, not later than alone (%s)", shared.ExamDate, alone.ExamDate)
	}
	third, err := planner.Rebalance(cat, withToday(second, day("2027-02-01")), shared)
	if err != nil {
		t.Fatal(err)
	}
	if overBooked(hours, sumByDay(first, third)) {
		t.Error("a re-plan sharing the week put more on a day than the learner's hours")
	}
}

func withToday(in planner.Input, today catalog.Date) planner.Input {
	in.Today = today
	return in
}

// overBooked reports whether some day holds more than its weekday's hours.
func overBooked(hours planner.Weekdays, byDay map[catalog.Date]float64) bool {
	for d, h := range byDay {
		if h > hours[d.MondayIndex()]+1e-6 {
			return true
		}
	}
	return false
}

// TestCommitment says what share of the week a plan takes, in words.
func TestCommitment(t *testing.T) {
	cat := catalogtest.Load(t)
	p, err := planner.Build(cat, planner.Input{Exam: "DVA-C03", Start: day("2027-01-04"), Hours: planner.Even(4)})
	if err != nil {
		t.Fatal(err)
	}
	c := planner.CommitmentOf(p, p.Start)
	if c.HoursPerWeek <= 0 || c.HoursPerWeek > 4 {
		t.Errorf("commitment of %v h a week, want more than 0 and at most the plan's 4", c.HoursPerWeek)
	}
	if c.Until.After(p.ExamDate) {
		t.Errorf("commitment until %s, want no later than the exam on %s", c.Until, p.ExamDate)
	}
	if c.Exam != "DVA-C03" {
		t.Errorf("commitment to %q, want DVA-C03", c.Exam)
	}
	want := "h a week already go to DVA-C03 until " + c.Until.String()
	if !strings.Contains(c.String(), want) {
		t.Errorf("%q lacks %q", c.String(), want)
	}
	if after := planner.CommitmentOf(p, p.ExamDate); after.HoursPerWeek != 0 {
		t.Errorf("commitment after the exam = %+v, want no hours", after)
	}
}

// TestSharingNamesThePlansOfTheDays: a plan shares the days its study
// spans, and PriorityText says which of the two goes first.
func TestSharingNamesThePlansOfTheDays(t *testing.T) {
	first := planner.PlanShare{PlanID: 1, First: true, Commitment: planner.Commitment{Exam: "DVA-C03", HoursPerWeek: 4,
		From: day("2026-12-07"), Until: day("2027-01-10")}}
	after := planner.PlanShare{PlanID: 2, Commitment: planner.Commitment{Exam: "CLF-C02", HoursPerWeek: 2,
		From: day("2027-01-11"), Until: day("2027-02-01")}}
	b := planner.WeekBudget{Shares: []planner.PlanShare{first, after}}
	for _, c := range []struct {
		name     string
		from, to string
		want     []int64
	}{
		{"before both", "2026-11-30", "2026-12-06", nil},
		{"the first's last day", "2027-01-04", "2027-01-10", []int64{1}},
		{"across both", "2027-01-08", "2027-01-14", []int64{1, 2}},
		{"after both", "2027-02-02", "2027-02-08", nil},
	} {
		var got []int64
		for _, s := range b.Sharing(day(c.from), day(c.to)) {
			got = append(got, s.PlanID)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	if got, want := first.PriorityText(), "4 h a week go to DVA-C03 until 2027-01-10, which has priority: this plan takes only the hours it leaves"; got != want {
		t.Errorf("first: %q, want %q", got, want)
	}
	if got := after.PriorityText(); !strings.Contains(got, "this plan has priority, and CLF-C02 takes only the hours it leaves") {
		t.Errorf("after: %q", got)
	}
}
