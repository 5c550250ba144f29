package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"certplan/planner"
)

// desktopStateFile holds, in the data folder, what the desktop app
// remembers about this data: it belongs to the data, not to the person's
// account, so a second data folder (--data DIR) never sees the first's
// last plan. It is not in the database so that it needs no schema change
// and a lost write costs only where the window reopens.
const desktopStateFile = "desktop.json"

// DesktopState reads what the desktop app remembers; zero when nothing
// was saved yet or the file cannot be read (it only says where to reopen).
func (db *DB) DesktopState() planner.DesktopState {
	var s planner.DesktopState
	b, err := os.ReadFile(filepath.Join(db.dir, desktopStateFile))
	if err == nil {
		_ = json.Unmarshal(b, &s) // an unreadable file starts again from zero
	}
	return s
}

// SaveDesktopState replaces what the desktop app remembers, writing a
// temporary file and renaming it so a reader never sees half of it.
func (db *DB) SaveDesktopState(s planner.DesktopState) error {
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
