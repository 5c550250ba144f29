package storage

import (
	"fmt"
	"testing"

	"certplan/planner"
)

// editedHours is plan p's input with hours a week over Monday to Friday,
// re-planned from day today.
func editedHours(p planner.StudyPlan, perWeek float64) planner.Input {
	in := p.Input
	in.Hours, in.Today, in.Progress = planner.Even(perWeek), testToday, p.PlannerProgress()
	return in
}

// twoPlansOneTicked makes an SAA-C03 and a DVA-C03 plan and ticks
// SAA-C03's first topic with 2 h; it returns both as stored now and the
// topic ticked.
func twoPlansOneTicked(t *testing.T, db *DB) (saa, dva planner.StudyPlan, topic string) {
	t.Helper()
	saa = MustCreatePlan(t, db, "SAA-C03")
	dva = MustCreatePlan(t, db, "DVA-C03")
	topic = saa.Schedule.Topics[0].ID
	if err := db.Tick(t.Context(), saa.ID, topic, testToday, 2); err != nil {
		t.Fatal(err)
	}
	return mustPlan(t, db, saa.ID), dva, topic
}

// wantWithinWeek checks plans re-fitted within week: SAA-C03 (plans[0])
// keeps topic done with its 2 h, together they never hold more on a day
// than week's hours, and the settings hold week.
func wantWithinWeek(t *testing.T, db *DB, week planner.LearnerWeek, topic string, plans ...planner.StudyPlan) {
	t.Helper()
	if g := plans[0].Progress[topic]; !g.Done || g.Hours != 2 {
		t.Errorf("SAA-C03's done topic after the re-fit: %+v, want done with 2 h", g)
	}
	if d := overLimit(week.Hours, dayLoad(plans...)); d != 0 {
		t.Errorf("on %s the plans hold more than the new %v", d, week.Hours)
	}
	if s, _, err := db.Settings(t.Context()); err != nil || s.Week() != week {
		t.Errorf("settings' week = %v (%v), want %v", s.Week(), err, week)
	}
}

// wantRefittedWithin checks that each plan of was is now its next
// version, re-planned within week, and then what wantWithinWeek checks.
func wantRefittedWithin(t *testing.T, db *DB, week planner.LearnerWeek, topic string, was ...planner.StudyPlan) {
	t.Helper()
	var now []planner.StudyPlan
	for _, w := range was {
		p := mustPlan(t, db, w.ID)
		if p.Input.Week() != week || p.Version != w.Version+1 || p.Reason != planner.ReasonReplan {
			t.Errorf("%s is version %d (%s) within %v, want version %d re-planned within %v",
				p.Exam, p.Version, p.Reason, p.Input.Week(), w.Version+1, week)
		}
		now = append(now, p)
	}
	wantWithinWeek(t, db, week, topic, now...)
}

// TestEditingTheHoursChangesTheLearnersWeek: editing one plan's hours makes
// them the learner's week: the settings and the other plan take them, the
// other plan is re-fitted as a new version with its progress kept, and the
// two never hold more on a day than the new hours.
func TestEditingTheHoursChangesTheLearnersWeek(t *testing.T) {
	db := MustOpenDB(t)
	saa, dva, topic := twoPlansOneTicked(t, db)
	edited, change, err := db.EditPlanInWeek(t.Context(), dva.ID, editedHours(dva, 6))
	if err != nil {
		t.Fatal(err)
	}
	week := planner.LearnerWeek{Hours: planner.Even(6), Country: "DE"}
	if change.Week != week || len(change.Refitted) != 1 || change.Refitted[0].ID != saa.ID {
		t.Fatalf("change = week %v, %d re-fitted, want %v and SAA-C03 re-fitted", change.Week, len(change.Refitted), week)
	}
	refitted := mustPlan(t, db, saa.ID)
	if refitted.Input.Week() != week || edited.Input.Week() != week {
		t.Errorf("weeks after the edit: SAA-C03 %v, DVA-C03 %v, want both %v", refitted.Input.Week(), edited.Input.Week(), week)
	}
	if refitted.Version != saa.Version+1 || refitted.Reason != planner.ReasonReplan {
		t.Errorf("SAA-C03 is version %d (%s), want version %d re-planned", refitted.Version, refitted.Reason, saa.Version+1)
	}
	wantWithinWeek(t, db, week, topic, refitted, edited)
}

