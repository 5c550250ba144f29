package planner_test

import (
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestHeaviestDomainFirst: by default a plan's first study session is of a
// domain with the largest share of the exam, and studies the domains in
// order of weight; with the guide's order it starts with the first listed
// domain. The plan says which order it used.
func TestHeaviestDomainFirst(t *testing.T) {
	for _, e := range catalogtest.Load(t).Exams() {
		shares := e.DomainShares()
		share := map[string]float64{}
		for i, d := range e.Domains {
			share[d.Name] = shares[i]
		}
		in := planner.Input{Exam: e.Code, Start: day("2026-11-23"), ExamDate: day("2027-06-01"), Hours: planner.Even(10)}
		p := mustBuild(t, in)
		study := sessionsOfKind(p, planner.Study)
		if p.Inputs.Order != planner.ByWeight || len(study) == 0 {
			t.Fatalf("%s: order %q, %d study sessions", e.Code, p.Inputs.Order, len(study))
		}
		for k := 1; k < len(study); k++ {
			if share[study[k].Domain] > share[study[k-1].Domain]+1e-9 {
				t.Fatalf("%s: %s (%.2f) studied after %s (%.2f)", e.Code, study[k].Domain, share[study[k].Domain],
					study[k-1].Domain, share[study[k-1].Domain])
			}
		}
		in.Order = planner.ByGuide
		g := mustBuild(t, in)
		if first := sessionsOfKind(g, planner.Study)[0]; first.Domain != e.Domains[0].Name || g.Inputs.Order != planner.ByGuide {
			t.Fatalf("%s in guide order starts with %s, order %q", e.Code, first.Domain, g.Inputs.Order)
		}
	}
}

func TestParseOrder(t *testing.T) {
	for _, c := range []struct {
		in   string
		want planner.Order
		ok   bool
	}{{"", planner.ByWeight, true}, {"weight", planner.ByWeight, true}, {"guide", planner.ByGuide, true}, {"alpha", "", false}} {
		got, err := planner.ParseOrder(c.in)
		if got != c.want || (err == nil) != c.ok {
			t.Errorf("ParseOrder(%q) = %q, %v", c.in, got, err)
		}
	}
	in := saa()
	in.Order = "alpha"
	if _, err := planner.Build(catalogtest.Load(t), in); err == nil {
		t.Error("Build accepted order alpha")
	}
}
