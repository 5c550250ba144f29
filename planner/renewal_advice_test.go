package planner_test

import (
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestRenewalSaysWhatRenewsAHeldCertification: an active plan whose exam
// renews the certification before it expires says so; otherwise the advice
// names its own exam and the other exams the catalog counts.
func TestRenewalSaysWhatRenewsAHeldCertification(t *testing.T) {
	cat := catalogtest.Load(t)
	today := day("2026-12-02")
	saa := planner.PlanSummary{ID: 1, Exam: "SAA-C03", ExamDate: day("2027-02-19")}
	cases := []struct {
		name  string
		held  planner.HeldCertification
		plans []planner.PlanSummary
		want  string
	}{
		{"an Associate plan renews Cloud Practitioner",
			clf(), []planner.PlanSummary{saa},
			"Renewed when you pass SAA-C03 on 2027-02-19 (your plan 1)"},
		{"the earliest renewing plan is named",
			clf(), []planner.PlanSummary{{ID: 4, Exam: "DVA-C03", ExamDate: day("2027-05-01")}, saa},
			"Renewed when you pass SAA-C03 on 2027-02-19 (your plan 1)"},
		{"with no plan, its own exam or any higher tier",
			clf(), nil,
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16"},
		{"an archived plan renews nothing",
			clf(), []planner.PlanSummary{{ID: 1, Exam: "SAA-C03", ExamDate: day("2027-02-19"), Archived: true}},
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16"},
		{"a plan whose exam is passed is done, and renews nothing more",
			clf(), []planner.PlanSummary{{ID: 1, Exam: "SAA-C03", ExamDate: day("2027-02-19"), Passed: day("2026-12-01")}},
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16"},
		{"a plan whose exam is on the expiry day is too late",
			clf(), []planner.PlanSummary{{ID: 1, Exam: "SAA-C03", ExamDate: day("2029-05-16")}},
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16"},
		{"a plan whose exam day has passed renews nothing",
			clf(), []planner.PlanSummary{{ID: 1, Exam: "SAA-C03", ExamDate: day("2026-11-30")}},
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16"},
		{"a plan with no exam date renews nothing yet",
			clf(), []planner.PlanSummary{{ID: 1, Exam: "SAA-C03"}},
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16"},
		{"a plan for the same certification renews it",
			held("DEA", "DEA-C01", "2028-01-10"), []planner.PlanSummary{{ID: 2, Exam: "DEA-C01", ExamDate: day("2027-10-01")}},
			"Renewed when you pass DEA-C01 on 2027-10-01 (your plan 2)"},
		{"a Professional plan does not renew a Specialty",
			held("SCS", "SCS-C02", "2028-01-10"), []planner.PlanSummary{{ID: 2, Exam: "SAP-C02", ExamDate: day("2027-10-01")}},
			"Renew it by passing SCS-C03 before 2028-01-10"},
		{"a pair AWS has not confirmed renews nothing",
			held("DEA", "DEA-C01", "2028-01-10"), []planner.PlanSummary{{ID: 2, Exam: "SAP-C02", ExamDate: day("2027-10-01")}},
			"Renew it by passing DEA-C01 before 2028-01-10"},
		{"a named higher exam is given as the version then",
			held("SAA", "SAA-C03", "2028-01-10"), nil,
			"Renew it by passing SAA-C03 (or SAP-C03) before 2028-01-10"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := planner.DescribeRenewal(cat, tc.held, tc.plans, today)
			if got.Renewal() != tc.want {
				t.Errorf("Renewal() = %q, want %q", got.Renewal(), tc.want)
			}
			if got.Planned() != (got.RenewingPlan.Exam != "") {
				t.Errorf("Planned() = %v with the plan %+v", got.Planned(), got.RenewingPlan)
			}
		})
	}
}

// clf is a Cloud Practitioner earned on 2026-05-16.
func clf() planner.HeldCertification { return held("CLF", "CLF-C02", "2029-05-16") }

// held is certification key earned with exam, expiring on expiry.
func held(key, exam, expiry string) planner.HeldCertification {
	return planner.HeldCertification{Key: key, Exam: exam, Earned: day(expiry).AddYears(-3), Expiry: day(expiry)}
}
