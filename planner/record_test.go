package planner_test

import (
	"math"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// withItems is threeWeeks with two study items under topic a1.
func withItems() planner.StudyPlan {
	s := threeWeeks()
	s.Topics[0].Items = []planner.ItemPlan{{ID: "a1.1", Hours: 1}, {ID: "a1.2", Hours: 1}}
	return planner.StudyPlan{ID: 1, Schedule: s,
		Progress: map[string]planner.TopicProgress{
			"a1": {Hours: 0.5},
			"b1": {Done: true, DoneOn: catalog.DateOf(2026, 3, 4), Hours: 3},
			"a2": {}, // neither done nor started: the planner need not hear of it
		},
		Items: map[string]planner.TopicProgress{"a1.1": {Done: true}, "a1.2": {}}}
}

func TestPlannerProgressHasWhatWasStartedOrDone(t *testing.T) {
	got := withItems().PlannerProgress()
	want := map[string]planner.Progress{"a1": {Hours: 0.5}, "b1": {Done: true, Hours: 3}, "a1.1": {Done: true}}
	if len(got) != len(want) {
		t.Errorf("progress has %d entries (%v), want %d (%v)", len(got), got, len(want), want)
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("progress[%s] = %+v, want %+v", id, got[id], w)
		}
	}
}

func TestStudyPlanStandingIsStandingOf(t *testing.T) {
	p := withItems()
	today := catalog.DateOf(2026, 3, 9)
	if got, want := p.Standing(today), planner.StandingOf(p.Schedule, p.PlannerProgress(), today); got != want {
		t.Errorf("Standing = %+v, want StandingOf's %+v", got, want)
	}
}

func TestWithProgressShowsTodaysTicksWithoutChangingTheSchedule(t *testing.T) {
	p := withItems()
	got := p.WithProgress()
	if !got.Topics[1].Done || got.Topics[1].Spent != 3 {
		t.Errorf("b1 done %v spent %g, want done with 3 h", got.Topics[1].Done, got.Topics[1].Spent)
	}
	if got.Topics[0].Done || got.Topics[0].Spent != 0.5 {
		t.Errorf("a1 done %v spent %g, want open with 0.5 h", got.Topics[0].Done, got.Topics[0].Spent)
	}
	if !got.Topics[0].Items[0].Done || got.Topics[0].Items[1].Done {
		t.Errorf("a1's items done %v, %v; want the first only", got.Topics[0].Items[0].Done, got.Topics[0].Items[1].Done)
	}
	if p.Schedule.Topics[1].Done || p.Schedule.Topics[0].Items[0].Done {
		t.Error("WithProgress changed the stored schedule it was given")
	}
}

// TestWithProgressCountsDoneWorkAsTheStanding: the plan's DoneHours and
// each topic's Remaining are today's, by the rule the standing counts done
// work by, so no reader of the schedule sees two "done" figures.
func TestWithProgressCountsDoneWorkAsTheStanding(t *testing.T) {
	p := withItems()
	got := p.WithProgress()
	progress := p.PlannerProgress()
	if want := p.Standing(catalog.DateOf(2026, 3, 9)).DoneHours; got.DoneHours != want || want == p.Schedule.DoneHours {
		t.Errorf("DoneHours = %g, want the standing's %g (the version had %g)", got.DoneHours, want, p.Schedule.DoneHours)
	}
	for _, tp := range got.Topics {
		if want := tp.Hours - tp.DoneHours(progress); math.Abs(tp.Remaining-want) > 1e-9 {
			t.Errorf("%s remaining %g, want %g of its %g h", tp.ID, tp.Remaining, want, tp.Hours)
		}
	}
	if got.RequiredHours != p.Schedule.RequiredHours || len(got.Weeks) != len(p.Schedule.Weeks) {
		t.Error("WithProgress changed what the version planned")
	}
}

func TestPlanDoneWhenEveryTopicIs(t *testing.T) {
	p := threeWeeks()
	if p.Done() {
		t.Error("a plan with no topic ticked is done")
	}
	for i := range p.Topics {
		p.Topics[i].Done = true
	}
	if !p.Done() {
		t.Error("a plan with every topic ticked is not done")
	}
	if (&planner.Plan{}).Done() {
		t.Error("a plan with no topics is done")
	}
}

func TestSettingsDefaultsAndChecks(t *testing.T) {
	if got := (planner.Settings{}).WithDefaults().Hours; got != planner.Even(planner.DefaultWeekHours) {
		t.Errorf("default hours %v, want %v", got, planner.Even(planner.DefaultWeekHours))
	}
	own := planner.Settings{Hours: planner.Weekdays{1}}
	if got := own.WithDefaults().Hours; got != own.Hours {
		t.Errorf("set hours became %v, want them kept: %v", got, own.Hours)
	}
	ok := planner.Settings{Hours: planner.Even(5), Country: "DE", Experience: planner.New, StudyTime: planner.Evening}
	if err := ok.Validate(); err != nil {
		t.Errorf("valid settings refused: %v", err)
	}
	cases := []struct {
		name string
		edit func(*planner.Settings)
		want string
	}{
		{"too many hours", func(s *planner.Settings) { s.Hours[5] = 17 }, "Saturday hours 17 are out of range: use 0 to 16."},
		{"hours below 0", func(s *planner.Settings) { s.Hours[0] = -3 }, "Monday hours -3 are out of range: use 0 to 16."},
		{"an unknown experience", func(s *planner.Settings) { s.Experience = "guru" }, "new, some or experienced"},
		{"an unknown study time", func(s *planner.Settings) { s.StudyTime = "night" }, "morning, afternoon or evening"},
		{"a country without a calendar", func(s *planner.Settings) { s.Country = "XX" }, `"XX" has no public-holiday calendar`},
	}
	for _, c := range cases {
		s := ok
		c.edit(&s)
		err := s.Validate()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", c.name, err, c.want)
		}
	}
}

func TestAttemptStatusKnown(t *testing.T) {
	for _, s := range []planner.AttemptStatus{planner.Booked, planner.Passed, planner.Failed, planner.Cancelled} {
		if !s.Known() {
			t.Errorf("%q is not known", s)
		}
	}
	if planner.AttemptStatus("postponed").Known() {
		t.Error(`"postponed" is known`)
	}
}
