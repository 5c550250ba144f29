package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// buildCompact lays out the sidebar as a column of icons, for narrow
// windows: new plan, then a button per screen. The plan switcher is in
// the Plans menu.
func (n *navigation) buildCompact() fyne.CanvasObject {
	if n.compact == nil {
		n.compact = map[Screen]*widget.Button{}
	}
	box := container.NewVBox(widget.NewButtonWithIcon("", theme.ContentAddIcon(), n.onNewPlan),
		widget.NewSeparator())
	for _, it := range navItems {
		s := it.screen
		b := widget.NewButtonWithIcon("", it.icon(), func() { n.show(s) })
		b.Importance = widget.LowImportance
		n.compact[s] = b
		box.Add(b)
	}
	return container.NewPadded(box)
}

// setCompactCurrent highlights the icon of the screen shown.
func (n *navigation) setCompactCurrent(s Screen) { highlight(n.compact, s) }

// highlight marks the button of screen s among buttons and plays down the
// others, refreshing only those that change.
func highlight(buttons map[Screen]*widget.Button, s Screen) {
	for k, b := range buttons {
		want := widget.LowImportance
		if k == s {
			want = widget.HighImportance
		}
		if b.Importance != want {
			b.Importance = want
			b.Refresh()
		}
	}
}
