package storage

import (
	"context"
	"time"
)

// backupCheckEvery is how often a running certplan looks whether a
// rotating backup is due.
const backupCheckEvery = time.Hour

// startBackups makes rotating backups in the background while the data is
// open: one now if due, then whenever BackupEvery has passed.
func (db *DB) startBackups() {
	if db.opts.BackupEvery < 0 {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	db.stop, db.done = cancel, make(chan struct{})
	go func() {
		defer close(db.done)
		t := time.NewTicker(min(backupCheckEvery, db.opts.BackupEvery))
		defer t.Stop()
		// The first check runs to its end even when Close comes first, so a
		// short command-line run still makes the day's backup.
		db.backupIfDue(context.Background())
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				db.backupIfDue(ctx)
			}
		}
	}()
}

// backupIfDue makes a daily backup when the newest is older than
// BackupEvery, and records (and reports) the outcome.
func (db *DB) backupIfDue(ctx context.Context) {
	all, err := db.Backups()
	if err != nil {
		err = backupFailed(db.BackupDir(), err)
	} else {
		for _, b := range all {
			if b.Kind == BackupDaily && db.opts.Now().Sub(b.Taken) < db.opts.BackupEvery {
				return
			}
		}
		_, err = db.backup(ctx, BackupDaily)
	}
	if ctx.Err() != nil {
		return
	}
	db.backupMu.Lock()
	db.lastBackup = err
	db.backupMu.Unlock()
	if err != nil && db.opts.OnBackupError != nil {
		db.opts.OnBackupError(err)
	}
}
