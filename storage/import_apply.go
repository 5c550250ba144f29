package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"certplan/catalog"
)

// Imported says what an import did.
type Imported struct {
	Plans, Attempts int
	// SafetyBackup is a verified backup of the data the import replaced.
	SafetyBackup string
}

// Import replaces all the data with a parsed export (see ParseExport), in
// one transaction: either everything is imported or nothing changes. The
// data it replaces is backed up first.
func (db *DB) Import(ctx context.Context, x *Export) (Imported, error) {
	res := Imported{Plans: len(x.Plans), Attempts: len(x.Attempts)}
	if err := x.validate(db.cat, catalog.DateFromTime(db.opts.Now())); err != nil {
		return res, err
	}
	safety, err := db.backup(ctx, BackupImport)
	if err != nil {
		return res, errorf(ErrorCode(err), "Nothing was imported: "+ErrorMessage(err), err)
	}
	res.SafetyBackup = safety.Path
	return res, db.replace(ctx, x)
}

// replace swaps all the data for a validated export in one transaction.
func (db *DB) replace(ctx context.Context, x *Export) error {
	return db.write(ctx, func(tx *dbTx) error {
		if err := db.replaceAll(ctx, tx, x); err != nil {
			return classify(fmt.Errorf("import: %w", err))
		}
		return nil
	})
}

// replaceAll deletes every row and inserts the export's.
func (db *DB) replaceAll(ctx context.Context, tx *dbTx, x *Export) error {
	for _, table := range []string{"plans", "attempts", "certifications", "settings"} {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+table); err != nil {
			return err
		}
	}
	if x.Settings != nil {
		if err := saveSettings(ctx, tx, *x.Settings); err != nil {
			return err
		}
	}
	for _, p := range x.Plans {
		if err := importPlan(ctx, tx, p); err != nil {
			return fmt.Errorf("plan %d: %w", p.ID, err)
		}
	}
	for _, a := range x.Attempts {
		_, err := tx.ExecContext(ctx, "INSERT INTO attempts (id, exam, date, status, score, notes, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
			a.ID, a.Exam, a.Date.String(), string(a.Status), scoreValue(a.Score), a.Notes, stamp(a.Created))
		if err != nil {
			return fmt.Errorf("attempt %d: %w", a.ID, err)
		}
	}
	if _, _, err := db.refreshCertifications(ctx, tx); err != nil {
		return err
	}
	for _, c := range x.Certifications {
		if _, err := tx.ExecContext(ctx, "UPDATE certifications SET credential_id = ? WHERE key = ?", c.CredentialID, c.Key); err != nil {
			return err
		}
	}
	return nil
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func importPlan(ctx context.Context, tx *dbTx, p ExportPlan) error {
	if _, err := tx.ExecContext(ctx, "INSERT INTO plans (id, name, exam, created, archived) VALUES (?, ?, ?, ?, ?)", p.ID, p.Name, p.Exam, stamp(p.Created), p.Archived); err != nil {
		return err
	}
	for _, v := range p.Versions {
		if err := importVersion(ctx, tx, p.ID, v); err != nil {
			return err
		}
	}
	for _, t := range p.Progress {
		_, err := tx.ExecContext(ctx, `INSERT INTO progress (plan_id, topic, done, done_on, hours, updated, task) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (plan_id, topic) DO UPDATE SET done = excluded.done, done_on = excluded.done_on, hours = excluded.hours,
			updated = excluded.updated, task = excluded.task`,
			p.ID, t.Topic, t.Done, dateValue(t.DoneOn), t.Hours, stamp(t.Updated), t.Task)
		if err != nil {
			return err
		}
	}
	for _, c := range p.History {
		_, err := tx.ExecContext(ctx, "INSERT INTO progress_log (plan_id, topic, action, at, done, done_on, hours) VALUES (?, ?, ?, ?, ?, ?, ?)",
			p.ID, c.Topic, c.Action, stamp(c.At), c.Done, dateValue(c.DoneOn), c.Hours)
		if err != nil {
			return err
		}
	}
	return importScores(ctx, tx, p)
}

// importVersion stores one schedule; progress rows for its topics are made
// here and then overwritten by the export's progress.
func importVersion(ctx context.Context, tx *dbTx, planID int64, v ExportVersion) error {
	input, err := json.Marshal(v.Input)
	if err != nil {
		return err
	}
	schedule, err := decodeSchedule(v.Schedule)
	if err != nil {
		return err
	}
	blob, err := compress(v.Schedule)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO plan_versions (plan_id, version, created, reason, today, exam_date, input, schedule)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, planID, v.Version, stamp(v.Created), string(v.Reason), v.Today.String(), dateValue(schedule.ExamDate), string(input), blob)
	if err != nil {
		return err
	}
	for _, t := range schedule.Topics {
		if _, err := tx.ExecContext(ctx, "INSERT INTO progress (plan_id, topic, updated) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", planID, t.ID, stamp(v.Created)); err != nil {
			return err
		}
	}
	_, err = addItemRows(ctx, tx, planID, schedule, stamp(v.Created), nil)
	return err
}
