package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestSetupForARetiringExamOffersNoDateAfterItsLastDay: set up ANS-C01 a
// few weeks before its last day with no exam date, at the default hours:
// the preview plans for the last day, says it does not fit and why, and
// offers no "earliest date" past the last day (it once said "It fits" on
// a date the exam could not be taken).
func TestSetupForARetiringExamOffersNoDateAfterItsLastDay(t *testing.T) {
	e, ok := testCatalog(t).Exam("ANS-C01")
	if !ok || e.LastDay.IsZero() {
		t.Skip("the catalog's ANS-C01 has no last day any more") // a catalog fact this test is about
	}
	f := newFakeData(testCatalog(t))
	app, _ := startApp(t, f, e.LastDay.AddDays(-29).String())
	test.Tap(app.screens[ScreenWelcome].(*welcomeScreen).choose)
	chooseExam(t, app, "ANS-C01")
	app.tasks.wait()
	setup := app.screens[ScreenSetup].(*setupScreen)
	wantContains(t, "verdict", setup.preview.verdict.Text, "It does not fit")
	if strings.Contains(setup.preview.verdict.Text, "It fits") {
		t.Errorf("verdict %q says it fits", setup.preview.verdict.Text)
	}
	wantContains(t, "warnings", setup.preview.warnings.Text, "ANS-C01 can be taken only until "+e.LastDay.String())
	if !setup.preview.useEarliest.Hidden {
		t.Errorf("the preview offers %q, a date after the last day %s", setup.preview.useEarliest.Text, e.LastDay)
	}
}
