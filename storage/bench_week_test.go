package storage

import (
	"testing"
	"time"

	"certplan/planner"
)

// One week for all plans: what creating a plan, editing a plan's hours and
// saving the settings cost with twenty active plans, ten times the one to
// three a learner has. Each benchmark alternates between two weeks, so
// every call in another week re-fits all twenty, or keeps to the week the
// plans have, so none is re-fitted. They report the median and 99th
// percentile of the call alone, its CPU time, and how many plans each call
// re-fitted.

// benchExams are the twenty active plans' exams: ten exams on sale on
// testToday, two plans each.
var benchExams = []string{"SAA-C03", "DVA-C02", "SOA-C02", "CLF-C02", "SAP-C02",
	"DOP-C02", "ANS-C01", "SCS-C02", "MLA-C01", "DEA-C01"}

// benchWeeks are the two weeks the benchmarks switch between: the plans'
// own (testInput's hours, German holidays) and two hours more, no holidays.
var benchWeeks = [2]planner.LearnerWeek{
	{Hours: planner.Weekdays{1, 1, 1, 1, 1, 5, 0}, Country: "DE"},
	{Hours: planner.Weekdays{1.5, 1.5, 1.5, 1.5, 1.5, 5, 0}},
}

// twentyTicked makes twenty active plans within benchWeeks[0], each with its
// first three topics ticked with 2 h, and returns them as stored now.
func twentyTicked(b *testing.B, db *DB) []planner.StudyPlan {
	b.Helper()
	plans := make([]planner.StudyPlan, 0, 20)
	for i := range 20 {
		p := MustCreatePlan(b, db, benchExams[i%len(benchExams)])
		for _, t := range p.Schedule.Topics[:3] {
			must(b, db.Tick(b.Context(), p.ID, t.ID, testToday, 2))
		}
		plans = append(plans, mustPlan(b, db, p.ID))
	}
	return plans
}

// inBenchWeek is in within week w.
func inBenchWeek(in planner.Input, w planner.LearnerWeek) planner.Input {
	in.Hours, in.Country = w.Hours, w.Country
	return in
}

// weekAt is the week of call i: the other one on every call when switching,
// else the plans' own.
func weekAt(i int, switching bool) planner.LearnerWeek {
	if switching {
		return benchWeeks[(i+1)%2]
	}
	return benchWeeks[0]
}

// timed runs call once per benchmark iteration i and reports the median
// and 99th percentile of its time, its CPU time (which other work on a
// shared machine moves less) and the plans it re-fitted, on average.
func timed(b *testing.B, call func(i int) (refitted int, err error)) {
	var took []time.Duration
	var cpu time.Duration
	total, i := 0, 0
	for b.Loop() {
		start, startCPU := time.Now(), cpuTime()
		n, err := call(i)
		took, cpu = append(took, time.Since(start)), cpu+cpuTime()-startCPU
		if err != nil {
			b.Fatal(err)
		}
		total += n
		i++
	}
	reportPercentiles(b, took)
	b.ReportMetric(float64(cpu)/float64(i)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(total)/float64(i), "refitted/op")
}

// BenchmarkCreatePlanInWeekOther creates a plan in another week than the
// twenty active plans', which re-fits all of them; the plan is deleted,
// off the clock, before the next.
func BenchmarkCreatePlanInWeekOther(b *testing.B) { benchCreate(b, true) }

// BenchmarkCreatePlanInWeekSame creates a plan in the twenty plans' week.
func BenchmarkCreatePlanInWeekSame(b *testing.B) { benchCreate(b, false) }

func benchCreate(b *testing.B, switching bool) {
	db := MustOpenDB(b)
	twentyTicked(b, db)
	in := testInput("SOA-C03")
	timed(b, func(i int) (int, error) {
		p, change, err := db.CreatePlanInWeek(b.Context(), "", inBenchWeek(in, weekAt(i, switching)))
		if err == nil {
			b.StopTimer()
			err = db.DeletePlan(b.Context(), p.ID)
			b.StartTimer()
		}
		return len(change.Refitted), err
	})
}

// BenchmarkEditPlanInWeekOther edits the first of twenty active plans to
// other hours, which re-fits all of them.
func BenchmarkEditPlanInWeekOther(b *testing.B) { benchEdit(b, true) }

// BenchmarkEditPlanInWeekSame edits the first of twenty active plans
// keeping its hours and holidays (a form saved unchanged).
func BenchmarkEditPlanInWeekSame(b *testing.B) { benchEdit(b, false) }

func benchEdit(b *testing.B, switching bool) {
	db := MustOpenDB(b)
	p := twentyTicked(b, db)[0]
	timed(b, func(i int) (int, error) {
		in := inBenchWeek(p.Input, weekAt(i, switching))
		in.Today, in.Progress = testToday, p.PlannerProgress()
		_, change, err := db.EditPlanInWeek(b.Context(), p.ID, in)
		return len(change.Refitted), err
	})
}

// BenchmarkSaveSettingsInWeekOther saves settings with other hours than the
// twenty active plans', which re-fits all of them.
func BenchmarkSaveSettingsInWeekOther(b *testing.B) { benchSettings(b, true) }

// BenchmarkSaveSettingsInWeekSame saves settings within the twenty plans'
// week.
func BenchmarkSaveSettingsInWeekSame(b *testing.B) { benchSettings(b, false) }

func benchSettings(b *testing.B, switching bool) {
	db := MustOpenDB(b)
	twentyTicked(b, db)
	timed(b, func(i int) (int, error) {
		s := planner.Settings{Experience: planner.Some}.WithWeek(weekAt(i, switching))
		change, err := db.SaveSettingsInWeek(b.Context(), s, testToday)
		return len(change.Refitted), err
	})
}
