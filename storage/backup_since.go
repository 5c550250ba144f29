package storage

import (
	"context"
	"time"

	"certplan/planner"
)

// WorkSince counts the ticks and practice results recorded after made:
// the work a restore of a backup made then would lose. Both are read from
// the instants storage stamps them with (progress_log.at, scores.created).
func (db *DB) WorkSince(ctx context.Context, made time.Time) (planner.WorkSince, error) {
	w, err := readTx(ctx, db, func(tx *dbTx) (planner.WorkSince, error) {
		var w planner.WorkSince
		var err error
		if w.Ticks, err = countAfter(ctx, tx, "SELECT at FROM progress_log WHERE action = 'tick'", made); err != nil {
			return w, err
		}
		w.Scores, err = countAfter(ctx, tx, "SELECT created FROM scores", made)
		return w, err
	})
	return w, classifyf(err, "count the work since the backup")
}

// countAfter counts the instants query reads that fall after made. They
// are compared as times, not as text: RFC 3339 with trimmed nanoseconds
// does not sort as text.
func countAfter(ctx context.Context, q querier, query string, made time.Time) (int, error) {
	stamps, err := queryAll(ctx, q, scanValue[string], query)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, s := range stamps {
		if at, err := time.Parse(time.RFC3339Nano, s); err == nil && at.After(made) {
			n++
		}
	}
	return n, nil
}
