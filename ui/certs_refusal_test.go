package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// fillExamDialog fills the open "Book or log an exam" dialog: the exam,
// the day, the result and the score.
func fillExamDialog(t *testing.T, app *App, exam, day, result, score string) fyne.CanvasObject {
	t.Helper()
	form := app.win.Canvas().Overlays().Top()
	chooseOption(t, form, exam)
	dialogDate(t, app).SetText(day)
	chooseResult(t, form, result)
	scoreEntry(t, form).SetText(score)
	return form
}

// chooseResult picks result in the exam dialog o.
func chooseResult(t *testing.T, o fyne.CanvasObject, result string) {
	t.Helper()
	results := findWhere(t, o, func(s *widget.Select) bool { return len(s.Options) > 0 && s.Options[0] == "Booked" },
		"the dialog has no result")
	results.SetSelected(result)
}

// scoreEntry is the score field of the exam dialog o.
func scoreEntry(t *testing.T, o fyne.CanvasObject) *widget.Entry {
	t.Helper()
	return findWhere(t, o, func(e *widget.Entry) bool { return strings.HasPrefix(e.PlaceHolder, "100 to 1000") },
		"the dialog has no score")
}

// shownText joins the texts a learner can see inside o: labels and the
// form's hint lines, leaving out what is hidden.
func shownText(o fyne.CanvasObject) string {
	var b strings.Builder
	var visit func(fyne.CanvasObject)
	visit = func(x fyne.CanvasObject) {
		if !x.Visible() {
			return
		}
		switch w := x.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *canvas.Text:
			b.WriteString(w.Text + "\n")
		}
		switch c := x.(type) {
		case *fyne.Container:
			for _, y := range c.Objects {
				visit(y)
			}
		case fyne.Widget:
			for _, y := range test.WidgetRenderer(c).Objects() {
				visit(y)
			}
		}
	}
	visit(o)
	return b.String()
}

// wantRefusedInDialog fails unless form is still the top dialog, shows
// want and keeps the score typed, and nothing was logged.
func wantRefusedInDialog(t *testing.T, app *App, svc Services, form fyne.CanvasObject, score string, want ...string) {
	t.Helper()
	if app.win.Canvas().Overlays().Top() != form {
		t.Fatalf("the dialog closed; the window shows %q", topDialogText(app))
	}
	wantContains(t, "dialog", shownText(form), want...)
	if got := scoreEntry(t, form).Text; got != score {
		t.Errorf("score = %q after the refusal, want %q kept", got, score)
	}
	wantLog(t, svc)
}

// TestFuturePassIsRefusedInTheDialog (QA #9): a pass dated after today is
// refused with a line the learner sees in the dialog, under the result;
// Save used to put it in a hint the form never draws for a Select, so
// Save did nothing at all.
func TestFuturePassIsRefusedInTheDialog(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, s := openCerts(t, f.services(), catalog.DateOf(2026, 12, 2))
	test.Tap(s.logExam)
	form := fillExamDialog(t, app, "SAA-C03", "2027-03-12", "Passed", "800")
	test.Tap(findButton(t, form, "Save"))
	app.tasks.wait()
	wantRefusedInDialog(t, app, f.services(), form, "800", "2027-03-12 is still to come")

	chooseResult(t, form, "Booked") // the answer the message asks for
	if text := shownText(form); strings.Contains(text, "still to come") {
		t.Errorf("the message still shows once the result is changed: %q", text)
	}
}

// TestPassBelowPassingScoreIsRefusedInTheDialog (QA #9): storage refuses a
// pass below the exam's passing score; the dialog stays open with what was
// typed and says why, instead of closing into a message box.
func TestPassBelowPassingScoreIsRefusedInTheDialog(t *testing.T) {
	clk := &clock{day: catalog.DateOf(2026, 12, 2)}
	svc := backends["storage"](t, clk)
	app, s := openCerts(t, svc, clk.day)
	test.Tap(s.logExam)
	form := fillExamDialog(t, app, "SAA-C03", "2026-11-30", "Passed", "500")
	test.Tap(findButton(t, form, "Save"))
	app.tasks.wait()
	wantRefusedInDialog(t, app, svc, form, "500", "needs a score of at least 720, not 500")

	scoreEntry(t, form).SetText("760")
	test.Tap(findButton(t, form, "Save"))
	app.tasks.wait()
	wantLog(t, svc, "SAA-C03 2026-11-30 passed")
	wantContains(t, "dialog", topDialogText(app), "Congratulations")
}
