package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// desktopStateFile holds, in the data folder, what the desktop app
// remembers about this data: it belongs to the data, not to the person's
// account, so a second data folder (--data DIR) never sees the first's
// last plan. It is not in the database so that it needs no schema change
// and a lost write costs only where the window reopens.
const desktopStateFile = "desktop.json"

// DesktopState is what the desktop app remembers about one data folder.
type DesktopState struct {
	LastPlan   int64  `json:"last_plan,omitempty"`
	LastScreen string `json:"last_screen,omitempty"`
	// ReminderAt is the time of day ("HH:MM") of the daily study
	// reminder; "" when the learner wants none.
	ReminderAt string `json:"reminder_at,omitempty"`
}

// DesktopState reads what the desktop app remembers; zero when nothing
// was saved yet or the file cannot be read (it only says where to reopen).
func (db *DB) DesktopState() DesktopState {
	var s DesktopState
	b, err := os.ReadFile(filepath.Join(db.dir, desktopStateFile))
	if err == nil {
		_ = json.Unmarshal(b, &s) // an unreadable file starts again from zero
	}
	return s
}

// SaveDesktopState replaces what the desktop app remembers, writing a
// temporary file and renaming it so a reader never sees half of it.
func (db *DB) SaveDesktopState(s DesktopState) error {
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	path := filepath.Join(db.dir, desktopStateFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return classify(fmt.Errorf("save desktop state: %w", err))
	}
	if err := os.Rename(tmp, path); err != nil {
		if rmErr := os.Remove(tmp); rmErr != nil && !errors.Is(rmErr, fs.ErrNotExist) {
			err = errors.Join(err, rmErr)
		}
		return classify(fmt.Errorf("save desktop state: %w", err))
	}
	return nil
}
