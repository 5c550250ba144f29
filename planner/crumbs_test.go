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
// short, as no study session is under a quarter hour; Plan.Shortfall says
// how much of the shortfall is work beyond the hours and how much the few
// minutes left on some days lose, so that every sentence about it can
// agree with the planner's warning.
func TestShortfallByCause(t *testing.T) {
	at := func(exam string) planner.Plan {
		in := saa()
		in.Hours, in.ExamDate = planner.Even(5), day(exam)
		return mustBuild(t, in)
	}
	// 87 weekdays of an hour before 2027-03-24 hold the 86:50 h only with crumbs.
	p := at("2027-03-24")
	wantFeasible(t, p, false)
	if p.CapacityHours <= p.RequiredHours {
		t.Fatalf("capacity %.2f h, required %.2f h: the case needs more hours than work", p.CapacityHours, p.RequiredHours)
	}
	if s := p.Shortfall(); s.Beyond != 0 || s.Gaps != p.ShortfallHours {
		t.Errorf("shortfall %+v of %.2f h: all of it is lost to the minutes left on some days", s, p.ShortfallHours)
	}
	// A day earlier, 50 minutes of work are beyond the 86 h, and the rest is lost to short gaps.
	p = at("2027-03-23")
	s := p.Shortfall()
	if minutes(s.Beyond) != 50 || minutes(s.Gaps) != minutes(p.ShortfallHours)-50 {
		t.Errorf("shortfall %+v of %.2f h, want 50 minutes beyond and the rest lost to short gaps", s, p.ShortfallHours)
	}
	wantWarning(t, p, "0:50 h more than the 86 h available", "and "+planner.FormatHours(s.Gaps)+" h more because")
	if p = at("2027-03-25"); p.Shortfall() != (planner.Shortfall{}) {
		t.Errorf("a plan that fits is short by %+v", p.Shortfall())
	}
}
