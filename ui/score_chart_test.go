package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// TestScoreLegendHasEveryDomainWhole (QA desk2 #4): the practice chart's
// legend names every domain of the exam in full, the ones no result
// scored too, within the chart's width: beside the chart it cut domain
// 3's name and left domain 4 out. At the width of the Progress screen
// at 1100x720 it takes two rows.
func TestScoreLegendHasEveryDomainWhole(t *testing.T) {
	test.NewTempApp(t)
	names := map[int]string{1: "Network Design", 2: "Network Implementation", 3: "Network Management and Operation",
		4: "Network Security, Compliance, and Governance"}
	c := newScoreChart()
	c.set([]planner.Score{{Overall: 60, Domains: map[int]float64{1: 70, 2: 55, 3: 60}}}, 80, names)
	size := fyne.NewSize(850, c.MinSize().Height)
	c.Resize(size)
	var drawn []string
	rows := map[float32]bool{}
	for _, o := range test.WidgetRenderer(c).Objects() {
		txt, ok := o.(*canvas.Text)
		if !ok || !strings.Contains(txt.Text, ". ") && txt.Text != "Overall" {
			continue
		}
		drawn = append(drawn, txt.Text)
		rows[txt.Position().Y] = true
		if right := txt.Position().X + txt.MinSize().Width; right > size.Width {
			t.Errorf("%q ends at %.0f, past the chart's %.0f", txt.Text, right, size.Width)
		}
	}
	all := strings.Join(drawn, "\n")
	for _, n := range names {
		wantContains(t, "legend", all, n)
	}
	wantContains(t, "legend", all, "4. Network Security, Compliance, and Governance: no result yet")
	if len(rows) > 2 {
		t.Errorf("the legend takes %d rows at %.0f wide, want at most two: %q", len(rows), size.Width, drawn)
	}
}

// TestScoreChartDatesStayInside: the first and the last result's days
// under the practice chart are drawn whole inside the chart, at the
// narrow width of the Progress screen at 800x600, for two results on one
// day as for results weeks apart (the last day's caption ran past the
// right edge and read "3 De").
func TestScoreChartDatesStayInside(t *testing.T) {
	test.NewTempApp(t)
	for _, days := range [][2]string{{"2026-12-03", "2026-12-03"}, {"2026-11-02", "2026-12-30"}} {
		c := newScoreChart()
		scores := []planner.Score{{Date: mustDate(t, days[0]), Overall: 48}, {Date: mustDate(t, days[1]), Overall: 61}}
		c.set(scores, 80, map[int]string{1: "Cloud Concepts"})
		size := fyne.NewSize(420, max(c.MinSize().Height, 200))
		c.Resize(size)
		var dates []string
		for _, o := range test.WidgetRenderer(c).Objects() {
			txt, ok := o.(*canvas.Text)
			if !ok || !strings.ContainsAny(txt.Text, "DN") || strings.Contains(txt.Text, ".") {
				continue
			}
			dates = append(dates, txt.Text)
			if left, right := txt.Position().X, txt.Position().X+txt.MinSize().Width; left < 0 || right > size.Width {
				t.Errorf("%v: %q spans %.0f to %.0f, outside the chart's 0 to %.0f", days, txt.Text, left, right, size.Width)
			}
		}
		if len(dates) != 2 {
			t.Errorf("%v: the chart names the days %q, want the first and the last", days, dates)
		}
	}
}
