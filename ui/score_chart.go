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
		line := scoreSeries{label: fmt.Sprintf("%d. %s", n, clipText(names[n], 28))}
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
	dates  []string
	target float64
}

func newScoreChart() *scoreChart {
	c := &scoreChart{}
	c.ExtendBaseWidget(c)
	return c
}

// set shows new results.
func (c *scoreChart) set(scores []planner.Score, target float64, names map[int]string) {
	c.series, c.target, c.dates = scoreSeriesOf(scores, names), target, nil
	for _, s := range scores {
		c.dates = append(c.dates, s.Date.Time().Format("2 Jan"))
	}
	c.Refresh()
}

// CreateRenderer draws the chart.
func (c *scoreChart) CreateRenderer() fyne.WidgetRenderer {
	r := &scoreRenderer{chart: c}
	r.drawing = drawing{widget: c, min: fyne.NewSize(320, 160), layout: r.Layout}
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

// Layout draws the target, each series and the legend in size.
func (r *scoreRenderer) Layout(size fyne.Size) {
	r.clear()
	c := r.chart
	left, top, h := float32(36), float32(8), size.Height-28
	w := size.Width - left - r.legendWidth(size.Width/2)
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
	for i, d := range c.dates {
		if i == 0 || i == n-1 {
			r.caption(d, x(i)-16, top+h+4, r.color(theme.ColorNamePlaceHolder))
		}
	}
	for k, s := range c.series {
		col := r.color(scorePalette[k%len(scorePalette)])
		r.plot(s, x, y, col, float32(3-min(k, 1)))
		r.line(left+w+12, top+float32(k)*16+8, left+w+28, top+float32(k)*16+8, col, 2)
		r.caption(s.label, left+w+32, top+float32(k)*16, r.color(theme.ColorNameForeground))
	}
}

// legendWidth is the room the legend needs for its longest label (a
// domain's full name), at most limit: a fixed width cut the names off.
func (r *scoreRenderer) legendWidth(limit float32) float32 {
	widest := float32(0)
	for _, s := range r.chart.series {
		widest = max(widest, fyne.MeasureText(s.label, theme.CaptionTextSize(), fyne.TextStyle{}).Width)
	}
	return min(widest+40, limit)
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
