package storage

import (
	"encoding/json"
	"reflect"
	"testing"

	"certplan/planner"
)

// A re-fit of every active plan within the learner's week reads each
// stored schedule once, and returns each plan as reading it back would.

// otherWeek is a week the plans MustCreatePlan makes are not planned within.
var otherWeek = planner.LearnerWeek{Hours: planner.Weekdays{1.5, 1.5, 1.5, 1.5, 1.5, 5, 0}}

// threeOlderPlans makes three active plans, and stores the second one's
// schedule as plain JSON with its reviews as saved before reviews named
// their task, and leaves out the progress rows of the first one's first
// task's study items, as data from before items were kept has them: so a
// re-fit reads old sessions and adds progress rows.
func threeOlderPlans(t *testing.T, db *DB) []planner.StudyPlan {
	t.Helper()
	plans := []planner.StudyPlan{MustCreatePlan(t, db, "SAA-C03"), MustCreatePlan(t, db, "DVA-C02"), MustCreatePlan(t, db, "SOA-C02")}
	task, old := plans[0].Schedule.Topics[0], oldReviews(t, plans[1].Schedule)
	if len(task.Items) == 0 {
		t.Fatalf("%s has no study items to leave out", task.ID)
	}
	must(t, db.write(t.Context(), func(tx *dbTx) error {
		if _, err := tx.ExecContext(t.Context(), "UPDATE plan_versions SET schedule = ? WHERE plan_id = ?", old, plans[1].ID); err != nil {
			return err
		}
		_, err := tx.ExecContext(t.Context(), "DELETE FROM progress WHERE plan_id = ? AND task = ?", plans[0].ID, task.ID)
		return err
	}))
	for i, p := range plans {
		plans[i] = mustPlan(t, db, p.ID)
	}
	return plans
}

