package export

import (
	"bytes"
	"encoding/csv"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// readCSV exports p and reads it back with encoding/csv.
func readCSV(t testing.TB, p planner.Plan) [][]string {
	t.Helper()
	b, err := CSV(p)
	if err != nil {
		t.Fatalf("CSV: %v", err)
	}
	if bytes.Count(b, []byte("\r\n")) != bytes.Count(b, []byte("\n")) {
		t.Error("a line does not end in CRLF")
	}
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v", err)
	}
	return rows
}

func TestCSVParsesBackIntoTheSessions(t *testing.T) {
	p, _ := saaPlan(t)
	rows := readCSV(t, p)
	want := []string{"date", "iso_week", "exam", "domain", "topic", "title", "hours", "kind", "done",
		"item", "item_text", "item_kind", "item_done"}
	if !slices.Equal(rows[0], want) {
		t.Fatalf("header %q, want %q", rows[0], want)
	}
	type line struct {
		s  planner.Session
		it planner.SessionItem
		k  int
	}
	var lines []line // one per session and item, as the CSV should have them
	withItems := 0
	for _, s := range sessions(p) {
		if len(s.Items) == 0 {
			lines = append(lines, line{s: s})
		}
		for k, it := range s.Items {
			lines, withItems = append(lines, line{s, it, k}), withItems+1
		}
	}
	if len(rows)-1 != len(lines) || withItems == 0 {
		t.Fatalf("%d rows, want one per session and item: %d (%d with an item)", len(rows)-1, len(lines), withItems)
	}
	total := 0.0
	for i, l := range lines {
		r, s := rows[i+1], l.s
		h, err := strconv.ParseFloat(r[6], 64)
		if l.k > 0 {
			h, err = 0, nil
			if r[6] != "" {
				t.Errorf("row %d repeats its session's hours %q", i+1, r[6])
			}
		}
		total += h
		if r[0] != s.Date.String() || r[4] != s.Topic || err != nil || (l.k == 0 && h != s.Hours) || r[2] != "SAA-C03" {
			t.Errorf("row %d = %q, want %s %s %g h", i+1, r, s.Date, s.Topic, s.Hours)
		}
		if r[5] != s.Title || r[3] != s.Domain || r[7] != string(s.Kind) || r[8] != "false" {
			t.Errorf("row %d = %q, want title, domain, kind %s and not done", i+1, r, s.Kind)
		}
		// A review revisits the items of a task studied before, done ones too
		// (1.1 is ticked in the fixture): only items to study are all open.
		if r[9] != l.it.ID || r[10] != l.it.Text || r[11] != string(l.it.Kind) || (l.it.ID != "" && !l.it.Revisit && r[12] != "false") {
			t.Errorf("row %d = %q, want item %q %q", i+1, r, l.it.ID, l.it.Text)
		}
	}
	if math.Abs(total-p.RequiredHours) > 0.01*float64(len(lines)) {
		t.Errorf("the hours column adds up to %.2f, the plan's required hours are %.2f", total, p.RequiredHours)
	}
}

func TestCSVMarksSessionsOfDoneTopics(t *testing.T) {
	c := catalogtest.Load(t)
	in := saaInput(t)
	prev := plannertest.MustBuild(t, c, in)
	in.Today = in.Start.AddDays(7)
	in.Progress["SAA-C03:1.2"] = planner.Progress{Done: true}
	next, err := planner.Rebalance(c, in, prev)
	if err != nil {
		t.Fatal(err)
	}
	done := 0
	for _, r := range readCSV(t, next)[1:] {
		if r[7] == string(planner.Review) {
			// A review names its task as topic; its done is its domain review's.
			if r[8] != "false" {
				t.Errorf("row %q: a review done, yet no domain review is ticked", r)
			}
			continue
		}
		if (r[8] == "true") != (r[4] == "SAA-C03:1.2") {
			t.Errorf("row %q: done %s, want true only for the ticked topic", r, r[8])
		}
		if r[8] == "true" {
			done++
		}
	}
	if done == 0 {
		t.Error("no row of the ticked topic's past sessions says done")
	}
}

func TestCSVQuotesAwkwardText(t *testing.T) {
	p, _ := saaPlan(t)
	title := `He said "go", then; left` + "\nZoë Ångström – “quoted”"
	p.Weeks[0].Sessions[0].Title = title
	b, _ := CSV(p)
	if !strings.Contains(string(b), `"He said ""go"", then; left`+"\r\nZoë") {
		t.Errorf("title not quoted per RFC 4180:\n%s", b[:300])
	}
	if got := readCSV(t, p)[1][5]; got != title {
		t.Errorf("title round trip\n got %q\nwant %q", got, title)
	}
}

func TestISOWeek(t *testing.T) {
	for _, c := range []struct{ day, want string }{
		{"2026-11-23", "2026-W48"},
		{"2027-01-01", "2026-W53"},
		{"2024-12-30", "2025-W01"},
		{"2027-03-07", "2027-W09"},
	} {
		if got := isoWeek(date(t, c.day)); got != c.want {
			t.Errorf("isoWeek(%s) = %s, want %s", c.day, got, c.want)
		}
	}
}

func TestHoursHaveAtMostTwoDecimals(t *testing.T) {
	for in, want := range map[float64]string{1: "1", 1.5: "1.5", 0.25: "0.25", 1.0333333: "1.03", 2.006: "2.01"} {
		if got := hoursText(in); got != want {
			t.Errorf("hoursText(%v) = %s, want %s", in, got, want)
		}
	}
}

// FuzzCSVText feeds any title and domain through the CSV writer: the file
// must parse back to the same text.
func FuzzCSVText(f *testing.F) {
	for _, s := range []string{"", "plain", `a "b", c`, "x\ny", "x\r\ny", "Zoë – “q”", "=SUM(A1)", " lead"} {
		f.Add(s, s)
	}
	p, _ := saaPlan(f)
	f.Fuzz(func(t *testing.T, title, domain string) {
		q := p
		q.Weeks = []planner.Week{{Sessions: []planner.Session{p.Weeks[0].Sessions[0]}}}
		q.Weeks[0].Sessions[0].Title, q.Weeks[0].Sessions[0].Domain = title, domain
		b, err := CSV(q)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatalf("does not parse: %v\n%q", err, b)
		}
		// encoding/csv reads \r\n inside a quoted field as \n.
		norm := strings.NewReplacer("\r\n", "\n")
		if len(rows) < 2 || rows[1][5] != norm.Replace(title) || rows[1][3] != norm.Replace(domain) {
			t.Errorf("round trip of %q, %q gave %q", title, domain, rows)
		}
	})
}
