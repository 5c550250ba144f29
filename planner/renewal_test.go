package planner_test

import (
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
