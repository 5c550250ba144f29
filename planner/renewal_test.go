package planner_test

import (
	"fmt"
	"slices"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestHoldings replays passes with the programme's renewal rules: a later
// pass renews the still-active certifications its exam counts for, and
// nothing renews one that has already lapsed.
func TestHoldings(t *testing.T) {
	cat := catalogtest.Load(t)
	cases := []struct {
		name   string
		passes []planner.HeldCert
		key    string
		expiry string // "" for no expiry
		code   string
	}{
		{"an Associate pass renews Cloud Practitioner while it is active",
			[]planner.HeldCert{{Code: "SAA-C03", Earned: day("2025-06-01")}, {Code: "CLF-C02", Earned: day("2023-10-01")}},
			"CLF", "2028-06-01", "CLF-C02"},
		{"a pass after the expiry does not renew a lapsed certification",
			[]planner.HeldCert{{Code: "CLF-C02", Earned: day("2021-10-01")}, {Code: "SAA-C03", Earned: day("2025-06-01")}},
			"CLF", "2024-10-01", "CLF-C02"},
		{"passing the same certification again moves its expiry to the later pass",
			[]planner.HeldCert{{Code: "SAA-C02", Earned: day("2021-05-01")}, {Code: "SAA-C03", Earned: day("2024-03-20")}},
			"SAA", "2027-03-20", "SAA-C03"},
		{"a pass of unknown date holds without expiry",
			[]planner.HeldCert{{Code: "SCS-C02"}}, "SCS", "", "SCS-C02"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h, ok := planner.Holdings(cat, tc.passes)[tc.key]
			if !ok {
				t.Fatalf("%s not held", tc.key)
			}
			want := "0000-00-00"
			if tc.expiry != "" {
				want = tc.expiry
			}
			if (tc.expiry == "" && !h.Expiry.IsZero()) || (tc.expiry != "" && h.Expiry != day(tc.expiry)) || h.Exam != tc.code {
				t.Errorf("%s = %s expiring %s, want %s expiring %s", tc.key, h.Exam, h.Expiry, tc.code, want)
			}
		})
	}
}

// TestHeldFromPassesLapsesAndRenews: the certifications logged passes
// leave, as storage and the screens' fake keep them: a failed attempt earns
// nothing, an Associate pass renews Cloud Practitioner to its own expiry,
// and one left unrenewed lapses; on a day after both, HeldOn counts the
// renewed one and LapsedBy names the lapsed one.
func TestHeldFromPassesLapsesAndRenews(t *testing.T) {
	cat := catalogtest.Load(t)
	held := planner.HeldFromPasses(cat, []planner.Attempt{
		{Exam: "SAA-C03", Date: day("2025-06-01"), Status: planner.Passed},
		{Exam: "CLF-C02", Date: day("2023-10-01"), Status: planner.Passed},
		{Exam: "DVA-C02", Date: day("2023-06-01"), Status: planner.Passed},
		{Exam: "SOA-C02", Date: day("2025-01-10"), Status: planner.Failed},
	})
	var got []string
	for _, c := range held {
		got = append(got, fmt.Sprintf("%s %s %s..%s renewed %s", c.Key, c.Exam, c.Earned, c.Expiry, c.RenewedOn))
	}
	want := []string{"CLF CLF-C02 2023-10-01..2028-06-01 renewed 2025-06-01", "DVA DVA-C02 2023-06-01..2026-06-01 renewed ",
		"SAA SAA-C03 2025-06-01..2028-06-01 renewed "}
	if !slices.Equal(got, want) {
		t.Fatalf("HeldFromPasses = %q, want %q", got, want)
	}
	today := day("2026-11-23")
	if h, l := planner.HeldOn(held, today), planner.LapsedBy(held, today); len(h) != 2 || h[0].Code != "CLF-C02" || h[1].Code != "SAA-C03" ||
		len(l) != 1 || l[0].Key != "DVA" {
		t.Errorf("on %s held %+v and lapsed %+v, want CLF-C02 and SAA-C03 held, DVA lapsed", today, h, l)
	}
}

