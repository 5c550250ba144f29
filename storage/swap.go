package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Replacing the data file (start-up recovery and Restore) survives a kill
// at any moment. The replacement is first written in full next to the data
// file (certplan.db.restore: copied, synced, switched to WAL and checked, so
// it never needs a rollback journal once in place). Then a marker
// (certplan.swap) recording the step is written and synced; then the
// original and its -wal/-shm/-journal are renamed aside and the
// replacement renamed in; then the marker is removed. A start that finds
// the marker finishes the step and says so; one that finds a replacement
// without a marker removes it, as nothing had been replaced yet.

// The names of a replacement in progress.
const (
	swapName   = "certplan.swap"   // the marker
	swapTmp    = swapName + ".tmp" // the marker being written
	prepSuffix = ".restore"        // the replacement, after the data file's name
	newSuffix  = ".new"            // a new empty file being built
	swapOpFix  = "recover"         // swap.Op of start-up recovery
	swapOpUser = "restore"         // swap.Op of Restore
)

// swap is the marker's content: what is being replaced by what.
type swap struct {
	Op      string    `json:"op"`
	From    string    `json:"from"`  // the file put in place; "" for new empty data
	Taken   time.Time `json:"taken"` // when that backup was made, if known
	Aside   string    `json:"aside"` // where the replaced file goes
	Problem Problem   `json:"problem,omitempty"`
	Detail  string    `json:"detail,omitempty"`
}

// prepare writes the replacement for the data file: a copy of from, or a
// new empty database when from is "", synced, in WAL mode and checked.
func (db *DB) prepare(ctx context.Context, from string) error {
	prep := db.path + prepSuffix
	if err := removeDBFiles(prep); err != nil {
		return err
	}
	var err error
	if from == "" {
		err = buildEmpty(ctx, prep)
	} else {
		err = copyAsWAL(ctx, from, prep)
	}
	if err == nil {
		_, err = verifyFile(ctx, prep)
	}
	if err == nil {
		err = syncFile(prep)
	}
	if err != nil {
		removeDBFiles(prep)
		return err
	}
	return syncDir(db.dir)
}

// copyAsWAL copies src to dst and switches the copy to WAL mode, so that
// opening it in place later writes no rollback journal next to the data.
func copyAsWAL(ctx context.Context, src, dst string) error {
	if err := copyFileSynced(src, dst); err != nil {
		return err
	}
	c, err := sql.Open("sqlite3", dsn(dst, 5*time.Second))
	if err != nil {
		return err
	}
	c.SetMaxOpenConns(1)
	err = c.PingContext(ctx)
	// Closing the last connection checkpoints and deletes the -wal file.
	if cerr := c.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	for _, suffix := range dbSuffixes[1:] {
		if fileExists(dst + suffix) {
			return errors.New("switching the copy to WAL left " + filepath.Base(dst+suffix))
		}
	}
	return nil
}

// swapIn records the step, then moves the data file aside and puts the
// prepared replacement in its place.
func (db *DB) swapIn(s swap) error {
	if err := writeMarker(db.dir, s); err != nil {
		return err
	}
	return db.finishSwap(s)
}

// finishSwap does (or finishes) the step the marker records. Each part is
// a rename that is skipped once done, so it can run again after a kill.
func (db *DB) finishSwap(s swap) error {
	if fileExists(db.path + prepSuffix) {
		for _, step := range db.swapSteps(s) {
			if err := step(); err != nil {
				return err
			}
		}
	}
	return removeMarker(db.dir)
}

// swapSteps are the parts of a swap in order: the original and its
// companions renamed aside, then the replacement renamed in. A kill can
// fall between any two (tests run every prefix).
func (db *DB) swapSteps(s swap) []func() error {
	steps := []func() error{func() error { return makeSubdir(filepath.Dir(s.Aside)) }}
	for _, suffix := range dbSuffixes {
		steps = append(steps, func() error { return renameAside(db.path+suffix, s.Aside+suffix) })
	}
	return append(steps,
		func() error { return syncDir(filepath.Dir(s.Aside)) },
		func() error { return os.Rename(db.path+prepSuffix, db.path) },
		func() error { return syncDir(db.dir) })
}

// undoSwap puts the original back after a step failed in this process.
func (db *DB) undoSwap(s swap) error {
	prep := db.path + prepSuffix
	if !fileExists(prep) {
		return removeMarker(db.dir) // the replacement is already in place
	}
	for _, suffix := range dbSuffixes {
		if err := os.Rename(s.Aside+suffix, db.path+suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	if err := removeDBFiles(prep); err != nil {
		return err
	}
	if err := syncDir(db.dir); err != nil {
		return err
	}
	return removeMarker(db.dir)
}

// resume finishes a replacement a kill interrupted, reporting it as a
// recovery, and removes replacements that never started.
func (db *DB) resume() error {
	s, err := readMarker(db.dir)
	if err != nil {
		return classify(err)
	}
	if s == nil {
		return db.dropPartials()
	}
	if err := db.finishSwap(*s); err != nil {
		return errorf(ErrorCode(classify(err)), "certplan was stopped while replacing its data file and cannot finish: "+ErrorMessage(classify(err)), err)
	}
	r := &Recovery{Problem: s.Problem, Detail: s.Detail, MovedTo: s.Aside, RestoredFrom: s.From, BackupTaken: s.Taken, Resumed: true}
	if s.Op == swapOpUser {
		r.Problem = ProblemInterrupted
	}
	if !fileExists(r.MovedTo) && !fileExists(r.MovedTo+"-wal") {
		r.MovedTo = ""
	}
	db.startup.Recovery = r
	return nil
}

// dropPartials removes replacements and new files whose step never began
// (a kill while they were written): the data file was not touched.
func (db *DB) dropPartials() error {
	if fileExists(db.path + prepSuffix) {
		db.startup.Warnings = append(db.startup.Warnings,
			"certplan was stopped while preparing to replace its data file, before it replaced anything: your data is as it was.")
	}
	for _, base := range []string{db.path + prepSuffix, db.path + newSuffix} {
		if err := removeDBFiles(base); err != nil {
			return classify(err)
		}
	}
	os.Remove(filepath.Join(db.dir, swapTmp))
	return nil
}

// writeMarker writes the marker durably (a temporary file, synced and
// renamed, so it is never half written).
func writeMarker(dir string, s swap) error {
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, swapTmp)
	if err := createPrivate(tmp); err != nil {
		return err
	}
	f, err := os.OpenFile(tmp, os.O_WRONLY|noFollow, 0)
	if err != nil {
		return err
	}
	if err := writeSynced(f, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, swapName)); err != nil {
		return err
	}
	return syncDir(dir)
}

// readMarker returns the step in progress, or nil when there is none. A
// marker that cannot be read is removed: it was never complete.
func readMarker(dir string) (*swap, error) {
	path := filepath.Join(dir, swapName)
	if info, err := os.Lstat(path); err == nil && !info.Mode().IsRegular() {
		return nil, errorf(CodeUnsafe, fmt.Sprintf("%s should be certplan's note of a restore in progress but is not a file: move it elsewhere and start certplan again.", path), nil)
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var s swap
	if json.Unmarshal(b, &s) != nil || s.Aside == "" {
		return nil, removeMarker(dir)
	}
	return &s, nil
}

// removeMarker ends the step durably.
func removeMarker(dir string) error {
	if err := os.Remove(filepath.Join(dir, swapName)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return syncDir(dir)
}
