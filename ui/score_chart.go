package ui

import (
	"fmt"
	"image/color"
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// scoreSeries is one line of the score chart: a label and a percentage per
// result, NaN where the result has none for it.
type scoreSeries struct {
	label  string
	points []float64
}

// scoreSeriesOf turns results, oldest first, into the overall line and a
// line per domain that any result scored.
func scoreSeriesOf(scores []planner.Score, names map[int]string) []scoreSeries {
	overall := scoreSeries{label: "Overall"}
	var domains []int
	for _, s := range scores {
		overall.points = append(overall.points, s.Overall)
		for n := range s.Domains {
			if !slices.Contains(domains, n) {
				domains = append(domains, n)
			}
		}
	}
	slices.Sort(domains)
	out := []scoreSeries{overall}
	for _, n := range domains {
		line := scoreSeries{label: fmt.Sprintf("%d. %s", n, names[n])}
		for _, s := range scores {
			p, ok := s.Domains[n]
			if !ok {
				p = math.NaN()
			}
			line.points = append(line.points, p)
		}
		out = append(out, line)
	}
	return out
}

// scoreChart draws the logged results over time, overall and per domain,
// with the readiness target as a line across.
type scoreChart struct {
	widget.BaseWidget
	series []scoreSeries
	legend []legendEntry // every line's and then every domain no result scored
	dates  []string
	target float64
}

// legendEntry is one entry of the score chart's legend: a label in a colour.
type legendEntry struct {
	label string
	color fyne.ThemeColorName
}

// legendOf names each series in its line's colour, then each domain of
// names no result scored, faint: every domain is in the legend.
func legendOf(series []scoreSeries, names map[int]string) []legendEntry {
	var out []legendEntry
	for k, s := range series {
		out = append(out, legendEntry{s.label, scorePalette[k%len(scorePalette)]})
	}
	var unscored []int
	for n := range names {
		label := fmt.Sprintf("%d. %s", n, names[n])
		if !slices.ContainsFunc(series, func(s scoreSeries) bool { return s.label == label }) {
			unscored = append(unscored, n)
		}
	}
	slices.Sort(unscored)
	for _, n := range unscored {
		out = append(out, legendEntry{fmt.Sprintf("%d. %s: no result yet", n, names[n]), theme.ColorNamePlaceHolder})
	}
	return out
}

func newScoreChart() *scoreChart {
	c := &scoreChart{}
	c.ExtendBaseWidget(c)
	return c
}

// set shows new results.
func (c *scoreChart) set(scores []planner.Score, target float64, names map[int]string) {
	c.series, c.target, c.dates = scoreSeriesOf(scores, names), target, nil
	c.legend = legendOf(c.series, names)
	for _, s := range scores {
		c.dates = append(c.dates, s.Date.Time().Format("2 Jan"))
	}
	c.Refresh()
}

// CreateRenderer draws the chart.
func (c *scoreChart) CreateRenderer() fyne.WidgetRenderer {
	r := &scoreRenderer{chart: c}
	r.drawing = drawing{widget: c, min: fyne.NewSize(320, 160+2*legendRowHeight), layout: r.Layout}
	return r
}

// scoreRenderer draws the practice results, anew at every layout.
type scoreRenderer struct {
	drawing
	chart *scoreChart
}

// scorePalette colours the lines: overall first.
var scorePalette = []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNamePrimary, theme.ColorNameSuccess,
	theme.ColorNameWarning, theme.ColorNameError, theme.ColorNameHyperlink, theme.ColorNamePlaceHolder}

