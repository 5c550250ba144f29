package holiday

import (
	"strings"
	"testing"
	"time"
)

func TestForCountry(t *testing.T) {
	cases := []struct {
		name, code string
		date       time.Time
		holiday    bool
	}{
		{"German Christmas Day", "DE", time.Date(2026, 12, 25, 0, 0, 0, 0, time.UTC), true},
		{"German ordinary Tuesday", "de", time.Date(2026, 12, 22, 0, 0, 0, 0, time.UTC), false},
		{"US Independence Day", "US", time.Date(2027, 7, 5, 0, 0, 0, 0, time.UTC), true}, // observed: 4 July 2027 is a Sunday
		{"UK reads as GB: Boxing Day", "UK", time.Date(2026, 12, 28, 0, 0, 0, 0, time.UTC), true},
		{"Japan New Year", " jp ", time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cal, err := ForCountry(c.code)
			if err != nil {
				t.Fatal(err)
			}
			act, obs, _ := cal.IsHoliday(c.date)
			if got := act || obs; got != c.holiday {
				t.Errorf("%s on %s: holiday = %v, want %v", c.code, c.date.Format("2006-01-02"), got, c.holiday)
			}
		})
	}
}

func TestForCountryNoneAndUnknown(t *testing.T) {
	if cal, err := ForCountry(""); cal != nil || err != nil {
		t.Errorf("no country = %v, %v; want no calendar and no error", cal, err)
	}
	_, err := ForCountry("XX")
	if err == nil || !strings.Contains(err.Error(), "XX") || !strings.Contains(err.Error(), "DE") {
		t.Errorf("unknown country error %v should name XX and list the codes", err)
	}
}

func TestEveryCodeHasANameAndPublicHolidays(t *testing.T) {
	for _, code := range Codes() {
		cal, err := ForCountry(code)
		if err != nil || Name(code) == "" || len(cal.Holidays) == 0 {
			t.Errorf("%s: name %q, %d holidays, error %v", code, Name(code), len(cal.Holidays), err)
		}
	}
}
