package catalog

import (
	"fmt"
	"time"
)

// Date is a civil date (a day a person means: exam day, holiday, expiry),
// independent of any time zone. It counts days so date maths is exact.
// The zero Date means "no date".
type Date int32

// epochOffset makes 1970-01-01 a positive count so that zero stays "no date".
const epochOffset = 1_000_000

// DateOf returns the civil date of year, month and day, normalising overflow
// the way time.Date does (31 April becomes 1 May).
func DateOf(year int, month time.Month, day int) Date {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return Date(t.Unix()/86400 + epochOffset)
}

// DateFromTime returns the civil date shown on t's wall clock in t's own location.
func DateFromTime(t time.Time) Date {
	y, m, d := t.Date()
	return DateOf(y, m, d)
}

// ParseDate reads a YYYY-MM-DD date and rejects impossible ones (2026-02-30).
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a date: use YYYY-MM-DD, for example 2026-03-31", s)
	}
	return DateFromTime(t), nil
}

// IsZero reports whether d is "no date".
func (d Date) IsZero() bool { return d == 0 }

// Time returns midnight UTC of d, for libraries that want a time.Time.
func (d Date) Time() time.Time {
	return time.Unix(int64(d-epochOffset)*86400, 0).UTC()
}

// AddDays returns the date n days after d (before, when n is negative).
func (d Date) AddDays(n int) Date { return d + Date(n) }

// AddYears returns the same month and day n years on; 29 February becomes
// 28 February in a year without one.
func (d Date) AddYears(n int) Date {
	y, m, day := d.Time().Date()
	if m == time.February && day == 29 && !isLeap(y+n) {
		day = 28
	}
	return DateOf(y+n, m, day)
}

// DaysUntil returns how many days lie from d to other (negative when other is earlier).
func (d Date) DaysUntil(other Date) int { return int(other - d) }

// Weekday returns the day of the week of d, before 1970 as well.
func (d Date) Weekday() time.Weekday { return time.Weekday(((int(d-epochOffset)+4)%7 + 7) % 7) }

// MondayIndex returns 0 for Monday through 6 for Sunday (ISO order).
func (d Date) MondayIndex() int { return (int(d.Weekday()) + 6) % 7 }

// WeekStart returns the Monday on or before d.
func (d Date) WeekStart() Date { return d - Date(d.MondayIndex()) }

// ISOWeek returns the ISO 8601 year and week number of d.
func (d Date) ISOWeek() (year, week int) { return d.Time().ISOWeek() }

// Before reports whether d is earlier than other.
func (d Date) Before(other Date) bool { return d < other }

// After reports whether d is later than other.
func (d Date) After(other Date) bool { return d > other }

// String formats d as YYYY-MM-DD, or "" for no date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("2006-01-02")
}

// MarshalText writes d as YYYY-MM-DD (JSON uses it).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads YYYY-MM-DD; an empty text is no date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalJSON writes d as "YYYY-MM-DD", or null for no date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON reads "YYYY-MM-DD" or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		*d = 0
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return fmt.Errorf("%s is not a date: use \"YYYY-MM-DD\"", s)
	}
	return d.UnmarshalText([]byte(s[1 : len(s)-1]))
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }
