package planner_test

import (
	"fmt"
	"iter"
	"math"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// itemInput turns a generated input into one for the fixture SAA-C03, whose
// items are published, with some items ticked and some topics progressed.
func itemInput(g *generator, in planner.Input, c *catalog.Catalog) planner.Input {
	in.Exam, in.Progress = "SAA-C03", nil
	e, _ := c.Exam("SAA-C03")
	if g.r.IntN(3) > 0 {
		in.Progress = map[string]planner.Progress{}
		for _, t := range e.Topics() {
			switch g.r.IntN(5) {
			case 0:
				in.Progress[t.ID] = planner.Progress{Done: true}
			case 1:
				in.Progress[t.ID] = planner.Progress{Hours: g.r.Float64() * 3}
			}
			for _, it := range e.ItemsOrNone().Items(t.Number) {
				if g.r.IntN(4) == 0 {
					in.Progress[it.ID] = planner.Progress{Done: true}
				}
			}
		}
	}
	return in
}

// itemPlans yields cases() generated inputs for the fixture SAA-C03 with
// items (itemInput), seeded with seed, each with the plan built from it.
func itemPlans(t *testing.T, seed uint64) iter.Seq[planCase] {
	g := newGenerator(t, seed)
	return firstKept(cases(), func() planCase {
		in, country := g.input()
		in = itemInput(g, in, g.cat)
		return planCase{in: in, country: country, p: mustBuild(t, in)}
	}, nil)
}

// TestItemHoursSumToTaskHours: a topic's items share its time exactly, in
// whole minutes, and equally (no two differ by more than a minute).
func TestItemHoursSumToTaskHours(t *testing.T) {
	for x := range itemPlans(t, 21) {
		for _, topic := range x.p.Topics {
			if topic.Kind != planner.Study {
				continue
			}
			sum, lo, hi := 0, math.MaxInt, 0
			for _, it := range topic.Items {
				m := minutes(it.Hours)
				sum, lo, hi = sum+m, min(lo, m), max(hi, m)
			}
			if len(topic.Items) == 0 || sum != minutes(topic.Hours) || hi-lo > 1 {
				t.Fatalf("%s: topic %s has %d items of %d..%d min summing to %d, want %d min shared equally",
					describe(x.in, x.country), topic.ID, len(topic.Items), lo, hi, sum, minutes(topic.Hours))
			}
		}
	}
}

// TestEveryItemIsScheduledWhenThePlanFits: in a plan that fits, every item
// not done (of a topic with time left) is in at least one session of its
// topic, done items are in none,
// each topic's sessions take its items in order, and the plan's other
// invariants (conservation, capacity, days) still hold.
func TestEveryItemIsScheduledWhenThePlanFits(t *testing.T) {
	checked := 0
	for x := range itemPlans(t, 22) {
		for _, problem := range planProblems(x.in, x.p) {
			t.Fatalf("%s\n%s", describe(x.in, x.country), problem)
		}
		if !x.p.Feasible {
			continue
		}
		checked++
		for _, problem := range itemScheduleProblems(x.p, x.p.Today) {
			t.Fatalf("%s\n%s", describe(x.in, x.country), problem)
		}
	}
	if checked < cases()/10 {
		t.Fatalf("only %d fitting plans checked", checked)
	}
}

// TestThinnerTopicsKeepEveryItem: when the plan does not fit and its topics
// are thinned (each keeps some time), every open item of a topic that has
// sessions is still in one of them: thinner, never dropped (issue 12 with
// issue 11's coverage rules, item by item).
func TestThinnerTopicsKeepEveryItem(t *testing.T) {
	checked := 0
	for x := range itemPlans(t, 23) {
		p := x.p
		if p.Feasible || p.Coverage <= 0 || len(p.LeftOut()) > 0 && leftOutWhole(p) {
			continue
		}
		checked++
		for _, problem := range itemScheduleProblems(p, p.Today) {
			t.Fatalf("%s\ncoverage %.2f\n%s", describe(x.in, x.country), p.Coverage, problem)
		}
	}
	if checked == 0 {
		t.Fatal("no thinned plan was checked")
	}
}

// leftOutWhole reports whether the plan leaves some study topic out
// altogether (no session at all), rather than only thinner.
func leftOutWhole(p planner.Plan) bool {
	has := map[string]bool{}
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			has[s.WorkTopic()] = true
		}
	}
	for _, topic := range p.Topics {
		if topic.Kind == planner.Study && topic.Remaining > 0 && !has[topic.ID] {
			return true
		}
	}
	return false
}

