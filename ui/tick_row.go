package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// newTickRow is a row of the plan: a check, a title that may wrap onto
// several lines, and what stands at the end (the hours). The check and
// the end keep their own height at the top, beside the title's first
// line: stretched to a tall row, the check's box sat between the lines,
// away from the hours, and a tap near its top missed it.
func newTickRow(check, title, end fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: tickRowLayout{}, Objects: []fyne.CanvasObject{title, check, end}}
}

// tickRowLayout lays out title, check and end (in that order, as a
// border layout keeps them) side by side; a hidden check or end leaves its
// room to the title.
type tickRowLayout struct{}

// Layout puts the check at the left and the end at the right, each at its
// own size at the top, and gives the title the width between and the
// whole height.
func (tickRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	left, right := float32(0), size.Width
	if c := objs[1]; c.Visible() {
		c.Move(fyne.NewPos(0, 0))
		c.Resize(c.MinSize())
		left = c.MinSize().Width + pad
	}
	if e := objs[2]; e.Visible() {
		right -= e.MinSize().Width
		e.Move(fyne.NewPos(right, 0))
		e.Resize(e.MinSize())
		right -= pad
	}
	objs[0].Move(fyne.NewPos(left, 0))
	objs[0].Resize(fyne.NewSize(right-left, size.Height))
}

// MinSize is the three side by side, as high as the highest.
func (tickRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		w, h = w+m.Width, max(h, m.Height)
		if i > 0 {
			w += theme.Padding()
		}
	}
	return fyne.NewSize(w, h)
}
