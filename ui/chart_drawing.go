package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// themedWidget is a widget that knows the theme it is drawn in.
type themedWidget interface {
	fyne.Widget
	Theme() fyne.Theme
}

// drawing is what a chart's renderer draws: lines and captions in the
// theme's colours, rebuilt at every layout (a chart has at most a few
// hundred lines, so that stays well within a frame).
type drawing struct {
	widget  themedWidget
	min     fyne.Size
	layout  func(fyne.Size) // the renderer's Layout, which draws
	objects []fyne.CanvasObject
}

// MinSize is the least room the chart needs.
func (r *drawing) MinSize() fyne.Size { return r.min }

// Refresh redraws in the current theme.
func (r *drawing) Refresh() {
	r.layout(r.widget.Size())
	canvas.Refresh(r.widget)
}

// Destroy releases nothing: a drawing holds no resources.
func (r *drawing) Destroy() {}

// Objects returns what the renderer draws.
func (r *drawing) Objects() []fyne.CanvasObject { return r.objects }

// clear starts a new layout.
func (r *drawing) clear() { r.objects = r.objects[:0] }

// color is the theme's colour name in the current variant.
func (r *drawing) color(name fyne.ThemeColorName) color.Color {
	return r.widget.Theme().Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}

// line draws a line from x1, y1 to x2, y2.
func (r *drawing) line(x1, y1, x2, y2 float32, c color.Color, width float32) {
	l := canvas.NewLine(c)
	l.StrokeWidth = width
	l.Position1, l.Position2 = fyne.NewPos(x1, y1), fyne.NewPos(x2, y2)
	r.objects = append(r.objects, l)
}

// text places a caption at x, y (right-aligned to right when align is
// trailing) and returns its width.
func (r *drawing) text(s string, x, y float32, c color.Color, align fyne.TextAlign, right float32) float32 {
	t := canvas.NewText(s, c)
	t.TextSize = theme.CaptionTextSize()
	size := t.MinSize()
	if align == fyne.TextAlignTrailing {
		x = right - size.Width
	}
	t.Move(fyne.NewPos(x, y))
	t.Resize(size)
	r.objects = append(r.objects, t)
	return size.Width
}
