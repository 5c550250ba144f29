package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestTickedItemsReadInBothThemes (QA #24): a session's ticked items
// ("✓ 1.1.1 …") are drawn at WCAG AA text contrast, 4.5:1, on the window
// in the light theme and in the dark one.
func TestTickedItemsReadInBothThemes(t *testing.T) {
	_, app, plan := openSAAPlanScreen(t, backends["fake"])
	test.Tap(firstSessionCheck(t, plan).check)
	app.tasks.wait()
	for _, choice := range []ThemeChoice{ThemeLight, ThemeDark} {
		applyTheme(fyne.CurrentApp(), choice)
		plan.week.show()
		bg := fyne.CurrentApp().Settings().Theme().Color(theme.ColorNameBackground, 0)
		found := 0
		walk(plan.week.box, func(o fyne.CanvasObject) {
			txt, ok := o.(*canvas.Text)
			if !ok || !strings.HasPrefix(txt.Text, "✓") {
				return
			}
			found++
			if got := contrast(txt.Color, bg); got < 4.5 {
				t.Errorf("%s theme: ticked item %q at %.2f:1 on the window, want at least 4.5:1", choice, txt.Text, got)
			}
		})
		if found == 0 {
			t.Fatalf("%s theme: no ticked item (✓) in this week after ticking the first session", choice)
		}
	}
}
