package holiday

import (
	"strings"
	"testing"

	"certplan/catalog"
)

func TestForCountry(t *testing.T) {
	cases := []struct {
		name, code string
		date       catalog.Date
		holiday    bool
	}{
		{"German Christmas Day", "DE", catalog.DateOf(2026, 12, 25), true},
		{"German ordinary Tuesday", "de", catalog.DateOf(2026, 12, 22), false},
		{"US Independence Day", "US", catalog.DateOf(2027, 7, 5), true}, // observed: 4 July 2027 is a Sunday
		{"UK reads as GB: Boxing Day", "UK", catalog.DateOf(2026, 12, 28), true},
		{"Japan New Year", " jp ", catalog.DateOf(2027, 1, 1), true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cal, err := ForCountry(c.code)
			if err != nil {
				t.Fatal(err)
			}
			name, got := cal.HolidayOn(c.date)
			if got != c.holiday {
				t.Errorf("%s on %s: holiday = %v, want %v", c.code, c.date, got, c.holiday)
			}
			if got && name == "" {
				t.Errorf("%s on %s: a holiday without a name", c.code, c.date)
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
		if err != nil {
			t.Errorf("%s: error %v, want a calendar", code, err)
			continue
		}
		if Name(code) == "" {
			t.Errorf("%s: no name", code)
		}
		if len(cal.cal.Holidays) == 0 {
			t.Errorf("%s: no public holidays", code)
		}
	}
}

// TestNilCalendarHasNoHolidays: ForCountry("") and Adapt(nil) give a nil
// *Calendar, which answers that no day is a holiday.
func TestNilCalendarHasNoHolidays(t *testing.T) {
	if name, ok := Adapt(nil).HolidayOn(catalog.DateOf(2026, 12, 25)); ok || name != "" {
		t.Errorf("a nil calendar on Christmas Day = %q, %v; want \"\", false", name, ok)
	}
}

// TestHolidayOnNamesTheHoliday: the warnings quote the holiday's name.
func TestHolidayOnNamesTheHoliday(t *testing.T) {
	de, err := ForCountry("DE")
	if err != nil {
		t.Fatal(err)
	}
	if name, ok := de.HolidayOn(catalog.DateOf(2026, 12, 25)); !ok || name != "Weihnachtstag" {
		t.Errorf("German 25 December 2026 = %q, %v; want Weihnachtstag, true", name, ok)
	}
}
