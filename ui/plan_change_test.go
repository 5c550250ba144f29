package ui

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// openChangeForm opens "Change dates and hours" on the plan shown and
// returns the form with its Monday hours entry.
func openChangeForm(t *testing.T, app *App) (fyne.CanvasObject, *widget.Entry) {
	t.Helper()
	plan := showScreen[*planScreen](t, app, ScreenPlan)
	test.Tap(plan.fit.change)
	form := app.win.Canvas().Overlays().Top()
	if form == nil {
		t.Fatal("Change dates and hours opened no form")
	}
	var monday *widget.Entry
	walk(form, func(x fyne.CanvasObject) {
		if e, ok := x.(*widget.Entry); ok && e.PlaceHolder != "YYYY-MM-DD" && monday == nil {
			monday = e
		}
	})
	if monday == nil {
		t.Fatal("the form has no hours")
	}
	return form, monday
}

// wantStillOpen fails unless form is still the top dialog and shows want.
func wantStillOpen(t *testing.T, app *App, form fyne.CanvasObject, want ...string) {
	t.Helper()
	if app.win.Canvas().Overlays().Top() != form {
		t.Fatalf("the form closed; the window shows %q", topDialogText(app))
	}
	wantContains(t, "form", shownText(form), want...)
}

// TestChangeDatesRefusalsShowInTheForm: hours that are not a number, and a
// change the data refuses, are said inside "Change dates and hours", which
// stays open with what was typed (it used to close and say it in a
// message box, losing the input).
func TestChangeDatesRefusalsShowInTheForm(t *testing.T) {
	f, app := startWithPlan(t, "2026-03-02")
	before := f.plans[0].Schedule.ExamDate
	form, monday := openChangeForm(t, app)
	test.Type(monday, "x")
	typed := monday.Text
	test.Tap(findButton(t, form, "Re-plan"))
	app.tasks.wait()
	wantStillOpen(t, app, form, "is not a number of hours")
	if monday.Text != typed {
		t.Errorf("Monday's hours = %q after the refusal, want %q kept", monday.Text, typed)
	}

	monday.SetText("3")
	f.fail["EditPlan"] = errors.New("the disk is full")
	test.Tap(findButton(t, form, "Re-plan"))
	app.tasks.wait()
	wantStillOpen(t, app, form, "Could not change the plan", "The disk is full.")
	if monday.Text != "3" {
		t.Errorf("Monday's hours = %q after the refusal, want %q kept", monday.Text, "3")
	}
	if got := f.plans[0].Schedule.ExamDate; got != before {
		t.Errorf("the refused change moved the exam from %s to %s", before, got)
	}

	test.Tap(findButton(t, form, "Re-plan"))
	app.tasks.wait()
	if app.win.Canvas().Overlays().Top() != nil {
		t.Errorf("the form stays open after a change that was saved: %q", topDialogText(app))
	}
	if got := f.plans[0].Input.Hours[0]; got != 3 {
		t.Errorf("Monday's saved hours = %v, want 3", got)
	}
}
