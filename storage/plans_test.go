package storage

import (
	"context"
	"math"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

func TestCreatePlanAndReadBack(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "saa-c03")
	if p.ID == 0 || p.Version != 1 || p.Exam != "SAA-C03" || p.Name != "SAA-C03" || p.Reason != planner.ReasonNew {
		t.Fatalf("created plan %+v", p)
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
	if err != nil || len(list) != 1 || list[0].Topics != len(p.Schedule.Topics) || list[0].ExamDate != p.Schedule.ExamDate {
		t.Fatalf("plans = %+v, %v", list, err)
	}
}

func TestSeveralPlansAtOnce(t *testing.T) {
	db := MustOpenDB(t)
	a := MustCreatePlan(t, db, "SAA-C03")
	b := MustCreatePlan(t, db, "DVA-C02")
	if err := db.Tick(context.Background(), a.ID, a.Schedule.Topics[0].ID, 0, 0); err != nil {
		t.Fatal(err)
	}
	list, err := db.Plans(context.Background())
	if err != nil || len(list) != 2 || list[0].ID != b.ID || list[1].TopicsDone != 1 || list[0].TopicsDone != 0 {
		t.Fatalf("plans = %+v, %v", list, err)
	}
}

func TestCreatePlanRejectsBadInput(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	in := testInput("NOPE-C01")
	_, err := db.CreatePlan(ctx, "", in)
	wantCode(t, err, CodeInvalid)
	unknown := testInput("SAA-C03")
	unknown.Country = "XX"
	_, err = db.CreatePlan(ctx, "", unknown)
	wantCode(t, err, CodeInvalid)
}

func TestTickUntickAndHistory(t *testing.T) {
	ctx := context.Background()
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
	if g := got.Progress[topic]; !g.Done || g.Hours != 4 || g.DoneOn != catalog.DateOf(2026, 3, 1) {
		t.Fatalf("after tick: %+v", g)
	}
	if err := db.Untick(ctx, p.ID, topic); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Plan(ctx, p.ID)
	if g := got.Progress[topic]; g.Done || g.Hours != 1.5 || !g.DoneOn.IsZero() {
		t.Fatalf("after untick: %+v, want the hours before the tick", g)
	}
	h, err := db.ProgressHistory(ctx, p.ID)
	if err != nil || len(h) != 3 || h[0].Action != "hours" || h[1].Action != "tick" || h[2].Action != "untick" {
		t.Fatalf("history = %+v, %v", h, err)
	}
}

func TestTickIsIdempotentAndChecksTopic(t *testing.T) {
	ctx := context.Background()
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
	ctx := context.Background()
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
	if err != nil || !changed || q.Version != 2 || q.Reason != planner.ReasonReplan {
		t.Fatalf("replan: version %d changed %v, %v", q.Version, changed, err)
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
	ctx := context.Background()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	in := testInput("SAA-C03")
	in.Hours = [7]float64{2, 2, 2, 2, 2, 0, 0}
	q, err := db.EditPlan(ctx, p.ID, in)
	if err != nil || q.Version != 2 || q.Reason != planner.ReasonEdit || q.Input.Hours != in.Hours {
		t.Fatalf("edit: %+v, %v", q.Input, err)
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
	ctx := context.Background()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	if s := p.Standing(testToday); s.PlannedHours != 0 || s.AheadHours != 0 || s.TopicsDone != 0 {
		t.Fatalf("day one standing %+v", s)
	}
	first := p.Schedule.Topics[0]
	if err := db.Tick(ctx, p.ID, first.ID, 0, 0); err != nil {
		t.Fatal(err)
	}
	p, _ = db.Plan(ctx, p.ID)
	s := p.Standing(testToday)
	if s.TopicsDone != 1 || s.DoneHours != first.Hours || s.AheadHours != first.Hours {
		t.Fatalf("standing after one tick %+v, topic hours %v", s, first.Hours)
	}
	week := p.Standing(testToday.AddDays(7))
	if week.PlannedHours <= 0 || math.Abs(week.AheadHours-(week.DoneHours-week.PlannedHours)) > 0.01 {
		t.Fatalf("standing a week on %+v", week)
	}
}

func TestSettings(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s, saved, err := db.Settings(ctx)
	if err != nil || saved || s.Experience != "some" {
		t.Fatalf("fresh settings %+v %v %v", s, saved, err)
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
	p, err := db.CreatePlan(context.Background(), "mine", in)
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
