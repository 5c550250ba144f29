package planner_test

import (
	"slices"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestHeldCertificationCountsFromItsLatestPass: a renewed certification's
// validity counts from the renewal, and that is the day the planner's
// credit is dated by.
func TestHeldCertificationCountsFromItsLatestPass(t *testing.T) {
	earned := planner.HeldCertification{Key: "SAA", Exam: "SAA-C03", Earned: day("2024-02-29"), Expiry: day("2027-02-28")}
	renewed := earned
	renewed.RenewedOn, renewed.Expiry = day("2026-03-02"), day("2029-03-02")
	cases := []struct {
		name string
		c    planner.HeldCertification
		want string
	}{
		{"never renewed: the day it was earned", earned, "2024-02-29"},
		{"renewed: the day of the renewal", renewed, "2026-03-02"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.c.LastPassed(); got != day(tc.want) {
				t.Errorf("LastPassed = %s, want %s", got, tc.want)
			}
			credit := planner.Credits([]planner.HeldCertification{tc.c})
			if len(credit) != 1 || credit[0] != (planner.HeldCert{Code: "SAA-C03", Earned: day(tc.want)}) {
				t.Errorf("Credits = %+v, want SAA-C03 earned %s", credit, tc.want)
			}
		})
	}
	if !earned.Active(day("2027-02-27")) {
		t.Error("not active the day before its expiry")
	}
	if earned.Active(day("2027-02-28")) {
		t.Error("still active on its expiry day")
	}
	if !(planner.HeldCertification{Exam: "SCS-C02"}).Active(day("2099-01-01")) {
		t.Error("a certification of unknown pass date lapsed")
	}
}

// TestHeldCertificationLapsesOnItsExpiry: held the day before its expiry,
// lapsed on it and after; one with no known expiry never lapses.
func TestHeldCertificationLapsesOnItsExpiry(t *testing.T) {
	h := planner.HeldCertification{Key: "SAA", Exam: "SAA-C02", Earned: day("2021-06-15"), Expiry: day("2024-06-15")}
	cases := []struct {
		name  string
		h     planner.HeldCertification
		today string
		want  bool
	}{
		{"the day before its expiry", h, "2024-06-14", false},
		{"on its expiry", h, "2024-06-15", true},
		{"years after", h, "2026-12-02", true},
		{"no known expiry", planner.HeldCertification{Key: "SAA", Exam: "SAA-C02"}, "2026-12-02", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.h.LapsedOn(day(c.today)); got != c.want {
				t.Errorf("LapsedOn(%s) = %v, want %v", c.today, got, c.want)
			}
		})
	}
}

// TestHeldOnIsWhatAPlanMadeThatDayCounts: a plan made on a day counts the
// certifications passed by then and valid on it, each dated by its latest
// pass by then (one renewed later from its earning); the advisor's
// PassedBy keeps the lapsed too, to say they lapsed, and LapsedBy lists
// just those: the two split PassedBy's.
func TestHeldOnIsWhatAPlanMadeThatDayCounts(t *testing.T) {
	valid := planner.HeldCertification{Key: "CLF", Exam: "CLF-C02", Earned: day("2025-03-01"), Expiry: day("2028-03-01")}
	lapsed := planner.HeldCertification{Key: "SAA", Exam: "SAA-C02", Earned: day("2022-01-10"), Expiry: day("2025-01-10")}
	renewed := planner.HeldCertification{Key: "DVA", Exam: "DVA-C02", Earned: day("2023-05-02"), Expiry: day("2029-11-20"),
		RenewedOn: day("2026-11-20"), RenewedBy: "DVA-C02"}
	certs := []planner.HeldCertification{valid, lapsed, renewed}
	cases := []struct {
		name                   string
		today                  catalog.Date
		held, passedBy, lapsed []string
	}{
		{"after every pass", day("2026-11-23"), []string{"CLF-C02", "DVA-C02"}, []string{"CLF-C02", "SAA-C02", "DVA-C02"}, []string{"SAA-C02"}},
		{"the day before a renewal", day("2026-11-19"), []string{"CLF-C02", "DVA-C02"}, []string{"CLF-C02", "SAA-C02", "DVA-C02"}, []string{"SAA-C02"}},
		{"the lapsed one's last day", day("2025-01-09"), []string{"SAA-C02", "DVA-C02"}, []string{"SAA-C02", "DVA-C02"}, nil},
		{"before any pass", day("2022-01-09"), nil, nil, nil},
		{"on its expiry", day("2025-01-10"), []string{"DVA-C02"}, []string{"SAA-C02", "DVA-C02"}, []string{"SAA-C02"}},
	}
	codes := func(h []planner.HeldCert) []string {
		var out []string
		for _, c := range h {
			out = append(out, c.Code)
		}
		return out
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := codes(planner.HeldOn(certs, tc.today)); !slices.Equal(got, tc.held) {
				t.Errorf("HeldOn(%s) = %v, want %v", tc.today, got, tc.held)
			}
			if got := codes(planner.PassedBy(certs, tc.today)); !slices.Equal(got, tc.passedBy) {
				t.Errorf("PassedBy(%s) = %v, want %v", tc.today, got, tc.passedBy)
			}
			if got := codes(planner.Credits(planner.LapsedBy(certs, tc.today))); !slices.Equal(got, tc.lapsed) {
				t.Errorf("LapsedBy(%s) = %v, want %v", tc.today, got, tc.lapsed)
			}
		})
	}
	for today, want := range map[catalog.Date]catalog.Date{day("2026-11-23"): day("2026-11-20"), day("2026-11-19"): day("2023-05-02")} {
		if got := planner.HeldOn([]planner.HeldCertification{renewed}, today); got[0].Earned != want {
			t.Errorf("on %s a certification renewed on 2026-11-20 counts from %s, want %s", today, got[0].Earned, want)
		}
	}
}
