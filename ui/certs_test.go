package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// TestLogPassAddsCertification books an exam, logs it as passed with a
// score through the dialog and sees the certification appear.
func TestLogPassAddsCertification(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, s := openCerts(t, f.services(), catalog.DateOf(2026, 3, 2))
	wantContains(t, "held list", boxText(s.heldBox), "None yet")

	s.save(planner.Attempt{Exam: "SAA-C03", Date: catalog.DateOf(2026, 3, 2), Status: planner.Booked})
	app.tasks.wait()
	wantContains(t, "exam log", boxText(s.logBox), "2026-03-02  SAA-C03")
	test.Tap(findButton(t, s.logBox, "Passed…"))
	test.Type(findEntry(t, app.win.Canvas().Overlays().Top()), "812")
	test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Save"))
	app.tasks.wait()

	if len(f.attempts) != 1 || f.attempts[0].Status != planner.Passed || f.attempts[0].Score != 812 {
		t.Fatalf("attempts = %+v, want one pass scored 812", f.attempts)
	}
	wantContains(t, "dialog", topDialogText(app), "Congratulations! You now hold AWS Certified Solutions Architect")
	wantContains(t, "held list", boxText(s.heldBox), "Solutions Architect", "(SAA)", "expires 2029-03-02")
	wantContains(t, "exam log", boxText(s.logBox), "score 812")
}

// TestLogFailSaysRetakeDate marks a booking failed: the dialog takes its
// score and says, before saving, when the exam can be sat again (the
// catalog's retake wait); once saved the learner is told the date again.
func TestLogFailSaysRetakeDate(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, s := openCerts(t, f.services(), catalog.DateOf(2026, 3, 2))
	s.save(planner.Attempt{Exam: "CLF-C02", Date: catalog.DateOf(2026, 3, 1), Status: planner.Booked})
	app.tasks.wait()
	test.Tap(findButton(t, s.logBox, "Failed…"))
	form := app.win.Canvas().Overlays().Top()
	wantContains(t, "fail dialog", dialogTextIn(app.win), "You can sit CLF-C02 again from 2026-03-15",
		"AWS asks for 14 days between attempts")
	test.Type(findEntry(t, form), "640")
	test.Tap(findButton(t, form, "Save"))
	app.tasks.wait()
	if len(f.attempts) != 1 || f.attempts[0].Status != planner.Failed || f.attempts[0].Score != 640 {
		t.Fatalf("attempts = %+v, want one fail scored 640", f.attempts)
	}
	wantContains(t, "dialog", topDialogText(app), "You can sit CLF-C02 again from 2026-03-15")
	wantContains(t, "exam log", boxText(s.logBox), "retake from 2026-03-15")
}

// TestExamDialogTakesAFailsScore: the exam dialog keeps the score of a
// fail (it was dropped: only a pass's was read) and its retake line
// follows the result and the date chosen.
func TestExamDialogTakesAFailsScore(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, s := openCerts(t, f.services(), catalog.DateOf(2026, 3, 2))
	s.onLogExam()
	form := app.win.Canvas().Overlays().Top()
	wantContains(t, "booking", dialogTextIn(app.win), "After a fail: AWS asks for 14 days")
	fillExamDialog(t, app, "CLF-C02 ·", "2026-02-20", "Failed", "655")
	wantContains(t, "fail", dialogTextIn(app.win), "You can sit CLF-C02 again from 2026-03-06")
	test.Tap(findButton(t, form, "Save"))
	app.tasks.wait()
	if len(f.attempts) != 1 || f.attempts[0].Status != planner.Failed || f.attempts[0].Score != 655 {
		t.Fatalf("attempts = %+v, want one fail on 2026-02-20 scored 655", f.attempts)
	}
}

// TestAddHeldOnCerts adds a held certification through the Certifications
// screen's dialog: it is recorded and listed.
func TestAddHeldOnCerts(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, s := openCerts(t, f.services(), catalog.DateOf(2026, 3, 2))
	test.Tap(s.addHeld)
	form := app.win.Canvas().Overlays().Top()
	chooseOption(t, form, "CLF-C02 ·")
	test.Type(findEntry(t, form), "2025-06-01")
	test.Tap(findButton(t, form, "Add"))
	app.tasks.wait()
	if len(f.held) != 1 || f.held[0].Exam != "CLF-C02" {
		t.Fatalf("held = %+v, want CLF-C02", f.held)
	}
	wantContains(t, "held list", boxText(s.heldBox), "(CLF)", "Earned 2025-06-01")
}

