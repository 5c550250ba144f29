package export

import (
	"strings"
	"testing"

	"certplan/planner"
)

// TestPDFHeldPageSaysWhatRenewsThem: the held certifications' page says
// what renews each in the words of the certifications screen and `certs`:
// an active plan's exam when one renews it in time, else its own exam and
// the others that count.
func TestPDFHeldPageSaysWhatRenewsThem(t *testing.T) {
	p, c := saaPlan(t)
	held := heldCerts(t)
	held[0].StudyFrom, held[0].RenewingPlan = 0, planner.PlannedRenewal{PlanID: 1, Exam: "SAA-C03", ExamDate: date(t, "2027-02-19")}
	pages := pdfText(t, mustPDF(t, p, Options{Catalog: c, Held: held}))
	text := strings.Join(strings.Fields(pages[len(pages)-1]), " ")
	for _, want := range []string{
		"CLF-C02: " + held[0].Renewal() + ".",
		"CLF-C02: Renewed when you pass SAA-C03 on 2027-02-19 (your plan 1).",
		"DVA-C02: Renew it by passing DVA-C03 (or DOP-C02) before 2027-06-02.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the held page lacks %q:\n%s", want, text)
		}
	}
}

// TestPDFHeldTableNamesTheStudyStart: the column that shows the day to
// start studying for the renewal (StudyFrom) is named for it, as `certs`
// names it (STUDY BY), not "Renew by", which reads as the expiry.
func TestPDFHeldTableNamesTheStudyStart(t *testing.T) {
	p, c := saaPlan(t)
	pages := pdfText(t, mustPDF(t, p, Options{Catalog: c, Held: heldCerts(t)}))
	text := strings.Join(strings.Fields(pages[len(pages)-1]), " ")
	if up := strings.ToUpper(text); !strings.Contains(up, "EXPIRES STUDY BY") || strings.Contains(up, "RENEW BY") {
		t.Errorf("the held table should name its last column Study by:\n%s", text)
	}
	if !strings.Contains(text, "start studying for the renewal by the date shown") {
		t.Errorf("the held page should say its dates are when to start studying:\n%s", text)
	}
}

// TestPDFHowToRenewEndsOnce: the catalog's renewal rule already ends with
// a full stop; the page does not add a second one.
func TestPDFHowToRenewEndsOnce(t *testing.T) {
	p, c := saaPlan(t)
	pages := pdfText(t, mustPDF(t, p, Options{Catalog: c, Held: heldCerts(t)}))
	text := strings.Join(strings.Fields(pages[len(pages)-1]), " ")
	if !strings.Contains(text, "HOW TO RENEW") {
		t.Fatalf("the held page lacks HOW TO RENEW:\n%s", text)
	}
	if strings.Contains(text, "..") {
		t.Errorf("the held page ends a sentence twice:\n%s", text)
	}
}
