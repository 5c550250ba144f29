package catalog

import "fmt"

// FirstDate and LastDate bound every date certplan accepts from a person
// or a file: dates outside them are typing mistakes ("0001-01-01",
// "9999-12-31") that would otherwise be saved and break later sums.
var (
	FirstDate = DateOf(2000, 1, 1)
	LastDate  = DateOf(2100, 12, 31)
)

// InRange reports whether d lies from FirstDate to LastDate.
func (d Date) InRange() bool { return !d.Before(FirstDate) && !d.After(LastDate) }

// CheckRange says, as "DATE is out of range: use ...", why d is not in
// range; nil for a date in range or no date.
func CheckRange(d Date) error {
	if d.IsZero() || d.InRange() {
		return nil
	}
	return fmt.Errorf("%s is out of range: use a date from %s to %s", d, FirstDate, LastDate)
}

// ParseDateInRange reads a YYYY-MM-DD date from a person and refuses one
// outside FirstDate..LastDate.
func ParseDateInRange(s string) (Date, error) {
	d, err := ParseDate(s)
	if err != nil {
		return 0, err
	}
	return d, CheckRange(d)
}
