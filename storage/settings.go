package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"certplan/planner"
	"certplan/planner/holiday"
)

// StudyTime is the part of the day the learner prefers to study.
type StudyTime string

// The study times a learner can choose; "" is no preference.
const (
	Morning   StudyTime = "morning"
	Afternoon StudyTime = "afternoon"
	Evening   StudyTime = "evening"
)

// Settings are the learner's defaults for new plans and renewal estimates.
type Settings struct {
	Hours      planner.Weekdays   `json:"hours"`      // study hours per weekday, Monday first
	Country    string             `json:"country"`    // ISO 3166 code for public holidays; "" for none
	Experience planner.Experience `json:"experience"` // new, some or experienced
	StudyTime  StudyTime          `json:"study_time"` // preferred time of day; "" for none
}

// Validate checks the settings and says what to change.
func (s Settings) Validate() error {
	for _, h := range s.Hours {
		if h < 0 || h > planner.MaxHoursPerDay || h != h {
			return invalid("Study hours per day must be between 0 and %d.", planner.MaxHoursPerDay)
		}
	}
	if _, err := planner.ParseExperience(string(s.Experience)); err != nil {
		return invalid("Experience must be new, some or experienced.")
	}
	switch s.StudyTime {
	case "", Morning, Afternoon, Evening:
	default:
		return invalid("Preferred study time must be morning, afternoon or evening (or none).")
	}
	if s.Country != "" {
		if _, err := holiday.ForCountry(s.Country); err != nil {
			return invalid("Country %q has no public-holiday calendar: choose one from the list, or none.", s.Country)
		}
	}
	return nil
}

// invalid makes a CodeInvalid error with a formatted message.
func invalid(format string, a ...any) error {
	return errorf(CodeInvalid, fmt.Sprintf(format, a...), nil)
}

// Settings returns the learner's settings, and whether they were ever
// saved; unsaved settings are zero with experience "some".
func (db *DB) Settings(ctx context.Context) (Settings, bool, error) {
	tx, err := db.view(ctx)
	if err != nil {
		return Settings{}, false, err
	}
	defer tx.Rollback()
	return loadSettings(ctx, tx)
}

// SaveSettings replaces the learner's settings.
func (db *DB) SaveSettings(ctx context.Context, s Settings) error {
	if s.Experience == "" {
		s.Experience = planner.Some
	}
	if err := s.Validate(); err != nil {
		return err
	}
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := saveSettings(ctx, tx, s); err != nil {
		return classify(fmt.Errorf("save settings: %w", err))
	}
	return tx.Commit()
}

func loadSettings(ctx context.Context, tx *dbTx) (Settings, bool, error) {
	s := Settings{Experience: planner.Some}
	var hours string
	err := tx.QueryRowContext(ctx, "SELECT hours, country, experience, study_time FROM settings WHERE id = 1").
		Scan(&hours, &s.Country, &s.Experience, &s.StudyTime)
	if errors.Is(err, sql.ErrNoRows) {
		return s, false, nil
	}
	if err == nil {
		err = json.Unmarshal([]byte(hours), &s.Hours)
	}
	if err != nil {
		return s, false, classify(fmt.Errorf("load settings: %w", err))
	}
	return s, true, nil
}

func saveSettings(ctx context.Context, tx *dbTx, s Settings) error {
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
