package storage

import (
	"database/sql"
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
