package catalog

import (
	"encoding/json"
	"testing"
	"time"
)

func mustDate(t testing.TB, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatalf("ParseDate(%q): %v", s, err)
	}
	return d
}

// TestParseDate checks that only real YYYY-MM-DD dates are read.
func TestParseDate(t *testing.T) {
	cases := []struct {
		in string
		ok bool
	}{
		{"2026-03-31", true},
		{"2024-02-29", true},
		{"1900-01-01", true},
		{"2026-02-30", false},
		{"2025-02-29", false},
		{"2026/01/01", false},
		{"2026-1-01", false},
		{"26-01-01", false},
		{"2026-01-01T00:00:00Z", false},
		{"", false},
		{" 2026-01-01", false},
	}
	for _, tc := range cases {
		d, err := ParseDate(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("ParseDate(%q) error = %v, want ok %v", tc.in, err, tc.ok)
			continue
		}
		if tc.ok && d.String() != tc.in {
			t.Errorf("ParseDate(%q).String() = %q", tc.in, d)
		}
		if !tc.ok && d != 0 {
			t.Errorf("ParseDate(%q) = %s on error, want no date", tc.in, d)
		}
	}
}

// TestDateArithmetic checks AddDays, AddYears, DateOf and WeekStart at the edges.
func TestDateArithmetic(t *testing.T) {
	cases := []struct {
		name string
		got  Date
		want string
	}{
		{"29 February plus 3 years", mustDate(t, "2024-02-29").AddYears(3), "2027-02-28"},
		{"29 February plus 4 years", mustDate(t, "2024-02-29").AddYears(4), "2028-02-29"},
		{"29 February minus 1 year", mustDate(t, "2024-02-29").AddYears(-1), "2023-02-28"},
		{"28 February plus 3 years", mustDate(t, "2023-02-28").AddYears(3), "2026-02-28"},
		{"over the year end", mustDate(t, "2026-12-31").AddDays(1), "2027-01-01"},
		{"over a leap day", mustDate(t, "2024-02-28").AddDays(2), "2024-03-01"},
		{"back over 1970", mustDate(t, "1970-01-01").AddDays(-1), "1969-12-31"},
		{"31 April normalised", DateOf(2026, time.April, 31), "2026-05-01"},
		{"week start of a Sunday", mustDate(t, "2026-11-29").WeekStart(), "2026-11-23"},
		{"week start of a Monday", mustDate(t, "2026-11-23").WeekStart(), "2026-11-23"},
		{"week start across a year", mustDate(t, "2027-01-01").WeekStart(), "2026-12-28"},
		{"week start before 1970", mustDate(t, "1969-12-27").WeekStart(), "1969-12-22"},
	}
	for _, tc := range cases {
		if tc.got.String() != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, tc.got, tc.want)
		}
	}
	if n := mustDate(t, "2026-01-01").DaysUntil(mustDate(t, "2027-01-01")); n != 365 {
		t.Errorf("days in 2026 = %d", n)
	}
	if n := mustDate(t, "2024-01-01").DaysUntil(mustDate(t, "2025-01-01")); n != 366 {
		t.Errorf("days in 2024 = %d", n)
	}
}

// TestWeekdaysAgreeWithTime checks Weekday, MondayIndex, WeekStart and
// ISOWeek against package time for every day of several centuries' samples.
func TestWeekdaysAgreeWithTime(t *testing.T) {
	for _, year := range []int{1600, 1899, 1900, 1969, 1970, 2000, 2004, 2026, 2027, 2100, 2400, 9999} {
		for day := DateOf(year, time.January, 1); day.Time().Year() == year; day = day.AddDays(1) {
			tm := time.Date(year, day.Time().Month(), day.Time().Day(), 12, 0, 0, 0, time.UTC)
			if day.Weekday() != tm.Weekday() {
				t.Fatalf("%s: Weekday = %v, want %v", day, day.Weekday(), tm.Weekday())
			}
			if want := (int(tm.Weekday()) + 6) % 7; day.MondayIndex() != want {
				t.Fatalf("%s: MondayIndex = %d, want %d", day, day.MondayIndex(), want)
			}
			if ws := day.WeekStart(); ws.Weekday() != time.Monday || day.DaysUntil(ws) > 0 || day.DaysUntil(ws) < -6 {
				t.Fatalf("%s: WeekStart = %s", day, ws)
			}
			wy, ww := tm.ISOWeek()
			if gy, gw := day.ISOWeek(); gy != wy || gw != ww {
				t.Fatalf("%s: ISOWeek = %d-W%d, want %d-W%d", day, gy, gw, wy, ww)
			}
		}
	}
	cases := []struct {
		date       string
		year, week int
	}{{"2026-12-31", 2026, 53}, {"2027-01-03", 2026, 53}, {"2027-01-04", 2027, 1}, {"2024-12-30", 2025, 1}}
	for _, tc := range cases {
		if y, w := mustDate(t, tc.date).ISOWeek(); y != tc.year || w != tc.week {
			t.Errorf("%s: ISOWeek = %d-W%02d, want %d-W%02d", tc.date, y, w, tc.year, tc.week)
		}
	}
}

// TestDateFromTimeUsesTheWallClock checks the civil date is the one shown in the time's zone.
func TestDateFromTimeUsesTheWallClock(t *testing.T) {
	kiritimati := time.FixedZone("UTC+14", 14*3600)
	samoa := time.FixedZone("UTC-11", -11*3600)
	instant := time.Date(2026, time.December, 31, 20, 0, 0, 0, time.UTC)
	if got := DateFromTime(instant.In(kiritimati)).String(); got != "2027-01-01" {
		t.Errorf("in UTC+14: %s, want 2027-01-01", got)
	}
	if got := DateFromTime(instant.In(samoa)).String(); got != "2026-12-31" {
		t.Errorf("in UTC-11: %s, want 2026-12-31", got)
	}
}

// TestDateJSON checks the JSON form, null for no date, and bad dates refused.
func TestDateJSON(t *testing.T) {
	type holder struct {
		Exam  Date `json:"exam"`
		Start Date `json:"start"`
	}
	in := holder{Exam: mustDate(t, "2027-02-28")}
	b, err := json.Marshal(in)
	if err != nil || string(b) != `{"exam":"2027-02-28","start":null}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var out holder
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("round trip = %+v, %v; want %+v", out, err, in)
	}
	out = holder{Exam: 5, Start: 5}
	if err := json.Unmarshal([]byte(`{"exam":null,"start":""}`), &out); err != nil || out != (holder{}) {
		t.Errorf("null and \"\" = %+v, %v; want no dates", out, err)
	}
	for _, bad := range []string{`{"exam":"2026-02-30"}`, `{"exam":20260101}`, `{"exam":"2026/01/01"}`} {
		if err := json.Unmarshal([]byte(bad), &out); err == nil {
			t.Errorf("Unmarshal(%s) accepted an impossible date", bad)
		}
	}
	if s := Date(0).String(); s != "" {
		t.Errorf("no date prints %q, want \"\"", s)
	}
}

// FuzzParseDate checks that every date ParseDate accepts prints back as given and round-trips.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-03-31", "2024-02-29", "2026-02-30", "2026/01/01", "0000-01-01", "9999-12-31", "", "null"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.IsZero() {
			t.Fatalf("ParseDate(%q) gave no date without an error", s)
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d)
		}
		b, _ := json.Marshal(d)
		var back Date
		if err := json.Unmarshal(b, &back); err != nil || back != d {
			t.Fatalf("JSON round trip of %s: %s, %v", d, back, err)
		}
		if d.Weekday() != d.Time().Weekday() || d.WeekStart().Weekday() != time.Monday {
			t.Fatalf("%s: Weekday %v, want %v; WeekStart %s", d, d.Weekday(), d.Time().Weekday(), d.WeekStart())
		}
	})
}
