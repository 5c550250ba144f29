package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"time"
)

// Recovery says what certplan did about a data file it could not use.
type Recovery struct {
	// Problem is what was wrong: an empty, foreign or damaged file.
	Problem Problem
	// Detail is what the check found, in SQLite's words (for a bug report).
	Detail string
	// MovedTo is where the original file now is, byte-for-byte.
	MovedTo string
	// RestoredFrom is the backup put in its place; "" when no good backup
	// existed and certplan started with empty data.
	RestoredFrom string
	// BackupTaken is when that backup was made.
	BackupTaken time.Time
	// Resumed is true when a kill had interrupted the replacement and this
	// start finished it.
	Resumed bool
}

// Message tells the learner what happened and where their file is.
func (r *Recovery) Message() string {
	if r.Problem == ProblemInterrupted {
		return fmt.Sprintf("certplan was stopped while restoring %s and finished the restore now, so your data is that backup.%s",
			r.RestoredFrom, r.keptAt("The data it replaced"))
	}
	what := map[Problem]string{
		ProblemEmpty:   "certplan's data file was empty",
		ProblemForeign: "certplan's data file was not a certplan database",
		ProblemDamaged: "certplan's data file was damaged",
		ProblemMissing: "certplan's data file was missing",
	}[r.Problem]
	if r.RestoredFrom == "" {
		return fmt.Sprintf("%s and no good backup was found, so certplan started with empty data.%s", what, r.keptAt("The original file"))
	}
	return fmt.Sprintf("%s, so certplan restored the backup of %s: changes made after it are missing.%s",
		what, r.BackupTaken.Local().Format("2 January 2006 15:04"), r.keptAt("The original file"))
}

// keptAt says where the replaced file is kept, when one was.
func (r *Recovery) keptAt(what string) string {
	switch {
	case r.MovedTo == "":
		return ""
	case r.Problem == ProblemMissing:
		return fmt.Sprintf(" The files it left behind are kept unchanged beside %s.", r.MovedTo)
	}
	return fmt.Sprintf(" %s is kept unchanged at %s.", what, r.MovedTo)
}

// newerError refuses a file from a newer certplan; its cause is a
// newerVersion.
func newerError(version int) error {
	return errorf(CodeNewerVersion, fmt.Sprintf("This data was saved by a newer certplan (%s): update certplan to open it. The file was not changed.",
		newerVersion(version)), newerVersion(version))
}

// newerVersion is the data version of a file from a newer certplan.
type newerVersion int

func (v newerVersion) Error() string {
	return fmt.Sprintf("data version %d; this one reads up to %d", int(v), latestVersion)
}

// readKnownHeader is readHeader, refusing a file from a newer certplan
// before anything else is looked at.
func readKnownHeader(path string) (header, error) {
	h, err := readHeader(path)
	if err == nil && h.version > latestVersion {
		return h, newerError(h.version)
	}
	return h, err
}

// start brings the data file to a checked, current state: created, refused,
// recovered or migrated as needed; joining other sessions, it only checks.
func (db *DB) start(ctx context.Context) (err error) {
	if !db.own.alone {
		return db.join(ctx)
	}
	db.startup.UncleanExit = db.own.uncleanExit()
	if err := db.resume(); err != nil {
		return err
	}
	h, err := readKnownHeader(db.path)
	if err != nil {
		return err
	}
	if err := db.own.markOpen(); err != nil {
		return err
	}
	defer func() {
		if err != nil && !db.startup.UncleanExit {
			db.own.markClosed()
		}
	}()
	switch {
	case h.missing:
		return db.startMissing(ctx)
	case h.problem != "":
		if err := db.recoverFrom(ctx, h.problem, h.detail); err != nil {
			return err
		}
	default:
		if err := rollBackJournal(ctx, db.path); err != nil {
			return err
		}
	}
	return db.openChecked(ctx)
}

// startMissing starts without a data file: from the newest good backup
// when there is one (data is never silently empty while a backup exists),
// else with a new empty file.
func (db *DB) startMissing(ctx context.Context) error {
	_, hasBackup := db.newestGoodBackup(ctx)
	if hasBackup || db.hasCompanions() {
		if err := db.recoverFrom(ctx, ProblemMissing, "there was no certplan.db"); err != nil {
			return err
		}
		return db.openChecked(ctx)
	}
	db.startup.Created = true
	if err := createFile(ctx, db.path); err != nil {
		return classify(err)
	}
	return db.openChecked(ctx)
}

// hasCompanions reports whether -wal, -shm or -journal files are left
// without their data file: they must go aside before a new file takes
// the name, or SQLite would apply them to it.
func (db *DB) hasCompanions() bool {
	for _, suffix := range dbSuffixes[1:] {
		if fileExists(db.path + suffix) {
			return true
		}
	}
	return false
}

// openChecked checks the file (recovering once if it is damaged) on a
// read-only connection, so a file that fails is moved aside exactly as it
// was found; then it upgrades the schema.
func (db *DB) openChecked(ctx context.Context) error {
	version, problem, detail, err := db.attach(ctx, db.startup.UncleanExit)
	switch {
	case err != nil:
		return err
	case problem != "" && db.startup.Recovery != nil:
		return errorf(CodeDamaged, "certplan's data file and its backup are damaged: restore a backup you trust with 'certplan restore FILE'.", errors.New(detail))
	case problem != "":
		if err := db.recoverFrom(ctx, problem, detail); err != nil {
			return err
		}
		return db.openChecked(ctx)
	case version > latestVersion:
		return newerError(version)
	}
	return db.upgrade(ctx, version)
}

