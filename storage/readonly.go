package storage

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
)

// Reading never needs writing: on a read-only folder or a full disk the
// data opens read-only, with no lock mark, no backup, no recovery and no
// upgrade, and every change fails with msgReadOnlyMode.

// msgReadOnlyMode is what a change says when the data is open read-only.
const msgReadOnlyMode = "The change was not saved because certplan's data is open read-only (its folder cannot be written or the disk is full): fix that and start certplan again; everything saved before is intact."

// ReadOnly reports whether the data is open read-only.
func (db *DB) ReadOnly() bool { return db.readOnly }

// unwritable reports whether err says the folder cannot be written.
func unwritable(err error) bool {
	switch ErrorCode(err) {
	case CodeReadOnly, CodeDiskFull, CodeIO:
		return true
	}
	return false
}

// noDataHere says that dir holds no data and cannot be written to make it.
func noDataHere(dir string, cause error) error {
	return errorf(CodeReadOnly, fmt.Sprintf("certplan has no data in %s and cannot create it there: choose another folder with --data DIR or fix its permissions.", dir), cause)
}

// openReadOnly opens the data in dir without writing anything there.
func openReadOnly(dir string, opts Options) (*DB, error) {
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return nil, noDataHere(dir, err)
	}
	opts = opts.withDefaults()
	own, err := claimToRead(dir, opts.BusyTimeout)
	if err != nil {
		return nil, err
	}
	db := &DB{dir: dir, path: filepath.Join(dir, dbName), opts: opts, cat: opts.Catalog, own: own, readOnly: true}
	db.startup.ReadOnly = true
	if err := db.attachReadOnly(context.Background()); err != nil {
		db.closePools()
		own.release()
		return nil, err
	}
	return db, nil
}

// attachReadOnly checks the file and opens the readers, refusing what only
// a writable folder could fix.
func (db *DB) attachReadOnly(ctx context.Context) error {
	h, err := readKnownHeader(db.path)
	switch {
	case err != nil:
		return err
	case h.missing:
		return noDataHere(db.dir, nil)
	case h.problem != "":
		return errorf(CodeDamaged, "certplan's data file is damaged and its folder cannot be written, so certplan cannot restore a backup: make the folder writable (or free some space) and start certplan again.", nil)
	case fileExists(db.path + "-journal"):
		return errorf(CodeReadOnly, msgHotJournal, nil)
	}
	ro, err := readersFor(ctx, db.path, db.opts)
	if err != nil {
		return err
	}
	db.ro = ro
	v, problem, detail, err := checkWith(ctx, ro, false)
	switch {
	case err != nil:
		return err
	case problem != "":
		return errorf(CodeDamaged, "certplan's data file is damaged and its folder cannot be written, so certplan cannot restore a backup: make the folder writable (or free some space) and start certplan again.", fmt.Errorf("%s", detail))
	case v < latestVersion:
		return errorf(CodeReadOnly, "certplan must upgrade its data file, which needs a folder it can write: make the data folder writable (or free some space) and start certplan again.", nil)
	}
	return nil
}

// readersFor opens read-only connections. In a folder where SQLite cannot
// create the -shm file and no -wal file holds changes, the file is opened
// as immutable: nothing else can be changing it.
func readersFor(ctx context.Context, path string, opts Options) (*sql.DB, error) {
	ro, err := openReaders(path, opts.BusyTimeout)
	if err != nil {
		return nil, classify(err)
	}
	if err = ro.PingContext(ctx); err == nil {
		var n int
		err = ro.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n)
	}
	if err == nil {
		return ro, nil
	}
	ro.Close()
	if info, serr := os.Stat(path + "-wal"); serr == nil && info.Size() > 0 {
		return nil, errorf(CodeReadOnly, "certplan's latest changes are in certplan.db-wal, which can only be read in a folder certplan can write: make the data folder writable (or free some space) and start certplan again.", err)
	}
	q := url.Values{"mode": {"ro"}, "immutable": {"1"}}
	im, err := sql.Open("sqlite3", fileURI(path, q))
	if err != nil {
		return nil, classify(err)
	}
	im.SetMaxOpenConns(4)
	return im, nil
}
