package planner_test

import (
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// BenchmarkStandingOf measures the standing of a six-month plan of the
// largest exam, two months in, with half its topics and every other study
// item ticked: what each screen and report works out for every plan shown.
func BenchmarkStandingOf(b *testing.B) {
	p, err := planner.Build(catalogtest.Load(b), largestInput(b))
	if err != nil {
		b.Fatal(err)
	}
	progress := map[string]planner.Progress{}
	for i, t := range p.Topics {
		if i%2 == 0 {
			progress[t.ID] = planner.Progress{Done: true, Hours: t.Hours}
		}
		for k, it := range t.Items {
			if k%2 == 0 {
				progress[it.ID] = planner.Progress{Done: true}
			}
		}
	}
	today := p.Start.AddDays(61)
	for b.Loop() {
		planner.StandingOf(p, progress, today)
	}
}
