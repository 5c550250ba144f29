package storage

import (
	"math"
	"slices"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

func TestCreatePlanAndReadBack(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "saa-c03")
	if p.ID == 0 {
		t.Error("created plan has id 0, want an id")
	}
	if p.Version != 1 {
		t.Errorf("created plan version %d, want 1", p.Version)
	}
	if p.Exam != "SAA-C03" || p.Name != "SAA-C03" {
		t.Errorf("created plan for exam %q named %q, want SAA-C03 for both (upper case)", p.Exam, p.Name)
	}
	if p.Reason != planner.ReasonNew {
		t.Errorf("created plan reason %q, want %q", p.Reason, planner.ReasonNew)
	}
	if len(p.Schedule.Topics) == 0 || len(p.Progress) != len(p.Schedule.Topics) {
		t.Fatalf("%d topics, %d progress rows", len(p.Schedule.Topics), len(p.Progress))
	}
	got, err := db.Plan(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !sameSchedule(got.Schedule, p.Schedule) || got.Input.Country != "DE" {
		t.Fatalf("read back a different plan")
	}
	list, err := db.Plans(ctx)
	if err != nil || len(list) != 1 {
		t.Fatalf("plans = %+v, %v; want the one plan", list, err)
	}
	if list[0].Topics != len(p.Schedule.Topics) {
		t.Errorf("listed plan has %d topics, want %d", list[0].Topics, len(p.Schedule.Topics))
	}
	if list[0].ExamDate != p.Schedule.ExamDate {
		t.Errorf("listed plan's exam on %s, want %s", list[0].ExamDate, p.Schedule.ExamDate)
	}
}

func TestSeveralPlansAtOnce(t *testing.T) {
	db := MustOpenDB(t)
	a := MustCreatePlan(t, db, "SAA-C03")
	b := MustCreatePlan(t, db, "DVA-C02")
	if err := db.Tick(t.Context(), a.ID, a.Schedule.Topics[0].ID, 0, 0); err != nil {
		t.Fatal(err)
	}
	list, err := db.Plans(t.Context())
	if err != nil || len(list) != 2 {
		t.Fatalf("plans = %+v, %v; want two", list, err)
	}
	if list[0].ID != b.ID {
		t.Errorf("first listed plan %d, want the newest, %d", list[0].ID, b.ID)
	}
	if list[0].TopicsDone != 0 || list[1].TopicsDone != 1 {
		t.Errorf("topics done %d and %d, want 0 and 1 (the tick is on the older plan only)", list[0].TopicsDone, list[1].TopicsDone)
	}
}

func TestCreatePlanRejectsBadInput(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	in := testInput("NOPE-C01")
	_, err := db.CreatePlan(ctx, "", in)
	wantCode(t, err, CodeInvalid)
	unknown := testInput("SAA-C03")
	unknown.Country = "XX"
	_, err = db.CreatePlan(ctx, "", unknown)
	wantCode(t, err, CodeInvalid)
}

func TestTickUntickAndHistory(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	topic := p.Schedule.Topics[0].ID
	if err := db.SetHours(ctx, p.ID, topic, 1.5); err != nil {
		t.Fatal(err)
	}
	if err := db.Tick(ctx, p.ID, topic, catalog.DateOf(2026, 3, 1), 4); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Plan(ctx, p.ID)
	g := got.Progress[topic]
	if !g.Done {
		t.Error("after tick: not done")
	}
	if g.Hours != 4 {
		t.Errorf("after tick: %v h, want the 4 h of the tick", g.Hours)
	}
	if want := catalog.DateOf(2026, 3, 1); g.DoneOn != want {
		t.Errorf("after tick: done on %s, want %s", g.DoneOn, want)
	}
	if err := db.Untick(ctx, p.ID, topic); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Plan(ctx, p.ID)
	g = got.Progress[topic]
	if g.Done {
		t.Error("after untick: still done")
	}
	if g.Hours != 1.5 {
		t.Errorf("after untick: %v h, want the 1.5 h before the tick", g.Hours)
	}
	if !g.DoneOn.IsZero() {
		t.Errorf("after untick: done on %s, want no day", g.DoneOn)
	}
	h, err := db.ProgressHistory(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, c := range h {
		actions = append(actions, c.Action)
	}
	if want := []string{"hours", "tick", "untick"}; !slices.Equal(actions, want) {
		t.Fatalf("history actions %q, want %q", actions, want)
	}
}

func TestTickIsIdempotentAndChecksTopic(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	topic := p.Schedule.Topics[0].ID
	for range 2 {
		if err := db.Tick(ctx, p.ID, topic, 0, 0); err != nil {
			t.Fatal(err)
		}
	}
	if h, _ := db.ProgressHistory(ctx, p.ID); len(h) != 1 {
		t.Fatalf("two identical ticks logged %d changes", len(h))
	}
	if got, _ := db.Plan(ctx, p.ID); got.Progress[topic].DoneOn != testToday {
		t.Fatalf("tick without a day is dated %s, want today", got.Progress[topic].DoneOn)
	}
	wantCode(t, db.Tick(ctx, p.ID, "SAA-C03:9.9", 0, 0), CodeNotFound)
	wantCode(t, db.Tick(ctx, 999, topic, 0, 0), CodeNotFound)
	wantCode(t, db.Tick(ctx, p.ID, topic, 0, -1), CodeInvalid)
}

func TestReplanMakesVersionsAndKeepsDoneWork(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	// On track on the first day: no new version.
	if _, changed, err := db.Replan(ctx, p.ID, testToday); err != nil || changed {
		t.Fatalf("replan on day one: changed %v, %v", changed, err)
	}
	// Two weeks later with nothing done: the rest is rebalanced.
	later := testToday.AddDays(14)
	done := p.Schedule.Topics[0].ID
	if err := db.Tick(ctx, p.ID, done, testToday, 2); err != nil {
		t.Fatal(err)
	}
	q, changed, err := db.Replan(ctx, p.ID, later)
	if err != nil || !changed {
		t.Fatalf("replan two weeks later: changed %v, %v; want a change", changed, err)
	}
	if q.Version != 2 || q.Reason != planner.ReasonReplan {
		t.Errorf("replan: version %d reason %q, want version 2 reason %q", q.Version, q.Reason, planner.ReasonReplan)
	}
	if !q.Progress[done].Done {
		t.Fatalf("replan lost a tick")
	}
	for _, tp := range q.Schedule.Topics {
		if tp.ID == done && (!tp.Done || tp.Remaining != 0) {
			t.Fatalf("done topic re-planned: %+v", tp)
		}
	}
	versions, err := db.PlanVersions(ctx, p.ID)
	if err != nil || len(versions) != 2 || versions[1].Today != later {
		t.Fatalf("versions = %+v, %v", versions, err)
	}
	first, err := db.PlanSchedule(ctx, p.ID, 1)
	if err != nil || !sameSchedule(first, p.Schedule) {
		t.Fatalf("version 1 changed: %v", err)
	}
}

func TestEditRenameDeletePlan(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	in := testInput("SAA-C03")
	in.Hours = [7]float64{2, 2, 2, 2, 2, 0, 0}
	q, err := db.EditPlan(ctx, p.ID, in)
	if err != nil {
		t.Fatalf("edit: %v", err)
	}
	if q.Version != 2 || q.Reason != planner.ReasonEdit {
		t.Errorf("edit: version %d reason %q, want version 2 reason %q", q.Version, q.Reason, planner.ReasonEdit)
	}
	if q.Input.Hours != in.Hours {
		t.Errorf("edit: hours %v, want %v", q.Input.Hours, in.Hours)
	}
	_, err = db.EditPlan(ctx, p.ID, testInput("DVA-C02"))
	wantCode(t, err, CodeInvalid)
	if err := db.RenamePlan(ctx, p.ID, "Architect"); err != nil {
		t.Fatal(err)
	}
	if q, _ := db.Plan(ctx, p.ID); q.Name != "Architect" {
		t.Fatalf("name %q", q.Name)
	}
	if err := db.DeletePlan(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	_, err = db.Plan(ctx, p.ID)
	wantCode(t, err, CodeNotFound)
	wantCode(t, db.DeletePlan(ctx, p.ID), CodeNotFound)
}

func TestStanding(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	if s := p.Standing(testToday); s.PlannedHours != 0 || s.AheadHours != 0 || s.TopicsDone != 0 {
		t.Fatalf("day one standing: %v h planned, %v h ahead, %d topics done; want 0, 0, 0", s.PlannedHours, s.AheadHours, s.TopicsDone)
	}
	first := p.Schedule.Topics[0]
	if err := db.Tick(ctx, p.ID, first.ID, 0, 0); err != nil {
		t.Fatal(err)
	}
	p, _ = db.Plan(ctx, p.ID)
	s := p.Standing(testToday)
	if s.TopicsDone != 1 {
		t.Errorf("after one tick: %d topics done, want 1", s.TopicsDone)
	}
	// Today's session of the ticked topic is done, so it counts as planned
	// by today: ahead by the topic less that session.
	todays := 0.0
	for _, x := range p.Schedule.Weeks[0].Sessions {
		if x.Date == testToday && x.WorkTopic() == first.ID {
			todays += x.Hours
		}
	}
	if s.DoneHours != first.Hours {
		t.Errorf("after one tick: %v h done; want the topic's %v h", s.DoneHours, first.Hours)
	}
	if want := first.Hours - todays; math.Abs(s.AheadHours-want) > 0.01 || s.PlannedHours != todays {
		t.Errorf("after one tick: %v h planned, %v h ahead; want today's session of it, %v h, and %v h", s.PlannedHours,
			s.AheadHours, todays, want)
	}
	week := p.Standing(testToday.AddDays(7))
	if week.PlannedHours <= 0 || math.Abs(week.AheadHours-(week.DoneHours-week.PlannedHours)) > 0.01 {
		t.Fatalf("standing a week on %+v", week)
	}
}

func TestSettings(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	s, saved, err := db.Settings(ctx)
	if err != nil || saved {
		t.Fatalf("fresh settings: saved %v, %v; want defaults, not saved", saved, err)
	}
	if s.Experience != "some" {
		t.Errorf("fresh settings' experience %q, want \"some\"", s.Experience)
	}
	want := planner.Settings{Hours: [7]float64{1, 1, 1, 1, 1, 4, 0}, Country: "GB", Experience: "new", StudyTime: planner.Evening}
	if err := db.SaveSettings(ctx, want); err != nil {
		t.Fatal(err)
	}
	if s, saved, _ = db.Settings(ctx); !saved || s != want {
		t.Fatalf("settings %+v", s)
	}
	wantCode(t, db.SaveSettings(ctx, planner.Settings{StudyTime: "midnight"}), CodeInvalid)
	wantCode(t, db.SaveSettings(ctx, planner.Settings{Hours: [7]float64{30}}), CodeInvalid)
}

func TestCreatePlanKeepsInitialProgress(t *testing.T) {
	db := MustOpenDB(t)
	in := testInput("SAA-C03")
	in.Progress = map[string]planner.Progress{"SAA-C03:1.1": {Done: true}, "SAA-C03:1.2": {Hours: 2}}
	p, err := db.CreatePlan(t.Context(), "mine", in)
	if err != nil {
		t.Fatal(err)
	}
	if g := p.Progress["SAA-C03:1.1"]; !g.Done || g.DoneOn != testToday {
		t.Fatalf("1.1: %+v", g)
	}
	if g := p.Progress["SAA-C03:1.2"]; g.Done || g.Hours != 2 {
		t.Fatalf("1.2: %+v", g)
	}
	if p.Schedule.DoneHours == 0 || p.Name != "mine" {
		t.Fatalf("schedule ignores the progress: %+v", p.Schedule.DoneHours)
	}
}
