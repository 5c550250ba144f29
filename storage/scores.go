package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// maxSource bounds a score's source name.
const maxSource = 200

// AddScore stores a practice result for plan planID after checking it
// against the plan's exam: known domains, percentages, not in the future.
func (db *DB) AddScore(ctx context.Context, planID int64, s planner.Score) (planner.ScoreRecord, error) {
	if err := checkSource(&s); err != nil {
		return planner.ScoreRecord{}, err
	}
	return writeTx(ctx, db, func(tx *dbTx) (planner.ScoreRecord, error) { return db.insertScore(ctx, tx, planID, s) })
}

// checkSource trims s's source and refuses one too long to keep.
func checkSource(s *planner.Score) error {
	s.Source = strings.TrimSpace(s.Source)
	if len(s.Source) > maxSource {
		return invalid("A score's source can be at most %d characters.", maxSource)
	}
	return nil
}

// insertScore checks s against plan planID's exam and stores it.
func (db *DB) insertScore(ctx context.Context, tx *dbTx, planID int64, s planner.Score) (planner.ScoreRecord, error) {
	e, err := planExam(ctx, tx, db.cat, planID)
	if err != nil {
		return planner.ScoreRecord{}, err
	}
	if err := planner.ValidateScore(e, s, catalog.DateFromTime(db.opts.Now())); err != nil {
		return planner.ScoreRecord{}, errorf(CodeInvalid, capitalise(err.Error())+".", err)
	}
	if err := checkRecordDay(ctx, tx, db.cat, planID, s.Date, "The practice test's day"); err != nil {
		return planner.ScoreRecord{}, err
	}
	domains, err := json.Marshal(nonNil(s.Domains))
	if err != nil {
		return planner.ScoreRecord{}, fmt.Errorf("save score: %w", err)
	}
	res, err := tx.ExecContext(ctx, "INSERT INTO scores (plan_id, taken, overall, domains, source, created) VALUES (?, ?, ?, ?, ?, ?)",
		planID, s.Date.String(), s.Overall, string(domains), s.Source, tx.stamp())
	if err != nil {
		return planner.ScoreRecord{}, classify(fmt.Errorf("save score for plan %d: %w", planID, err))
	}
	id, _ := res.LastInsertId()
	return planner.ScoreRecord{ID: id, PlanID: planID, Score: s, Created: tx.now}, nil
}

func nonNil(m map[int]float64) map[int]float64 {
	if m == nil {
		return map[int]float64{}
	}
	return m
}

// planExam returns the exam of plan id, or a not-found error.
func planExam(ctx context.Context, tx *dbTx, cat *catalog.Catalog, id int64) (*catalog.Exam, error) {
	var code string
	err := tx.QueryRowContext(ctx, "SELECT exam FROM plans WHERE id = ?", id).Scan(&code)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, planNotFound(id)
	}
	if err != nil {
		return nil, classify(fmt.Errorf("load plan %d: %w", id, err))
	}
	e, ok := cat.Exam(code)
	if !ok {
		return nil, errorf(CodeInvalid, fmt.Sprintf("Plan %d is for %s, which this certplan does not know: update certplan.", id, code), nil)
	}
	return e, nil
}

// Scores returns the practice results of plan planID, oldest first.
func (db *DB) Scores(ctx context.Context, planID int64) ([]planner.ScoreRecord, error) {
	return readTx(ctx, db, func(tx *dbTx) ([]planner.ScoreRecord, error) {
		if _, err := planExam(ctx, tx, db.cat, planID); err != nil {
			return nil, err
		}
		return loadScores(ctx, tx, planID)
	})
}

// loadScores reads plan planID's practice results, oldest first: never nil
// when it succeeds.
func loadScores(ctx context.Context, tx *dbTx, planID int64) ([]planner.ScoreRecord, error) {
	scan := func(rows *sql.Rows) (planner.ScoreRecord, error) { return scanScore(rows, planID) }
	out, err := queryAll(ctx, tx, scan, "SELECT id, taken, overall, domains, source, created FROM scores WHERE plan_id = ? ORDER BY taken, id", planID)
	if err == nil && out == nil {
		out = []planner.ScoreRecord{}
	}
	return out, classifyf(err, "load scores of plan %d", planID)
}

