package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver

	"certplan/catalog"
)

// Options tune Open. Only Catalog is required.
type Options struct {
	// Catalog resolves exam codes, renewals and study hours.
	Catalog *catalog.Catalog
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// BusyTimeout is how long a write waits for another program's lock
	// before failing with CodeBusy; 5 seconds when zero.
	BusyTimeout time.Duration
	// BackupEvery is how often a rotating backup is made while the data is
	// open (checked at open and then hourly); a day when zero, never when negative.
	BackupEvery time.Duration
	// KeepBackups is how many rotating backups to keep; 7 when zero.
	KeepBackups int
	// OnBackupError is told about automatic backups that failed, so the
	// learner can be told; a failure is also kept for LastBackupError.
	OnBackupError func(error)
	// ReadOnly opens the data for reading only: nothing in the folder is
	// written, and every change fails with CodeReadOnly.
	ReadOnly bool
	// ReadOnlyFallback opens the data read-only (see ReadOnly) when it
	// cannot be opened for writing because the folder is read-only or the
	// disk is full, instead of failing: for reading commands and the
	// desktop app, which then say once that changes cannot be saved.
	ReadOnlyFallback bool

	// Desktop opens the data for the desktop app, one window a folder: a
	// second fails with CodeAlreadyOpen while the command line may share
	// the folder with either (OpenDesktop sets it).
	Desktop bool
}

func (o Options) withDefaults() Options {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.BusyTimeout == 0 {
		o.BusyTimeout = 5 * time.Second
	}
	if o.BackupEvery == 0 {
		o.BackupEvery = 24 * time.Hour
	}
	if o.KeepBackups <= 0 {
		o.KeepBackups = 7
	}
	return o
}

// DB is certplan's open data folder. Its methods are safe for concurrent
// use; writes are serialised on one connection.
type DB struct {
	dir, path string
	opts      Options
	cat       *catalog.Catalog
	own       *owner
	startup   Startup

	mu sync.RWMutex // guards rw and ro against Restore and Close swapping them
	rw *sql.DB      // the one writer connection
	ro *sql.DB      // readers

	readOnly bool       // opened read-only: no writer, no marks, no backups
	swapMu   sync.Mutex // one Restore at a time

	backupMu   sync.Mutex // one backup at a time
	lastBackup error
	stop       context.CancelFunc
	done       chan struct{}
	closed     bool
}

// Startup describes what Open found and did, for the learner to be told.
type Startup struct {
	// Created is true when there was no data file and an empty one was made.
	Created bool
	// UncleanExit is true when certplan had not closed cleanly last time, so
	// the full integrity check ran instead of the quick one.
	UncleanExit bool
	// MigratedFrom is the schema version upgraded from; 0 when none was needed.
	MigratedFrom int
	// MigrationBackup is the verified backup made before upgrading.
	MigrationBackup string
	// Recovery says what was done about a damaged, empty, foreign or
	// missing file, or a restore a kill interrupted; nil when nothing.
	Recovery *Recovery
	// ReadOnly is true when the data was opened read-only (Options.ReadOnly,
	// or ReadOnlyFallback because the folder could not be written).
	ReadOnly bool
	// Warnings are other sentences the learner must read: a data folder
	// others can read, an unfinished restore that was dropped.
	Warnings []string
}

// msgOpenedReadOnly is what the learner is told, once, about a read-only start.
const msgOpenedReadOnly = "certplan's data folder cannot be written (it is read-only or the disk is full), so your data is open read-only: changes cannot be saved until you fix that and start certplan again."

// Notices returns what the learner must be told about this start, one
// sentence or short paragraph each: the recovery, the warnings and a
// read-only start. A schema upgrade is in MigratedFrom.
func (s Startup) Notices() []string {
	var out []string
	if s.Recovery != nil {
		out = append(out, s.Recovery.Message())
	}
	out = append(out, s.Warnings...)
	if s.ReadOnly {
		out = append(out, msgOpenedReadOnly)
	}
	return out
}

// Open opens (creating when needed) certplan's data in dir. It fails with
// CodeAlreadyOpen when another certplan has dir open and CodeNewerVersion
// for a file from a newer certplan, in both cases changing nothing. A
// damaged file is moved aside and the newest good backup restored: see
// Startup.Recovery. With Options.ReadOnly, or ReadOnlyFallback when the
// folder cannot be written, it opens the data read-only (see ReadOnly).
func Open(dir string, opts Options) (*DB, error) {
	if opts.Catalog == nil {
		return nil, errors.New("storage.Open: Options.Catalog is required")
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, classify(err)
	}
	if opts.ReadOnly {
		return openReadOnly(dir, opts)
	}
	db, err := openWritable(dir, opts)
	if err != nil && opts.ReadOnlyFallback && unwritable(err) {
		return openReadOnly(dir, opts)
	}
	return db, err
}

