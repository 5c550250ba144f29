package storage

import (
	"context"

	"certplan/catalog"
	"certplan/planner/advisor"
)

// AdvisorData reads, at once, what the advisor works from: the
// certifications held, the learner's week (Settings: the saved one, else
// the newest plan's), every plan and the study time the active ones take
// from today on. The desktop's advisor and `certplan advise` both read it
// here, so they advise the same learner alike.
func (db *DB) AdvisorData(ctx context.Context, today catalog.Date) (advisor.Saved, error) {
	return readTx(ctx, db, func(tx *dbTx) (advisor.Saved, error) {
		var s advisor.Saved
		var err error
		if s.Held, err = loadCertifications(ctx, tx); err != nil {
			return s, err
		}
		if s.Settings, _, err = loadSettings(ctx, tx); err != nil {
			return s, err
		}
		if s.Plans, err = queryAll(ctx, tx, scanSummary, planSummaries); err != nil {
			return s, classifyf(err, "list plans")
		}
		if s.Attempts, err = loadAttempts(ctx, tx, db.cat, ""); err != nil {
			return s, err
		}
		s.Taken, err = takenByOthers(ctx, tx, 0, today)
		return s, err
	})
}
