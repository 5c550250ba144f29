package storage

import (
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestRecordDaysBeforeThePlanOrTheExam (QA #20): a tick or a practice
// result dated before the exam's first day, or more than a year before the
// plan was made, is refused with one sentence and nothing is stored.
func TestRecordDaysBeforeThePlanOrTheExam(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	soa := MustCreatePlan(t, db, "SOA-C03") // first day 2025-09-30, plan made 2026-03-02
	saa := MustCreatePlan(t, db, "SAA-C03")
	item := firstItem(t, saa.Schedule)
	refused := map[string]error{
		"tick before the exam's first day":  db.Tick(ctx, soa.ID, soa.Schedule.Topics[0].ID, day(2025, 9, 29), 0),
		"item before the exam's first day":  db.TickItems(ctx, soa.ID, []string{item}, day(2025, 9, 29), 0),
		"score before the exam's first day": scoreErr(t, db, soa.ID, day(2025, 9, 29)),
		"tick over a year before the plan":  db.Tick(ctx, saa.ID, saa.Schedule.Topics[0].ID, day(2025, 3, 1), 0),
		"score over a year before the plan": scoreErr(t, db, saa.ID, day(2020, 1, 1)),
	}
	for name, err := range refused {
		wantCode(t, err, CodeInvalid)
		if msg := ErrorMessage(err); !strings.Contains(msg, "give a day from") || strings.Contains(msg, "\n") {
			t.Errorf("%s: %q, want one sentence giving the first day", name, msg)
		}
	}
	if p, _ := db.Plan(ctx, soa.ID); p.Progress[soa.Schedule.Topics[0].ID].Done {
		t.Error("a refused tick was stored")
	}
	if p, _ := db.Plan(ctx, saa.ID); p.Items[item].Done {
		t.Error("a refused tick was stored")
	}
	for name, err := range map[string]error{
		"tick on the exam's first day":  db.Tick(ctx, soa.ID, soa.Schedule.Topics[0].ID, day(2025, 9, 30), 0),
		"score on the exam's first day": scoreErr(t, db, soa.ID, day(2025, 9, 30)),
		"tick a year before the plan":   db.Tick(ctx, saa.ID, saa.Schedule.Topics[0].ID, day(2025, 3, 2), 0),
	} {
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func scoreErr(t *testing.T, db *DB, planID int64, on catalog.Date) error {
	_, err := db.AddScore(t.Context(), planID, planner.Score{Date: on, Overall: 70})
	return err
}

// firstItem returns the first study item of a schedule.
func firstItem(t *testing.T, p planner.Plan) string {
	for _, tp := range p.Topics {
		if len(tp.Items) > 0 {
			return tp.Items[0].ID
		}
	}
	t.Fatal("the plan has no study item")
	return ""
}
