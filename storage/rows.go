package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// querier runs a query: a transaction or a database.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// queryAll runs query and reads every row it returns with scan, in order.
// Its errors are the driver's and scan's as they are: the caller says what
// it was reading. After a failed iteration it returns the rows read so far.
func queryAll[T any](ctx context.Context, q querier, scan func(*sql.Rows) (T, error), query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// scanValue reads a row of one column.
func scanValue[T any](rows *sql.Rows) (T, error) {
	var v T
	err := rows.Scan(&v)
	return v, err
}

// classifyf is classify with what was being done ("load plan 3: cause"),
// nil for nil; an error that already is an *Error keeps its words.
func classifyf(err error, format string, a ...any) error {
	var e *Error
	if err == nil || errors.As(err, &e) {
		return err
	}
	return classify(fmt.Errorf(format+": %w", append(a, err)...))
}
