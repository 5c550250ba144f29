package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"certplan/catalog"
	"certplan/planner"
)

// benchApp opens the app on SQLite in a temporary folder holding ten
// plans of 52 weeks and an exam log of 30 attempts, on the plan screen.
// The plans share one weekly budget, so the learner's week is large
// enough (30 h) for all ten to fit side by side.
func benchApp(b *testing.B) (*App, *clock) {
	b.Helper()
	clk := &clock{day: catalog.DateOf(2026, 3, 2)}
	svc := backends["storage"](b, clk)
	ctx := b.Context()
	exams := []string{"SAA-C03", "CLF-C02", "DVA-C02", "SOA-C03", "SAP-C02", "DOP-C02", "ANS-C01", "SCS-C02",
		"AIF-C01", "MLA-C01"}
	for _, code := range exams {
		in := planner.Input{Exam: code, Start: clk.day, ExamDate: clk.day.AddDays(364), Hours: planner.Even(30),
			Country: "DE"}
		if _, err := svc.Plans.CreatePlan(ctx, "", in); err != nil {
			b.Fatalf("create %s: %v", code, err)
		}
	}
	for i := range 30 {
		a := planner.Attempt{Exam: "CLF-C02", Date: clk.day.AddDays(-460 + 15*i), Status: planner.Failed} // past each retake wait
		if _, err := svc.Records.SaveAttempt(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	app := startAppWith(b, svc, clk)
	app.show(ScreenPlan)
	app.tasks.wait()
	return app, clk
}

// BenchmarkTick ticks and unticks a topic of this week, saved to disk.
func BenchmarkTick(b *testing.B) {
	app, _ := benchApp(b)
	benchTick(b, app, app.screens[ScreenPlan].(*planScreen))
}

// benchTick ticks and unticks the topic of plan's first session, from
// its state in the plan, each change saved and shown.
func benchTick(b *testing.B, app *App, plan *planScreen) {
	topic := firstBenchSession(b, plan.plan.Schedule).Topic
	done := plan.plan.Progress[topic].Done
	for b.Loop() {
		done = !done
		plan.onTick(topic, done)
		app.tasks.wait()
	}
}

// BenchmarkRebalance rebalances a year's plan a day later each time,
// so every run re-plans and stores a new version.
func BenchmarkRebalance(b *testing.B) {
	app, clk := benchApp(b)
	plan := app.screens[ScreenPlan].(*planScreen)
	for b.Loop() {
		clk.day = clk.day.AddDays(1)
		plan.onRebalance()
		app.tasks.wait()
		closeDialogs(app)
	}
}

// BenchmarkScreenSwitch goes from the plan to its progress and back,
// each loading the plan from disk.
func BenchmarkScreenSwitch(b *testing.B) {
	app, _ := benchApp(b)
	for b.Loop() {
		app.show(ScreenProgress)
		app.tasks.wait()
		app.show(ScreenPlan)
		app.tasks.wait()
	}
}

// BenchmarkShowPlan is the UI goroutine's share of a switch or rebalance:
// putting a loaded year's plan on the screen.
func BenchmarkShowPlan(b *testing.B) {
	app, _ := benchApp(b)
	plan := app.screens[ScreenPlan].(*planScreen)
	p := plan.plan
	for b.Loop() {
		plan.setPlan(p)
	}
}

// firstBenchSession is the plan's first session, failing the benchmark when the
// plan has none (it would measure nothing).
func firstBenchSession(b *testing.B, p planner.Plan) planner.Session {
	for _, w := range p.Weeks {
		if len(w.Sessions) > 0 {
			return w.Sessions[0]
		}
	}
	b.Fatal("the benchmark's plan has no sessions")
	return planner.Session{}
}

// BenchmarkScrollWholePlan scrolls a year's whole plan, each row as tall
// as its wrapped title, a wheel turn at a time, from its top to its end
// and round again: the redraw of the rows that come into sight.
func BenchmarkScrollWholePlan(b *testing.B) {
	app, _ := benchApp(b)
	l := app.screens[ScreenPlan].(*planScreen).all.list
	l.ScrollToBottom()
	end := l.GetScrollOffset()
	if end <= 0 {
		b.Fatal("the whole plan does not scroll")
	}
	y := float32(0)
	for b.Loop() {
		y += 40
		if y > end {
			y = 0
		}
		l.ScrollToOffset(y)
	}
}

// BenchmarkMeasureWholePlan lays out a year's whole plan a pixel wider or
// narrower each time, as each frame of a drag of the window's edge does:
// every row is measured again at the new width; rest-ns/op are the rows
// left for the frames after, timed apart.
func BenchmarkMeasureWholePlan(b *testing.B) {
	app, _ := benchApp(b)
	all := app.screens[ScreenPlan].(*planScreen).all
	objs, size := []fyne.CanvasObject{all.list}, all.list.Size()
	var rest restTimer
	for i := 0; b.Loop(); i++ {
		all.heights.Layout(objs, size.AddWidthHeight(float32(i%2), 0))
		rest.wait(b, app)
	}
	rest.report(b)
}
