package storage

import (
	"strings"
	"testing"

	"certplan/catalog"
)

// TestRetickCorrectsTheDayOfADoneItem: a done study item ticked on another
// day is corrected to that day, as a done task is (TickTopic), with its
// hours; an item done only through its task's tick can be moved earlier
// than the task; a day after its done task's is refused, and the same day
// again, or no day and no hours, change nothing.
func TestRetickCorrectsTheDayOfADoneItem(t *testing.T) {
	ctx := t.Context()
	db, p, task, items := mustTaskItems(t, 0)
	wrong, right, later := testToday.AddDays(-1), testToday.AddDays(-3), testToday.AddDays(-2)
	if err := db.TickItems(ctx, p.ID, items[:1], wrong, 0.5); err != nil {
		t.Fatal(err)
	}
	r, err := db.RetickItem(ctx, p.ID, items[0], right, 0)
	if err != nil || !r.Changed || r.MovedFrom != wrong {
		t.Fatalf("the correction = %+v, %v; want moved from %s", r, err, wrong)
	}
	if it := mustPlan(t, db, p.ID).Items[items[0]]; !it.Done || it.DoneOn != right || it.Hours != 0.5 {
		t.Errorf("the item after the correction: %+v, want done %s with 0.5 h", it, right)
	}
	for _, again := range []catalog.Date{right, 0} {
		if r, err := db.RetickItem(ctx, p.ID, items[0], again, 0); err != nil || r.Changed {
			t.Errorf("ticking it again on %q = %+v, %v; want no change", again, r, err)
		}
	}
	if err := db.Tick(ctx, p.ID, task, later, 0); err != nil {
		t.Fatal(err)
	}
	if r, err := db.RetickItem(ctx, p.ID, items[1], right, 0); err != nil || !r.Changed || r.MovedFrom != later {
		t.Errorf("moving an item done through its task = %+v, %v; want moved from the task's %s", r, err, later)
	}
	if it := mustPlan(t, db, p.ID).Items[items[1]]; !it.Done || it.DoneOn != right {
		t.Errorf("the item done through its task after the correction: %+v, want done %s", it, right)
	}
	_, err = db.RetickItem(ctx, p.ID, items[2], wrong, 0)
	want := items[2] + "'s task was done on " + later.String() + ": give a day up to then, or correct the task's day first."
	if ErrorCode(err) != CodeInvalid || ErrorMessage(err) != want {
		t.Errorf("a day after the task's: %q (%q), want %q", ErrorMessage(err), ErrorCode(err), want)
	}
}

// TestRetickRefusesAnItemNotDone: RetickItem corrects done items only.
func TestRetickRefusesAnItemNotDone(t *testing.T) {
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	_, err := db.RetickItem(t.Context(), p.ID, itemIDs(p, 0)[0], testToday, 0)
	wantCode(t, err, CodeInvalid)
}

// TestEveryTickRefusesADayOutOfRange: a task's tick, an item's tick and an
// item's correction refuse a day after catalog.LastDate alike (the item's
// tick used to store it), and store nothing.
func TestEveryTickRefusesADayOutOfRange(t *testing.T) {
	ctx := t.Context()
	db, p, task, items := mustTaskItems(t, 0)
	if err := db.TickItems(ctx, p.ID, items[:1], testToday, 0); err != nil {
		t.Fatal(err)
	}
	far := catalog.LastDate.AddDays(1)
	_, retick := db.RetickItem(ctx, p.ID, items[0], far, 0)
	want := "The day it was done, " + far.String() + " is out of range"
	for name, err := range map[string]error{
		"a task's tick":        db.Tick(ctx, p.ID, task, far, 0),
		"an item's tick":       db.TickItems(ctx, p.ID, items[1:2], far, 0),
		"an item's correction": retick,
	} {
		if ErrorCode(err) != CodeInvalid || !strings.HasPrefix(ErrorMessage(err), want) {
			t.Errorf("%s on %s: %q (%q), want %q…", name, far, ErrorMessage(err), ErrorCode(err), want)
		}
	}
	got := mustPlan(t, db, p.ID)
	if got.Progress[task].Done || got.Items[items[1]].Done || got.Items[items[0]].DoneOn != testToday {
		t.Errorf("a refused tick was stored: task %+v, items %+v and %+v", got.Progress[task], got.Items[items[0]], got.Items[items[1]])
	}
}
