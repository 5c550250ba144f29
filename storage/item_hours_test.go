package storage

import (
	"math"
	"testing"
)

// TestSetItemHoursIsForADoneItem: an open item's hours are given with its
// tick, not set alone; hours that are not a number of hours are refused;
// the same hours twice change nothing the second time.
func TestSetItemHoursIsForADoneItem(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	p := MustCreatePlan(t, db, "SAA-C03")
	item := p.Schedule.Topics[0].Items[0].ID
	_, err := db.SetItemHours(ctx, p.ID, item, 1)
	wantCode(t, err, CodeInvalid)
	if err := db.TickItems(ctx, p.ID, []string{item}, testToday, 0.5); err != nil {
		t.Fatal(err)
	}
	for _, h := range []float64{-1, math.NaN(), maxTopicHours + 1} {
		_, err := db.SetItemHours(ctx, p.ID, item, h)
		wantCode(t, err, CodeInvalid)
	}
	for i, want := range []bool{true, false} {
		if changed, err := db.SetItemHours(ctx, p.ID, item, 2); err != nil || changed != want {
			t.Fatalf("setting 2 h, time %d: changed %v, %v; want %v", i+1, changed, err, want)
		}
	}
}
