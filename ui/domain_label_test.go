package ui

import (
	"testing"

	"certplan/planner"
)

// TestPracticeExamsAreNamedSo: the domain list names the practice exams'
// hours as practice exams, and the time to fix weak areas after them as
// that, not "All domains", and still counts them.
func TestPracticeExamsAreNamedSo(t *testing.T) {
	f := newFakeData(testCatalog(t))
	p := newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	var practice, fix float64
	for _, tp := range p.Schedule.Topics {
		switch tp.Kind {
		case planner.Practice:
			practice += tp.Hours
		case planner.Fix:
			fix += tp.Hours
		}
	}
	if practice == 0 {
		t.Fatal("the fixture plan has no practice exam")
	}
	found := false
	for _, d := range domainsOf(p) {
		name := domainLabel(d)
		found = found || name == practiceLabel
		if name == "All domains" {
			t.Fatalf("a domain row is called %q", name)
		}
		if name == practiceLabel && d.Total != practice {
			t.Fatalf("practice exams row = %v h, want %v", d.Total, practice)
		}
		if name == fixLabel && d.Total != fix {
			t.Fatalf("fix row = %v h, want %v", d.Total, fix)
		}
	}
	if !found {
		t.Fatalf("no %q row", practiceLabel)
	}
}
