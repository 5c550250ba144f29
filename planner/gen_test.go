package planner_test

import (
	"iter"
	"math/rand/v2"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/holiday"
	"certplan/planner/plannertest"
)

// generator makes random but valid planner inputs from a fixed seed: every
// exam code in turn, hours with fractions and zeros, any country rickar/cal
// knows or none, time off, held certifications, experience, overrides,
// progress and a today after the start.
type generator struct {
	tb        testing.TB
	r         *rand.Rand
	cat       *catalog.Catalog
	codes     []string
	countries []string
	n         int
}

func newGenerator(tb testing.TB, seed uint64) *generator {
	c := catalogtest.Load(tb)
	g := &generator{tb: tb, r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), cat: c,
		countries: append([]string{""}, holiday.Codes()...)}
	for _, e := range c.Exams() {
		g.codes = append(g.codes, e.Code)
	}
	return g
}

// horizon is the furthest exam date Validate accepts after the start.
const horizon = 5 * 366

// input returns the next input and its country ("" for none).
func (g *generator) input() (planner.Input, string) {
	r := g.r
	code := g.codes[g.n%len(g.codes)]
	g.n++
	in := planner.Input{Exam: code, Start: day("2026-01-01").AddDays(r.IntN(900)), Hours: g.hours()}
	if r.IntN(5) > 0 {
		window := []int{7, 30, 90, 200, 500, horizon}[r.IntN(6)]
		in.ExamDate = in.Start.AddDays(1 + r.IntN(window))
	}
	in.Held = g.held(in.Start)
	in.Experience = []planner.Experience{"", planner.New, planner.Some, planner.Experienced}[r.IntN(4)]
	in.TimeOff = g.timeOff(in.Start)
	if r.IntN(7) == 0 {
		in.HoursOverride = 0.5 + r.Float64()*200
	}
	if r.IntN(5) == 0 {
		in.Today = in.Start.AddDays(r.IntN(60))
	}
	if r.IntN(6) == 0 {
		in.Progress = g.progress(code)
	}
	country := g.countries[r.IntN(len(g.countries))]
	if r.IntN(4) == 0 {
		country = ""
	}
	return withCountry(g.tb, in, country), country
}

// hours returns study hours per weekday: often whole or half hours, some
// zeros, now and then an awkward fraction, a 16-hour day, or none at all.
func (g *generator) hours() planner.Weekdays {
	var w planner.Weekdays
	if g.r.IntN(25) == 0 {
		return w
	}
	choices := []float64{0, 0, 0, 0.25, 0.5, 1, 1, 1.5, 2, 2, 2.5, 3, 4, 6, 8, 16}
	for i := range w {
		w[i] = choices[g.r.IntN(len(choices))]
		if g.r.IntN(8) == 0 {
			w[i] = g.r.Float64() * 5
		}
	}
	return w
}

func (g *generator) held(start catalog.Date) []planner.HeldCert {
	var out []planner.HeldCert
	for range g.r.IntN(3) {
		h := planner.HeldCert{Code: g.codes[g.r.IntN(len(g.codes))]}
		if g.r.IntN(8) > 0 {
			h.Earned = start.AddDays(-g.r.IntN(1500))
		}
		out = append(out, h)
	}
	return out
}

func (g *generator) timeOff(start catalog.Date) []planner.Span {
	var out []planner.Span
	for range g.r.IntN(4) {
		from := start.AddDays(g.r.IntN(400) - 10)
		out = append(out, planner.Span{From: from, To: from.AddDays(g.r.IntN(21))})
	}
	return out
}

// progress marks some of the exam's topics done and others part studied.
func (g *generator) progress(code string) map[string]planner.Progress {
	e, _ := g.cat.Exam(code)
	out := map[string]planner.Progress{}
	for _, t := range e.Topics() {
		switch g.r.IntN(4) {
		case 0:
			out[t.ID] = planner.Progress{Done: true, Hours: g.r.Float64() * 5}
		case 1:
			out[t.ID] = planner.Progress{Hours: g.r.Float64() * 8}
		}
	}
	return out
}

// mustBuild builds a plan on the fixture catalog; the generator makes only
// valid inputs.
func mustBuild(tb testing.TB, in planner.Input) planner.Plan {
	tb.Helper()
	return plannertest.MustBuild(tb, catalogtest.Load(tb), in)
}

// planCase is a generated input, its country ("" for none) and the plan
// built from it.
type planCase struct {
	in      planner.Input
	country string
	p       planner.Plan
}

// plan returns the next generated input with its country and plan.
func (g *generator) plan() planCase {
	in, country := g.input()
	return planCase{in: in, country: country, p: mustBuild(g.tb, in)}
}

// plans yields n generated inputs with their plans, for a property of
// every plan.
func (g *generator) plans(n int) iter.Seq[planCase] { return firstKept(n, g.plan, nil) }

// plansWhere yields the first n generated inputs (with their plans) that
// keep accepts, passing over the rest, for a property of plans the
// generator makes only now and then (feasible ones, ones with an exam date).
func (g *generator) plansWhere(n int, keep func(planCase) bool) iter.Seq[planCase] {
	return firstKept(n, g.plan, keep)
}

// checkAloneAndSharing fails on the first problem check finds in the plans
// of the generated inputs of seed, each built alone and sharing the week
// with another generated plan (around).
func checkAloneAndSharing(t *testing.T, seed uint64, check func(planner.Input, planner.Plan) []string) {
	t.Helper()
	g := newGenerator(t, seed)
	for x := range g.plans(cases()) {
		for _, problem := range check(x.in, x.p) {
			t.Fatalf("%s: %s", describe(x.in, x.country), problem)
		}
		shared := g.around(x.in)
		for _, problem := range check(shared, mustBuild(t, shared)) {
			t.Fatalf("sharing the week: %s: %s", describe(shared, x.country), problem)
		}
	}
}

// firstKept yields the first n values of next that keep accepts (a nil
// keep accepts all), calling next once for each value it looks at.
func firstKept[T any](n int, next func() T, keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for kept := 0; kept < n; {
			x := next()
			if keep != nil && !keep(x) {
				continue
			}
			kept++
			if !yield(x) {
				return
			}
		}
	}
}

// cases returns how many generated inputs a property checks.
func cases() int {
	if testing.Short() {
		return 60
	}
	return 300
}
