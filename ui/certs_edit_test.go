package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// findIconButton returns the first button without text showing icon res.
func findIconButton(t testing.TB, o fyne.CanvasObject, res fyne.Resource) *widget.Button {
	t.Helper()
	return findWhere(t, o, func(b *widget.Button) bool { return b.Text == "" && b.Icon != nil && b.Icon.Name() == res.Name() },
		"no button with icon "+res.Name())
}

// dialogDate is the date entry of the top dialog.
func dialogDate(t *testing.T, app *App) *widget.Entry {
	t.Helper()
	return findWhere(t, app.win.Canvas().Overlays().Top(), func(e *widget.Entry) bool { return e.PlaceHolder == "YYYY-MM-DD" },
		"the dialog has no date")
}

// openCerts starts the app on svc and shows the certifications screen.
func openCerts(t *testing.T, svc Services, today catalog.Date) (*App, *certsScreen) {
	t.Helper()
	app := startAppWith(t, svc, &clock{day: today})
	return app, showScreen[*certsScreen](t, app, ScreenCerts)
}

// TestFutureBookingOffersNoResult: Passed and Failed wait for the day.
func TestFutureBookingOffersNoResult(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, s := openCerts(t, f.services(), catalog.DateOf(2026, 3, 2))
	s.save(planner.Attempt{Exam: "SAA-C03", Date: catalog.DateOf(2026, 4, 20), Status: planner.Booked})
	app.tasks.wait()
	walk(s.logBox, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && (b.Text == "Passed…" || b.Text == "Failed…") {
			t.Errorf("%q offered on a booking still to come", b.Text)
		}
	})
	s.save(planner.Attempt{Exam: "CLF-C02", Date: catalog.DateOf(2026, 3, 2), Status: planner.Booked})
	app.tasks.wait()
	findButton(t, s.logBox, "Passed…")
}

// TestExamLogChangeCancelDelete changes a booking's day, cancels it and
// deletes it, on the fake and on SQLite.
func TestExamLogChangeCancelDelete(t *testing.T) {
	for name, open := range backends {
		t.Run(name, func(t *testing.T) {
			clk := &clock{day: catalog.DateOf(2026, 3, 2)}
			svc := open(t, clk)
			app, s := openCerts(t, svc, clk.day)
			s.save(planner.Attempt{Exam: "SAA-C03", Date: catalog.DateOf(2026, 4, 20), Status: planner.Booked})
			app.tasks.wait()
			closeDialogs(app)

			test.Tap(findIconButton(t, s.logBox, theme.DocumentCreateIcon()))
			dialogDate(t, app).SetText("2026-04-27")
			test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Save"))
			app.tasks.wait()
			closeDialogs(app)
			wantLog(t, svc, "SAA-C03 2026-04-27 booked")

			test.Tap(findButton(t, s.logBox, "Cancel booking"))
			app.tasks.wait()
			closeDialogs(app)
			wantLog(t, svc, "SAA-C03 2026-04-27 cancelled")

			test.Tap(findIconButton(t, s.logBox, theme.DeleteIcon()))
			wantContains(t, "confirmation", topDialogText(app), "Delete SAA-C03 on 2026-04-27")
			test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Yes"))
			app.tasks.wait()
			wantLog(t, svc)
			wantContains(t, "exam log", boxText(s.logBox), "No exams yet")
		})
	}
}

// wantLog fails unless the stored exam log is want, as "EXAM DATE RESULT".
func wantLog(t *testing.T, svc Services, want ...string) {
	t.Helper()
	log, err := svc.Records.Attempts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range log {
		got = append(got, a.Exam+" "+a.Date.String()+" "+string(a.Status))
	}
	if len(got) != len(want) {
		t.Fatalf("exam log = %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("exam log = %q, want %q", got, want)
		}
	}
}

// TestDeletingAPassUndoesItsRenewal: an Associate pass renews Cloud
// Practitioner (the advice says so); deleting that pass puts Cloud
// Practitioner's expiry back.
func TestDeletingAPassUndoesItsRenewal(t *testing.T) {
	clk := &clock{day: catalog.DateOf(2026, 3, 2)}
	svc := backends["storage"](t, clk)
	ctx := t.Context()
	if err := svc.Records.AddHeldCertification(ctx, "CLF-C02", catalog.DateOf(2024, 1, 10)); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Records.SaveAttempt(ctx, planner.Attempt{Exam: "SAA-C03", Date: catalog.DateOf(2026, 2, 2),
		Status: planner.Passed}); err != nil {
		t.Fatal(err)
	}
	app, s := openCerts(t, svc, clk.day)
	wantContains(t, "held list", boxText(s.heldBox), "Renewed on 2026-02-02 by passing SAA-C03")
	wantExpiry(t, svc, "CLF", "2029-02-02")

	var saaCard fyne.CanvasObject
	for _, o := range s.heldBox.Objects {
		if t := boxText(o); strings.Contains(t, "(SAA)") {
			saaCard = o
		}
	}
	if saaCard == nil {
		t.Fatal("no SAA card")
	}
	test.Tap(findButton(t, saaCard, "Delete…"))
	wantContains(t, "confirmation", topDialogText(app), "worked out again")
	test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Yes"))
	app.tasks.wait()
	wantExpiry(t, svc, "CLF", "2027-01-10")
	if got := boxText(s.heldBox); strings.Contains(got, "(SAA)") {
		t.Errorf("held list still shows SAA after its pass was deleted: %q", got)
	}
}

// wantExpiry fails unless the held certification key expires on want.
func wantExpiry(t *testing.T, svc Services, key, want string) {
	t.Helper()
	held, err := svc.Records.Certifications(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range held {
		if h.Key == key {
			if h.Expiry.String() != want {
				t.Fatalf("%s expires %s, want %s", key, h.Expiry, want)
			}
			return
		}
	}
	t.Fatalf("%s is not held", key)
}

// TestSameBookingTwiceIsRefusedInTheDialog books an exam, then books it
// again for the same day: the dialog stays open and says so by the date.
func TestSameBookingTwiceIsRefusedInTheDialog(t *testing.T) {
	f := newFakeData(testCatalog(t))
	newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	app, s := openCerts(t, f.services(), catalog.DateOf(2026, 3, 2))
	test.Tap(s.logExam)
	if got := dialogDate(t, app).Text; got != "2026-05-29" {
		t.Fatalf("booking dialog starts on %q, want the plan's exam day 2026-05-29", got)
	}
	test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Save"))
	app.tasks.wait()
	closeDialogs(app)
	wantLog(t, f.services(), "CLF-C02 2026-05-29 booked")

	test.Tap(s.logExam)
	form := app.win.Canvas().Overlays().Top()
	test.Tap(findButton(t, form, "Save"))
	app.tasks.wait()
	if app.win.Canvas().Overlays().Top() != form {
		t.Fatal("the dialog closed on a second booking of the same day")
	}
	wantContains(t, "dialog", formHints(form), "already in the log on 2026-05-29")
	wantLog(t, f.services(), "CLF-C02 2026-05-29 booked")
}

// formHints are the hint texts of the forms inside o.
func formHints(o fyne.CanvasObject) string {
	out := ""
	walk(o, func(x fyne.CanvasObject) {
		if f, ok := x.(*widget.Form); ok {
			for _, it := range f.Items {
				out += it.HintText + "\n"
			}
		}
	})
	return out
}
