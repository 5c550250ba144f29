package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// timelineRow is one span on a timeline: a label on the left, a bar from
// From to To, a mark on Mark (an exam day; none when zero) and a caption.
type timelineRow struct {
	Label    string
	From, To catalog.Date
	Mark     catalog.Date
	Caption  string
}

// timeline draws spans of days one under the other on one calendar: the
// roadmap's exams, or the active plans. It holds no logic beyond drawing.
type timeline struct {
	widget.BaseWidget
	rows []timelineRow
}

func newTimeline() *timeline {
	t := &timeline{}
	t.ExtendBaseWidget(t)
	return t
}

// set shows rows.
func (t *timeline) set(rows []timelineRow) {
	t.rows = rows
	t.Refresh()
}

// CreateRenderer draws the timeline.
func (t *timeline) CreateRenderer() fyne.WidgetRenderer { return &timelineRenderer{t: t} }

// Sizes of a timeline: each row's height, the label column and the room
// for the first and last dates above the bars.
const (
	timelineRowH   = 40
	timelineLabelW = 90
	timelineAxisH  = 24
)

// timelineRenderer rebuilds its shapes at every layout: a timeline has a
// handful of rows.
type timelineRenderer struct {
	t       *timeline
	objects []fyne.CanvasObject
}

// Destroy releases nothing: the renderer holds no resources.
func (r *timelineRenderer) Destroy() {}

// Objects returns what the renderer draws.
func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }

// MinSize is room for every row.
func (r *timelineRenderer) MinSize() fyne.Size {
	return fyne.NewSize(360-timelineLabelW+r.labelWidth(), timelineAxisH+float32(max(len(r.t.rows), 1))*timelineRowH)
}

// Refresh redraws in the current theme.
func (r *timelineRenderer) Refresh() {
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

// Layout places the rows in size.
func (r *timelineRenderer) Layout(size fyne.Size) {
	r.objects = r.objects[:0]
	rows := r.t.rows
	if len(rows) == 0 || size.Width <= r.labelWidth() {
		return
	}
	first, last := rows[0].From, rows[0].To
	for _, row := range rows {
		first, last = min(first, row.From), max(last, row.To, row.Mark)
	}
	days := float32(max(first.DaysUntil(last), 1))
	lw := r.labelWidth()
	w := size.Width - lw - theme.Padding()
	x := func(d catalog.Date) float32 { return lw + w*float32(first.DaysUntil(d))/days }
	r.text(first.String(), lw, 0, theme.ColorNameDisabled, false)
	r.text(last.String(), size.Width-theme.Padding(), 0, theme.ColorNameDisabled, true)
	for i, row := range rows {
		y := timelineAxisH + float32(i)*timelineRowH
		r.text(row.Label, 0, y, theme.ColorNameForeground, false)
		r.rect(x(row.From), y+4, max(x(row.To)-x(row.From), 2), 10, theme.ColorNamePrimary)
		if !row.Mark.IsZero() {
			r.rect(x(row.Mark)-2, y, 4, 18, theme.ColorNameWarning)
		}
		r.text(row.Caption, lw, y+18, theme.ColorNameForeground, false)
	}
}

// labelWidth is the label column's width: timelineLabelW, or the widest
// label and a padding when wider (a plan named with its exam date).
func (r *timelineRenderer) labelWidth() float32 {
	w := float32(timelineLabelW)
	size := r.t.Theme().Size(theme.SizeNameCaptionText)
	for _, row := range r.t.rows {
		w = max(w, fyne.MeasureText(row.Label, size, fyne.TextStyle{}).Width+2*theme.Padding())
	}
	return w
}

func (r *timelineRenderer) color(name fyne.ThemeColorName) color.Color {
	return r.t.Theme().Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}

// rect adds a filled rectangle.
func (r *timelineRenderer) rect(x, y, w, h float32, c fyne.ThemeColorName) {
	b := canvas.NewRectangle(r.color(c))
	b.CornerRadius = 3
	b.Move(fyne.NewPos(x, y))
	b.Resize(fyne.NewSize(w, h))
	r.objects = append(r.objects, b)
}

// text adds a caption at x, y, ending at x when right is set.
func (r *timelineRenderer) text(s string, x, y float32, c fyne.ThemeColorName, right bool) {
	t := canvas.NewText(s, r.color(c))
	t.TextSize = r.t.Theme().Size(theme.SizeNameCaptionText)
	size := t.MinSize()
	if right {
		x -= size.Width
	}
	t.Move(fyne.NewPos(x, y))
	t.Resize(size)
	r.objects = append(r.objects, t)
}
