package storage

import (
	"context"
	"encoding/json"
	"fmt"

	"certplan/catalog"
	"certplan/planner"
)

// exportScores adds a plan's practice results and readiness target.
func exportScores(ctx context.Context, tx *dbTx, p *ExportPlan) error {
	recs, err := loadScores(ctx, tx, p.ID)
	if err != nil {
		return err
	}
	p.Scores = []planner.Score{}
	for _, r := range recs {
		p.Scores = append(p.Scores, r.Score)
	}
	var target float64
	err = tx.QueryRowContext(ctx, "SELECT target FROM readiness_targets WHERE plan_id = ?", p.ID).Scan(&target)
	if err == nil {
		p.ReadinessTarget = target
	}
	return nil
}

// validateScores checks a plan's results against its exam (a date from
// catalog.FirstDate to today, like the ticks) and its target.
func validateScores(e *catalog.Exam, p ExportPlan, today catalog.Date) error {
	for _, s := range p.Scores {
		if !s.Date.IsZero() && !s.Date.InRange() {
			return fmt.Errorf("has a practice result taken on %s: use a day from %s to today", s.Date, catalog.FirstDate)
		}
		if err := planner.ValidateScore(e, s, today); err != nil {
			return fmt.Errorf("has a practice result that is wrong: %w", err)
		}
		if len(s.Source) > maxSource {
			return fmt.Errorf("has a practice result whose source is longer than %d characters", maxSource)
		}
	}
	if t := p.ReadinessTarget; t != 0 && !(t >= 1 && t <= 100) {
		return fmt.Errorf("has a readiness target of %g: use 1 to 100", t)
	}
	return nil
}

// importScores stores a plan's practice results and target.
func importScores(ctx context.Context, tx *dbTx, p ExportPlan) error {
	for _, s := range p.Scores {
		domains, err := json.Marshal(nonNil(s.Domains))
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "INSERT INTO scores (plan_id, taken, overall, domains, source, created) VALUES (?, ?, ?, ?, ?, ?)",
			p.ID, s.Date.String(), s.Overall, string(domains), s.Source, tx.stamp())
		if err != nil {
			return err
		}
	}
	if p.ReadinessTarget > 0 {
		_, err := tx.ExecContext(ctx, "INSERT INTO readiness_targets (plan_id, target) VALUES (?, ?)", p.ID, p.ReadinessTarget)
		return err
	}
	return nil
}