// oldReviews is schedule s as plain JSON with each review session saved
// as before reviews named their task: the domain review as its topic.
func oldReviews(t *testing.T, s planner.Plan) []byte {
	t.Helper()
	n := 0
	for _, w := range s.Weeks {
		for i, ss := range w.Sessions {
			if ss.Kind == planner.Review && ss.CountsToward != "" {
				w.Sessions[i].Topic, w.Sessions[i].CountsToward = ss.CountsToward, ""
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("the schedule has no review session to store as before")
	}
	raw, err := json.Marshal(s)
	must(t, err)
	return raw
}

// refitAction is a user action that re-fits every active plan: it returns
// the plans it says it stored (the action's own plan first when it has
// one).
type refitAction struct {
	name string
	// reads is how many stored schedules it reads with the three plans of
	// threeOlderPlans: each plan's once, and a plan created its own back.
	reads int64
	do    func(t *testing.T, db *DB, plans []planner.StudyPlan) ([]planner.StudyPlan, error)
}

var refitActions = []refitAction{
	{"edit a plan's hours", 3, func(t *testing.T, db *DB, plans []planner.StudyPlan) ([]planner.StudyPlan, error) {
		in := plans[1].Input
		in.Hours, in.Country, in.Today = otherWeek.Hours, otherWeek.Country, testToday
		p, c, err := db.EditPlanInWeek(t.Context(), plans[1].ID, in)
		return append([]planner.StudyPlan{p}, c.Refitted...), err
	}},
	{"save the settings", 3, func(t *testing.T, db *DB, _ []planner.StudyPlan) ([]planner.StudyPlan, error) {
		c, err := db.SaveSettingsInWeek(t.Context(), planner.Settings{Experience: planner.Some}.WithWeek(otherWeek), testToday)
		return c.Refitted, err
	}},
	{"create a plan", 4, func(t *testing.T, db *DB, _ []planner.StudyPlan) ([]planner.StudyPlan, error) {
		p, c, err := db.CreatePlanInWeek(t.Context(), "", inBenchWeek(testInput("CLF-C02"), otherWeek))
		return append([]planner.StudyPlan{p}, c.Refitted...), err
	}},
}

// TestARefitReadsEachStoredScheduleOnce: editing a plan's hours, saving
// the settings or creating a plan in another week re-fits the three
// active plans reading each one's schedule once (and a plan created once
// more, when it is read back), not again to store it or to build around.
func TestARefitReadsEachStoredScheduleOnce(t *testing.T) {
	for _, a := range refitActions {
		t.Run(a.name, func(t *testing.T) {
			db := MustOpenDB(t)
			plans := threeOlderPlans(t, db)
			before := schedulesRead.Load()
			if _, err := a.do(t, db, plans); err != nil {
				t.Fatal(err)
			}
			if n := schedulesRead.Load() - before; n != a.reads {
				t.Errorf("%s read %d stored schedules, want %d", a.name, n, a.reads)
			}
		})
	}
}

// TestARefitReturnsEachPlanAsStored: the plans a re-fit returns, built
// from what it read and stored, are the plans as read back after it, for
// a plan stored with old reviews and one given progress rows for its
// items.
func TestARefitReturnsEachPlanAsStored(t *testing.T) {
	for _, a := range refitActions {
		t.Run(a.name, func(t *testing.T) {
			db := MustOpenDB(t)
			got, err := a.do(t, db, threeOlderPlans(t, db))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) < 3 {
				t.Fatalf("%s returned %d plans, want the three re-fitted", a.name, len(got))
			}
			wantAsStored(t, db, got...)
		})
	}
}

// TestAnEditInTheSameWeekReturnsThePlanAsStored: a plan edited within its
// week, not re-fitting the others, is returned as read back.
func TestAnEditInTheSameWeekReturnsThePlanAsStored(t *testing.T) {
	db := MustOpenDB(t)
	p := threeOlderPlans(t, db)[1]
	in := p.Input
	in.Today, in.ExamDate = testToday, p.Schedule.ExamDate.AddDays(7)
	got, c, err := db.EditPlanInWeek(t.Context(), p.ID, in)
	if err != nil || len(c.Refitted) != 0 {
		t.Fatalf("edit within the week: %d re-fitted, %v; want none", len(c.Refitted), err)
	}
	wantAsStored(t, db, got)
}

// TestPrioritizingReturnsThePlansAsStored: the plans re-planned around a
// plan given priority are returned as read back.
func TestPrioritizingReturnsThePlansAsStored(t *testing.T) {
	db := MustOpenDB(t)
	plans := threeOlderPlans(t, db)
	got, err := db.Prioritize(t.Context(), plans[2].ID, testToday)
	if err != nil || len(got) == 0 {
		t.Fatalf("prioritize: %d re-planned, %v; want some", len(got), err)
	}
	wantAsStored(t, db, got...)
}

// wantAsStored checks each of plans is the plan as read back now.
func wantAsStored(t *testing.T, db *DB, plans ...planner.StudyPlan) {
	t.Helper()
	for _, p := range plans {
		if stored := mustPlan(t, db, p.ID); !reflect.DeepEqual(p, stored) {
			t.Errorf("plan %d (%s) returned as version %d is not as read back (version %d)", p.ID, p.Exam, p.Version, stored.Version)
		}
	}
}

// TestAPlanCreatedInAnotherWeekIsBuiltAroundThePlansAsStored: a plan
// created in another week is built around the other plans as the re-fit
// stored them, as it would be around them read back.
func TestAPlanCreatedInAnotherWeekIsBuiltAroundThePlansAsStored(t *testing.T) {
	db := MustOpenDB(t)
	threeOlderPlans(t, db)
	in := inBenchWeek(testInput("CLF-C02"), otherWeek)
	in.Today = testToday
	p, c, err := db.CreatePlanInWeek(t.Context(), "", in)
	if err != nil || len(c.Refitted) != 3 {
		t.Fatalf("create in another week: %d re-fitted, %v; want 3", len(c.Refitted), err)
	}
	must(t, db.DeletePlan(t.Context(), p.ID))
	must(t, db.write(t.Context(), func(tx *dbTx) error {
		around, err := db.build(t.Context(), tx, nil, storedInput(in), in.Progress, in.Today)
		if err == nil && !sameSchedule(around, p.Schedule) {
			t.Error("the plan created is not the plan built around the others read back")
		}
		return err
	}))
}
