package ui

import (
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestPreviewVerdictAgreesWithThePlanner: a plan whose hours exceed its
// work can fall short, as no study session is under a quarter hour; the
// set-up's verdict then says so, as the planner's warning does, and never
// "only 87 h available" for 86:50 h of work. Where the work is beyond the
// hours too, it says both parts (Plan.Shortfall).
func TestPreviewVerdictAgreesWithThePlanner(t *testing.T) {
	at := func(exam string) planner.Plan {
		in := planner.Input{Exam: "SAA-C03", Start: catalog.DateOf(2026, 11, 23), ExamDate: catalogtest.Date(t, exam),
			Hours: planner.Even(5)}
		p, err := planner.Build(testCatalog(t), in)
		if err != nil {
			t.Fatal(err)
		}
		if p.Feasible || p.Shortfall().Gaps == 0 {
			t.Fatalf("%s: feasible %v, shortfall %+v: the test needs a plan short by the minutes left on some days", exam, p.Feasible, p.Shortfall())
		}
		return p
	}
	p := at("2027-03-24")
	if p.CapacityHours <= p.RequiredHours {
		t.Fatalf("capacity %.2f h, required %.2f h: the test needs more hours than work", p.CapacityHours, p.RequiredHours)
	}
	got := verdictText(p)
	wantContains(t, "verdict", got, "It does not fit: "+hours(p.ShortfallHours)+" short.",
		"The "+hours(p.CapacityHours)+" available before 2027-03-24 would hold the "+hours(p.RequiredHours)+" of work only with sessions under a quarter hour",
		"the few minutes left on some days hold no study")
	if strings.Contains(got, "only "+hours(p.CapacityHours)+" available") {
		t.Errorf("the verdict says the %s available are too few for %s of work: %q", hours(p.CapacityHours), hours(p.RequiredHours), got)
	}

	p = at("2027-03-23") // 86 h: 50 minutes beyond them, the rest lost to the minutes left on some days
	wantContains(t, "verdict", verdictText(p), "It does not fit: "+hours(p.ShortfallHours)+" short.",
		hours(p.RequiredHours)+" of work, only "+hours(p.CapacityHours)+" available before 2027-03-23, and "+
			hours(p.Shortfall().Gaps)+" more because the few minutes left on some days hold no study.")
}
