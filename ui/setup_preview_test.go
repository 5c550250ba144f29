package ui

import (
	"slices"
	"strings"
	"testing"

	"certplan/planner/plannertest"
)

// TestPreviewVerdictAgreesWithThePlanner: the set-up's verdict on a plan
// that does not fit says the total short and then why in the planner's own
// sentence (Plan.ShortfallText), whatever the cause: work beyond the hours,
// the minutes left on some days too short for a session (never "only 87 h
// available" for 86:50 h of work), or both. The warnings under it do not
// say it again.
func TestPreviewVerdictAgreesWithThePlanner(t *testing.T) {
	for _, tc := range plannertest.ShortfallCases {
		t.Run(tc.Name, func(t *testing.T) {
			p := tc.Build(t, testCatalog(t))
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
