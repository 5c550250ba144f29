package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestTickedItemsReadInBothThemes (QA #24): a session's ticked items
// (marked with a check mark, "1.1.1 …") are drawn at WCAG AA text contrast, 4.5:1, on the window
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
		for _, txt := range tickedItemTexts(plan.week.box) {
			found++
			if got := contrast(txt.Color, bg); got < 4.5 {
				t.Errorf("%s theme: ticked item %q at %.2f:1 on the window, want at least 4.5:1", choice, txt.Text, got)
			}
		}
		if found == 0 {
			t.Fatalf("%s theme: no ticked item (check mark) in this week after ticking the first session", choice)
		}
	}
}

// tickedItemTexts finds the text of each item line in box marked done: a
// row whose icon is the check mark (itemMark).
func tickedItemTexts(box fyne.CanvasObject) []*canvas.Text {
	var out []*canvas.Text
	walk(box, func(o fyne.CanvasObject) {
		row, ok := o.(*fyne.Container)
		if !ok || len(row.Objects) != 2 {
			return
		}
		icon, ok := row.Objects[1].(*widget.Icon)
		if !ok || icon.Resource == nil || icon.Resource.Name() != theme.ConfirmIcon().Name() {
			return
		}
		walk(row.Objects[0], func(x fyne.CanvasObject) {
			if txt, ok := x.(*canvas.Text); ok && strings.TrimSpace(txt.Text) != "" {
				out = append(out, txt)
			}
		})
	})
	return out
}
