package export

import (
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner/plannertest"
)

// TestPDFVerdictAgreesWithThePlanner: the cover of a plan that does not
// fit says, after how far it is short, why in the planner's own sentence
// (Plan.ShortfallText), whatever the cause: work beyond the hours, the
// minutes left on some days too short for a session (never that 86:50 h
// "need more than the 87 h you have"), or both.
func TestPDFVerdictAgreesWithThePlanner(t *testing.T) {
	for _, tc := range plannertest.ShortfallCases {
		t.Run(tc.Name, func(t *testing.T) {
			p := tc.Build(t, catalogtest.Load(t))
			text := strings.Join(strings.Fields(pdfText(t, mustPDF(t, p, Options{}))[0]), " ")
			want := "It does not fit yet. From 23 Nov 2026, the plan is " + hoursUnit(p.ShortfallHours) + " short. " + p.ShortfallText()
			if !strings.Contains(text, want) {
				t.Errorf("the cover lacks %q:\n%s", want, text)
			}
			if n := strings.Count(text, p.ShortfallText()); n != 1 {
				t.Errorf("the cover says the planner's shortfall sentence %d times, want once (the verdict's, not again under GOOD TO KNOW):\n%s", n, text)
			}
			if strings.Contains(text, "need more than the "+hoursUnit(p.CapacityHours)) {
				t.Errorf("the cover says %s of study need more than the %s you have:\n%s", hoursUnit(p.RequiredHours),
					hoursUnit(p.CapacityHours), text)
			}
		})
	}
}
