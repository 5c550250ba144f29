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

// TestPDFHeldPageListsTheLapsedApart: a certification lapsed by the
// file's day is not in the table of those held, nor told how to renew, but
// listed under EXPIRED with its day, as the certifications screen lists it;
// with only lapsed ones the page is not titled as those held.
func TestPDFHeldPageListsTheLapsedApart(t *testing.T) {
	p, c := saaPlan(t)
	held := heldCerts(t)
	held[1].Earned, held[1].Expiry, held[1].StudyFrom = date(t, "2023-06-01"), date(t, "2026-06-01"), date(t, "2026-03-01")
	pages := pdfText(t, mustPDF(t, p, Options{Catalog: c, Held: held, Today: date(t, "2026-11-23")}))
	text := strings.Join(strings.Fields(pages[len(pages)-1]), " ")
	for _, want := range []string{"Certifications you hold", "CLF-C02: " + held[0].Renewal() + ".",
		"EXPIRED DVA-C02 AWS Certified Developer – Associate: expired on 1 Jun 2026; pass the current exam again to hold it."} {
		if !strings.Contains(text, want) {
			t.Errorf("the held page lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(strings.ToLower(text), "lapse") {
		t.Errorf("the held page says \"lapsed\" where the screens and the command line say \"expired\":\n%s", text)
	}
	if strings.Contains(text, "DVA-C02: ") || strings.Contains(text, "1 Mar 2026") {
		t.Errorf("the held page tells how to renew the lapsed DVA-C02 or when to study for it:\n%s", text)
	}
	pages = pdfText(t, mustPDF(t, p, Options{Catalog: c, Held: held[1:], Today: date(t, "2026-11-23")}))
	if last := pages[len(pages)-1]; strings.Contains(last, "Certifications you hold") || !strings.Contains(last, "Certifications that expired") {
		t.Errorf("with only a lapsed one the page is titled as those held:\n%s", last)
	}
}

// TestPDFPageOfExpiredOnlyTellsNoRenewal: when every certification on the
// page has expired, the page says how to hold one again and gives no
// "HOW TO RENEW" rule, which is for certifications still held.
func TestPDFPageOfExpiredOnlyTellsNoRenewal(t *testing.T) {
	p, c := saaPlan(t)
	held := heldCerts(t)
	for i := range held {
		held[i].Earned, held[i].Expiry, held[i].StudyFrom = date(t, "2023-06-01"), date(t, "2026-06-01"), date(t, "2026-03-01")
	}
	pages := pdfText(t, mustPDF(t, p, Options{Catalog: c, Held: held, Today: date(t, "2026-11-23")}))
	text := strings.Join(strings.Fields(pages[len(pages)-1]), " ")
	if !strings.Contains(text, "Certifications that expired") || !strings.Contains(text, "EXPIRED") {
		t.Errorf("the page of expired certifications lacks its title or its EXPIRED list:\n%s", text)
	}
	if strings.Contains(text, "HOW TO RENEW") {
		t.Errorf("the page of expired certifications tells how to renew them:\n%s", text)
	}
}
