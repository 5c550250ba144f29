package storage

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"certplan/catalog"
	"certplan/planner"
)

// invalid makes a CodeInvalid error with a formatted message.
func invalid(format string, a ...any) error {
	return errorf(CodeInvalid, fmt.Sprintf(format, a...), nil)
}

// validSettings checks settings in the planner's sentence for the learner.
func validSettings(s planner.Settings) error {
	if err := s.Validate(); err != nil {
		return errorf(CodeInvalid, err.Error(), err)
	}
	return nil
}

// Settings returns the learner's settings, and whether they were ever
// saved; unsaved settings are zero with experience "some".
func (db *DB) Settings(ctx context.Context) (planner.Settings, bool, error) {
	saved := false
	s, err := readTx(ctx, db, func(tx *dbTx) (planner.Settings, error) {
		s, ok, err := loadSettings(ctx, tx)
		saved = ok
		return s, err
	})
	return s, saved, err
}

// SaveSettings replaces the learner's settings; their hours and holidays
// are the learner's week, as SaveSettingsInWeek says.
func (db *DB) SaveSettings(ctx context.Context, s planner.Settings) error {
	_, err := db.SaveSettingsInWeek(ctx, s, 0)
	return err
}

// SaveSettingsInWeek is SaveSettings, and says what the settings' week did
// to the plans: it is the learner's week, so when an active plan whose exam
// is still to come is planned within another, every active plan is
// re-fitted within it from today (the clock's date when zero) in priority
// order, in the same transaction. Within the same week nothing is
// re-planned.
func (db *DB) SaveSettingsInWeek(ctx context.Context, s planner.Settings, today catalog.Date) (planner.WeekChange, error) {
	if s.Experience == "" {
		s.Experience = planner.Some
	}
	if err := validSettings(s); err != nil {
		return planner.WeekChange{}, err
	}
	return writeTx(ctx, db, func(tx *dbTx) (planner.WeekChange, error) {
		if err := saveSettings(ctx, tx, s); err != nil {
			return planner.WeekChange{}, classify(fmt.Errorf("save settings: %w", err))
		}
		// The settings now hold the week, so shareWeek only re-fits.
		change, _, err := db.shareWeek(ctx, tx, 0, s.Week(), db.dayOr(today), refit{})
		return change, err
	})
}

func loadSettings(ctx context.Context, tx *dbTx) (planner.Settings, bool, error) {
	s := planner.Settings{Experience: planner.Some}
	var hours string
	err := tx.QueryRowContext(ctx, "SELECT hours, country, experience, study_time FROM settings WHERE id = 1").
		Scan(&hours, &s.Country, &s.Experience, &s.StudyTime)
	if errors.Is(err, sql.ErrNoRows) {
		s, err = newestPlansWeek(ctx, tx, s)
		return s, false, err
	}
	if err == nil {
		err = json.Unmarshal([]byte(hours), &s.Hours)
	}
	if err != nil {
		return s, false, classify(fmt.Errorf("load settings: %w", err))
	}
	return s, true, nil
}

// newestPlansWeek gives settings never saved the week, and experience, of
// the newest plan: data from before the learner's week was one holds it
// there. With no plan they stay as they are (the defaults fill them).
func newestPlansWeek(ctx context.Context, tx *dbTx, s planner.Settings) (planner.Settings, error) {
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM plans ORDER BY id DESC LIMIT 1").Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return s, nil
	}
	if err != nil {
		return s, classify(err)
	}
	p, err := loadPlan(ctx, tx, id)
	if err != nil {
		return s, err
	}
	s.Experience = cmp.Or(p.Input.Experience, s.Experience)
	return s.WithWeek(p.Input.Week()), nil
}

func saveSettings(ctx context.Context, tx *dbTx, s planner.Settings) error {
	hours, err := json.Marshal(s.Hours)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO settings (id, hours, country, experience, study_time) VALUES (1, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET hours = excluded.hours, country = excluded.country,
		experience = excluded.experience, study_time = excluded.study_time`,
		string(hours), s.Country, string(s.Experience), string(s.StudyTime))
	return err
}
