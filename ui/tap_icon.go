package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// tapIcon is an icon that does something when clicked but takes no
// keyboard focus: the calendar beside a date field, which Tab skips.
type tapIcon struct {
	widget.Icon
	onTapped func()
}

func newTapIcon(res fyne.Resource, tapped func()) *tapIcon {
	t := &tapIcon{onTapped: tapped}
	t.Resource = res
	t.ExtendBaseWidget(t)
	return t
}

// Tapped runs the icon's action.
func (t *tapIcon) Tapped(*fyne.PointEvent) {
	if t.onTapped != nil {
		t.onTapped()
	}
}

// Cursor shows a pointer over the icon, as over a button.
func (t *tapIcon) Cursor() desktop.Cursor { return desktop.PointerCursor }
