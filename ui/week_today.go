package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// dayHeading is a day's name in the week view; today's says so
// ("Today · Monday 2 March") and stands out, so the learner finds where
// they are, and is kept in v.today for the view to scroll to.
func (v *weekView) dayHeading(d catalog.Date) fyne.CanvasObject {
	if d != v.screen.today() {
		return bold(dayName(d))
	}
	l := bold("Today · " + dayName(d))
	l.Importance = widget.HighImportance
	v.today = l
	return l
}
