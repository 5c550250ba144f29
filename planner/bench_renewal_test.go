package planner_test

import (
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// BenchmarkRenewalStudyStart finds the latest day to start studying for a
// renewal of SAA-C03 at 10 hours a week with German holidays, holding it
// (credit) since three years before the deadline: the figure each held
// certification costs the certifications screen and `certs`.
func BenchmarkRenewalStudyStart(b *testing.B) {
	c := catalogtest.Load(b)
	in := planner.Input{Exam: "SAA-C03", ExamDate: day("2029-05-16"), Hours: planner.Even(10), Experience: planner.Some,
		Held: []planner.HeldCert{{Code: "SAA-C03", Earned: day("2026-05-16")}}}
	in = withCountry(b, in, "DE")
	for b.Loop() {
		if _, ok := planner.RenewalStudyStart(c, in); !ok {
			b.Fatal("no start fits")
		}
	}
}