// itemScheduleProblems lists items of a fitting plan that are missing from
// the sessions from day from on, done but scheduled there, or out of order.
func itemScheduleProblems(p planner.Plan, from catalog.Date) []string {
	var bad []string
	position := map[string]int{}
	open := map[string]bool{}
	for _, topic := range p.Topics {
		for k, it := range topic.Items {
			position[it.ID] = k
			// Hours logged that cover a topic leave nothing of it to plan.
			open[it.ID] = !it.Done && topic.Remaining > 0
		}
	}
	seen, last := map[string]bool{}, map[string]int{}
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Date.Before(from) {
				continue
			}
			for _, it := range s.TickItems() {
				if !open[it.ID] {
					bad = append(bad, fmt.Sprintf("%s: item %s is done or unknown, yet scheduled", s.Date, it.ID))
				}
				if k, ok := last[s.Topic]; ok && position[it.ID] < k {
					bad = append(bad, fmt.Sprintf("%s: item %s comes after item %d of its topic", s.Date, it.ID, k+1))
				}
				seen[it.ID], last[s.Topic] = true, position[it.ID]
			}
		}
	}
	for id, isOpen := range open {
		if isOpen && !seen[id] {
			bad = append(bad, fmt.Sprintf("open item %s is in no session", id))
		}
	}
	return bad
}

func TestDoneItemsShortenTheirTopic(t *testing.T) {
	c := catalogtest.Load(t)
	in := planner.Input{Exam: "SAA-C03", Start: day("2026-12-07"), ExamDate: day("2027-06-01"), Hours: planner.Even(10)}
	before := plannertest.MustBuild(t, c, in)
	topic := before.Topics[0]
	in.Progress = map[string]planner.Progress{topic.Items[0].ID: {Done: true}, topic.Items[1].ID: {Done: true}}
	after := plannertest.MustBuild(t, c, in)
	got := after.Topics[0]
	wantLeft := minutes(topic.Hours) - minutes(topic.Items[0].Hours) - minutes(topic.Items[1].Hours)
	if !got.Items[0].Done || !got.Items[1].Done || got.Items[2].Done || minutes(got.Remaining) != wantLeft {
		t.Errorf("after ticking two items: done %v %v %v, remaining %d min; want true true false and %d min",
			got.Items[0].Done, got.Items[1].Done, got.Items[2].Done, minutes(got.Remaining), wantLeft)
	}
	first := firstSessionOf(after, topic.ID)
	if first == nil || first.Items[0].ID != topic.Items[2].ID {
		t.Errorf("the topic's first session starts with %v, want the first open item %s", first, topic.Items[2].ID)
	}
}

func TestUnpublishedItemsPlanFromTaskTitles(t *testing.T) {
	c := catalogtest.Load(t)
	for _, code := range []string{"CLF-C02", "DVA-C02"} {
		p := plannertest.MustBuild(t, c, planner.Input{Exam: code, Start: day("2026-12-07"), Hours: planner.Even(10)})
		if p.ItemsPublished || !strings.Contains(strings.ToLower(p.ItemsNote), catalog.NotPublishedText) {
			t.Errorf("%s: published %v, note %q; want the note to say %q", code, p.ItemsPublished, p.ItemsNote, catalog.NotPublishedText)
		}
		for _, topic := range p.Topics {
			if topic.Items == nil || len(topic.Items) > 0 {
				t.Fatalf("%s: topic %s has items %v, want []", code, topic.ID, topic.Items)
			}
		}
	}
	p := plannertest.MustBuild(t, c, planner.Input{Exam: "SAA-C03", Start: day("2026-12-07"), Hours: planner.Even(10)})
	if !p.ItemsPublished || p.ItemsNote != "" {
		t.Errorf("SAA-C03: published %v, note %q", p.ItemsPublished, p.ItemsNote)
	}
}

