package storage

import (
	"context"
	"fmt"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// inOtherWeekDecoded is inOtherWeek as it was, reading every active plan
// whole: the answer inOtherWeek must keep while reading less.
func (db *DB) inOtherWeekDecoded(ctx context.Context, tx *dbTx, self int64, week planner.LearnerWeek, today catalog.Date) (bool, error) {
	others, err := activeSchedules(ctx, tx, self)
	if err != nil {
		return false, err
	}
	for _, p := range others {
		if !planner.ExamPassed(p.Schedule, db.dayOr(today)) && p.Input.Week() != week {
			return true, nil
		}
	}
	return false, nil
}

// storeInWeek stores plan p's schedule again as its next version, planned
// within week w: data from before the one week, or an archived plan that
// kept its own.
func storeInWeek(t *testing.T, db *DB, p planner.StudyPlan, w planner.LearnerWeek) planner.StudyPlan {
	t.Helper()
	err := db.write(t.Context(), func(tx *dbTx) error {
		return addVersion(t.Context(), tx, p.ID, p.Version+1, planner.ReasonEdit, p.Input.InWeek(w), p.Schedule)
	})
	if err != nil {
		t.Fatal(err)
	}
	return mustPlan(t, db, p.ID)
}

// TestInOtherWeekReadsWhatTheWholePlansSay: whether another active plan is
// planned within another week comes out the same from the plans' inputs
// and exam days as from the whole plans, for every plan left out, week and
// day: the latest version counts, archived plans and plans whose exam has
// come do not.
func TestInOtherWeekReadsWhatTheWholePlansSay(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	weeks := []planner.LearnerWeek{{Hours: planner.Weekdays{1, 1, 1, 1, 1, 5, 0}, Country: "DE"},
		{Hours: planner.Even(6), Country: "DE"}, {Hours: planner.Even(8)}}
	saa, dva := MustCreatePlan(t, db, "SAA-C03"), MustCreatePlan(t, db, "DVA-C03")
	saa = storeInWeek(t, db, saa, weeks[1])
	soa := MustCreatePlan(t, db, "SOA-C02")
	if _, err := db.SetArchived(ctx, soa.ID, true, testToday); err != nil {
		t.Fatal(err)
	}
	soa = storeInWeek(t, db, soa, weeks[2])
	days := []catalog.Date{testToday, saa.Schedule.ExamDate, dva.Schedule.ExamDate, soa.Schedule.ExamDate}
	seen := map[bool]bool{}
	for _, self := range []int64{0, saa.ID, dva.ID, soa.ID} {
		for _, w := range weeks {
			for _, day := range days {
				name := fmt.Sprintf("plan %d left out, %v, on %s", self, w, day)
				got, err := readTx(ctx, db, func(tx *dbTx) (bool, error) { return db.inOtherWeek(ctx, tx, self, w, day) })
				want, errWant := readTx(ctx, db, func(tx *dbTx) (bool, error) { return db.inOtherWeekDecoded(ctx, tx, self, w, day) })
				if err != nil || errWant != nil || got != want {
					t.Errorf("%s: in another week %v (%v), whole plans say %v (%v)", name, got, err, want, errWant)
				}
				seen[want] = true
			}
		}
	}
	if !seen[true] || !seen[false] {
		t.Errorf("the cases gave only %v: they check nothing", seen)
	}
}
