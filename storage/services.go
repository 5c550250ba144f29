package storage

import (
	"context"
	"io"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// The methods in this file give the desktop's service interfaces (package
// ui) the shape they ask for, so that *DB serves the screens directly.

// EarlierSchedules returns the schedules of a plan's versions before the
// current one, oldest first, so a calendar export can cancel the sessions
// that moved. They are read in one transaction, so a re-plan saved
// meanwhile cannot mix two lists of versions.
func (db *DB) EarlierSchedules(ctx context.Context, planID int64) ([]planner.Plan, error) {
	return readTx(ctx, db, func(tx *dbTx) ([]planner.Plan, error) {
		versions, err := loadVersions(ctx, tx, planID)
		if err != nil {
			return nil, err
		}
		var out []planner.Plan
		for _, v := range versions[:len(versions)-1] {
			p, err := loadSchedule(ctx, tx, planID, v.Version)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
		return out, nil
	})
}

// BackupFile makes a manual backup now and returns its file.
func (db *DB) BackupFile(ctx context.Context) (string, error) {
	b, err := db.Backup(ctx)
	return b.Path, err
}

// PreviewRestore says which backup file is, what it holds and what the
// data holds now, with the ticks and practice results recorded since it
// was made, or why it cannot be restored, for the learner to confirm a
// restore of it; it changes nothing.
func (db *DB) PreviewRestore(ctx context.Context, file string) (planner.BackupRestore, error) {
	info, err := db.DescribeBackup(ctx, file)
	r := planner.BackupRestore{BackupFile: info}
	if err != nil || r.Problem != "" {
		return r, err
	}
	if r.Replaces, err = db.Contents(ctx); err != nil || r.Made.IsZero() {
		return r, err
	}
	r.Since, err = db.WorkSince(ctx, r.Made)
	return r, err
}

// RestoreBackup replaces the data with the backup file, keeping a copy of
// the data it replaces, and says what it restored and replaced. Unless
// losing is true it refuses, with ErrWouldLose, a backup holding fewer
// plans, exam attempts or certifications than the data, counted as it
// restores: the learner confirmed no loss.
func (db *DB) RestoreBackup(ctx context.Context, file string, losing bool) (planner.BackupRestore, error) {
	return db.RestoreWith(ctx, file, RestoreOptions{RefuseLoss: !losing})
}

// PreviewImport says what the export read from r holds and what the data
// holds now, for the learner to confirm an import of file; it changes
// nothing. An export that cannot be imported is refused with its reason.
func (db *DB) PreviewImport(ctx context.Context, file string, r io.Reader) (planner.BackupRestore, error) {
	x, err := ParseExport(r, db.cat, catalog.DateFromTime(db.opts.Now()))
	if err != nil {
		return planner.BackupRestore{BackupFile: planner.BackupFile{Path: file}}, err
	}
	p := planner.BackupRestore{BackupFile: planner.BackupFile{Path: file, Holds: x.Contents()}}
	p.Replaces, err = db.Contents(ctx)
	return p, err
}

// ImportAll replaces the data with an export read from r, and says what it
// imported and replaced, and where the data it replaced is backed up.
func (db *DB) ImportAll(ctx context.Context, r io.Reader) (planner.BackupRestore, error) {
	x, err := ParseExport(r, db.cat, catalog.DateFromTime(db.opts.Now()))
	if err != nil {
		return planner.BackupRestore{}, err
	}
	out := planner.BackupRestore{BackupFile: planner.BackupFile{Holds: x.Contents()}}
	if out.Replaces, err = db.Contents(ctx); err != nil {
		return out, err
	}
	res, err := db.Import(ctx, x)
	out.SafetyBackup = res.SafetyBackup
	return out, err
}

// CheckOutput refuses a file the learner chose to save to when it is one
// of certplan's own in the open data folder (see CheckOutput).
func (db *DB) CheckOutput(path string) error { return CheckOutput(db.dir, path) }

// AlreadyOpen reports whether the error is CodeAlreadyOpen: another
// certplan owns the data folder. The desktop asks it through an interface.
func (e *Error) AlreadyOpen() bool { return e.Code == CodeAlreadyOpen }

// OpenDesktop opens the data for the desktop app: in dir, or in DefaultDir
// (which the command line uses too, so both see the same plans) when dir is
// "", falling back to read-only when the folder cannot be written. The
// command line may use the folder meanwhile; a second desktop window fails
// with CodeAlreadyOpen. Every failure is an Error with a sentence for the
// learner.
func OpenDesktop(dir string, cat *catalog.Catalog) (*DB, error) {
	if dir == "" {
		d, err := DefaultDir()
		if err != nil {
			return nil, errorf(CodeInternal, ErrorMessage(err), err)
		}
		dir = d
	}
	return Open(dir, Options{Catalog: cat, ReadOnlyFallback: true, Desktop: true})
}

// Notice is everything the learner must hear about how the data opened,
// as one text: the notices, then a schema upgrade and where its backup is.
func (s Startup) Notice() string {
	out := s.Notices()
	if s.MigratedFrom > 0 {
		out = append(out,
			"Your data was upgraded to this version of certplan; a backup of the old data is at "+s.MigrationBackup+".")
	}
	return strings.Join(out, "\n\n")
}
