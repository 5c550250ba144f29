package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// ExportFormat names certplan's data export in its "format" field.
const ExportFormat = "certplan-data"

// ExportFormatVersion is the version of the export format this certplan writes.
const ExportFormatVersion = 1

// Export is all of a learner's data as one versioned JSON document, for
// moving to another computer. Certifications are derived from the passed
// attempts on import; only their credential IDs are taken from the file.
type Export struct {
	Format         string                      `json:"format"`
	Version        int                         `json:"version"`
	Exported       time.Time                   `json:"exported"`
	Settings       *planner.Settings           `json:"settings"`
	Plans          []ExportPlan                `json:"plans"`
	Attempts       []planner.Attempt           `json:"attempts"`
	Certifications []planner.HeldCertification `json:"certifications"`
}

// Contents counts what the export holds, as a backup's contents are
// counted: plans (archived ones too), exam attempts and certifications.
func (x *Export) Contents() planner.Contents {
	return planner.Contents{Plans: len(x.Plans), Attempts: len(x.Attempts), Certifications: len(x.Certifications)}
}

// ExportPlan is one plan with its whole history.
type ExportPlan struct {
	ID       int64            `json:"id"`
	Name     string           `json:"name"`
	Exam     string           `json:"exam"`
	Created  time.Time        `json:"created"`
	Archived bool             `json:"archived,omitempty"`
	Versions []ExportVersion  `json:"versions"`
	Progress []ProgressRow    `json:"progress"`
	History  []ProgressChange `json:"history"`
	// Scores are the plan's practice results, oldest first; ReadinessTarget
	// its readiness target in percent (0: the default).
	Scores          []planner.Score `json:"scores"`
	ReadinessTarget float64         `json:"readiness_target,omitempty"`
}

// ExportVersion is one schedule of a plan; Schedule is planner.Plan's JSON.
type ExportVersion struct {
	planner.PlanVersion
	Input    planner.Input   `json:"input"`
	Schedule json.RawMessage `json:"schedule"`
}

// Export writes all the data to w as indented JSON, read in one transaction.
func (db *DB) Export(ctx context.Context, w io.Writer) error {
	x, err := db.ExportData(ctx)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return classify(enc.Encode(x))
}

// ExportData reads all the data, in one transaction, as an Export.
func (db *DB) ExportData(ctx context.Context) (*Export, error) {
	return readTx(ctx, db, func(tx *dbTx) (*Export, error) { return db.exportAll(ctx, tx) })
}

// exportAll reads all the data in tx as an Export.
func (db *DB) exportAll(ctx context.Context, tx *dbTx) (*Export, error) {
	x := &Export{Format: ExportFormat, Version: ExportFormatVersion, Exported: tx.now, Plans: []ExportPlan{},
		Attempts: []planner.Attempt{}, Certifications: []planner.HeldCertification{}}
	s, saved, err := loadSettings(ctx, tx)
	if err != nil {
		return nil, err
	}
	if saved {
		x.Settings = &s
	}
	if x.Plans, err = exportPlans(ctx, tx); err != nil {
		return nil, err
	}
	if x.Attempts, err = exportAttempts(ctx, tx, db.cat); err != nil {
		return nil, err
	}
	x.Certifications, err = exportCertifications(ctx, tx)
	return x, err
}

// exportPlans reads every plan with its whole history, never nil.
func exportPlans(ctx context.Context, tx *dbTx) ([]ExportPlan, error) {
	plans, err := queryAll(ctx, tx, scanExportPlan, "SELECT id, name, exam, created, archived FROM plans ORDER BY id")
	if err != nil {
		return nil, classify(err)
	}
	out := append([]ExportPlan{}, plans...)
	for i := range out {
		if err := exportPlanDetail(ctx, tx, &out[i]); err != nil {
			return nil, classify(fmt.Errorf("export plan %d: %w", out[i].ID, err))
		}
	}
	return out, nil
}

// scanExportPlan reads one row of the plans table.
func scanExportPlan(rows *sql.Rows) (ExportPlan, error) {
	var p ExportPlan
	var created string
	if err := rows.Scan(&p.ID, &p.Name, &p.Exam, &created, &p.Archived); err != nil {
		return p, err
	}
	p.Created, _ = parseStamp(created)
	return p, nil
}

// exportPlanDetail adds a plan's versions, progress and history.
func exportPlanDetail(ctx context.Context, tx *dbTx, p *ExportPlan) error {
	var err error
	if p.Versions, err = exportVersions(ctx, tx, p.ID); err != nil {
		return err
	}
	progress, err := loadProgress(ctx, tx, p.ID)
	if err != nil {
		return err
	}
	p.Progress = append([]ProgressRow{}, sortedProgress(progress)...)
	history, err := loadHistory(ctx, tx, p.ID)
	p.History = append([]ProgressChange{}, history...)
	if err != nil {
		return err
	}
	return exportScores(ctx, tx, p)
}

// exportVersions reads every version of plan planID with its input and
// schedule, oldest first.
func exportVersions(ctx context.Context, tx *dbTx, planID int64) ([]ExportVersion, error) {
	return queryAll(ctx, tx, scanExportVersion, "SELECT version, created, reason, today, input, schedule FROM plan_versions WHERE plan_id = ? ORDER BY version", planID)
}

// scanExportVersion reads one row of a plan's versions, with its input and schedule.
func scanExportVersion(rows *sql.Rows) (ExportVersion, error) {
	var v ExportVersion
	var created, today, input string
	var blob []byte
	f := fields{err: rows.Scan(&v.Version, &created, &v.Reason, &today, &input, &blob)}
	v.Created = f.stamp(created)
	v.Today = f.day(today)
	f.json(input, &v.Input)
	v.Schedule = field(&f, scheduleJSON, blob)
	return v, f.err
}

// exportAttempts are the attempts as an export keeps them: without the
// retake day, which the catalog's retake wait gives again.
func exportAttempts(ctx context.Context, tx *dbTx, cat *catalog.Catalog) ([]planner.Attempt, error) {
	all, err := loadAttempts(ctx, tx, cat, "")
	out := []planner.Attempt{}
	for _, a := range all {
		a.RetakeFrom = 0
		out = append(out, a)
	}
	return out, err
}

// exportCertifications are the stored certifications, never null in JSON.
func exportCertifications(ctx context.Context, tx *dbTx) ([]planner.HeldCertification, error) {
	all, err := loadCertifications(ctx, tx)
	return append([]planner.HeldCertification{}, all...), err
}
