package catalog

import (
	"strings"
	"testing"
)

func TestParseDateInRange(t *testing.T) {
	for _, c := range []struct {
		in, err string
	}{
		{"2000-01-01", ""}, {"2100-12-31", ""}, {"2026-02-28", ""},
		{"1999-12-31", "1999-12-31 is out of range: use a date from 2000-01-01 to 2100-12-31"},
		{"2101-01-01", "out of range"}, {"9999-12-31", "out of range"}, {"0001-01-01", "out of range"},
		{"2026-02-30", "is not a date"},
	} {
		d, err := ParseDateInRange(c.in)
		switch {
		case c.err == "" && (err != nil || d.String() != c.in):
			t.Errorf("%s: %v, %v", c.in, d, err)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%s: error %v, want %q", c.in, err, c.err)
		}
	}
	if CheckRange(0) != nil {
		t.Error("no date is not out of range")
	}
}
