package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// showMeasuredPlan shows a three weeks' SAA-C03 plan, whose tasks have
// study items, at 1100x720 on the fake, its whole plan measured.
func showMeasuredPlan(t *testing.T) (*App, *planScreen) {
	t.Helper()
	app, plan := showFakePlan(t, "SAA-C03", "2026-12-02", "2026-12-20", planner.Even(10))
	app.win.Resize(fyne.NewSize(1100, 720))
	if len(plan.all.rows) < 10 {
		t.Fatalf("the whole plan has %d rows: too few to tell a tick's rows from the others", len(plan.all.rows))
	}
	return app, plan
}

// countMeasured has the whole plan's rowHeights record the rows it lays
// out to measure, in the slice returned.
func countMeasured(l *planList) *[]widget.ListItemID {
	var ids []widget.ListItemID
	fill := l.heights.fill
	l.heights.fill = func(id widget.ListItemID, o fyne.CanvasObject) {
		ids = append(ids, id)
		fill(id, o)
	}
	return &ids
}

// topicRows are the rows of the whole plan that tick topic.
func topicRows(l *planList, topic string) []widget.ListItemID {
	var ids []widget.ListItemID
	for id, row := range l.rows {
		if l.rowText(row).topic == topic {
			ids = append(ids, id)
		}
	}
	return ids
}

// TestTickMeasuresOnlyTheTickedTopicsRows: a tick measures again the rows
// of the topic ticked, whose "0 of 4 items done" changed, and no other
// row of the whole plan but the "Done so far" heading the first tick adds
// (each costs 25 to 45 µs, and a year's plan has 150 to 200).
func TestTickMeasuresOnlyTheTickedTopicsRows(t *testing.T) {
	app, plan := showMeasuredPlan(t)
	topic := ""
	for _, tp := range plan.plan.Schedule.Topics {
		if len(tp.Items) > 0 && len(topicRows(plan.all, tp.ID)) > 0 {
			topic = tp.ID
			break
		}
	}
	if topic == "" {
		t.Fatal("no topic with study items in the whole plan: the tick would change no row's text")
	}
	measured := countMeasured(plan.all)
	plan.onTick(topic, true)
	app.tasks.wait()
	// The first tick also heads "Done so far", a row new to the list, at 0.
	want := append([]widget.ListItemID{0}, topicRows(plan.all, topic)...)
	if got := plan.all.rowText(plan.all.rows[0]).title; got != "Done so far" {
		t.Fatalf("the whole plan's first row after a tick is %q, want the heading Done so far", got)
	}
	slices.Sort(*measured)
	if !slices.Equal(slices.Compact(*measured), want) {
		t.Errorf("ticking %s measured rows %v of %d; want its rows %v alone", topic, *measured, len(plan.all.rows), want)
	}
	for _, id := range want[1:] {
		wantContains(t, "ticked row", plan.all.rowText(plan.all.rows[id]).title, "items done")
	}
}

// TestShowingAPlanAgainMeasuresNoRow: the heights measured are kept by
// row text and width, so the plan shown again measures nothing, and a new
// width measures every row (once each text).
func TestShowingAPlanAgainMeasuresNoRow(t *testing.T) {
	app, plan := showMeasuredPlan(t)
	measured := countMeasured(plan.all)
	plan.setPlan(plan.plan)
	if len(*measured) != 0 {
		t.Errorf("showing the plan again measured %d rows of %d; want none", len(*measured), len(plan.all.rows))
	}
	app.win.Resize(fyne.NewSize(1000, 720))
	texts := map[planRowText]bool{}
	for _, row := range plan.all.rows {
		texts[plan.all.rowText(row)] = true
	}
	if len(*measured) != len(texts) {
		t.Errorf("at a new width %d rows were measured; want every row, once for each of its %d texts",
			len(*measured), len(texts))
	}
}

// largerText is the default theme with its text a third larger.
type largerText struct{ fyne.Theme }

// Size is the default theme's, but for the text's size.
func (t largerText) Size(name fyne.ThemeSizeName) float32 {
	if name == theme.SizeNameText {
		return t.Theme.Size(name) * 4 / 3
	}
	return t.Theme.Size(name)
}

// TestTextSizeDropsTheHeightsKept: rows measured at one text size are
// measured again at another, their lines taller.
func TestTextSizeDropsTheHeightsKept(t *testing.T) {
	app, plan := showMeasuredPlan(t)
	measured := countMeasured(plan.all)
	app.fyne.Settings().SetTheme(largerText{theme.DefaultTheme()})
	plan.setPlan(plan.plan)
	if len(*measured) == 0 {
		t.Error("the plan shown again in larger text measured no row: its rows keep the smaller text's heights")
	}
}

// TestLongListMeasuresTheRestLaterInPlace: a list with more rows than a
// frame can measure measures the rows in sight first and the rest in the
// frames after, each row as tall as its lines in the end, and the rows in
// sight stay where they were while rows above them grow.
func TestLongListMeasuresTheRestLaterInPlace(t *testing.T) {
	app, plan := showMeasuredPlan(t)
	l, size := plan.all, fyne.NewSize(800, 600)
	l.heights.atOnce = 5
	l.list.ScrollTo(20)
	first := l.heights.firstInSight()
	above := slices.Clone(l.heights.shown[:first])
	measured := countMeasured(l)
	app.win.Resize(size) // narrower: every row is measured again, some take a line more
	if len(*measured) > 5 || !slices.Contains(*measured, first) {
		t.Errorf("the new width measured rows %v at once; want at most 5, row %d in sight among them", *measured, first)
	}
	inSight := l.heights.rowTops()[first] - l.list.GetScrollOffset()
	app.tasks.wait()
	if got := l.heights.rowTops()[first] - l.list.GetScrollOffset(); got != inSight {
		t.Errorf("row %d in sight moved from %v to %v as the rows above it were measured", first, inSight, got)
	}
	if slices.Equal(above, l.heights.shown[:first]) {
		t.Errorf("no row above row %d changed height at %v: the test needs one that does", first, size)
	}
	wantWhole(t, size, "the whole plan", wholePlanTitles(l))
}

// BenchmarkShowLargestPlanFirst puts the largest year's plan on the
// screen with no height kept, as its first showing at a width does: the
// frame's share, and (rest-ns/op) the rows left for the frames after.
func BenchmarkShowLargestPlanFirst(b *testing.B) { benchShowFirst(b, largestPlanApp) }

// BenchmarkShowFiveYearPlanFirst is BenchmarkShowLargestPlanFirst for the
// five years' plan (fiveYearPlanApp).
func BenchmarkShowFiveYearPlanFirst(b *testing.B) { benchShowFirst(b, fiveYearPlanApp) }

// benchShowFirst opens the app on a plan and shows that plan with no
// height kept each time, and times the rows left for the frames after
// apart.
func benchShowFirst(b *testing.B, open func(*testing.B) (*App, *planScreen)) {
	app, plan := open(b)
	p := plan.plan
	var rest restTimer
	for b.Loop() {
		clear(plan.all.heights.known)
		plan.setPlan(p)
		rest.wait(b, app)
	}
	rest.report(b)
}
