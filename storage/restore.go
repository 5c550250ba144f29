package storage

import (
	"context"
	"fmt"
	"path/filepath"
)

// Restored says what a restore did.
type Restored struct {
	From string // the backup file restored
	// SafetyBackup is a verified backup of the data the restore replaced.
	SafetyBackup string
	// MovedAside is where the replaced file (with any stale -wal and -shm
	// files) was moved, byte-for-byte.
	MovedAside string
	// MigratedFrom is the schema version the restored file was upgraded
	// from; 0 when it was current.
	MigratedFrom int
}

// Restore replaces the data with the backup at file, after checking the
// backup and backing up the current data. The replaced file and any stale
// -wal/-shm files are moved aside, never deleted. On failure before the
// swap nothing changes.
func (db *DB) Restore(ctx context.Context, file string) (Restored, error) {
	r := Restored{From: file}
	if _, err := verifyFile(ctx, file); err != nil {
		return r, err
	}
	safety, err := db.backup(ctx, BackupRestore)
	if err != nil {
		return r, errorf(ErrorCode(err), "Nothing was restored: "+ErrorMessage(err), err)
	}
	r.SafetyBackup = safety.Path
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return r, errorf(CodeClosed, msgClosed, nil)
	}
	if err := db.closePools(); err != nil {
		return r, classify(err)
	}
	moved, err := moveAside(db.path, filepath.Join(db.dir, replacedDir), db.opts.Now())
	if err != nil {
		return r, db.reopenAfter(ctx, fmt.Errorf("restore: %w", err))
	}
	r.MovedAside = moved
	if err := installFile(file, db.path); err != nil {
		// Put the replaced file back so the learner keeps working on it.
		installFile(moved, db.path)
		return r, db.reopenAfter(ctx, fmt.Errorf("restore: %w", err))
	}
	v, err := db.reopen(ctx)
	if v < latestVersion {
		r.MigratedFrom = v
	}
	return r, err
}

// reopen opens the connections on the (new) file, checks it and upgrades it.
// It returns the file's schema version before any upgrade.
func (db *DB) reopen(ctx context.Context) (int, error) {
	v, problem, detail, err := db.attach(ctx, false)
	if err == nil && problem != "" {
		err = errorf(CodeDamaged, "The restored file failed its check: "+detail, nil)
	}
	if err != nil {
		return 0, err
	}
	return v, classify(migrate(ctx, db.rw, latestVersion))
}

// reopenAfter reopens the current file after a failed swap and returns cause.
func (db *DB) reopenAfter(ctx context.Context, cause error) error {
	if _, err := db.reopen(ctx); err != nil {
		return err
	}
	return classify(cause)
}
