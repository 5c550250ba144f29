package storage

import (
	"path/filepath"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// itemIDs returns the IDs of a topic's study items in the plan's schedule.
func itemIDs(p planner.StudyPlan, k int) []string {
	var out []string
	for _, it := range p.Schedule.Topics[k].Items {
		out = append(out, it.ID)
	}
	return out
}

// mustTaskItems creates an SAA-C03 plan (its study items are published) in
// a fresh database, and returns the database, the plan, and the ID and
// study item IDs of the plan's k-th topic, a task.
func mustTaskItems(tb testing.TB, k int) (*DB, planner.StudyPlan, string, []string) {
	tb.Helper()
	db := MustOpenDB(tb)
	p := MustCreatePlan(tb, db, "SAA-C03")
	return db, p, p.Schedule.Topics[k].ID, itemIDs(p, k)
}

func mustPlan(tb testing.TB, db *DB, id int64) planner.StudyPlan {
	tb.Helper()
	p, err := db.Plan(tb.Context(), id)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// mustRows reads a plan's progress rows as stored, each with its task.
func mustRows(tb testing.TB, db *DB, id int64) map[string]ProgressRow {
	tb.Helper()
	rows, err := readTx(tb.Context(), db, func(tx *dbTx) (map[string]ProgressRow, error) {
		return loadProgress(tb.Context(), tx, id)
	})
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

func TestTickOneItemLogsItsHoursOnTheTask(t *testing.T) {
	ctx := t.Context()
	db, p, task, items := mustTaskItems(t, 0)
	if len(items) < 3 || len(p.Items) != countItems(p.Schedule) {
		t.Fatalf("plan has %d item rows, schedule %d items", len(p.Items), countItems(p.Schedule))
	}
	if err := db.TickItems(ctx, p.ID, items[2:3], testToday, 0.75); err != nil {
		t.Fatal(err)
	}
	got := mustPlan(t, db, p.ID)
	it := got.Items[items[2]]
	if !it.Done || it.DoneOn != testToday {
		t.Errorf("item after its tick: done %v on %s, want done today %s", it.Done, it.DoneOn, testToday)
	}
	if row := mustRows(t, db, p.ID)[items[2]]; row.Task != task {
		t.Errorf("item's task = %q, want %q", row.Task, task)
	}
	if tp := got.Progress[task]; tp.Done || tp.Hours != 0.75 {
		t.Errorf("task after one item: %+v, want open with 0.75 h", tp)
	}
	if !got.PlannerProgress()[items[2]].Done {
		t.Error("the planner does not see the item as done")
	}
	if err := db.UntickItems(ctx, p.ID, items[2:3]); err != nil {
		t.Fatal(err)
	}
	got = mustPlan(t, db, p.ID)
	if got.Items[items[2]].Done || got.Progress[task].Hours != 0 {
		t.Errorf("after undo: item %+v, task %+v; want open and 0 h", got.Items[items[2]], got.Progress[task])
	}
}

func TestTaskIsDoneWhenAllItsItemsAreAndUndoTakesBackTheLastTick(t *testing.T) {
	ctx := t.Context()
	db, p, task, items := mustTaskItems(t, 1)
	half := len(items) / 2
	if err := db.TickItems(ctx, p.ID, items[:half], testToday, 1); err != nil {
		t.Fatal(err)
	}
	if mustPlan(t, db, p.ID).Progress[task].Done {
		t.Fatal("the task is done with half its items")
	}
	if err := db.TickItems(ctx, p.ID, items[half:], testToday.AddDays(1), 2); err != nil {
		t.Fatal(err)
	}
	got := mustPlan(t, db, p.ID)
	if tp := got.Progress[task]; !tp.Done || tp.DoneOn != testToday.AddDays(1) || tp.Hours != 3 {
		t.Fatalf("task after all its items: %+v, want done on the last tick's day with 3 h", tp)
	}
	if err := db.Untick(ctx, p.ID, task); err != nil {
		t.Fatal(err)
	}
	got = mustPlan(t, db, p.ID)
	for k, id := range items {
		if got.Items[id].Done != (k < half) {
			t.Errorf("after undoing the task, item %s done = %v, want %v", id, got.Items[id].Done, k < half)
		}
	}
	if tp := got.Progress[task]; tp.Done || tp.Hours != 1 {
		t.Errorf("task after undo: %+v, want open with the first tick's 1 h", tp)
	}
}

func TestWholeTaskTickCoversItsItems(t *testing.T) {
	ctx := t.Context()
	db, p, task, items := mustTaskItems(t, 0)
	if err := db.TickItems(ctx, p.ID, items[:1], testToday, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.Tick(ctx, p.ID, task, testToday.AddDays(2), 4); err != nil {
		t.Fatal(err)
	}
	got := mustPlan(t, db, p.ID)
	for _, id := range items {
		if !got.Items[id].Done {
			t.Errorf("item %s of a ticked task is not done", id)
		}
	}
	// Unticking one item of a done task opens the task and only that item.
	if err := db.UntickItems(ctx, p.ID, items[1:2]); err != nil {
		t.Fatal(err)
	}
	got = mustPlan(t, db, p.ID)
	if got.Progress[task].Done {
		t.Errorf("after unticking item 2: task %+v, want open", got.Progress[task])
	}
	for i, want := range []bool{true, false, true} {
		if done := got.Items[items[i]].Done; done != want {
			t.Errorf("after unticking item 2: item %d done %v, want %v", i+1, done, want)
		}
	}
	// Undoing a whole-task tick gives the items back as they were.
	if err := db.Tick(ctx, p.ID, task, testToday, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.Untick(ctx, p.ID, task); err != nil {
		t.Fatal(err)
	}
	got = mustPlan(t, db, p.ID)
	if got.Items[items[1]].Done || !got.Items[items[2]].Done {
		t.Errorf("undoing the task changed its items: 2 %v 3 %v, want false true", got.Items[items[1]].Done, got.Items[items[2]].Done)
	}
}

func TestItemTickRefusesWhatIsNotAnItem(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	wantCode(t, db.TickItems(ctx, p.ID, []string{"SAA-C03:1.1.99"}, 0, 0), CodeNotFound)
	wantCode(t, db.TickItems(ctx, p.ID, []string{p.Schedule.Topics[0].ID}, 0, 0), CodeInvalid)
	wantCode(t, db.TickItems(ctx, p.ID, itemIDs(p, 0), 0, -1), CodeInvalid)
	wantCode(t, db.UntickItems(ctx, 999, itemIDs(p, 0)), CodeNotFound)
}

// TestMigratedTickMarksAllItemsDone: a task ticked in a version 2 file has
// all its items done once a schedule with items is made; the others are open.
func TestMigratedTickMarksAllItemsDone(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	if err := copyFileSynced(fixturePath(2), filepath.Join(dir, dbName)); err != nil {
		t.Fatal(err)
	}
	db := MustOpenDir(t, dir)
	if _, _, err := db.Replan(ctx, 1, testToday); err != nil {
		t.Fatal(err)
	}
	p := mustPlan(t, db, 1)
	if len(p.Items) == 0 || len(p.Items) != countItems(p.Schedule) {
		t.Fatalf("after a replan the plan has %d item rows, schedule %d items", len(p.Items), countItems(p.Schedule))
	}
	rows := mustRows(t, db, 1)
	for id, it := range p.Items {
		if want := rows[id].Task == fixtureTopic; it.Done != want {
			t.Errorf("item %s done = %v, want %v", id, it.Done, want)
		}
	}
	if sum := summaryOf(t, db, 1); sum.Topics != len(p.Progress) || sum.TopicsDone != 1 {
		t.Errorf("plan list counts %d topics, %d done; want %d and 1 (items are not topics)", sum.Topics, sum.TopicsDone, len(p.Progress))
	}
}

// TestReplanKeepsDoneItemsAndRespreadsTheRest: ticked items are done in the
// new version and in none of its sessions from today on.
func TestReplanKeepsDoneItemsAndRespreadsTheRest(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	done := itemIDs(p, 0)[:3]
	if err := db.TickItems(ctx, p.ID, done, testToday, 0); err != nil {
		t.Fatal(err)
	}
	today := testToday.AddDays(7)
	next, _, err := db.Replan(ctx, p.ID, today)
	if err != nil {
		t.Fatal(err)
	}
	isDone := map[string]bool{}
	for _, id := range done {
		isDone[id] = true
	}
	for _, it := range next.Schedule.Topics[0].Items {
		if it.Done != isDone[it.ID] {
			t.Errorf("item %s done = %v in the new version", it.ID, it.Done)
		}
	}
	seen := map[string]bool{}
	for _, w := range next.Schedule.Weeks {
		for _, s := range w.Sessions {
			// Reviews revisit done items on purpose: only study items count.
			for _, it := range s.TickItems() {
				if !s.Date.Before(today) {
					seen[it.ID] = true
				}
			}
		}
	}
	for _, it := range next.Schedule.Topics[0].Items {
		if seen[it.ID] == isDone[it.ID] {
			t.Errorf("item %s: scheduled from today %v, done %v", it.ID, seen[it.ID], isDone[it.ID])
		}
	}
}

func countItems(p planner.Plan) int {
	n := 0
	for _, t := range p.Topics {
		n += len(t.Items)
	}
	return n
}

func summaryOf(t *testing.T, db *DB, id int64) planner.PlanSummary {
	t.Helper()
	plans, err := db.Plans(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range plans {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("plan %d is not listed", id)
	return planner.PlanSummary{}
}

// TestTickOnAnotherDayCorrectsADoneTask: ticking a done task on another
// day corrects the day it was done, and its study items done on its day
// (or through its tick) move with it; one ticked days before keeps its
// day, and the same day again changes nothing.
func TestTickOnAnotherDayCorrectsADoneTask(t *testing.T) {
	ctx := t.Context()
	db, p, task, items := mustTaskItems(t, 0)
	early, wrong, right := testToday.AddDays(-5), testToday.AddDays(-1), testToday.AddDays(-2)
	for _, tick := range []struct {
		items []string
		on    catalog.Date
	}{{items[:1], early}, {items[1:2], wrong}} {
		if err := db.TickItems(ctx, p.ID, tick.items, tick.on, 0); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Tick(ctx, p.ID, task, wrong, 3); err != nil {
		t.Fatal(err)
	}
	r, err := db.TickTopic(ctx, p.ID, task, right, 0)
	if err != nil || !r.Changed || r.MovedFrom != wrong || r.ItemsMoved != len(items)-1 {
		t.Fatalf("the correction = %+v, %v; want moved from %s with %d items", r, err, wrong, len(items)-1)
	}
	got := mustPlan(t, db, p.ID)
	if tp := got.Progress[task]; !tp.Done || tp.DoneOn != right || tp.Hours != 3 {
		t.Errorf("the task after the correction: %+v, want done %s with 3 h", tp, right)
	}
	for id, want := range map[string]catalog.Date{items[0]: early, items[1]: right, items[2]: right} {
		if it := got.Items[id]; !it.Done || it.DoneOn != want {
			t.Errorf("item %s after the correction: %+v, want done %s", id, it, want)
		}
	}
	if r, err := db.TickTopic(ctx, p.ID, task, right, 0); err != nil || r.Changed {
		t.Errorf("ticking it on the same day again = %+v, %v; want no change", r, err)
	}
	if r, err := db.TickTopic(ctx, p.ID, task, 0, 0); err != nil || r.Changed {
		t.Errorf("ticking it with no day = %+v, %v; want no change (it keeps its day)", r, err)
	}
}
