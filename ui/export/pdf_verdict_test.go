package export

import (
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// TestPDFVerdictAgreesWithThePlanner: a plan whose hours exceed its work
// can fall short, as no study session is under a quarter hour; the cover
// then says so, as the planner's warning does, and never that 86:50 h
// "need more than the 87 h you have". Where the work is beyond the hours
// too, it gives both parts (Plan.Shortfall).
func TestPDFVerdictAgreesWithThePlanner(t *testing.T) {
	cover := func(exam string) (planner.Plan, string) {
		in := planner.Input{Exam: "SAA-C03", Start: date(t, "2026-11-23"), ExamDate: date(t, exam), Hours: planner.Even(5)}
		p := plannertest.MustBuild(t, catalogtest.Load(t), in)
		if p.Feasible || p.Shortfall().Gaps == 0 {
			t.Fatalf("%s: feasible %v, shortfall %+v: the test needs a plan short by the minutes left on some days",
				exam, p.Feasible, p.Shortfall())
		}
		return p, strings.Join(strings.Fields(pdfText(t, mustPDF(t, p, Options{}))[0]), " ")
	}
	p, text := cover("2027-03-24")
	if p.CapacityHours <= p.RequiredHours {
		t.Fatalf("capacity %.2f h, required %.2f h: the test needs more hours than work", p.CapacityHours, p.RequiredHours)
	}
	for _, want := range []string{"It does not fit yet.",
		"the " + hoursUnit(p.CapacityHours) + " you have until the exam would hold the " + hoursUnit(p.RequiredHours) +
			" of study left only with sessions under a quarter hour: the few minutes left on some days hold no study, so " +
			hoursUnit(p.ShortfallHours) + " do not fit."} {
		if !strings.Contains(text, want) {
			t.Errorf("the cover lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "need more than the "+hoursUnit(p.CapacityHours)) {
		t.Errorf("the cover says %s of study need more than the %s you have:\n%s", hoursUnit(p.RequiredHours),
			hoursUnit(p.CapacityHours), text)
	}

	p, text = cover("2027-03-23") // 86 h: 50 minutes beyond them, the rest lost to the minutes left on some days
	want := "the " + hoursUnit(p.RequiredHours) + " of study left need " + hoursUnit(p.Shortfall().Beyond) + " more than the " +
		hoursUnit(p.CapacityHours) + " you have until the exam, and " + hoursUnit(p.Shortfall().Gaps) +
		" more because the few minutes left on some days hold no study: " + hoursUnit(p.ShortfallHours) + " short."
	if !strings.Contains(text, want) {
		t.Errorf("the cover lacks %q:\n%s", want, text)
	}
}
