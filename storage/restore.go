package storage

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"certplan/planner"
)

// RestoreOptions say how careful a restore is with the data it replaces.
type RestoreOptions struct {
	// RefuseLoss refuses, with ErrWouldLose, a backup that holds fewer
	// plans, exam attempts or certifications than the data it would replace.
	RefuseLoss bool
}

// ErrWouldLose is behind a restore refused because the backup holds fewer
// plans, exam attempts or certifications than the data (RefuseLoss); its
// code is CodeInvalid and the BackupRestore returned with it says what each holds.
var ErrWouldLose = errors.New("the backup holds less than the data it would replace")

// ErrNotABackup is behind a restore refused because the chosen file is not
// a healthy certplan backup this certplan can read. Its code stays
// CodeDamaged (the file is foreign or damaged) or CodeNewerVersion (a newer
// certplan made it); the cause lets a caller tell the learner's choice of
// file from damage met during the restore itself.
var ErrNotABackup = errors.New("the file to restore is not a certplan backup")

// notABackup adds ErrNotABackup to the cause of err, from checking file,
// when the file is damaged, foreign or from a newer certplan; a newer
// one is refused in a sentence about restoring it.
func notABackup(file string, err error) error {
	e := asError(err)
	var newer newerVersion
	switch {
	case e.Code == CodeNewerVersion && errors.As(err, &newer):
		msg := fmt.Sprintf("%s was made by a newer certplan (%s): update certplan to restore it. Nothing was restored.", file, newer)
		return errorf(e.Code, msg, errors.Join(ErrNotABackup, e.Err))
	case e.Code == CodeDamaged:
		return errorf(e.Code, e.Message, errors.Join(ErrNotABackup, e.Err))
	}
	return err
}

// Restore replaces the data with the backup at file, after checking the
// backup and backing up the current data. The replaced file and any stale
// -wal/-shm files are moved aside, never deleted. On failure before the
// swap nothing changes; a kill during it is finished at the next start
// (see swap). It refuses anything but a regular file, and certplan's own
// live files.
func (db *DB) Restore(ctx context.Context, file string) (planner.BackupRestore, error) {
	return db.RestoreWith(ctx, file, RestoreOptions{})
}

// RestoreWith is Restore, guarded as opts say.
func (db *DB) RestoreWith(ctx context.Context, file string, opts RestoreOptions) (planner.BackupRestore, error) {
	db.swapMu.Lock()
	defer db.swapMu.Unlock()
	r := planner.BackupRestore{BackupFile: planner.BackupFile{Path: file}}
	if b, ok := parseBackupName(filepath.Dir(file), filepath.Base(file)); ok {
		r.Kind, r.Made = string(b.Kind), b.Taken
	}
	if err := db.checkRestoreSource(file); err != nil {
		return r, err
	}
	// The one check of the backup: countBoth then only counts.
	if _, err := verifyFile(ctx, file); err != nil {
		return r, notABackup(file, err)
	}
	if info, err := os.Stat(file); err == nil {
		r.Size = info.Size()
	}
	if db.readOnly {
		return r, errorf(CodeReadOnly, msgReadOnlyMode, nil)
	}
	// The swap renames the data file under any other session, so it needs
	// the folder alone.
	err := db.own.exclusive("a restore replaces the data file it is using", func() (err error) {
		if r, err = db.countBoth(ctx, r, opts); err != nil {
			return err
		}
		r, err = db.restoreAlone(ctx, r)
		return err
	})
	return r, err
}

// countBoth counts what the backup r.Path (checked already) and the data
// hold, and refuses a loss when opts say so; it runs while this session has
// the folder alone, so nobody adds to the data after it is counted.
func (db *DB) countBoth(ctx context.Context, r planner.BackupRestore, opts RestoreOptions) (planner.BackupRestore, error) {
	var err error
	if r.Holds, err = countFile(ctx, r.Path); err != nil {
		return r, errorf(CodeDamaged, fmt.Sprintf("%s is not a good certplan backup: %s. Nothing was restored.", r.Path, strings.TrimSpace(err.Error())), ErrNotABackup)
	}
	current, err := db.Contents(ctx)
	if err != nil {
		return r, errorf(ErrorCode(err), "Nothing was restored: "+ErrorMessage(err), err)
	}
	r.Replaces = current
	if opts.RefuseLoss && r.Holds.Lacks(current) {
		msg := fmt.Sprintf("%s holds fewer plans, exam attempts or certifications than your data: nothing was restored.", r.Path)
		return r, errorf(CodeInvalid, msg, ErrWouldLose)
	}
	return r, nil
}

// restoreAlone restores r.Path while this session has the folder alone.
func (db *DB) restoreAlone(ctx context.Context, r planner.BackupRestore) (planner.BackupRestore, error) {
	file := r.Path
	if err := db.prepare(ctx, file); err != nil {
		err = classify(err)
		return r, errorf(ErrorCode(err), "Nothing was restored: "+ErrorMessage(err), err)
	}
	safety, err := db.backup(ctx, BackupRestore)
	if err != nil {
		removeDBFiles(db.path + prepSuffix)
		return r, errorf(ErrorCode(err), "Nothing was restored: "+ErrorMessage(err), err)
	}
	r.SafetyBackup = safety.Path
	return db.swapRestore(ctx, r)
}

// swapRestore puts the prepared file in place of the data and reopens it.
func (db *DB) swapRestore(ctx context.Context, r planner.BackupRestore) (planner.BackupRestore, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		removeDBFiles(db.path + prepSuffix)
		return r, errorf(CodeClosed, msgClosed, nil)
	}
	if err := db.closePools(); err != nil {
		return r, classify(err)
	}
	aside, err := asideName(filepath.Join(db.dir, replacedDir), db.opts.Now())
	if err != nil {
		removeDBFiles(db.path + prepSuffix)
		return r, db.reopenAfter(ctx, fmt.Errorf("restore: %w", err))
	}
	s := swap{Op: swapOpUser, From: r.Path, Aside: aside}
	if err := db.swapIn(s); err != nil {
		// Put the replaced file back so the learner keeps working on it.
		db.undoSwap(s)
		return r, db.reopenAfter(ctx, fmt.Errorf("restore: %w", err))
	}
	r.MovedAside = aside
	v, err := db.reopen(ctx)
	if v < latestVersion {
		r.MigratedFrom = v
	}
	return r, err
}

// checkRestoreSource refuses, before opening it, what is not a backup a
// restore could take: a missing file, a folder, pipe or device (opening a
// pipe would wait for ever), and certplan's own live files.
func (db *DB) checkRestoreSource(file string) error {
	info, err := os.Stat(file)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errorf(CodeNotFound, fmt.Sprintf("There is no file %s: give the path of a certplan backup, such as one in %s.", file, db.BackupDir()), err)
	case err != nil:
		return classify(err)
	case !info.Mode().IsRegular():
		return errorf(CodeInvalid, fmt.Sprintf("%s is not a file (it is a folder, pipe or device): give the path of a certplan backup, such as one in %s.", file, db.BackupDir()), nil)
	}
	for _, own := range []string{db.path, db.path + "-wal", db.path + "-shm", db.path + "-journal", db.path + prepSuffix, filepath.Join(db.dir, lockName)} {
		if o, err := os.Stat(own); err == nil && os.SameFile(info, o) {
			return errorf(CodeInvalid, fmt.Sprintf("%s is certplan's live data, which cannot be restored over itself: give the path of a backup, such as one in %s.", file, db.BackupDir()), nil)
		}
	}
	return nil
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
