package planner_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"testing/fstest"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// benchStart is the first day of every benchmark plan.
var benchStart = day("2026-11-23")

// largestExam returns the real exam with the most topics.
func largestExam(b *testing.B) *catalog.Exam {
	var largest *catalog.Exam
	for _, e := range catalogtest.Load(b).Exams() {
		if largest == nil || len(e.Topics()) > len(largest.Topics()) {
			largest = e
		}
	}
	return largest
}

// largestInput plans the largest real exam over six months at 10 hours a
// week with German holidays.
func largestInput(b *testing.B) planner.Input {
	in := planner.Input{Exam: largestExam(b).Code, Start: benchStart, ExamDate: benchStart.AddDays(182), Hours: planner.Even(10)}
	return withCountry(b, in, "DE")
}

// BenchmarkBuildLargestExam plans the real exam with most topics over six months.
func BenchmarkBuildLargestExam(b *testing.B) {
	c, in := catalogtest.Load(b), largestInput(b)
	b.ReportMetric(float64(len(largestExam(b).Topics())), "topics")
	for b.Loop() {
		if _, err := planner.Build(c, in); err != nil {
			b.Fatal(err)
		}
	}
}

// syntheticCatalog is a catalog with one made-up exam, SYN-C01, of topics
// topics in ten domains, half an hour each.
func syntheticCatalog(b *testing.B, topics int) *catalog.Catalog {
	type task struct {
		ID    string   `json:"id"`
		Title string   `json:"title"`
		Tags  []string `json:"tags"`
	}
	type domain struct {
		Number int      `json:"number"`
		Name   string   `json:"name"`
		Weight float64  `json:"weight"`
		Tags   []string `json:"tags"`
		Tasks  []task   `json:"tasks"`
	}
	domains := make([]domain, 10)
	for i := range domains {
		domains[i] = domain{Number: i + 1, Name: fmt.Sprintf("Domain %d", i+1), Weight: 10, Tags: []string{"compute"}}
		for j := range topics / 10 {
			id := fmt.Sprintf("%d.%d", i+1, j+1)
			domains[i].Tasks = append(domains[i].Tasks, task{ID: id, Title: "Synthetic task", Tags: []string{"compute", "storage"}})
		}
	}
	exam, err := json.Marshal(map[string]any{"code": "SYN-C01", "certification": "SYN", "name": "Synthetic", "level": "Associate",
		"status": "active", "format": map[string]int{"minutes": 130}, "validity_years": 3,
		"study_hours": float64(topics) / 2, "study_hours_rationale": "half an hour a topic", "domains": domains})
	if err != nil {
		b.Fatal(err)
	}
	fsys := fstest.MapFS{
		"data/rules.json":          {Data: []byte(`{"validity_years":3}`)},
		"data/study-hours.json":    {Data: []byte(`{"Associate":{"study_hours":80,"rationale":"synthetic"}}`)},
		"data/accreditations.json": {Data: []byte(`[]`)},
		"data/certifications.json": {Data: []byte(`[{"key":"SYN","name":"Synthetic","level":"Associate",
			"versions":["SYN-C01"],"renewed_by":["SYN"]}]`)},
		"data/exams/SYN-C01.json": {Data: exam},
	}
	c, err := catalog.LoadFS(fsys, "data")
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// syntheticInput plans SYN-C01 over years years at 8 hours every day with
// German holidays: room enough for 5,000 topics in one year.
func syntheticInput(b *testing.B, years int) planner.Input {
	in := planner.Input{Exam: "SYN-C01", Start: benchStart, ExamDate: benchStart.AddYears(years),
		Hours: planner.Weekdays{8, 8, 8, 8, 8, 8, 8}}
	return withCountry(b, in, "DE")
}

func benchmarkSynthetic(b *testing.B, topics, years int) {
	c, in := syntheticCatalog(b, topics), syntheticInput(b, years)
	if p, err := planner.Build(c, in); err != nil || !p.Feasible {
		b.Fatalf("synthetic plan: feasible %v, %v", p.Feasible, err)
	}
	for b.Loop() {
		if _, err := planner.Build(c, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildSynthetic5000 plans 5,000 made-up topics over three years.
func BenchmarkBuildSynthetic5000(b *testing.B) { benchmarkSynthetic(b, 5000, 3) }

// BenchmarkBuildSyntheticTopics grows the topics over three years.
func BenchmarkBuildSyntheticTopics(b *testing.B) {
	for _, topics := range []int{1250, 2500, 5000} {
		b.Run(fmt.Sprintf("topics=%d", topics), func(b *testing.B) { benchmarkSynthetic(b, topics, 3) })
	}
}

// BenchmarkBuildSyntheticYears grows the window for 5,000 topics.
func BenchmarkBuildSyntheticYears(b *testing.B) {
	for _, years := range []int{1, 2, 3} {
		b.Run(fmt.Sprintf("years=%d", years), func(b *testing.B) { benchmarkSynthetic(b, 5000, years) })
	}
}

// benchmarkRebalance re-plans three months in, behind: the first third of
// the topics done, the rest untouched.
func benchmarkRebalance(b *testing.B, c *catalog.Catalog, in planner.Input) {
	prev, err := planner.Build(c, in)
	if err != nil {
		b.Fatal(err)
	}
	in.Today = in.Start.AddDays(91)
	in.Progress = map[string]planner.Progress{}
	for _, t := range prev.Topics[:len(prev.Topics)/3] {
		in.Progress[t.ID] = planner.Progress{Done: true}
	}
	for b.Loop() {
		if _, err := planner.Rebalance(c, in, prev); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRebalance re-plans the largest real exam three months in.
func BenchmarkRebalance(b *testing.B) { benchmarkRebalance(b, catalogtest.Load(b), largestInput(b)) }

// BenchmarkRebalanceSynthetic5000 re-plans the 5,000-topic plan three months in.
func BenchmarkRebalanceSynthetic5000(b *testing.B) {
	benchmarkRebalance(b, syntheticCatalog(b, 5000), syntheticInput(b, 3))
}

// BenchmarkBuildWithItems plans SAA-C03 with the fixture's 146 study items
// (the real guide has about 190) over six months: items shared, sessions
// listing them.
func BenchmarkBuildWithItems(b *testing.B) {
	c := catalogtest.Load(b)
	in := withCountry(b, planner.Input{Exam: "SAA-C03", Start: benchStart, ExamDate: benchStart.AddDays(182), Hours: planner.Even(10)}, "DE")
	e, _ := c.Exam("SAA-C03")
	b.ReportMetric(float64(e.ItemsOrNone().Count()), "items")
	for b.Loop() {
		if _, err := planner.Build(c, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildOverFull plans SAA-C03 at an hour a weekday for an exam 50
// minutes too soon: a plan that does not fit, so it is thinned and placed
// again until its placings lose no minutes (placeFitted).
func BenchmarkBuildOverFull(b *testing.B) {
	c, in := catalogtest.Load(b), planner.Input{Exam: "SAA-C03", Start: benchStart, ExamDate: day("2027-03-23"), Hours: planner.Even(5)}
	for b.Loop() {
		if _, err := planner.Build(c, in); err != nil {
			b.Fatal(err)
		}
	}
}