// TestRenewalAdvice covers the advice for each stage of a certification.
func TestRenewalAdvice(t *testing.T) {
	today := catalog.DateOf(2026, 3, 2)
	h := planner.HeldCertification{Key: "SAA", Exam: "SAA-C03", Expiry: catalog.DateOf(2027, 3, 2), RenewWith: "SAA-C03"}
	cases := []struct {
		name string
		edit func(*planner.HeldCertification)
		want string
	}{
		{"study start ahead", func(h *planner.HeldCertification) { h.StudyFrom = catalog.DateOf(2027, 1, 4) },
			"start studying by 2027-01-04"},
		{"study start passed", func(h *planner.HeldCertification) { h.StudyFrom = catalog.DateOf(2026, 2, 1) },
			"start studying now"},
		{"no hours known", func(*planner.HeldCertification) {}, "passing SAA-C03 before 2027-03-02"},
		{"no renewal exam", func(h *planner.HeldCertification) { h.RenewWith = "" }, "No exam in the catalog renews it"},
		{"other exams renew it too", func(h *planner.HeldCertification) { h.RenewAlso = "SAP-C03" },
			"Renew it by passing SAA-C03 (or SAP-C03) before 2027-03-02."},
		{"an active plan renews it", func(h *planner.HeldCertification) {
			h.StudyFrom, h.RenewingPlan = catalog.DateOf(2027, 1, 4), planner.PlannedRenewal{PlanID: 3, Exam: "SAP-C02", ExamDate: catalog.DateOf(2026, 11, 2)}
		}, "Renewed when you pass SAP-C02 on 2026-11-02 (your plan 3)."},
		{"the hours assumed", func(h *planner.HeldCertification) {
			h.StudyFrom, h.StudyHours = catalog.DateOf(2027, 1, 4), planner.Even(8)
		}, "start studying by 2027-01-04 at your 8 h a week."},
		{"the default hours assumed", func(h *planner.HeldCertification) {
			h.StudyFrom, h.StudyHours, h.DefaultHours = catalog.DateOf(2027, 1, 4), planner.Even(10), true
		}, "start studying by 2027-01-04 at 10 h a week, the default, as you have no plan and no saved hours yet."},
		{"expired", func(h *planner.HeldCertification) { h.Expiry = catalog.DateOf(2026, 1, 1) }, "It has expired"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := h
			c.edit(&x)
			wantContains(t, "advice", renewalAdvice(x, today), c.want)
		})
	}
}

// boxText joins the texts of the labels inside o.
func boxText(o fyne.CanvasObject) string {
	out := ""
	walk(o, func(x fyne.CanvasObject) {
		if l, ok := x.(*widget.Label); ok {
			out += l.Text + "\n"
		}
	})
	return out
}

// findButton returns the first button labelled text inside o.
func findButton(t testing.TB, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	return findWhere(t, o, func(b *widget.Button) bool { return b.Text == text }, fmt.Sprintf("no button %q", text))
}

// findEntry returns the first entry inside o.
func findEntry(t testing.TB, o fyne.CanvasObject) *widget.Entry {
	t.Helper()
	return findFirst[*widget.Entry](t, o, "no entry")
}

// TestCertsSayWhichPlanRenewsThem: on the fake and on SQLite, a held Cloud
// Practitioner says an active Associate plan renews it, as `certs` and the
// advisor do, and offers no renewal plan of its own; on SQLite, before
// that plan, the study start says it assumes the default hours.
func TestCertsSayWhichPlanRenewsThem(t *testing.T) {
	for name, open := range backends {
		t.Run(name, func(t *testing.T) {
			clk := &clock{day: catalog.DateOf(2026, 3, 2)}
			svc := open(t, clk)
			ctx := t.Context()
			if err := svc.Records.AddHeldCertification(ctx, "CLF-C02", catalog.DateOf(2025, 9, 1)); err != nil {
				t.Fatal(err)
			}
			if name == "storage" {
				_, s := openCerts(t, svc, clk.day)
				wantContains(t, "held list", boxText(s.heldBox),
					"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2028-09-01: start studying by",
					"at 10 h a week, the default, as you have no plan and no saved hours yet.")
			}
			in := planner.Input{Exam: "SAA-C03", Start: clk.day, ExamDate: catalog.DateOf(2027, 2, 19), Hours: planner.Even(8), Experience: planner.Some}
			p, err := svc.Plans.CreatePlan(ctx, "", in)
			if err != nil {
				t.Fatal(err)
			}
			_, s := openCerts(t, svc, clk.day)
			wantContains(t, "held list", boxText(s.heldBox), fmt.Sprintf("Renewed when you pass SAA-C03 on 2027-02-19 (your plan %d).", p.ID))
			walk(s.heldBox, func(x fyne.CanvasObject) {
				if b, ok := x.(*widget.Button); ok && b.Text == "Plan the renewal" {
					t.Error("the card offers to plan a renewal an active plan already makes")
				}
			})
		})
	}
}

// TestLapsedCertsAreListedApart (QA desk2 #3): a certification that
// lapsed (SAA-C02 passed 2021-06-15, lapsed 2024-06-15) is listed under
// "Expired" with when it expired and how to earn it again, not among the
// certifications held.
func TestLapsedCertsAreListedApart(t *testing.T) {
	f := newFakeData(testCatalog(t))
	today := catalog.DateOf(2026, 12, 2)
	for code, passed := range map[string]catalog.Date{"SAA-C02": catalog.DateOf(2021, 6, 15), "CLF-C02": catalog.DateOf(2025, 6, 1)} {
		if err := f.AddHeldCertification(t.Context(), code, passed); err != nil {
			t.Fatal(err)
		}
	}
	_, s := openCerts(t, f.services(), today)
	held := boxText(s.heldBox)
	wantContains(t, "held list", held, "(CLF)")
	if strings.Contains(held, "(SAA)") {
		t.Errorf("the lapsed SAA is listed among the certifications held: %q", held)
	}
	wantContains(t, "lapsed list", boxText(s.lapsedBox), "Expired\n", "(SAA)", "expired on 2024-06-15",
		"It has expired: pass the current exam again to hold it.")
}
