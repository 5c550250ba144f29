package planner_test

import (
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestMisorderSurvey builds the survey's plans, checks each keeps the
// plan-wide invariants (planProblems) and that none of their sessions comes
// too early (see misorders): no review comes before its task's study (see
// TestNoReviewBeforeItsStudy) and no fix time before its practice exam (see
// TestPracticeExamsInOrderWithFixAfter). Run it with -v to read the figures.
func TestMisorderSurvey(t *testing.T) {
	c := catalogtest.Load(t)
	plans, badPlans, bad := 0, 0, 0
	for _, in := range surveyInputs(c) {
		p := mustBuild(t, in)
		for _, problem := range planProblems(in, p) {
			t.Errorf("%s %.0f h/week exam %s: %s", in.Exam, in.Hours.Total(), p.ExamDate, problem)
		}
		plans++
		found := misorders(in, p)
		if len(found) > 0 {
			badPlans++
			bad += len(found)
			t.Logf("%s %.0f h/week exam %s (%s): %d misordered", in.Exam, in.Hours.Total(), p.ExamDate, shownDate(in), len(found))
			for _, f := range found {
				t.Errorf("    %s", f)
			}
		}
	}
	t.Logf("survey: %d of %d plans misordered, %d sessions", badPlans, plans, bad)
}

// shownDate says whether the survey gave the exam date.
func shownDate(in planner.Input) string {
	if in.ExamDate.IsZero() {
		return "proposed"
	}
	return "given"
}
