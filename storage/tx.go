package storage

import (
	"context"
	"database/sql"
	"time"

	"certplan/catalog"
)

// dbTx is one transaction: a write (BEGIN IMMEDIATE on the writer
// connection) or a consistent read (on a reader). Helpers take it, so a
// method's steps commit together or not at all. It holds the DB's swap lock
// until it ends, so Restore and Close wait for it.
type dbTx struct {
	*sql.Tx
	db      *DB
	now     time.Time
	ended   bool
	changed bool // a statement was executed: a write has something to commit
}

// ExecContext runs a statement that changes data, and marks the
// transaction as one to commit. Every change goes through it (sql.Tx's
// other Exec methods are not used), so a write that changed nothing ends
// without a commit and its fsync.
func (tx *dbTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	tx.changed = true
	return tx.Tx.ExecContext(ctx, query, args...)
}

// begin starts a write transaction.
func (db *DB) begin(ctx context.Context) (*dbTx, error) { return db.startTx(ctx, true) }

func (db *DB) startTx(ctx context.Context, write bool) (*dbTx, error) {
	if write && db.readOnly {
		return nil, errorf(CodeReadOnly, msgReadOnlyMode, nil)
	}
	if write {
		if err := db.own.syncMarker(); err != nil {
			return nil, err
		}
	}
	db.mu.RLock()
	pool := db.ro
	if write {
		pool = db.rw
	}
	if db.closed || pool == nil {
		db.mu.RUnlock()
		return nil, errorf(CodeClosed, msgClosed, nil)
	}
	tx, err := pool.BeginTx(ctx, nil)
	if err != nil {
		db.mu.RUnlock()
		return nil, classify(err)
	}
	return &dbTx{Tx: tx, db: db, now: db.opts.Now().UTC()}, nil
}

// Commit makes the transaction's changes durable; when it returns nil they
// are on disk (synchronous=FULL).
func (tx *dbTx) Commit() error {
	if tx.ended {
		return nil
	}
	tx.ended = true
	defer tx.db.mu.RUnlock()
	return classify(tx.Tx.Commit())
}

// Rollback abandons the transaction; after Commit it does nothing.
func (tx *dbTx) Rollback() error {
	if tx.ended {
		return nil
	}
	tx.ended = true
	defer tx.db.mu.RUnlock()
	return tx.Tx.Rollback()
}

// stamp is the transaction's time as stored: RFC 3339 UTC.
func (tx *dbTx) stamp() string { return tx.now.Format(time.RFC3339Nano) }

// today is the transaction's day on the local calendar.
func (tx *dbTx) today() catalog.Date { return catalog.DateFromTime(tx.now.In(time.Local)) }

// readTx runs read in a read transaction, a consistent view of the data
// that ends when read returns, and returns what read returns.
func readTx[T any](ctx context.Context, db *DB, read func(*dbTx) (T, error)) (T, error) {
	return inTx(ctx, db, false, read)
}

// writeTx runs write in a write transaction and commits it when write
// succeeds: when writeTx returns nil the change is on disk. A write that
// executed no statement (it found nothing to change) is rolled back
// instead, for there is nothing to make durable. When write
// fails, nothing it did is kept and its result and error are returned as
// they are; a failed commit returns write's result with the commit's error.
func writeTx[T any](ctx context.Context, db *DB, write func(*dbTx) (T, error)) (T, error) {
	return inTx(ctx, db, true, write)
}

// inTx runs fn in a transaction (a write when write is set, committed
// when fn succeeds) and rolls back whatever is not committed.
func inTx[T any](ctx context.Context, db *DB, write bool, fn func(*dbTx) (T, error)) (T, error) {
	tx, err := db.startTx(ctx, write)
	if err != nil {
		var zero T
		return zero, err
	}
	defer tx.Rollback()
	v, err := fn(tx)
	if err != nil || !write || !tx.changed {
		return v, err
	}
	return v, tx.Commit()
}

// write is writeTx for a change that returns nothing but its error.
func (db *DB) write(ctx context.Context, write func(*dbTx) error) error {
	_, err := writeTx(ctx, db, func(tx *dbTx) (struct{}, error) { return struct{}{}, write(tx) })
	return err
}
