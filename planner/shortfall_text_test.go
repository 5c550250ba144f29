package planner_test

import (
	"slices"
	"strings"
	"testing"

	"certplan/planner"
)

// TestShortfallTextSaysEachCause: the one sentence about a plan that does
// not fit (Plan.ShortfallText) is the planner's warning word for word, and
// names each cause with its hours: work beyond the hours, and besides it
// review that could come only before the study it goes over, and the
// minutes left on some days too few for a session. (It named a practice
// exam left out whole too, which freed more than the plan lacked: the
// planner now keeps such an exam and thins the study instead, so only
// plans saved before say that; see TestSavedShortfallSaysAPracticeExamWhole.)
func TestShortfallTextSaysEachCause(t *testing.T) {
	cases := []struct {
		name, exam string
		hours      float64
		want       []string
	}{
		{"work beyond the hours only", "2027-01-07", 10,
			[]string{"The plan's 86:50 h of work need 20:50 h more than the 66 h available before the exam."}},
		{"review before its study and minutes on some days", "2027-03-24", 5,
			[]string{"The 87 h available before the exam would hold the plan's 86:50 h of work but for " +
				"0:09 h of review that could come only before the study it goes over and " +
				"0.25 h that the few minutes left on some days cannot hold (no study session is under a quarter hour)."}},
		{"beyond the hours and minutes on some days", "2027-03-23", 5,
			[]string{"The plan's 86:50 h of work need 0:50 h more than the 86 h available before the exam, " +
				"besides 0:19 h that the few minutes left on some days cannot hold (no study session is under a quarter hour)."}},
		// It said "and 0.25 h more because the few minutes left on some
		// days hold no study": those minutes are where only review before
		// its study could go (laterWork leaves it out).
		{"beyond the hours and review before its study", "2027-01-02", 10,
			[]string{"The plan's 86:50 h of work need 26:50 h more than the 60 h available before the exam, " +
				"besides 0:05 h of review that could come only before the study it goes over."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := saa()
			in.Hours, in.ExamDate = planner.Even(tc.hours), day(tc.exam)
			p := mustBuild(t, in)
			got := p.ShortfallText()
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("ShortfallText() = %q, want it to say %q", got, w)
				}
			}
			if !slices.Contains(p.Warnings, got) {
				t.Errorf("the warnings %q do not give ShortfallText() %q", p.Warnings, got)
			}
		})
	}
	p := mustBuild(t, saa())
	if !p.Feasible || p.ShortfallText() != "" {
		t.Errorf("a plan that fits (%v) is short: %q", p.Feasible, p.ShortfallText())
	}
}

// TestWarningsBesidesFit: a place whose fit section says why a plan is
// short and what it covers (CoverageText) lists the plan's other warnings
// only, so neither is said twice; each of the two is a warning word for
// word, and a plan that fits keeps all its warnings.
func TestWarningsBesidesFit(t *testing.T) {
	in := saa()
	in.Hours, in.ExamDate = planner.Even(3), day("2027-01-04")
	p := mustBuild(t, in)
	short, cover := p.ShortfallText(), p.CoverageText()
	if short == "" || cover == "" {
		t.Fatalf("the test needs a plan short of hours, with work left out: ShortfallText %q, CoverageText %q", short, cover)
	}
	got := p.WarningsBesidesFit()
	for _, said := range []string{short, cover} {
		if !slices.Contains(p.Warnings, said) {
			t.Errorf("%q is not one of the plan's warnings %q", said, p.Warnings)
		}
		if slices.Contains(got, said) {
			t.Errorf("WarningsBesidesFit() still says %q", said)
		}
	}
	if len(got) != len(p.Warnings)-2 {
		t.Errorf("WarningsBesidesFit() = %q, want the %d warnings but those two", got, len(p.Warnings))
	}
	if p := mustBuild(t, saa()); p.CoverageText() != "" || !slices.Equal(p.WarningsBesidesFit(), p.Warnings) {
		t.Errorf("a plan that fits: CoverageText %q, WarningsBesidesFit %q, warnings %q", p.CoverageText(), p.WarningsBesidesFit(), p.Warnings)
	}
}
