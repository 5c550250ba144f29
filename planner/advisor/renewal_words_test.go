package advisor

import (
	"strings"
	"testing"

	"certplan/planner"
)

// TestAdvisorSaysRenewalsAsCertsDoes: the advisor's sentence about a held
// certification that expires within the roadmap says how it is renewed in
// the words of the certifications screen, `certplan certs` and the PDF
// (planner.DescribeRenewal, HeldCertification.Renewal) for the same plans
// and day, and names the exam certs's RENEW WITH shows: the renewing
// plan's exam when one renews it in time, else its own exam's.
func TestAdvisorSaysRenewalsAsCertsDoes(t *testing.T) {
	cases := []struct {
		name, held, earned, key string
		plans                   []planner.PlanSummary
		renewWith, says         string
	}{
		{"a plan renews it", "CLF-C02", "2024-04-01", "CLF", activePlans(t),
			"SAA-C03", "Your CLF-C02 expires on 2027-04-01: renewed when you pass SAA-C03 on 2027-03-01 (your plan 2)."},
		{"its plan's exam comes after the expiry", "SAA-C03", "2024-03-20", "SAA",
			[]planner.PlanSummary{{ID: 3, Exam: "SAA-C03", ExamDate: date(t, "2027-06-01")}},
			"SAA-C03", "renew it by passing SAA-C03 (or SAP-C03) before 2027-03-20"},
		{"its plan has no exam date yet", "SAA-C03", "2024-03-20", "SAA",
			[]planner.PlanSummary{{ID: 3, Exam: "SAA-C03"}},
			"SAA-C03", "Your SAA-C03 expires on 2027-03-20: renew it by passing SAA-C03 (or SAP-C03) before 2027-03-20; " +
				"your plan 3 for SAA-C03 has no exam date yet, so give it one before then."},
	}
	cat := loadCatalog(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := developer(t)
			p.Held = []planner.HeldCert{{Code: tc.held, Earned: date(t, tc.earned)}}
			p.Plans = tc.plans
			a, err := Advise(cat, p)
			if err != nil {
				t.Fatal(err)
			}
			c := planner.DescribeRenewal(cat, planner.Holdings(cat, p.Held)[tc.key], p.Plans, p.Booked, p.Today)
			renewWith := c.RenewWith // as certs's RENEW WITH column shows it
			if c.Planned() {
				renewWith = c.RenewingPlan.Exam
			}
			if renewWith != tc.renewWith {
				t.Fatalf("certs would show RENEW WITH %s, the case needs %s", renewWith, tc.renewWith)
			}
			said := "Your " + tc.held + " expires on " + c.Expiry.String()
			want := []string{said, lowerFirst(c.Renewal()), tc.says, " " + renewWith + " "}
			for _, w := range a.Warnings {
				if strings.HasPrefix(w, said) {
					wantAll(t, w, want)
					return
				}
			}
			t.Errorf("no warning starts %q: %q", said, a.Warnings)
		})
	}
}

// wantAll fails unless got holds every part.
func wantAll(t *testing.T, got string, parts []string) {
	t.Helper()
	for _, w := range parts {
		if !strings.Contains(got, w) {
			t.Errorf("the advisor says %q, want it to say %q", got, w)
		}
	}
}
