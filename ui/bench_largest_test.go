package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"certplan/catalog"
	"certplan/planner"
)

// largestPlanInput is a plan of days, 10 h a week with German holidays,
// for the exam on sale whose whole plan has the most rows (week headings
// and a row per topic in each week): the largest plan a learner can
// show, found anew when the catalog changes. With hours, the learner's
// estimate replaces the catalog's.
func largestPlanInput(tb testing.TB, start catalog.Date, days int, hours float64) (planner.Input, int) {
	tb.Helper()
	cat := testCatalog(tb)
	var best planner.Input
	most := 0
	for _, e := range cat.Exams() {
		in := planner.Input{Exam: e.Code, Start: start, ExamDate: start.AddDays(days), Hours: planner.Even(10),
			Country: "DE", HoursOverride: hours}
		p, err := planner.Build(cat, in) // refused for an exam off sale

		if err != nil {
			continue
		}
		if n := wholePlanRows(p); n > most {
			best, most = in, n
		}
	}
	if most == 0 {
		tb.Fatal("no exam in the catalog can be planned")
	}
	return best, most
}

// wholePlanRows is how many rows the whole plan of p lists before any
// tick: a heading per week and a row per topic in each.
func wholePlanRows(p planner.Plan) int {
	n := 0
	for _, w := range p.Weeks {
		n += 1 + len(w.Items)
	}
	return n
}

// largestPlanApp opens the app on SQLite showing the largest year's plan
// alone, every other topic ticked so that "Done so far" lists half its
// topics.
func largestPlanApp(b *testing.B) (*App, *planScreen) { return largestPlanAppOf(b, 364, 0) }

// fiveYearPlanApp is largestPlanApp for the longest plan there can be:
// five years, with 5,000 h (the most a learner may estimate), four times
// the rows of a year's.
func fiveYearPlanApp(b *testing.B) (*App, *planScreen) { return largestPlanAppOf(b, 5*364, 5000) }

// largestPlanAppOf is largestPlanApp with a plan of days and, unless 0,
// the learner's estimate of hours.
func largestPlanAppOf(b *testing.B, days int, hours float64) (*App, *planScreen) {
	b.Helper()
	clk := &clock{day: catalog.DateOf(2026, 3, 2)}
	in, rows := largestPlanInput(b, clk.day, days, hours)
	svc := backends["storage"](b, clk)
	app, plan := showSavedPlan(b, svc, clk, in)
	for i, t := range plan.plan.Schedule.Topics {
		if i%2 == 0 {
			plan.onTick(t.ID, true)
			app.tasks.wait()
		}
	}
	plan.setPlan(plan.plan)
	b.Logf("%s: %d rows before ticks, %d shown", in.Exam, rows, len(plan.all.rows))
	return app, plan
}

// BenchmarkShowLargestPlan puts the largest plan on the screen again, as
// a switch back to it does.
func BenchmarkShowLargestPlan(b *testing.B) { benchShowAgain(b, largestPlanApp) }

// BenchmarkShowFiveYearPlan is BenchmarkShowLargestPlan for the five
// years' plan (fiveYearPlanApp).
func BenchmarkShowFiveYearPlan(b *testing.B) { benchShowAgain(b, fiveYearPlanApp) }

// benchShowAgain opens the app on a plan and shows that plan again, with
// any rows left to measure in the frames after.
func benchShowAgain(b *testing.B, open func(*testing.B) (*App, *planScreen)) {
	app, plan := open(b)
	p := plan.plan
	for b.Loop() {
		plan.setPlan(p)
		app.tasks.wait()
	}
}

// BenchmarkTickLargestPlan ticks and unticks a topic of the largest plan,
// saved to disk.
func BenchmarkTickLargestPlan(b *testing.B) {
	app, plan := largestPlanApp(b)
	benchTick(b, app, plan)
}

// BenchmarkMeasureLargestPlan lays out the largest plan's whole plan a
// pixel wider or narrower each time, a frame of a drag of the window's
// edge: every row is measured again at the new width; rest-ns/op are the
// rows left for the frames after, timed apart.
func BenchmarkMeasureLargestPlan(b *testing.B) {
	app, plan := largestPlanApp(b)
	all := plan.all
	objs, size := all.heights.object().(*fyne.Container).Objects, all.list.Size()
	var rest restTimer
	for i := 0; b.Loop(); i++ {
		all.heights.Layout(objs, size.AddWidthHeight(float32(i%2), 0))
		rest.wait(b, app)
	}
	rest.report(b)
}

// restTimer times, apart from the benchmark's own time, the work left
// for the frames after (the tasks' wait).
type restTimer struct{ took time.Duration }

// wait applies the work left, off the benchmark's clock.
func (r *restTimer) wait(b *testing.B, app *App) {
	b.StopTimer()
	start := time.Now()
	app.tasks.wait()
	r.took += time.Since(start)
	b.StartTimer()
}

// report reports the work left's time per call as rest-ns/op.
func (r *restTimer) report(b *testing.B) {
	b.ReportMetric(float64(r.took.Nanoseconds())/float64(b.N), "rest-ns/op")
}
