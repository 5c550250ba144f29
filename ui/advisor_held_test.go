package ui

import (
	"slices"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// holdLapsedAndRenewed logs, through svc, the passes of a learner on
// 2026-11-23 whose DVA-C02 (2023-06-01) lapsed on 2026-06-01 and whose
// CLF-C02 (2023-10-01) their SAA-C03 pass (2025-06-01) renewed until
// 2028-06-01; ui/cli's TestAdviseCountsOnlyValidCertifications logs the
// same passes for `certplan advise`.
func holdLapsedAndRenewed(t *testing.T, svc Services) {
	t.Helper()
	for _, p := range []struct {
		code   string
		earned catalog.Date
	}{{"DVA-C02", catalog.DateOf(2023, 6, 1)}, {"CLF-C02", catalog.DateOf(2023, 10, 1)}, {"SAA-C03", catalog.DateOf(2025, 6, 1)}} {
		if err := svc.Records.AddHeldCertification(t.Context(), p.code, p.earned); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLapsedAndRenewedCertifications, on the fake and on SQLite: the
// Certifications screen lists CLF (renewed by the SAA-C03 pass) and SAA as
// held until 2028-06-01 and DVA under "Expired"; the advisor names the same
// two as held, DVA-C02 as expired and not counted, its advice warns that
// DVA-C02 expired and counts it nowhere, and a roadmap's plans get credit
// for CLF and SAA only.
func TestLapsedAndRenewedCertifications(t *testing.T) {
	onEachBackend(t, "2026-11-23", func(t *testing.T, clk *clock, svc Services) {
		holdLapsedAndRenewed(t, svc)
		app := startAppWith(t, svc, clk)
		certs := showScreen[*certsScreen](t, app, ScreenCerts)
		held, lapsed := boxText(certs.heldBox), boxText(certs.lapsedBox)
		wantContains(t, "held", held, "(CLF)", "(SAA)", "expires 2028-06-01")
		wantContains(t, "expired", lapsed, "Expired", "(DVA)", "expired on 2026-06-01")
		if strings.Contains(held, "(DVA)") || strings.Contains(lapsed, "(CLF)") || strings.Contains(lapsed, "(SAA)") {
			t.Errorf("held %q and lapsed %q mix them up", held, lapsed)
		}

		s := showScreen[*advisorScreen](t, app, ScreenAdvisor)
		want := "CLF-C02 until 2028-06-01\nSAA-C03 until 2028-06-01\nExpired, not counted: DVA-C02 on 2026-06-01"
		if s.heldText.Text != want {
			t.Errorf("held certifications = %q, want %q", s.heldText.Text, want)
		}
		wantCredit := []planner.HeldCert{{Code: "CLF-C02", Earned: catalog.DateOf(2025, 6, 1)}, {Code: "SAA-C03", Earned: catalog.DateOf(2025, 6, 1)}}
		if !slices.Equal(s.held, wantCredit) {
			t.Errorf("a roadmap's credit = %+v, want %+v", s.held, wantCredit)
		}
		answer(s, "developer", "3", "build", "10")
		wantContains(t, "warnings", s.warnings.Text, "Your DVA-C02 expired on 2026-06-01, so it no longer counts as held")
		if strings.Contains(s.warnings.Text, "CLF-C02 expired") {
			t.Errorf("warnings %q call the renewed CLF-C02 expired", s.warnings.Text)
		}
		// One word for the state on every surface: "expired", as the command line says it.
		if all := held + lapsed + s.heldText.Text + s.warnings.Text; strings.Contains(strings.ToLower(all), "lapse") {
			t.Errorf("the certifications screen or the advisor says \"lapsed\" where the others say \"expired\":\n%s", all)
		}
		if s.advice.Next.Code == "SAA-C03" || s.advice.Next.Code == "CLF-C02" {
			t.Errorf("advises %s, which the learner holds", s.advice.Next.Code)
		}
	})
}

// TestAdvisorSaysWhenNoneIsHeldNow: with every certification lapsed the
// advisor says none is held now and names the lapsed one.
func TestAdvisorSaysWhenNoneIsHeldNow(t *testing.T) {
	f := newFakeData(testCatalog(t))
	f.earn("DVA-C02", catalog.DateOf(2023, 6, 1))
	app, _ := startApp(t, f, "2026-11-23")
	s := showScreen[*advisorScreen](t, app, ScreenAdvisor)
	if want := "None held now.\nExpired, not counted: DVA-C02 on 2026-06-01"; s.heldText.Text != want {
		t.Errorf("held certifications = %q, want %q", s.heldText.Text, want)
	}
	if len(s.held) != 0 {
		t.Errorf("a roadmap's credit = %+v, want none", s.held)
	}
}

// TestLoggedPassSaysWhatItRenewed, on the fake and on SQLite: logging an
// SAA-C03 pass while Cloud Practitioner is held says it earned SAA and
// renewed CLF until the pass's expiry (planner.CertChanges on both), and
// the Certifications screen then lists CLF held until that day.
func TestLoggedPassSaysWhatItRenewed(t *testing.T) {
	onEachBackend(t, "2026-11-23", func(t *testing.T, clk *clock, svc Services) {
		if err := svc.Records.AddHeldCertification(t.Context(), "CLF-C02", catalog.DateOf(2024, 10, 1)); err != nil {
			t.Fatal(err)
		}
		app := startAppWith(t, svc, clk)
		s := showScreen[*certsScreen](t, app, ScreenCerts)
		s.save(planner.Attempt{Exam: "SAA-C03", Date: catalog.DateOf(2026, 11, 20), Status: planner.Passed, Score: 800})
		app.tasks.wait()
		wantContains(t, "dialog", topDialogText(app), "Congratulations! You now hold AWS Certified Solutions Architect - Associate until 2029-11-20.",
			"AWS Certified Cloud Practitioner is renewed until 2029-11-20.")
		wantContains(t, "held", boxText(s.heldBox), "(CLF)", "Earned 2024-10-01 with CLF-C02 · expires 2029-11-20")
	})
}