// failWritable, when set (by tests on systems where a folder cannot be made
// read-only), stands for a folder that cannot be written.
var failWritable func() error

// openWritable opens the data for reading and writing.
func openWritable(dir string, opts Options) (*DB, error) {
	if failWritable != nil {
		if err := failWritable(); err != nil {
			return nil, err
		}
	}
	warning, err := makeDir(dir)
	if err != nil {
		return nil, err
	}
	opts = opts.withDefaults()
	own, err := claim(dir, opts.BusyTimeout, opts.Desktop)
	if err != nil {
		return nil, err
	}
	privatize(dir)
	db := &DB{dir: dir, path: filepath.Join(dir, dbName), opts: opts, cat: opts.Catalog, own: own}
	if warning != "" {
		db.startup.Warnings = append(db.startup.Warnings, warning)
	}
	err = db.start(context.Background())
	if err == nil {
		err = own.settle()
	}
	if err != nil {
		db.closePools()
		own.release()
		return nil, err
	}
	db.startBackups()
	return db, nil
}

// Dir returns the data folder.
func (db *DB) Dir() string { return db.dir }

// Path returns the database file's path.
func (db *DB) Path() string { return db.path }

// BackupDir returns the folder holding the backups.
func (db *DB) BackupDir() string { return filepath.Join(db.dir, backupsDir) }

// Startup returns what Open found and did.
func (db *DB) Startup() Startup { return db.startup }

// Close stops automatic backups, closes the file cleanly and releases the
// data folder for another certplan.
func (db *DB) Close() error {
	db.mu.Lock()
	if db.closed {
		db.mu.Unlock()
		return nil
	}
	db.closed = true
	db.mu.Unlock()
	if db.stop != nil {
		db.stop()
		<-db.done
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	err := db.closePools()
	return errors.Join(classify(err), db.own.leave(err == nil && !db.readOnly))
}

// dsn is the writer's connection string: WAL, synchronous FULL, foreign
// keys, BEGIN IMMEDIATE for every transaction and a busy timeout.
func dsn(path string, busy time.Duration) string {
	q := url.Values{}
	q.Set("_txlock", "immediate")
	q.Set("_busy_timeout", fmt.Sprint(busy.Milliseconds()))
	q.Set("_foreign_keys", "on")
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", "FULL")
	return fileURI(path, q)
}

// fileURI is the SQLite URI of path with query parameters, escaped so that
// any folder name works.
func fileURI(path string, q url.Values) string {
	u := url.URL{Scheme: "file", OmitHost: true, Path: filepath.ToSlash(path), RawQuery: q.Encode()}
	return u.String()
}

// openWriter opens the writer pool: one connection, opened at its first
// use (a session that only reads never opens it).
func (db *DB) openWriter() error {
	rw, err := sql.Open("sqlite3", dsn(db.path, db.opts.BusyTimeout))
	if err != nil {
		return err
	}
	rw.SetMaxOpenConns(1)
	rw.SetMaxIdleConns(1)
	rw.SetConnMaxLifetime(0)
	rw.SetConnMaxIdleTime(0)
	db.rw = rw
	return nil
}

// openReaders opens a pool of read-only connections to path. They never
// write to the file, not even a checkpoint when they close.
func openReaders(path string, busy time.Duration) (*sql.DB, error) {
	q := url.Values{"mode": {"ro"}, "_busy_timeout": {fmt.Sprint(busy.Milliseconds())}}
	ro, err := sql.Open("sqlite3", fileURI(path, q))
	if err != nil {
		return nil, err
	}
	ro.SetMaxOpenConns(4)
	ro.SetMaxIdleConns(4)
	return ro, nil
}

// closePools closes the connections; the last one checkpoints the WAL.
func (db *DB) closePools() error {
	var errs []error
	if db.ro != nil {
		errs = append(errs, db.ro.Close())
	}
	if db.rw != nil {
		errs = append(errs, db.rw.Close())
	}
	db.rw, db.ro = nil, nil
	return errors.Join(errs...)
}