// TestTheSameWeekChangesNothingElse: an edit or a new plan within the
// week the other plans already have makes no version of them.
func TestTheSameWeekChangesNothingElse(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	saa := MustCreatePlan(t, db, "SAA-C03")
	_, change, err := db.CreatePlanInWeek(ctx, "", func() planner.Input { in := testInput("DVA-C03"); in.Country = "DE"; return in }())
	if err != nil || len(change.Refitted) != 0 {
		t.Fatalf("a plan in the same week re-fitted %d plans (%v), want none", len(change.Refitted), err)
	}
	in := saa.Input
	in.ExamDate, in.Today = saa.Schedule.ExamDate.AddDays(14), testToday
	if _, change, err = db.EditPlanInWeek(ctx, saa.ID, in); err != nil || len(change.Refitted) != 0 {
		t.Fatalf("moving the exam re-fitted %d plans (%v), want none", len(change.Refitted), err)
	}
	if p := mustPlan(t, db, 2); p.Version != 1 {
		t.Errorf("DVA-C03 is version %d, want 1: nothing in its week changed", p.Version)
	}
}

// TestANewPlansWeekIsTheLearners: a plan created with other hours and
// holidays re-fits the active plan within them and leaves the archived one
// alone; brought back, the archived one takes the learner's week too.
func TestANewPlansWeekIsTheLearners(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	saa := MustCreatePlan(t, db, "SAA-C03")
	kept := MustCreatePlan(t, db, "DVA-C03")
	if _, err := db.SetArchived(ctx, kept.ID, true, testToday); err != nil {
		t.Fatal(err)
	}
	in := testInput("SOA-C02")
	in.Hours = planner.Even(8)
	p, change, err := db.CreatePlanInWeek(ctx, "", in)
	if err != nil {
		t.Fatal(err)
	}
	week := planner.LearnerWeek{Hours: planner.Even(8)}
	if len(change.Refitted) != 1 || change.Refitted[0].ID != saa.ID || change.Refitted[0].Input.Week() != week {
		t.Fatalf("re-fitted %+v, want SAA-C03 within %v", change.Refitted, week)
	}
	if d := overLimit(week.Hours, dayLoad(change.Refitted[0], p)); d != 0 {
		t.Errorf("on %s the plans hold more than %v", d, week.Hours)
	}
	if a := mustPlan(t, db, kept.ID); a.Version != 1 || a.Input.Week() == week {
		t.Errorf("the archived plan is version %d within %v, want left alone", a.Version, a.Input.Week())
	}
	back, err := db.SetArchived(ctx, kept.ID, false, testToday)
	if err != nil || back.Input.Week() != week || back.Version != 2 {
		t.Errorf("brought back: version %d within %v (%v), want version 2 within %v", back.Version, back.Input.Week(), err, week)
	}
}

// TestAFailedWeekChangeLeavesEveryPlan: when storing the other plan's re-fit
// fails, the edit is not stored either: both plans and the settings stay
// as they were.
func TestAFailedWeekChangeLeavesEveryPlan(t *testing.T) {
	ctx := t.Context()
	db, saa, dva, before := twoPlansAndSettings(t)
	failRefitOf(t, db, saa.ID)
	if _, _, err := db.EditPlanInWeek(ctx, dva.ID, editedHours(dva, 6)); err == nil {
		t.Fatal("the edit succeeded though the other plan's re-fit failed")
	}
	wantPlansAsWere(t, db, saa, dva)
	if after, _, _ := db.Settings(ctx); after.Week() != before.Week() {
		t.Errorf("settings' week %v, want %v as before", after.Week(), before.Week())
	}
}

// twoPlansAndSettings opens a fresh database with an SAA-C03 and a DVA-C03
// plan and returns them with the settings as they stand, for a test that
// makes a write fail and checks that all three stay as they were.
func twoPlansAndSettings(t *testing.T) (db *DB, saa, dva planner.StudyPlan, before planner.Settings) {
	t.Helper()
	db = MustOpenDB(t)
	saa = MustCreatePlan(t, db, "SAA-C03")
	dva = MustCreatePlan(t, db, "DVA-C03")
	before, _, err := db.Settings(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return db, saa, dva, before
}

// failRefitOf makes storing plan id's version 2 fail, as a full disk
// would, so a test can see the write that re-fits it leave everything.
func failRefitOf(t *testing.T, db *DB, id int64) {
	t.Helper()
	if _, err := db.rw.Exec(fmt.Sprintf(`CREATE TRIGGER refit_fails BEFORE INSERT ON plan_versions
		WHEN NEW.plan_id = %d AND NEW.version = 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END`, id)); err != nil {
		t.Fatal(err)
	}
}

// wantPlansAsWere fails for each of plans whose stored version or week
// changed: a write that failed, or had nothing to do, leaves them as they
// were.
func wantPlansAsWere(t *testing.T, db *DB, plans ...planner.StudyPlan) {
	t.Helper()
	for _, was := range plans {
		if p := mustPlan(t, db, was.ID); p.Version != was.Version || p.Input.Week() != was.Input.Week() {
			t.Errorf("plan %d is version %d within %v, want version %d within %v", p.ID, p.Version, p.Input.Week(), was.Version, was.Input.Week())
		}
	}
}