// attach checks the file through a new read pool and, when it is healthy,
// keeps that pool and opens the writer, which connects at its first use
// (at once when the file must first be switched to WAL).
func (db *DB) attach(ctx context.Context, thorough bool) (int, Problem, string, error) {
	ro, err := openReaders(db.path, db.opts.BusyTimeout)
	if err != nil {
		return 0, "", "", classify(err)
	}
	version, problem, detail, err := checkWith(ctx, ro, thorough)
	if err != nil || problem != "" {
		ro.Close()
		return 0, problem, detail, err
	}
	db.ro = ro
	if err := db.openWriter(); err != nil {
		return 0, "", "", classify(err)
	}
	if h, err := readHeader(db.path); err != nil || !h.wal {
		if err := db.rw.PingContext(ctx); err != nil {
			return 0, "", "", classify(err)
		}
	}
	return version, "", "", nil
}

// upgrade applies the migrations a file of schema version v lacks, after a
// verified backup.
func (db *DB) upgrade(ctx context.Context, v int) error {
	if v == latestVersion {
		return nil
	}
	if err := db.own.syncMarker(); err != nil {
		return err
	}
	if v > 0 {
		b, err := db.backup(ctx, BackupUpgrade)
		if err != nil {
			return errorf(ErrorCode(err), "certplan must upgrade its data file but could not back it up first, so nothing was changed: "+ErrorMessage(err), err)
		}
		db.startup.MigrationBackup = b.Path
	}
	if err := migrate(ctx, db.rw, latestVersion); err != nil {
		return classify(err)
	}
	db.startup.MigratedFrom = v
	return nil
}

// recoverFrom moves the unusable file aside and puts the newest good
// backup (or a new empty file) in its place, crash-safely (see swap).
func (db *DB) recoverFrom(ctx context.Context, problem Problem, detail string) error {
	if err := db.closePools(); err != nil {
		return classify(err)
	}
	r := &Recovery{Problem: problem, Detail: detail}
	b, ok := db.newestGoodBackup(ctx)
	if ok {
		r.RestoredFrom, r.BackupTaken = b.Path, b.Taken
	}
	if err := db.prepare(ctx, r.RestoredFrom); err != nil {
		return classify(err)
	}
	aside, err := asideName(filepath.Join(db.dir, damagedDir), db.opts.Now())
	if err != nil {
		removeDBFiles(db.path + prepSuffix)
		return classify(err)
	}
	s := swap{Op: swapOpFix, From: r.RestoredFrom, Taken: r.BackupTaken, Aside: aside, Problem: problem, Detail: detail}
	if err := db.swapIn(s); err != nil {
		return classify(err)
	}
	for _, suffix := range dbSuffixes {
		if fileExists(aside + suffix) {
			r.MovedTo = aside
		}
	}
	db.startup.Recovery = r
	return nil
}

// createFile makes a new, empty database at path with the latest schema. It
// is built under another name and renamed, so a crash never leaves a
// half-made file under path.
func createFile(ctx context.Context, path string) error {
	tmp := path + newSuffix
	if err := removeDBFiles(tmp); err != nil {
		return err
	}
	if err := buildEmpty(ctx, tmp); err != nil {
		return err
	}
	if err := syncFile(tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// buildEmpty makes a new database at path (0600, in WAL mode, closed
// cleanly) with the latest schema.
func buildEmpty(ctx context.Context, path string) error {
	if err := createPrivate(path); err != nil {
		return err
	}
	db, err := sql.Open("sqlite3", dsn(path, 5*time.Second))
	if err != nil {
		return err
	}
	if err := migrate(ctx, db, latestVersion); err != nil {
		db.Close()
		return err
	}
	return db.Close()
}

// msgHotJournal says what to do about an unfinished change that needs a
// writable folder to be undone.
const msgHotJournal = "certplan's data file has an unfinished change (certplan.db-journal) that can only be undone in a folder certplan can write: make the data folder writable (or free some space) and start certplan again; do not delete certplan.db-journal."

// rollBackJournal undoes the unfinished transaction a killed writer left
// in a rollback journal next to path (a hot journal), which would
// otherwise stop every read-only connection from reading the file.
func rollBackJournal(ctx context.Context, path string) error {
	if !fileExists(path + "-journal") {
		return nil
	}
	// A plain read-write connection rolls a hot journal back at its first read.
	c, err := sql.Open("sqlite3", fileURI(path, url.Values{"_busy_timeout": {"5000"}}))
	if err != nil {
		return classify(err)
	}
	defer c.Close()
	c.SetMaxOpenConns(1)
	var n int
	err = c.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n)
	switch ErrorCode(classify(err)) {
	case "", CodeDamaged, CodeInternal: // a damaged file is then found and moved aside with its journal
		return nil
	case CodeReadOnly, CodeDiskFull:
		return errorf(CodeReadOnly, msgHotJournal, err)
	}
	return classify(err)
}

// removeDBFiles deletes a database file and its companions, if present.
func removeDBFiles(path string) error {
	for _, suffix := range dbSuffixes {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}
