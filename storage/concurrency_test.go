package storage

import (
	"sync"
	"testing"
)

// TestConcurrentUse ticks from several goroutines while others read, back
// up and export, as the desktop app's screens do off the UI goroutine.
func TestConcurrentUse(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(p.Schedule.Topics); i += 4 {
				if err := db.Tick(ctx, p.ID, p.Schedule.Topics[i].ID, 0, 1); err != nil {
					errs <- err
				}
			}
		}()
	}
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				if _, err := db.Plan(ctx, p.ID); err != nil {
					errs <- err
				}
				if _, err := db.ExportData(ctx); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if _, err := db.Backup(ctx); err != nil {
			errs <- err
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	got, _ := db.Plan(ctx, p.ID)
	if s := got.Standing(testToday); s.TopicsDone != len(p.Schedule.Topics) {
		t.Fatalf("%d of %d topics done", s.TopicsDone, len(p.Schedule.Topics))
	}
}
