package ui

import "image/color"

// todayX is the x of today in the plot: part way through its week.
func (r *burnRenderer) todayX(a plotArea) float32 {
	step := a.w / float32(len(r.chart.data.Planned))
	return r.xAt(a, r.chart.data.Today) - step + step*float32(r.chart.data.TodayAt)
}

// doneSeries draws the done line, which stops at today rather than at the
// end of today's week: nothing is done in days still to come.
func (r *burnRenderer) doneSeries(a plotArea, top float64, c color.Color, width float32) {
	d := r.chart.data
	px, py := a.x, a.y+a.h
	for i, v := range d.Done {
		x, y := r.xAt(a, i), a.y+a.h-float32(v/top)*a.h
		if i == d.Today {
			x = r.todayX(a)
		}
		r.line(px, py, x, y, c, width)
		px, py = x, y
	}
}
