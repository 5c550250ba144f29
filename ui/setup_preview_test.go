package ui

import (
	"slices"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestPreviewVerdictAgreesWithThePlanner: the set-up's verdict on a plan
// that does not fit says the total short and then why in the planner's own
// sentence (Plan.ShortfallText), whatever the cause: work beyond the hours,
// the minutes left on some days too short for a session (never "only 87 h
// available" for 86:50 h of work), or both. The warnings under it do not
// say it again.
func TestPreviewVerdictAgreesWithThePlanner(t *testing.T) {
	cases := []struct {
		name, exam  string
		hours       float64
		beyond, gap bool
	}{
		{"work beyond the hours only", "2027-01-04", 10, true, false},
		{"minutes on some days only", "2027-03-24", 5, false, true},
		{"both", "2027-03-23", 5, true, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := planner.Input{Exam: "SAA-C03", Start: catalog.DateOf(2026, 11, 23), ExamDate: catalogtest.Date(t, tc.exam),
				Hours: planner.Even(tc.hours)}
			p, err := planner.Build(testCatalog(t), in)
			if err != nil {
				t.Fatal(err)
			}
			if s := p.Shortfall(); p.Feasible || (s.Beyond > 0) != tc.beyond || (s.Gaps > 0) != tc.gap {
				t.Fatalf("feasible %v, shortfall %+v: the case needs beyond %v, gaps %v", p.Feasible, s, tc.beyond, tc.gap)
			}
			got := verdictText(p)
			wantContains(t, "verdict", got, "It does not fit: "+hours(p.ShortfallHours)+" short. "+p.ShortfallText())
			if strings.Contains(got, "only "+hours(p.CapacityHours)+" available") {
				t.Errorf("the verdict says the %s available are too few for %s of work: %q", hours(p.CapacityHours), hours(p.RequiredHours), got)
			}
			if w := p.WarningsBesidesShortfall(); slices.Contains(w, p.ShortfallText()) || len(w) != len(p.Warnings)-1 {
				t.Errorf("the preview's warnings %q, of %q, repeat the verdict or leave out another", w, p.Warnings)
			}
		})
	}
}
