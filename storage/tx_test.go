package storage

import "testing"

// TestAWriteKeepsItsStepsWhenOneChangesNothing: a step that finds nothing
// to change (ticking a topic already done) inside a larger write leaves
// the write's other changes to be committed with it.
func TestAWriteKeepsItsStepsWhenOneChangesNothing(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	first, second := p.Schedule.Topics[0].ID, p.Schedule.Topics[1].ID
	if err := db.Tick(ctx, p.ID, first, testToday, 0); err != nil {
		t.Fatal(err)
	}
	err := db.write(ctx, func(tx *dbTx) error {
		if r, err := tickTopic(ctx, tx, p.ID, second, testToday, 2); err != nil || !r.Changed {
			t.Fatalf("ticking %s: changed %v, %v", second, r.Changed, err)
		}
		r, err := tickTopic(ctx, tx, p.ID, first, testToday, 0)
		if r.Changed {
			t.Errorf("ticking %s again changed it", first)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := mustPlan(t, db, p.ID).Progress[second]; !got.Done || got.Hours != 2 {
		t.Errorf("%s after the write: done %v with %g h, want done with 2 h", second, got.Done, got.Hours)
	}
}

// TestAWriteThatChangesNothingEndsAndReturnsItsResult: a write that runs
// no statement returns its result without an error and ends, so the next
// write can begin at once.
func TestAWriteThatChangesNothingEndsAndReturnsItsResult(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	topic := p.Schedule.Topics[0].ID
	for i := range 2 {
		changed, err := db.TickChanged(ctx, p.ID, topic, testToday, 0)
		if err != nil {
			t.Fatalf("tick %d: %v", i+1, err)
		}
		if want := i == 0; changed != want {
			t.Errorf("tick %d: changed %v, want %v", i+1, changed, want)
		}
	}
	if err := db.SetHours(ctx, p.ID, p.Schedule.Topics[1].ID, 0); err != nil {
		t.Fatalf("a write after one that changed nothing: %v", err)
	}
}
