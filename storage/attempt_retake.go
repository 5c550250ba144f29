package storage

import (
	"context"
	"database/sql"
	"fmt"

	"certplan/catalog"
	"certplan/planner"
)

// refuseBeforeRetake refuses an attempt (not a cancellation) that falls
// inside the retake wait of a failed attempt of the same exam, whichever
// of the two is the new one: AWS does not let a learner sit the exam again
// before the wait is over.
func refuseBeforeRetake(ctx context.Context, tx *dbTx, a planner.Attempt, wait int) error {
	if a.Status == planner.Cancelled || wait <= 0 {
		return nil
	}
	// An earlier fail whose wait a falls in.
	fail, err := dateFound(ctx, tx, `SELECT date FROM attempts WHERE exam = ? AND status = 'failed' AND id <> ?
		AND date < ? AND date > ? ORDER BY date DESC LIMIT 1`, a.Exam, a.ID, a.Date.String(), a.Date.AddDays(-wait).String())
	switch {
	case err != nil:
		return err
	case !fail.IsZero():
		return invalid("%s was failed on %s and can be retaken from %s: give that day or a later one.",
			a.Exam, fail, fail.AddDays(wait))
	case a.Status == planner.Failed:
		return refuseLaterInWait(ctx, tx, a, wait)
	}
	return nil
}

// refuseLaterInWait refuses a fail on a day whose retake wait holds
// another attempt of the exam already in the log.
func refuseLaterInWait(ctx context.Context, tx *dbTx, a planner.Attempt, wait int) error {
	later, err := dateFound(ctx, tx, `SELECT date FROM attempts WHERE exam = ? AND status <> 'cancelled' AND id <> ?
		AND date > ? AND date < ? ORDER BY date LIMIT 1`, a.Exam, a.ID, a.Date.String(), a.Date.AddDays(wait).String())
	if err != nil || later.IsZero() {
		return err
	}
	return invalid("A fail of %s on %s would mean no retake before %s, but the log has an attempt on %s: check the dates.",
		a.Exam, a.Date, a.Date.AddDays(wait), later)
}

// dateFound reads the one date the query finds, or zero for none.
func dateFound(ctx context.Context, tx *dbTx, query string, args ...any) (catalog.Date, error) {
	var s string
	err := tx.QueryRowContext(ctx, query, args...).Scan(&s)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	if err != nil {
		return 0, classify(fmt.Errorf("look for a fail in the retake wait: %w", err))
	}
	d, err := catalog.ParseDate(s)
	if err != nil {
		return 0, classify(fmt.Errorf("read a stored attempt date %q: %w", s, err))
	}
	return d, nil
}
