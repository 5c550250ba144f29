package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// badgeFill is the background drawn for the first badge inside o.
func badgeFill(t *testing.T, o fyne.CanvasObject) (string, any) {
	t.Helper()
	found := findFirst[*badge](t, o, "no badge shown")
	return found.Text, test.WidgetRenderer(found).Objects()[0].(*canvas.Rectangle).FillColor
}

// TestThemeSwitchRecoloursHiddenScreens switches light to dark on the
// settings screen; the certifications screen, hidden at the time, shows
// dark colours when the learner goes back to it.
func TestThemeSwitchRecoloursHiddenScreens(t *testing.T) {
	f := newFakeData(testCatalog(t))
	f.attempts = []planner.Attempt{{ID: 1, Exam: "CLF-C02", Date: catalog.DateOf(2026, 2, 2), Status: planner.Passed}}
	app, _ := startApp(t, f, "2026-03-02")
	applyTheme(app.fyne, ThemeLight)
	app.show(ScreenCerts)
	app.tasks.wait()
	light := fixedVariant{theme.DefaultTheme(), theme.VariantLight}.Color(theme.ColorNameSuccess, 0)
	if text, got := badgeFill(t, app.views[ScreenCerts]); got != light {
		t.Fatalf("light %q badge = %v, want %v", text, got, light)
	}

	showScreen[*settingsScreen](t, app, ScreenSettings).theme.SetSelected("Dark")
	app.show(ScreenCerts)
	app.tasks.wait()
	dark := fixedVariant{theme.DefaultTheme(), theme.VariantDark}.Color(theme.ColorNameSuccess, 0)
	if text, got := badgeFill(t, app.views[ScreenCerts]); got != dark {
		t.Fatalf("after switching to dark, %q badge = %v, want %v", text, got, dark)
	}
}

// checkImages are the images the checkboxes shown inside o draw.
func checkImages(o fyne.CanvasObject) []fyne.Resource {
	var out []fyne.Resource
	walk(o, func(x fyne.CanvasObject) {
		if c, ok := x.(*widget.Check); ok {
			for _, y := range test.WidgetRenderer(c).Objects() {
				if img, ok := y.(*canvas.Image); ok {
					out = append(out, img.Resource)
				}
			}
		}
	})
	return out
}

// TestThemeSwitchRedrawsPlanChecks switches light to dark while the plan
// is hidden; every checkbox the plan then shows was drawn after the switch
// (the rows a list keeps would otherwise stay white in the dark).
func TestThemeSwitchRedrawsPlanChecks(t *testing.T) {
	_, app := startWithPlan(t, "2026-03-02")
	applyTheme(app.fyne, ThemeLight)
	app.show(ScreenPlan)
	app.tasks.wait()
	before := map[fyne.Resource]bool{}
	for _, r := range checkImages(app.views[ScreenPlan]) {
		before[r] = true
	}
	if len(before) == 0 {
		t.Fatal("the plan shows no checkboxes")
	}
	showScreen[*settingsScreen](t, app, ScreenSettings).theme.SetSelected("Dark")
	app.show(ScreenPlan)
	app.tasks.wait()
	after := checkImages(app.views[ScreenPlan])
	if len(after) == 0 {
		t.Fatal("the plan shows no checkboxes after the switch")
	}
	for _, r := range after {
		if before[r] {
			t.Fatalf("a checkbox still draws %v from the light theme", r.Name())
		}
	}
}