// TestRebalanceKeepsDoneItemsAndRespreadsTheRest: sessions before today keep
// their items, items ticked since are not planned again, and every item
// still open is planned from today on.
func TestRebalanceKeepsDoneItemsAndRespreadsTheRest(t *testing.T) {
	c := catalogtest.Load(t)
	in := planner.Input{Exam: "SAA-C03", Start: day("2026-12-07"), ExamDate: day("2027-05-03"), Hours: planner.Even(8)}
	prev := plannertest.MustBuild(t, c, in)
	in.Today = day("2027-01-04")
	past := sessionsBefore(prev, in.Today)
	in.Progress = map[string]planner.Progress{}
	for _, s := range past[:len(past)/2] { // the learner did half of what was planned
		for _, it := range s.Items {
			in.Progress[it.ID] = planner.Progress{Done: true}
		}
	}
	next, err := planner.Rebalance(c, in, prev)
	if err != nil || !next.Feasible {
		t.Fatalf("rebalance: %v, feasible %v", err, next.Feasible)
	}
	kept := sessionsBefore(next, in.Today)
	for i := range past {
		if fmt.Sprint(kept[i].Items) != fmt.Sprint(past[i].Items) {
			t.Fatalf("session %s lost its items: %v, was %v", past[i].Date, kept[i].Items, past[i].Items)
		}
	}
	for _, w := range next.Weeks {
		for _, s := range w.Sessions {
			for _, it := range s.TickItems() {
				if !s.Date.Before(in.Today) && in.Progress[it.ID].Done {
					t.Errorf("%s: done item %s is planned again", s.Date, it.ID)
				}
			}
		}
	}
	for _, problem := range itemScheduleProblems(next, in.Today) {
		t.Error(problem)
	}
}

func firstSessionOf(p planner.Plan, topic string) *planner.Session {
	for _, w := range p.Weeks {
		for i := range w.Sessions {
			if w.Sessions[i].WorkTopic() == topic {
				return &w.Sessions[i]
			}
		}
	}
	return nil
}

// TestFullTimedPracticeExamsAreWhole: a session titled as a full timed
// practice exam holds the whole exam on one day; one cut shorter to fit or
// split over days is titled as a practice set (issue 11).
func TestFullTimedPracticeExamsAreWhole(t *testing.T) {
	shortened := 0
	for x := range newGenerator(t, 24).plans(cases()) {
		days := map[string]int{}
		for _, w := range x.p.Weeks {
			for _, s := range w.Sessions {
				days[s.WorkTopic()]++
			}
		}
		for _, w := range x.p.Weeks {
			for _, s := range w.Sessions {
				var minutes int
				if _, err := fmt.Sscanf(s.Title[strings.LastIndex(s.Title, "(")+1:], "%d minutes", &minutes); err != nil ||
					!strings.HasPrefix(s.Title, "Full timed practice exam") {
					shortened += strings.Count(s.Title, "Shortened")
					continue
				}
				if got := int(math.Round(s.Hours * 60)); got != minutes || days[s.WorkTopic()] != 1 {
					t.Fatalf("%s\n%s: %q holds %d minutes over %d days", describe(x.in, x.country), s.Date, s.Title, got, days[s.WorkTopic()])
				}
			}
		}
	}
	if shortened == 0 {
		t.Fatal("no plan had a shortened practice set: the test proves nothing")
	}
}
