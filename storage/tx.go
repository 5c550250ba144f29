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
	db    *DB
	now   time.Time
	ended bool
}

// begin starts a write transaction.
func (db *DB) begin(ctx context.Context) (*dbTx, error) { return db.startTx(ctx, true) }

// view starts a read transaction.
func (db *DB) view(ctx context.Context) (*dbTx, error) { return db.startTx(ctx, false) }

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

// beginHours starts a write that logs hours spent, once they are checked.
func (db *DB) beginHours(ctx context.Context, hours float64) (*dbTx, error) {
	if err := checkHours(hours); err != nil {
		return nil, err
	}
	return db.begin(ctx)
}
