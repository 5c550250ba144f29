package planner_test

import (
	"math"
	"reflect"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// threeWeeks is a small hand-made plan: three weeks from Monday 2 March
// 2026, two domains, a practice exam and the time to fix after it.
func threeWeeks() planner.Plan {
	mon := catalog.DateOf(2026, 3, 2)
	week := func(i int, hours float64, sessions ...planner.Session) planner.Week {
		return planner.Week{Start: mon.AddDays(7 * i), End: mon.AddDays(7*i + 6), PlannedHours: hours, Sessions: sessions}
	}
	at := func(days int, topic, title string, hours float64) planner.Session {
		return planner.Session{Date: mon.AddDays(days), Topic: topic, Title: title, Hours: hours}
	}
	return planner.Plan{Feasible: true, ExamDate: mon.AddDays(21),
		Topics: []planner.TopicPlan{
			{ID: "a1", Domain: "Design", Kind: planner.Study, Hours: 2},
			{ID: "b1", Domain: "Secure", Kind: planner.Study, Hours: 3},
			{ID: "a2", Domain: "Design", Kind: planner.Review, Hours: 1},
			{ID: "p1", Domain: "All domains", Kind: planner.Practice, Hours: 1.5},
			{ID: "f1", Domain: "All domains", Kind: planner.Fix, Hours: 0.5},
		},
		Weeks: []planner.Week{
			week(0, 3, at(0, "a1", "Design basics", 2), at(2, "b1", "Secure access", 1)),
			week(1, 3, at(7, "b1", "Secure access", 2), at(9, "a2", "Review design", 1)),
			week(2, 2, at(14, "p1", "Practice exam", 1.5), at(15, "f1", "Fix weak areas", 0.5)),
		}}
}

// TestDoneHours: a ticked topic counts whole; an open one the more of its
// hours spent and its ticked study items' shares, never more than planned.
func TestDoneHours(t *testing.T) {
	topic := planner.TopicPlan{ID: "t", Hours: 2, Items: []planner.ItemPlan{{ID: "t.1", Hours: 0.5}, {ID: "t.2", Hours: 1.5}}}
	cases := []struct {
		name string
		g    map[string]planner.Progress
		want float64
	}{
		{"nothing done", nil, 0},
		{"ticked with no hours logged", map[string]planner.Progress{"t": {Done: true}}, 2},
		{"ticked after less than planned", map[string]planner.Progress{"t": {Done: true, Hours: 1}}, 2},
		{"open, part spent", map[string]planner.Progress{"t": {Hours: 1.25}}, 1.25},
		{"open, more spent than planned", map[string]planner.Progress{"t": {Hours: 5}}, 2},
		{"an item ticked with no hours logged", map[string]planner.Progress{"t.2": {Done: true}}, 1.5},
		{"an item ticked, fewer hours logged than its share", map[string]planner.Progress{"t": {Hours: 0.25}, "t.2": {Done: true}}, 1.5},
		{"an item ticked, more hours logged than its share", map[string]planner.Progress{"t": {Hours: 1}, "t.1": {Done: true}}, 1},
		{"every item ticked", map[string]planner.Progress{"t.1": {Done: true}, "t.2": {Done: true}}, 2},
		{"another topic's item", map[string]planner.Progress{"u.1": {Done: true}}, 0},
	}
	for _, c := range cases {
		if got := topic.DoneHours(c.g); got != c.want {
			t.Errorf("%s: done %v h, want %v h", c.name, got, c.want)
		}
	}
}

// TestDomainsOfGroupsByDomainInPlanOrder: study and review of a domain
// share a row; practice exams and fixing after them have a row each.
func TestDomainsOfGroupsByDomainInPlanOrder(t *testing.T) {
	progress := map[string]planner.Progress{"a1": {Done: true}, "b1": {Hours: 1}, "p1": {Hours: 4}}
	got := planner.DomainsOf(threeWeeks(), progress)
	want := []planner.DomainProgress{
		{Domain: "Design", Done: 2, Total: 3},
		{Domain: "Secure", Done: 1, Total: 3},
		{Domain: "All domains", Kind: planner.Practice, Done: 1.5, Total: 1.5},
		{Domain: "All domains", Kind: planner.Fix, Done: 0, Total: 0.5},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("domains\n got %+v\nwant %+v", got, want)
	}
}

// TestMovesOfListsChangedFirstSessions: only topics whose first session
// from today on changed day are listed, by their new day.
func TestMovesOfListsChangedFirstSessions(t *testing.T) {
	before := threeWeeks()
	after := threeWeeks()
	after.Weeks[1].Sessions[1].Date = before.Weeks[2].Sessions[1].Date // a2 from Wed 11 to Tue 17 March
	after.Weeks[2].Sessions[0].Date = before.Weeks[1].Sessions[0].Date // p1 from Mon 16 to Mon 9 March
	today := catalog.DateOf(2026, 3, 5)                                // a1 and b1's first sessions are past
	got := planner.MovesOf(before, after, today)
	want := []planner.Move{
		{Topic: "p1", Title: "Practice exam", From: catalog.DateOf(2026, 3, 16), To: catalog.DateOf(2026, 3, 9)},
		{Topic: "a2", Title: "Review design", From: catalog.DateOf(2026, 3, 11), To: catalog.DateOf(2026, 3, 17)},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("moves\n got %+v\nwant %+v", got, want)
	}
	if same := planner.MovesOf(before, before, today); len(same) != 0 {
		t.Errorf("moves between a plan and itself = %+v, want none", same)
	}
}

// TestBurnUpOfAddsUpWeekByWeek: planned adds up each week's hours, a tick
// counts from the week it was made, hours on open topics from today's
// week, and nothing is drawn after today's week.
func TestBurnUpOfAddsUpWeekByWeek(t *testing.T) {
	p := threeWeeks()
	progress := map[string]planner.Progress{"a1": {Done: true}, "b1": {Hours: 0.5}}
	doneOn := map[string]catalog.Date{"a1": catalog.DateOf(2026, 3, 3)}
	today := catalog.DateOf(2026, 3, 11) // Wednesday of the second week
	b := planner.BurnUpOf(p, progress, doneOn, today)
	wantWeeks := []catalog.Date{catalog.DateOf(2026, 3, 2), catalog.DateOf(2026, 3, 9), catalog.DateOf(2026, 3, 16)}
	if !reflect.DeepEqual(b.Weeks, wantWeeks) {
		t.Errorf("weeks %v, want %v", b.Weeks, wantWeeks)
	}
	if want := []float64{3, 6, 8}; !reflect.DeepEqual(b.Planned, want) {
		t.Errorf("planned %v, want %v", b.Planned, want)
	}
	if want := []float64{2, 2.5}; !reflect.DeepEqual(b.Done, want) {
		t.Errorf("done %v, want %v: the tick from week 0, the open hours from today's week 1", b.Done, want)
	}
	if b.Total != 8 {
		t.Errorf("total %v h, want 8 h", b.Total)
	}
	if b.Today != 1 {
		t.Errorf("today in week %d, want 1", b.Today)
	}
	if want := 2.0 / 7; b.TodayAt != want {
		t.Errorf("today at %v of its week, want %v (Wednesday)", b.TodayAt, want)
	}
}

// TestBurnUpOfOutsideThePlan: before the plan nothing is done yet; after
// it, done runs to the last week, a tick of unknown day counting there.
func TestBurnUpOfOutsideThePlan(t *testing.T) {
	p := threeWeeks()
	progress := map[string]planner.Progress{"a1": {Done: true}}
	before := planner.BurnUpOf(p, progress, nil, catalog.DateOf(2026, 2, 20))
	if before.Today != -1 || len(before.Done) != 0 {
		t.Errorf("before the plan: today %d with done %v, want -1 and none", before.Today, before.Done)
	}
	after := planner.BurnUpOf(p, progress, nil, catalog.DateOf(2026, 4, 1))
	if after.Today != -1 {
		t.Errorf("after the plan: today %d, want -1", after.Today)
	}
	if want := []float64{0, 0, 2}; !reflect.DeepEqual(after.Done, want) {
		t.Errorf("after the plan: done %v, want %v", after.Done, want)
	}
}

// TestBurnUpOfCountsWorkARebalanceTookOut: work done ahead that a
// rebalance took out of the weeks is added from today's week, so planned
// still ends at all the work less what did not fit.
func TestBurnUpOfCountsWorkARebalanceTookOut(t *testing.T) {
	p := threeWeeks()
	p.Weeks[2].PlannedHours -= 1.5
	b := planner.BurnUpOf(p, nil, nil, catalog.DateOf(2026, 3, 10))
	if want := []float64{3, 7.5, 8}; !reflect.DeepEqual(b.Planned, want) {
		t.Errorf("planned %v, want %v", b.Planned, want)
	}
	p.ShortfallHours = 1.5
	if got := planner.BurnUpOf(p, nil, nil, catalog.DateOf(2026, 3, 10)); !reflect.DeepEqual(got.Planned, []float64{3, 6, 6.5}) {
		t.Errorf("with 1.5 h that did not fit: planned %v, want [3 6 6.5]", got.Planned)
	}
}

// TestBurnUpOfNeverSchedulesMoreThanTheWork: sessions a rebalance kept in
// the past weeks that were not done, and the same work re-planned after
// them, add up to more than all the plan's work; the line never goes
// above it (QA: the chart's "Scheduled (10 h)" of a plan of 8 h).
func TestBurnUpOfNeverSchedulesMoreThanTheWork(t *testing.T) {
	p := threeWeeks()
	p.Weeks[0].PlannedHours += 2 // kept from before the rebalance, not done
	p.Weeks[2].PlannedHours += 2 // the same work, re-planned
	b := planner.BurnUpOf(p, nil, nil, catalog.DateOf(2026, 3, 17))
	if want := []float64{5, 8, 8}; !reflect.DeepEqual(b.Planned, want) {
		t.Errorf("planned %v, want %v: never above the plan's %v h", b.Planned, want, b.Total)
	}
}

// TestBurnUpOfABuiltPlanEndsAtItsWork builds a plan on the fixture catalog:
// planned never falls and ends at the plan's work.
func TestBurnUpOfABuiltPlanEndsAtItsWork(t *testing.T) {
	in := planner.Input{Exam: "CLF-C02", Start: catalog.DateOf(2026, 3, 2), ExamDate: catalog.DateOf(2026, 5, 29),
		Hours: planner.Even(10)}
	p, err := planner.Build(catalogtest.Load(t), in)
	if err != nil {
		t.Fatal(err)
	}
	b := planner.BurnUpOf(p, nil, nil, catalog.DateOf(2026, 3, 18))
	if len(b.Planned) != len(p.Weeks) {
		t.Fatalf("%d planned points, want one for each of %d weeks", len(b.Planned), len(p.Weeks))
	}
	for i := 1; i < len(b.Planned); i++ {
		if b.Planned[i] < b.Planned[i-1] {
			t.Fatalf("planned falls in week %d: %v", i, b.Planned)
		}
	}
	if got := b.Planned[len(b.Planned)-1]; math.Abs(got-b.Total) > 0.01 {
		t.Errorf("planned ends at %v h, want the plan's %v h", got, b.Total)
	}
}
