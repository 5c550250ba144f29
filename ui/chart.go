package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// burnUp is the data of a burn-up chart: for each week of a plan, the
// hours planned and done by its end, added up from the start.
type burnUp struct {
	weeks   []string  // a label per week: its Monday, "2 Mar"
	planned []float64 // cumulative planned hours at each week's end
	done    []float64 // cumulative done hours, up to the week holding today
	total   float64   // all the plan's work
	today   int       // index of the week holding today; -1 when outside
	// todayAt is how far through its week today is, 0 (Monday) to 1.
	todayAt float64
}

// burnUpOf adds up a plan's planned and done hours week by week. A tick
// counts in the week it was made; hours logged on open topics count in
// the week holding today.
func burnUpOf(p planner.StudyPlan, today catalog.Date) burnUp {
	sch := p.Schedule
	b := burnUp{today: sch.Week(today)}
	if b.today >= 0 {
		b.todayAt = float64(today.MondayIndex()) / 7
	}
	last := b.today
	if last < 0 && len(sch.Weeks) > 0 && today.After(sch.Weeks[len(sch.Weeks)-1].End) {
		last = len(sch.Weeks) - 1
	}
	sum := 0.0
	for i, w := range sch.Weeks {
		sum += w.PlannedHours
		b.weeks = append(b.weeks, w.Start.Time().Format("2 Jan"))
		b.planned = append(b.planned, roundTo(sum, 2))
		if i <= last {
			b.done = append(b.done, 0)
		}
	}
	for _, t := range sch.Topics {
		b.total += t.Hours
		b.addDone(sch, t, p.Progress[t.ID])
	}
	b.addUnscheduled(sch.ShortfallHours)
	return b
}

// addUnscheduled counts, from today's week on, the work done ahead of the
// schedule that a rebalance took out of it, so planned still ends at all
// the plan's work (less what did not fit).
func (b *burnUp) addUnscheduled(shortfall float64) {
	n := len(b.planned)
	if n == 0 {
		return
	}
	extra := b.total - shortfall - b.planned[n-1]
	if extra < tolerance {
		return
	}
	for i := max(b.today, 0); i < n; i++ {
		b.planned[i] = roundTo(b.planned[i]+extra, 2)
	}
}

// addDone counts a topic's done hours from the week they were done on:
// the week of its tick, or the last week drawn when that is not known.
func (b *burnUp) addDone(sch planner.Plan, t planner.TopicPlan, g planner.TopicProgress) {
	h := doneHours(t, g)
	if h == 0 || len(b.done) == 0 {
		return
	}
	at := len(b.done) - 1
	if wi := sch.Week(g.DoneOn); g.Done && !g.DoneOn.IsZero() && wi >= 0 && wi < at {
		at = wi
	}
	for i := at; i < len(b.done); i++ {
		b.done[i] += h
	}
}

// burnChart draws a burn-up: planned hours and done hours over the weeks,
// with the total as a ceiling, in the theme's colours.
type burnChart struct {
	widget.BaseWidget
	data burnUp
}

func newBurnChart() *burnChart {
	c := &burnChart{}
	c.ExtendBaseWidget(c)
	return c
}

// set shows new data.
func (c *burnChart) set(b burnUp) {
	c.data = b
	c.Refresh()
}

// CreateRenderer draws the chart.
func (c *burnChart) CreateRenderer() fyne.WidgetRenderer { return &burnRenderer{chart: c} }

// burnRenderer rebuilds its lines at every layout: a plan has at most a
// few hundred weeks, so that stays well within a frame.
type burnRenderer struct {
	chart   *burnChart
	objects []fyne.CanvasObject
}

// Destroy releases nothing: the renderer holds no resources.
func (r *burnRenderer) Destroy() {}

// Objects returns what the renderer draws.
func (r *burnRenderer) Objects() []fyne.CanvasObject { return r.objects }

// MinSize is the least room the widget needs.
func (r *burnRenderer) MinSize() fyne.Size { return fyne.NewSize(320, 220) }

// Refresh redraws in the current theme.
func (r *burnRenderer) Refresh() {
	r.Layout(r.chart.Size())
	canvas.Refresh(r.chart)
}

// plotArea is where the lines go inside the chart, leaving room for the
// axis labels and the legend.
type plotArea struct{ x, y, w, h float32 }

