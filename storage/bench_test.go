package storage

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// BenchmarkTick measures a durable tick (or untick): from the call to the
// change being on disk. It reports the median and 99th percentile.
func BenchmarkTick(b *testing.B) {
	ctx := b.Context()
	db := MustOpenDB(b)
	p := MustCreatePlan(b, db, "SAA-C03")
	topics := p.Schedule.Topics
	var took []time.Duration
	i := 0
	for b.Loop() {
		topic := topics[i%len(topics)].ID
		start := time.Now()
		var err error
		if (i/len(topics))%2 == 0 {
			err = db.Tick(ctx, p.ID, topic, 0, 0)
		} else {
			err = db.Untick(ctx, p.ID, topic)
		}
		took = append(took, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
	reportPercentiles(b, took)
}

// reportPercentiles adds p50 and p99 in milliseconds to the benchmark's figures.
func reportPercentiles(b *testing.B, took []time.Duration) {
	slices.Sort(took)
	at := func(q float64) float64 { return float64(took[int(q*float64(len(took)-1))]) / 1e6 }
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}

// tenYears fills a data folder with ten years of heavy use: a new plan
// every quarter, each re-planned weekly for twelve weeks with every topic
// ticked along the way and some unticked, hours logged, and an exam
// attempt per plan once its exam exists. The clock moves with the use, so
// that every tick and attempt is one the rules take on its day.
func tenYears(tb testing.TB) string {
	ctx := tb.Context()
	dir := tb.TempDir()
	first := catalog.DateOf(2016, 1, 4)
	clock := first
	opts := testOptions()
	opts.Now = func() time.Time { return clock.Time().Add(12 * time.Hour) }
	db := mustOpenWith(tb, dir, opts)
	for q := 0; q < 40; q++ {
		start := first.AddDays(91 * q)
		clock = start
		// The exam comes after the twelve weeks of study and their weekly re-plans.
		in := planner.Input{Exam: tenYearsExam(tb, q, start), Start: start, Today: start, ExamDate: start.AddDays(91),
			Hours: planner.Weekdays{1.5, 1.5, 1.5, 1.5, 1.5, 4, 2}, Country: "DE"}
		p, err := db.CreatePlan(ctx, "", in)
		if err != nil {
			tb.Fatal(err)
		}
		studyTwelveWeeks(tb, db, p, start, &clock)
		clock = start.AddDays(84)
		status, score := planner.Passed, 760+q // a pass reaches 750 at most, a fail stays under 720
		if q%2 == 1 {
			status, score = planner.Failed, 600+q
		}
		mustAttempt(tb, db, in.Exam, clock, status, score)
	}
	MustClose(tb, db)
	return dir
}

// tenYearsExams are the exams the ten years go through, as many as there are.
var tenYearsExams = []string{"CLF-C01", "SOA-C02", "DAS-C01", "SCS-C02", "DVA-C02", "DOP-C02", "ANS-C01", "MLS-C01", "SAA-C03", "CLF-C02"}

// tenYearsExam is the q-th quarter's exam: the first of tenYearsExams from the
// q-th on that can be taken from start to its exam day 91 days on.
func tenYearsExam(tb testing.TB, q int, start catalog.Date) string {
	for i := range tenYearsExams {
		code := tenYearsExams[(q+i)%len(tenYearsExams)]
		e, ok := testCat.Exam(code)
		if ok && !start.Before(e.AvailableFrom) && (e.LastDay.IsZero() || !e.LastDay.Before(start.AddDays(91))) {
			return code
		}
	}
	tb.Fatalf("no exam of %v can be taken from %s for 91 days", tenYearsExams, start)
	return ""
}

// studyTwelveWeeks ticks a plan's topics over twelve weeks, re-planning
// weekly, with the clock on each week's last day.
func studyTwelveWeeks(tb testing.TB, db *DB, p planner.StudyPlan, start catalog.Date, clock *catalog.Date) {
	ctx := tb.Context()
	topics := p.Schedule.Topics
	for w := 1; w <= 12; w++ {
		*clock = start.AddDays(7 * w)
		for i := (w - 1) * len(topics) / 12; i < w*len(topics)/12; i++ {
			must(tb, db.SetHours(ctx, p.ID, topics[i].ID, 1))
			must(tb, db.Tick(ctx, p.ID, topics[i].ID, start.AddDays(7*w-1), 0))
			if i%5 == 0 { // changed their mind, then ticked again
				must(tb, db.Untick(ctx, p.ID, topics[i].ID))
				must(tb, db.Tick(ctx, p.ID, topics[i].ID, start.AddDays(7*w-1), 2))
			}
		}
		_, _, err := db.Replan(ctx, p.ID, start.AddDays(7*w))
		must(tb, err)
	}
}

func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkOpenTenYears opens (lock, header, quick_check, schema check,
// marker) and closes a data file holding ten years of heavy use.
func BenchmarkOpenTenYears(b *testing.B) { benchOpen(b, false) }

// BenchmarkOpenTenYearsAfterCrash is the same after an unclean exit, when
// the full integrity_check runs.
func BenchmarkOpenTenYearsAfterCrash(b *testing.B) { benchOpen(b, true) }

func benchOpen(b *testing.B, crashed bool) {
	dir := tenYears(b)
	size := fileSize(b, filepath.Join(dir, dbName))
	for b.Loop() {
		if crashed {
			fakeCrash(b, dir)
		}
		db, err := Open(dir, testOptions())
		if err != nil {
			b.Fatal(err)
		}
		if crashed != db.Startup().UncleanExit {
			b.Fatal("unexpected startup")
		}
		db.Close()
	}
	b.ReportMetric(float64(size)/1e6, "file-MB")
}

func fileSize(tb testing.TB, path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		tb.Fatal(err)
	}
	return info.Size()
}

// BenchmarkTickItem measures a durable tick (or untick) of one study item,
// with half an hour logged on its task: one transaction from the call to
// the change being on disk.
func BenchmarkTickItem(b *testing.B) {
	ctx := b.Context()
	db := MustOpenDB(b)
	p := MustCreatePlan(b, db, "SAA-C03")
	var items []string
	for _, t := range p.Schedule.Topics {
		for _, it := range t.Items {
			items = append(items, it.ID)
		}
	}
	var took []time.Duration
	i := 0
	for b.Loop() {
		item := items[i%len(items)]
		start := time.Now()
		var err error
		if (i/len(items))%2 == 0 {
			err = db.TickItems(ctx, p.ID, []string{item}, 0, 0.5)
		} else {
			err = db.UntickItems(ctx, p.ID, []string{item})
		}
		took = append(took, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
	reportPercentiles(b, took)
}
