package export

import "fmt"

// road draws the plan's weeks as a bar chart on the cover, chartH high:
// each week's free hours as a tinted column and its planned hours in the
// accent, numbered, from the first study day to the exam. It starts a page
// when there is no room for it on this one.
func (d *doc) road(y, chartH float64) float64 {
	weeks := d.p.Weeks
	if len(weeks) == 0 {
		return y
	}
	y = d.room(y, roadH(chartH))
	d.text(marginX, y, d.contentW(), "WEEK BY WEEK", label, "L")
	y += label.lineH() + 3
	most := 0.0
	for _, w := range weeks {
		most = max(most, w.CapacityHours, w.PlannedHours)
	}
	gap := min(2.0, d.contentW()/float64(len(weeks))*0.25)
	bw := (d.contentW() - gap*float64(len(weeks)-1)) / float64(len(weeks))
	every := max(1, (len(weeks)+19)/20)
	for i, w := range weeks {
		x := marginX + float64(i)*(bw+gap)
		d.column(x, y, bw, chartH, share(w.CapacityHours, most), share(w.PlannedHours, most))
		if i%every == 0 || i == len(weeks)-1 {
			d.text(x-2, y+chartH+1, bw+4, fmt.Sprint(i+1), small, "C")
		}
	}
	y += chartH + small.lineH() + 2
	d.text(marginX, y, d.contentW()/2, "from "+shortDate(d.p.Start), small, "L")
	end := "exam " + shortDate(d.p.ExamDate)
	if !d.p.Passed.IsZero() { // the weeks end on the pass day, not the day it was booked for
		end = "passed " + shortDate(d.p.Passed)
	}
	d.text(marginX+d.contentW()/2, y, d.contentW()/2, end, small, "R")
	return y + small.lineH()
}

// roadH is the height of the week-by-week chart with its labels, the bars chartH high.
func roadH(chartH float64) float64 {
	return label.lineH() + 3 + chartH + small.lineH() + 2 + small.lineH()
}

// column draws one week of the chart: a tinted column for the free hours
// and an accent one for the planned hours, both standing on the baseline.
func (d *doc) column(x, y, w, h, free, planned float64) {
	base := y + h
	d.fill(colTint)
	d.pdf.Rect(x, base-h*free, w, h*free, "F")
	if planned > 0 {
		d.fill(colAccent)
		d.pdf.Rect(x, base-h*planned, w, h*planned, "F")
	}
	d.rule(x, base, x+w, colMuted, 0.2)
}
