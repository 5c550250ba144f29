package planner_test

import (
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestNoCrumbsOfStudy: no study session is shorter than a quarter hour
// unless it is its topic's whole planned time (crumbProblems, one of
// planProblems' checks, all of which the plans keep too), in plans alone
// and in plans that share the week with another plan (Input.Taken),
// whether they fit or not.
func TestNoCrumbsOfStudy(t *testing.T) {
	checkAloneAndSharing(t, 12, planProblems)
}

// TestEightHoursOnWeekdaysHoldNoCrumbs is the finding's plan: SAA-C03 from
// 2026-12-02 at 8 h a week (1.6 h a weekday) with German holidays cut the
// study at the end of each 96-minute day, so 2026-12-15 held 1.2 for 1.58 h
// and then 1.3 for a minute. Now every study session is a quarter hour or
// more and the proposed exam date still fits.
func TestEightHoursOnWeekdaysHoldNoCrumbs(t *testing.T) {
	in := withCountry(t, planner.Input{Exam: "SAA-C03", Start: day("2026-12-02"), Hours: planner.Even(8)}, "DE")
	p := mustBuild(t, in)
	for _, problem := range planProblems(in, p) {
		t.Error(problem)
	}
	if !p.Feasible || !p.ExamDateProposed || p.ExamDate != p.EarliestExam {
		t.Errorf("proposed %v exam %s earliest %s feasible %v: the proposed date should fit", p.ExamDateProposed, p.ExamDate, p.EarliestExam, p.Feasible)
	}
	for _, s := range sessionsOn(p, day("2026-12-15")) {
		if s.Kind == planner.Study && minutes(s.Hours) < 15 {
			t.Errorf("2026-12-15 holds %s for %d min", s.Topic, minutes(s.Hours))
		}
	}
}

// TestTakenLeavesNoCrumbOfADay: a day that another plan leaves under a
// quarter hour of holds nothing and counts for nothing; one it leaves a
// quarter hour of counts.
func TestTakenLeavesNoCrumbOfADay(t *testing.T) {
	in := planner.Input{Exam: "SAA-C03", Start: day("2026-12-02"), ExamDate: day("2027-06-01"), Hours: planner.Even(8)}
	in.Taken = map[catalog.Date]float64{day("2026-12-03"): 1.5, day("2026-12-04"): 1.35} // 6 and 15 minutes left
	p := mustBuild(t, in)
	for _, problem := range planProblems(in, p) {
		t.Error(problem)
	}
	if got := sessionsOn(p, day("2026-12-03")); len(got) != 0 {
		t.Errorf("2026-12-03, 6 minutes left by the other plan, holds %+v", got)
	}
	// 96 minutes on Wednesday, none on Thursday, 15 on Friday.
	if w := p.Weeks[0]; minutes(w.CapacityHours) != 96+15 {
		t.Errorf("the first week holds %.2f h, want 1.85 h", w.CapacityHours)
	}
}

// TestShortfallByCause: a plan whose hours exceed its work can still fall
// short; Plan.Shortfall says how much of the shortfall is work beyond the
// hours and how much each other cause adds (review that could come only
// before its study, the few minutes left on some days), adding up to the
// shortfall, so that every sentence about it can agree with the planner's
// warning.
func TestShortfallByCause(t *testing.T) {
	at := func(exam string) planner.Plan {
		in := saa()
		in.Hours, in.ExamDate = planner.Even(5), day(exam)
		return mustBuild(t, in)
	}
	// 87 weekdays of an hour before 2027-03-24 hold more than the 86:50 h,
	// yet not all of it: 9 minutes of review could come only before the
	// study they go over and 15 minutes are lost in minutes too few for a
	// session. (The plan left the second practice exam out whole for those
	// minutes, which left 2:40 h more free: see TestPracticeExamKeptForMinutes.)
	p := at("2027-03-24")
	wantFeasible(t, p, false)
	if p.CapacityHours <= p.RequiredHours {
		t.Fatalf("capacity %.2f h, required %.2f h: the case needs more hours than work", p.CapacityHours, p.RequiredHours)
	}
	want := planner.Shortfall{EarlyReview: 0.15, Gaps: 0.25}
	if s := p.Shortfall(); s != want || minutes(s.EarlyReview+s.Gaps) != minutes(p.ShortfallHours) {
		t.Errorf("shortfall %+v of %.2f h, want %+v", s, p.ShortfallHours, want)
	}
	// A day earlier, 50 minutes of work are beyond the 86 h, and 19 more
	// are lost in minutes too few for a session.
	p = at("2027-03-23")
	s := p.Shortfall()
	if want := (planner.Shortfall{Beyond: 0.83, Gaps: 0.32}); s != want || minutes(p.ShortfallHours) != 50+19 {
		t.Errorf("shortfall %+v of %.2f h, want %+v", s, p.ShortfallHours, want)
	}
	wantWarning(t, p, "0:50 h more than the 86 h available", "besides 0:19 h that the few minutes")
	if p = at("2027-03-25"); p.Shortfall() != (planner.Shortfall{}) {
		t.Errorf("a plan that fits is short by %+v", p.Shortfall())
	}
}

// TestShortfallCausesAddUp: in every generated plan that does not fit
// before its exam date, the causes Plan.Shortfall gives are none negative and add up to the
// shortfall to the minute, so no sentence claims more or less than the
// plan lacks.
func TestShortfallCausesAddUp(t *testing.T) {
	g := newGenerator(t, 41)
	for c := range g.plansWhere(cases(), func(c planCase) bool { return !c.p.Feasible && !c.p.ExamDate.IsZero() }) {
		s := c.p.Shortfall()
		parts := []float64{s.Beyond, s.EarlyReview, s.EarlyFix, s.Gaps, s.Whole}
		sum := 0
		for _, h := range parts {
			if h < 0 {
				t.Fatalf("%+v: shortfall %+v has a negative cause", c.in, s)
			}
			sum += minutes(h)
		}
		if d := sum - minutes(c.p.ShortfallHours); d < -2 || d > 2 { // each cause is rounded to the hundredth of an hour
			t.Fatalf("%+v: the causes %+v add up to %d minutes, not the %.2f h short", c.in, s, sum, c.p.ShortfallHours)
		}
	}
}