// TestRenewalStudyStart: the start found is the latest from which the
// renewal exam's work still fits before the deadline, holding the
// certification (credit) starts later, and with no weekly hours no start
// fits.
func TestRenewalStudyStart(t *testing.T) {
	cat := catalogtest.Load(t)
	in := planner.Input{Exam: "SAA-C03", ExamDate: day("2027-02-28"), Hours: planner.Weekdays{1, 1, 1, 1, 1, 0, 0}, Experience: planner.Some}
	start, ok := planner.RenewalStudyStart(cat, in)
	if !ok || !start.Before(in.ExamDate) {
		t.Fatalf("start %s ok %v, want a day before %s", start, ok, in.ExamDate)
	}
	fits := func(from catalog.Date) bool {
		try := in
		try.Start = from
		p, err := planner.Build(cat, try)
		return err == nil && p.Feasible
	}
	if !fits(start) {
		t.Errorf("the plan from %s does not fit", start)
	}
	if fits(start.AddDays(1)) {
		t.Errorf("the plan from %s fits too, so %s is not the latest start", start.AddDays(1), start)
	}
	held := in
	held.Held = []planner.HeldCert{{Code: "SAA-C03", Earned: day("2024-02-29")}}
	if later, _ := planner.RenewalStudyStart(cat, held); !later.After(start) {
		t.Errorf("holding the certification starts on %s, want later than %s", later, start)
	}
	none := in
	none.Hours = planner.Weekdays{}
	if _, ok := planner.RenewalStudyStart(cat, none); ok {
		t.Error("no weekly hours gave a start date")
	}
}

// TestRenewalStudyStartIsTheLatestThatFits: across hours, time off, other
// plans' time, credit and exams, the start found fits and the day after it
// does not, and work that five years cannot hold gives no start.
func TestRenewalStudyStartIsTheLatestThatFits(t *testing.T) {
	cat := catalogtest.Load(t)
	deadline := day("2029-05-16")
	taken := map[catalog.Date]float64{}
	for d := day("2029-01-01"); d.Before(deadline); d = d.AddDays(1) {
		taken[d] = 1
	}
	cases := []struct {
		name string
		in   planner.Input
	}{
		{"ten hours over the week", planner.Input{Exam: "SAA-C03", Hours: planner.Even(10)}},
		{"weekends only", planner.Input{Exam: "SAA-C03", Hours: planner.Weekdays{0, 0, 0, 0, 0, 4, 4}}},
		{"a month off before the deadline", planner.Input{Exam: "SAA-C03", Hours: planner.Even(10),
			TimeOff: []planner.Span{{From: day("2029-03-01"), To: day("2029-03-31")}}}},
		{"other plans take an hour a day", planner.Input{Exam: "SAA-C03", Hours: planner.Even(10), Taken: taken}},
		{"holding it gives credit", planner.Input{Exam: "SAA-C03", Hours: planner.Even(6),
			Held: []planner.HeldCert{{Code: "SAA-C03", Earned: day("2026-05-16")}}}},
		{"an Associate held gives credit toward a Professional", planner.Input{Exam: "SAP-C02", Hours: planner.Even(8),
			Held: []planner.HeldCert{{Code: "SAA-C03", Earned: day("2026-05-16")}}}},
		{"German holidays", withCountry(t, planner.Input{Exam: "CLF-C02", Hours: planner.Even(3)}, "DE")},
		{"a practitioner exam at half an hour a week", planner.Input{Exam: "CLF-C02", Hours: planner.Weekdays{0.5}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in
			in.ExamDate, in.Experience = deadline, planner.Some
			start, ok := planner.RenewalStudyStart(cat, in)
			if !ok {
				t.Fatal("no start found")
			}
			if !renewalFits(cat, in, start) || renewalFits(cat, in, start.AddDays(1)) {
				t.Errorf("start %s: fits %v, the day after fits %v; want the latest start that fits",
					start, renewalFits(cat, in, start), renewalFits(cat, in, start.AddDays(1)))
			}
		})
	}
	tiny := planner.Input{Exam: "SAP-C02", ExamDate: deadline, Hours: planner.Weekdays{0, 0, 0, 0, 0, 0, 0.25}}
	if start, ok := planner.RenewalStudyStart(cat, tiny); ok {
		t.Errorf("a quarter hour a week gave the start %s for a Professional exam", start)
	}
}

// renewalFits reports whether in's study fits from start, with credit for
// what is held by then: the rule RenewalStudyStart searches by.
func renewalFits(cat *catalog.Catalog, in planner.Input, start catalog.Date) bool {
	in.Start, in.Held = start, slices.DeleteFunc(slices.Clone(in.Held), func(h planner.HeldCert) bool { return h.Earned.After(start) })
	p, err := planner.Build(cat, in)
	return err == nil && p.Feasible
}
