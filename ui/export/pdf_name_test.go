package export

import (
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
)

// TestThePrintoutNamesThePlan: a saved plan's own name stands on the cover
// and in the header of every later page, so two plans for one exam are
// told apart on paper; a plan named only by its exam code (the default
// name) prints no second name.
func TestThePrintoutNamesThePlan(t *testing.T) {
	c := catalogtest.Load(t)
	tc := savedCoverCase(t, c, "SAA-C03", "2026-12-02", "2027-03-12", 10, PaperA4)
	pages := strings.Split(poppler(t, mustPDF(t, tc.p, tc.o), "pdftotext", "-enc", "UTF-8", "-l", "3"), "\f")
	if !strings.Contains(fold(pages[0]), fold(tc.o.PlanName)) {
		t.Errorf("the cover does not name the plan %q:\n%s", tc.o.PlanName, pages[0])
	}
	if want := "SAA-C03 study plan · Second try"; !strings.Contains(pages[1], want) {
		t.Errorf("page 2's header lacks %q:\n%s", want, pages[1])
	}
	tc.o.PlanName, tc.o.Learner = "SAA-C03", ""
	pages = strings.Split(poppler(t, mustPDF(t, tc.p, tc.o), "pdftotext", "-enc", "UTF-8", "-l", "2"), "\f")
	if strings.Contains(pages[1], "study plan ·") {
		t.Errorf("a plan named by its exam code prints a second name:\n%s", pages[1])
	}
}
