package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// burnChart draws a burn-up: planned hours and done hours over the weeks,
// with the total as a ceiling, in the theme's colours.
type burnChart struct {
	widget.BaseWidget
	data planner.BurnUp
}

func newBurnChart() *burnChart {
	c := &burnChart{}
	c.ExtendBaseWidget(c)
	return c
}

// set shows new data.
func (c *burnChart) set(b planner.BurnUp) {
	c.data = b
	c.Refresh()
}

// CreateRenderer draws the chart.
func (c *burnChart) CreateRenderer() fyne.WidgetRenderer {
	r := &burnRenderer{chart: c}
	r.drawing = drawing{widget: c, min: fyne.NewSize(320, 220), layout: r.Layout}
	return r
}

// burnRenderer draws a burn-up, anew at every layout.
type burnRenderer struct {
	drawing
	chart *burnChart
}

// plotArea is where the lines go inside the chart, leaving room for the
// axis labels and the legend.
type plotArea struct{ x, y, w, h float32 }

// Layout places the drawing in size.
func (r *burnRenderer) Layout(size fyne.Size) {
	r.clear()
	d := r.chart.data
	if len(d.Planned) == 0 || size.Width <= 0 {
		return
	}
	top := d.Total
	for _, v := range d.Planned {
		top = max(top, v)
	}
	top = max(top, 1)
	pad := theme.Padding()
	a := plotArea{x: 56, y: 32, w: size.Width - 56 - 2*pad, h: size.Height - 32 - 28}
	r.axes(a, top)
	r.series(a, d.Planned, top, r.color(theme.ColorNamePrimary), 2)
	r.doneSeries(a, top, r.color(theme.ColorNameSuccess), 3)
	r.xLabels(a)
	r.legend(pad)
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
	if t := r.chart.data.Today; t >= 0 {
		x := r.todayX(a)
		r.line(x, a.y, x, a.y+a.h, r.color(theme.ColorNameWarning), 1)
		r.text("today", x+4, a.y, r.color(theme.ColorNameWarning), fyne.TextAlignLeading, 0)
	}
}

// xAt is the x of week i's end.
func (r *burnRenderer) xAt(a plotArea, i int) float32 {
	n := len(r.chart.data.Planned)
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
	weeks := r.chart.data.Weeks
	fg := r.color(theme.ColorNamePlaceHolder)
	last := len(weeks) - 1
	for _, i := range []int{0, last / 2, last} {
		x, align := r.xAt(a, i)-a.w/float32(len(weeks)), fyne.TextAlignLeading
		if i == last && last > 0 {
			align = fyne.TextAlignTrailing // keep the last label inside the chart
		}
		r.text(weekLabel(weeks[i]), x, a.y+a.h+6, fg, align, a.x+a.w)
	}
}

// weekLabel names the week holding d by its Monday (weeks start on Monday,
// ISO), so a plan's first week, which may start midweek, reads like the rest.
func weekLabel(d catalog.Date) string { return "week of " + d.WeekStart().Time().Format("2 Jan") }

// legend names the two lines at the top.
func (r *burnRenderer) legend(pad float32) {
	d := r.chart.data
	done := 0.0
	if n := len(d.Done); n > 0 {
		done = d.Done[n-1]
	}
	x := float32(56)
	for _, s := range []struct {
		c    fyne.ThemeColorName
		text string
	}{{theme.ColorNamePrimary, plannedLegend(d)}, {theme.ColorNameSuccess,
		fmt.Sprintf("Done (%s)", hours(done))}} {
		r.line(x, pad+9, x+18, pad+9, r.color(s.c), 3)
		w := r.text(s.text, x+24, pad, r.color(theme.ColorNameForeground), fyne.TextAlignLeading, 0)
		x += 24 + w + 24
	}
}

// plannedLegend names the planned line by what it shows: the hours it
// schedules and, for a plan that does not fit, the hours it leaves out
// (all the plan's work less what the line reaches).
func plannedLegend(d planner.BurnUp) string {
	scheduled := 0.0
	if n := len(d.Planned); n > 0 {
		scheduled = d.Planned[n-1]
	}
	if !d.Passed.IsZero() { // what it planned after the pass is not due, nor left out
		return fmt.Sprintf("Scheduled up to the pass (%s)", hours(scheduled))
	}
	if left := d.Total - scheduled; left >= planner.Tolerance {
		return fmt.Sprintf("Scheduled (%s; %s not scheduled)", hours(scheduled), hours(left))
	}
	return fmt.Sprintf("Scheduled (%s)", hours(scheduled))
}
