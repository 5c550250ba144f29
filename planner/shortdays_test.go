package planner_test

import (
	"testing"

	"certplan/planner"
)

// TestShortDaysHoldReview: on short days (2 to 2.5 h a week, about 24 to
// 30 minutes a day) what a review or a topic's end leaves of a day, under a
// quarter hour, holds no study; it holds review instead (a review leaves a
// quarter hour of study beside it on days under half an hour, and a review
// due soon fills what study leaves), so a plan loses fewer of the learner's
// minutes and fits no later than before, keeping every invariant and the
// spacing of its reviews. Lost is the capacity up to the earliest exam date
// beyond the work; the figures before are those of the planner that left
// these minutes empty.
func TestShortDaysHoldReview(t *testing.T) {
	unevenTwo := planner.Weekdays{0.5, 0.25, 0.5, 0.25, 0.5, 0, 0}
	unevenTwoHalf := planner.Weekdays{0.5, 0.5, 0.25, 0.5, 0, 0.75, 0}
	cases := []struct {
		name   string
		exam   string
		hours  planner.Weekdays
		before string // the earliest exam date before
		lost   int    // the minutes lost before
		fewer  bool   // whether fewer are lost now, not just no more
	}{
		{"SAA-C03 at 2 h on weekdays", "SAA-C03", planner.Even(2), "2027-10-28", 622, true},
		{"CLF-C02 at 2 h on weekdays", "CLF-C02", planner.Even(2), "2027-05-15", 405, true},
		{"SAA-C03 at 2 h, 15 or 30 min a weekday", "SAA-C03", unevenTwo, "2027-10-09", 310, false},
		{"CLF-C02 at 2 h, 15 or 30 min a weekday", "CLF-C02", unevenTwo, "2027-05-12", 330, true},
		{"SAA-C03 at 2.5 h on weekdays", "SAA-C03", planner.Even(2.5), "2027-08-04", 250, false},
		{"CLF-C02 at 2.5 h on weekdays", "CLF-C02", planner.Even(2.5), "2027-03-31", 165, true},
		{"SAA-C03 at 2.5 h with a Saturday", "SAA-C03", unevenTwoHalf, "2027-07-30", 145, false},
		{"CLF-C02 at 2.5 h with a Saturday", "CLF-C02", unevenTwoHalf, "2027-03-31", 165, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := planner.Input{Exam: c.exam, Start: day("2026-11-23"), Hours: c.hours}
			p := mustBuild(t, in)
			in.ExamDate = p.ExamDate
			for _, problem := range planProblems(in, p) {
				t.Error(problem)
			}
			if !p.Feasible || !p.ExamDateProposed || p.ExamDate != p.EarliestExam {
				t.Fatalf("proposed %v exam %s earliest %s feasible %v: the proposed date should fit", p.ExamDateProposed, p.ExamDate, p.EarliestExam, p.Feasible)
			}
			// With room for the last 15 % to hold no new material, every task
			// keeps its reviews at growing gaps.
			roomy := in
			roomy.ExamDate = p.EarliestExam.AddDays(p.Start.DaysUntil(p.EarliestExam) / 4)
			if q := mustBuild(t, roomy); q.NoNewMaterialFrom.IsZero() {
				t.Errorf("at %s the last days still hold new material", roomy.ExamDate)
			} else {
				checkReviews(t, q, c.name)
			}
			lost := minutes(p.CapacityHours) - minutes(p.RequiredHours)
			if p.EarliestExam.After(day(c.before)) {
				t.Errorf("earliest exam %s, later than %s before", p.EarliestExam, c.before)
			}
			if lost > c.lost || c.fewer && lost == c.lost {
				t.Errorf("%d of %d min lost, before %d", lost, minutes(p.CapacityHours), c.lost)
			}
		})
	}
}
