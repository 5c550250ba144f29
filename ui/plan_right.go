package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// rightColumnLayout lays out the plan screen's right column: the domains
// in their scroll on top, a line, and the whole plan under it with
// wholePlanShare of the height at least. The domains' scroll ends under a
// whole row: in a split it cut "Network Management and …" through its
// second line, with the split's handle under it like a stray underscore.
type rightColumnLayout struct {
	rows func() []fyne.CanvasObject // the domains' heading and rows, top to bottom
}

// Layout gives the domains the room of their whole rows that fit above
// the whole plan's share, the line under them, and the rest to the plan.
func (l rightColumnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	domains, line, whole := objs[0], objs[1], objs[2]
	pad := theme.Padding()
	h := wholeRowsHeight(l.rows(), size.Height*(1-wholePlanShare))
	domains.Move(fyne.NewPos(0, 0))
	domains.Resize(fyne.NewSize(size.Width, h))
	line.Move(fyne.NewPos(0, h+pad))
	line.Resize(fyne.NewSize(size.Width, line.MinSize().Height))
	top := h + 2*pad + line.MinSize().Height
	whole.Move(fyne.NewPos(0, top))
	whole.Resize(fyne.NewSize(size.Width, max(size.Height-top, 0)))
}

// wholeRowsHeight is the height down to the foot of the last of rows that
// ends within limit, and the first row's at least.
func wholeRowsHeight(rows []fyne.CanvasObject, limit float32) float32 {
	h, y := float32(0), float32(0)
	for i, r := range rows {
		if i > 0 {
			y += theme.Padding()
		}
		y += r.MinSize().Height
		if y > limit && i > 0 {
			break
		}
		h = y
	}
	return h
}

// MinSize is the first row's height over the whole plan's minimum.
func (l rightColumnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	first := wholeRowsHeight(l.rows(), 0)
	w := max(objs[0].MinSize().Width, objs[2].MinSize().Width)
	return fyne.NewSize(w, first+2*theme.Padding()+objs[1].MinSize().Height+objs[2].MinSize().Height)
}
