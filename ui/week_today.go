package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// dayHeading is a day's name in the week view; today's says so and stands
// out, so the learner finds where they are.
func (v *weekView) dayHeading(d catalog.Date) fyne.CanvasObject {
	if d != v.screen.app.today() {
		return bold(dayName(d))
	}
	l := bold(dayName(d) + " · today")
	l.Importance = widget.HighImportance
	return l
}
