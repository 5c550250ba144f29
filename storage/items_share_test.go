package storage

import (
	"math"
	"testing"
)

// TestTickingItemsWithOneDoneKeepsAllTheHours: ticking three items, one of
// them done already, with 3 h shares the 3 h between the two still open;
// none of it is lost on the one done (QA: a third went missing).
func TestTickingItemsWithOneDoneKeepsAllTheHours(t *testing.T) {
	ctx := t.Context()
	db, p, task, items := mustTaskItems(t, 0)
	items = items[:3]
	if err := db.TickItems(ctx, p.ID, items[:1], testToday, 1); err != nil {
		t.Fatal(err)
	}
	if err := db.TickItems(ctx, p.ID, items, testToday, 3); err != nil {
		t.Fatal(err)
	}
	rows := mustRows(t, db, p.ID)
	if h := rows[task].Hours; math.Abs(h-4) > 1e-9 {
		t.Errorf("task %s holds %v h, want 4: 1 h, then 3 h", task, h)
	}
	want := map[string]float64{items[0]: 1, items[1]: 1.5, items[2]: 1.5}
	for id, h := range want {
		if got := rows[id].Hours; math.Abs(got-h) > 1e-9 {
			t.Errorf("item %s holds %v h, want %v", id, got, h)
		}
	}
}