// scanScore reads one stored practice result of plan planID; one whose
// date or domains cannot be read is damaged.
func scanScore(rows *sql.Rows, planID int64) (planner.ScoreRecord, error) {
	r := planner.ScoreRecord{PlanID: planID}
	var taken, domains, created string
	if err := rows.Scan(&r.ID, &taken, &r.Overall, &domains, &r.Source, &created); err != nil {
		return r, err
	}
	var perr error
	r.Date, perr = catalog.ParseDate(taken)
	if err := errors.Join(perr, json.Unmarshal([]byte(domains), &r.Domains)); err != nil {
		return r, errorf(CodeDamaged, "A stored score cannot be read: restore a backup.", fmt.Errorf("score %d: %w", r.ID, err))
	}
	r.Created, _ = time.Parse(time.RFC3339, created)
	return r, nil
}

// ReadinessTarget returns plan planID's readiness target in percent
// (planner.DefaultTarget unless the learner set one).
func (db *DB) ReadinessTarget(ctx context.Context, planID int64) (float64, error) {
	return readTx(ctx, db, func(tx *dbTx) (float64, error) {
		if _, err := planExam(ctx, tx, db.cat, planID); err != nil {
			return 0, err
		}
		return loadTarget(ctx, tx, planID)
	})
}

func loadTarget(ctx context.Context, tx *dbTx, planID int64) (float64, error) {
	target := planner.DefaultTarget
	err := tx.QueryRowContext(ctx, "SELECT target FROM readiness_targets WHERE plan_id = ?", planID).Scan(&target)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, classify(fmt.Errorf("load readiness target of plan %d: %w", planID, err))
	}
	return target, nil
}

// SetReadinessTarget changes plan planID's readiness target (1 to 100 %).
func (db *DB) SetReadinessTarget(ctx context.Context, planID int64, target float64) error {
	if !(target >= 1 && target <= 100) {
		return invalid("A readiness target must be 1 to 100 %%, not %g.", target)
	}
	return db.write(ctx, func(tx *dbTx) error {
		if _, err := planExam(ctx, tx, db.cat, planID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO readiness_targets (plan_id, target) VALUES (?, ?)
			ON CONFLICT (plan_id) DO UPDATE SET target = excluded.target`, planID, target)
		return classifyf(err, "save readiness target of plan %d", planID)
	})
}

// PlanReadiness estimates plan planID's readiness on today from its
// scores, its study done and its target.
func (db *DB) PlanReadiness(ctx context.Context, planID int64, today catalog.Date) (planner.Readiness, error) {
	return readTx(ctx, db, func(tx *dbTx) (planner.Readiness, error) {
		p, err := loadPlan(ctx, tx, planID)
		if err != nil {
			return planner.Readiness{}, err
		}
		return readinessOf(ctx, tx, db.cat, p, today)
	})
}

// readinessOf estimates p's readiness on today.
func readinessOf(ctx context.Context, tx *dbTx, cat *catalog.Catalog, p planner.StudyPlan, today catalog.Date) (planner.Readiness, error) {
	e, err := planExam(ctx, tx, cat, p.ID)
	if err != nil {
		return planner.Readiness{}, err
	}
	recs, err := loadScores(ctx, tx, p.ID)
	if err != nil {
		return planner.Readiness{}, err
	}
	target, err := loadTarget(ctx, tx, p.ID)
	if err != nil {
		return planner.Readiness{}, err
	}
	scores := make([]planner.Score, len(recs))
	for i, r := range recs {
		scores[i] = r.Score
	}
	progress := map[string]planner.Progress{}
	for id, t := range p.Progress {
		progress[id] = planner.Progress{Done: t.Done, Hours: t.Hours}
	}
	return planner.EstimateReadiness(e, scores, planner.StudyOf(e, p.Schedule, progress), target, today), nil
}

// LoggedReadiness is plan planID's readiness on today when practice
// results were logged, or nil when there are none.
func (db *DB) LoggedReadiness(ctx context.Context, planID int64, today catalog.Date) (*planner.Readiness, error) {
	return readTx(ctx, db, func(tx *dbTx) (*planner.Readiness, error) {
		p, err := loadPlan(ctx, tx, planID)
		if err != nil {
			return nil, err
		}
		return loggedReadiness(ctx, tx, db.cat, p, today)
	})
}
