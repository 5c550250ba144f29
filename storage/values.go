package storage

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"certplan/catalog"
)

// dateValue stores a civil date as YYYY-MM-DD, or NULL for no date.
func dateValue(d catalog.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

// parseStoredDate reads a stored civil date; NULL and "" are no date.
func parseStoredDate(s sql.NullString) (catalog.Date, error) {
	if !s.Valid || s.String == "" {
		return 0, nil
	}
	d, err := catalog.ParseDate(s.String)
	if err != nil {
		return 0, fmt.Errorf("stored date: %w", err)
	}
	return d, nil
}

// parseStamp reads a stored RFC 3339 instant.
func parseStamp(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t, nil
}

// fields reads a row's stored values into their Go types, keeping the
// first error, so that a row reader is a list of its fields and one check:
// after an error the fields that follow read as zero.
type fields struct{ err error }

// field reads s with parse, unless an earlier field of f failed.
func field[S, T any](f *fields, parse func(S) (T, error), s S) T {
	var v T
	if f.err == nil {
		v, f.err = parse(s)
	}
	return v
}

// date reads a stored civil date that may be NULL (see parseStoredDate).
func (f *fields) date(s sql.NullString) catalog.Date { return field(f, parseStoredDate, s) }

// day reads a stored civil date that is never NULL.
func (f *fields) day(s string) catalog.Date { return field(f, catalog.ParseDate, s) }

// stamp reads a stored instant (see parseStamp).
func (f *fields) stamp(s string) time.Time { return field(f, parseStamp, s) }

// json decodes a stored JSON text into v.
func (f *fields) json(s string, v any) {
	if f.err == nil {
		f.err = json.Unmarshal([]byte(s), v)
	}
}
