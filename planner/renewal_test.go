package planner_test

import (
	"testing"

	"certplan/planner"
)

// TestHoldings replays passes with the programme's renewal rules: a later
// pass renews the still-active certifications its exam counts for, and
// nothing renews one that has already lapsed.
func TestHoldings(t *testing.T) {
	cat := mustCatalog(t)
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
			if (tc.expiry == "" && !h.Expiry.IsZero()) || (tc.expiry != "" && h.Expiry != day(tc.expiry)) || h.Code != tc.code {
				t.Errorf("%s = %s expiring %s, want %s expiring %s", tc.key, h.Code, h.Expiry, tc.code, want)
			}
		})
	}
}
