package planner_test

import (
	"fmt"
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestCertChangesSaysWhatAnAttemptDid: saving an attempt reports the
// certifications it earned, renewed (its own again, or Cloud Practitioner
// by an Associate pass), changed (their dates now from other passes) or
// lost, and nothing of those it left alone.
func TestCertChangesSaysWhatAnAttemptDid(t *testing.T) {
	cat := catalogtest.Load(t)
	pass := func(exam, on string) planner.Attempt {
		return planner.Attempt{Exam: exam, Date: day(on), Status: planner.Passed}
	}
	failed := func(a planner.Attempt) planner.Attempt { a.Status = planner.Failed; return a }
	clf, dva := pass("CLF-C02", "2024-10-01"), pass("DVA-C02", "2023-06-01")
	saa, saaAgain := pass("SAA-C03", "2025-06-01"), pass("SAA-C03", "2026-02-02")
	cases := []struct {
		name          string
		before, after []planner.Attempt
		a             planner.Attempt
		want          string
	}{
		{"a first pass earns", []planner.Attempt{dva}, []planner.Attempt{dva, clf}, clf, "earned CLF 2024-10-01..2027-10-01;"},
		{"an Associate pass earns its own and renews Cloud Practitioner", []planner.Attempt{dva, clf}, []planner.Attempt{dva, clf, saa}, saa,
			"earned SAA 2025-06-01..2028-06-01; renewed CLF 2024-10-01..2028-06-01;"},
		{"a pass of the same certification renews it", []planner.Attempt{saa}, []planner.Attempt{saa, saaAgain}, saaAgain,
			"renewed SAA 2025-06-01..2029-02-02;"},
		{"the renewing pass becomes a fail", []planner.Attempt{saa, saaAgain}, []planner.Attempt{saa, failed(saaAgain)}, failed(saaAgain),
			"changed SAA 2025-06-01..2028-06-01;"},
		{"the only pass becomes a fail", []planner.Attempt{dva, clf}, []planner.Attempt{dva, failed(clf)}, failed(clf), "lost CLF 2024-10-01..2027-10-01;"},
		{"a fail changes nothing", []planner.Attempt{clf}, []planner.Attempt{clf, failed(saa)}, failed(saa), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := planner.CertChanges(cat, planner.HeldFromPasses(cat, tc.before), planner.HeldFromPasses(cat, tc.after), tc.a)
			got := ""
			for _, part := range []struct {
				what string
				list []planner.HeldCertification
			}{{"earned", res.Earned}, {"renewed", res.Renewed}, {"changed", res.Changed}, {"lost", res.Lost}} {
				for _, c := range part.list {
					got += fmt.Sprintf("%s %s %s..%s; ", part.what, c.Key, c.Earned, c.Expiry)
				}
			}
			if got = strings.TrimSpace(got); got != tc.want {
				t.Errorf("CertChanges = %q, want %q", got, tc.want)
			}
		})
	}
}