// Layout places the drawing in size.
func (r *burnRenderer) Layout(size fyne.Size) {
	r.objects = r.objects[:0]
	d := r.chart.data
	if len(d.planned) == 0 || size.Width <= 0 {
		return
	}
	top := d.total
	for _, v := range d.planned {
		top = max(top, v)
	}
	top = max(top, 1)
	pad := theme.Padding()
	a := plotArea{x: 56, y: 32, w: size.Width - 56 - 2*pad, h: size.Height - 32 - 28}
	r.axes(a, top)
	r.series(a, d.planned, top, r.color(theme.ColorNamePrimary), 2)
	r.doneSeries(a, top, r.color(theme.ColorNameSuccess), 3)
	r.xLabels(a)
	r.legend(pad)
}

func (r *burnRenderer) color(name fyne.ThemeColorName) color.Color {
	return r.chart.Theme().Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}

// axes draws the horizontal grid lines with their hours, and today.
func (r *burnRenderer) axes(a plotArea, top float64) {
	grid, fg := r.color(theme.ColorNameSeparator), r.color(theme.ColorNamePlaceHolder)
	for i := 0; i <= 4; i++ {
		v := top * float64(i) / 4
		y := a.y + a.h - float32(v/top)*a.h
		r.line(a.x, y, a.x+a.w, y, grid, 1)
		r.text(hours(roundTo(v, 0)), 0, y-8, fg, fyne.TextAlignTrailing, a.x-6)
	}
	if t := r.chart.data.today; t >= 0 {
		x := r.todayX(a)
		r.line(x, a.y, x, a.y+a.h, r.color(theme.ColorNameWarning), 1)
		r.text("today", x+4, a.y, r.color(theme.ColorNameWarning), fyne.TextAlignLeading, 0)
	}
}

// xAt is the x of week i's end.
func (r *burnRenderer) xAt(a plotArea, i int) float32 {
	n := len(r.chart.data.planned)
	return a.x + a.w*float32(i+1)/float32(n)
}

// series draws a line from zero through each week's value.
func (r *burnRenderer) series(a plotArea, values []float64, top float64, c color.Color, width float32) {
	px, py := a.x, a.y+a.h
	for i, v := range values {
		x, y := r.xAt(a, i), a.y+a.h-float32(v/top)*a.h
		r.line(px, py, x, y, c, width)
		px, py = x, y
	}
}

// xLabels names the first, middle and last weeks under the plot.
func (r *burnRenderer) xLabels(a plotArea) {
	weeks := r.chart.data.weeks
	fg := r.color(theme.ColorNamePlaceHolder)
	last := len(weeks) - 1
	for _, i := range []int{0, last / 2, last} {
		x, align := r.xAt(a, i)-a.w/float32(len(weeks)), fyne.TextAlignLeading
		if i == last && last > 0 {
			align = fyne.TextAlignTrailing // keep the last label inside the chart
		}
		r.text("week of "+weeks[i], x, a.y+a.h+6, fg, align, a.x+a.w)
	}
}

// legend names the two lines at the top.
func (r *burnRenderer) legend(pad float32) {
	d := r.chart.data
	done := 0.0
	if n := len(d.done); n > 0 {
		done = d.done[n-1]
	}
	x := float32(56)
	for _, s := range []struct {
		c    fyne.ThemeColorName
		text string
	}{{theme.ColorNamePrimary, fmt.Sprintf("Planned (%s in all)", hours(d.total))}, {theme.ColorNameSuccess,
		fmt.Sprintf("Done (%s)", hours(done))}} {
		r.line(x, pad+9, x+18, pad+9, r.color(s.c), 3)
		w := r.text(s.text, x+24, pad, r.color(theme.ColorNameForeground), fyne.TextAlignLeading, 0)
		x += 24 + w + 24
	}
}

func (r *burnRenderer) line(x1, y1, x2, y2 float32, c color.Color, width float32) {
	l := canvas.NewLine(c)
	l.StrokeWidth = width
	l.Position1, l.Position2 = fyne.NewPos(x1, y1), fyne.NewPos(x2, y2)
	r.objects = append(r.objects, l)
}

// text places a caption at x, y (right-aligned to right when given) and
// returns its width.
func (r *burnRenderer) text(s string, x, y float32, c color.Color, align fyne.TextAlign, right float32) float32 {
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