// Layout draws the target, each series, and under them the legend, in
// as many rows as its entries need at the width.
func (r *scoreRenderer) Layout(size fyne.Size) {
	r.clear()
	c := r.chart
	rows := legendRows(c.legend, size.Width)
	left, top := float32(36), float32(8)
	w, h := size.Width-left-8, size.Height-28-float32(len(rows))*legendRowHeight
	if w < 40 || h < 40 {
		return
	}
	y := func(p float64) float32 { return top + h*float32(1-p/100) }
	for _, p := range []float64{0, 50, 100} {
		r.line(left, y(p), left+w, y(p), r.color(theme.ColorNameSeparator), 1)
		r.caption(fmt.Sprintf("%.0f %%", p), 0, y(p)-8, r.color(theme.ColorNamePlaceHolder))
	}
	if c.target > 0 {
		r.line(left, y(c.target), left+w, y(c.target), r.color(theme.ColorNameWarning), 1)
		r.caption(fmt.Sprintf("target %.0f %%", c.target), left+4, y(c.target)-16, r.color(theme.ColorNameWarning))
	}
	n := len(c.dates)
	x := func(i int) float32 {
		if n < 2 {
			return left + w/2
		}
		return left + w*float32(i)/float32(n-1)
	}
	r.dateCaptions(x, top+h+4, size.Width)
	for k, s := range c.series {
		r.plot(s, x, y, r.color(scorePalette[k%len(scorePalette)]), float32(3-min(k, 1)))
	}
	r.drawLegend(rows, top+h+24)
}

// dateCaptions names the first and the last result's day under the
// chart; the last ends at right, the chart's edge, so that it is never cut.
func (r *scoreRenderer) dateCaptions(x func(int) float32, y, right float32) {
	dates := r.chart.dates
	col := r.color(theme.ColorNamePlaceHolder)
	if len(dates) > 0 {
		r.caption(dates[0], x(0)-16, y, col)
	}
	if n := len(dates); n > 1 {
		r.text(dates[n-1], 0, y, col, fyne.TextAlignTrailing, min(x(n-1)+16, right))
	}
}

// legendRowHeight is the height of a row of the legend.
const legendRowHeight = 16

// legendPlacing is where an entry of the legend goes: its row and left edge.
type legendPlacing struct {
	entry legendEntry
	x     float32
}

// legendRows flows the legend's entries into rows of width: a fixed
// column beside the chart cut the long domain names and left some out.
func legendRows(legend []legendEntry, width float32) [][]legendPlacing {
	var rows [][]legendPlacing
	x := width
	for _, e := range legend {
		need := legendEntryWidth(e.label)
		if x+need > width && x > 0 || len(rows) == 0 {
			rows, x = append(rows, nil), 0
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], legendPlacing{e, x})
		x += need
	}
	return rows
}

// legendEntryWidth is the room an entry takes: its swatch, its label and a gap.
func legendEntryWidth(label string) float32 {
	return 20 + fyne.MeasureText(label, theme.CaptionTextSize(), fyne.TextStyle{}).Width + 16
}

// drawLegend draws rows of the legend from y down.
func (r *scoreRenderer) drawLegend(rows [][]legendPlacing, y float32) {
	for i, row := range rows {
		ry := y + float32(i)*legendRowHeight
		for _, p := range row {
			col := r.color(p.entry.color)
			r.line(p.x, ry+8, p.x+16, ry+8, col, 2)
			r.caption(p.entry.label, p.x+20, ry, r.color(theme.ColorNameForeground))
		}
	}
}

// plot draws one series: lines between known points, a dot at each.
func (r *scoreRenderer) plot(s scoreSeries, x func(int) float32, y func(float64) float32, col color.Color, width float32) {
	prev := -1
	for i, p := range s.points {
		if math.IsNaN(p) {
			continue
		}
		if prev >= 0 {
			r.line(x(prev), y(s.points[prev]), x(i), y(p), col, width)
		}
		dot := canvas.NewCircle(col)
		dot.Resize(fyne.NewSize(6, 6))
		dot.Move(fyne.NewPos(x(i)-3, y(p)-3))
		r.objects = append(r.objects, dot)
		prev = i
	}
}

// caption places a caption at x, y.
func (r *scoreRenderer) caption(s string, x, y float32, c color.Color) {
	r.text(s, x, y, c, fyne.TextAlignLeading, 0)
}
