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
		name   string
		held   planner.HeldCertification
		plans  []planner.PlanSummary
		want   string
		booked []planner.Attempt
	}{
		{"an Associate plan renews Cloud Practitioner",
			clf(), []planner.PlanSummary{saa},
			"Renewed when you pass SAA-C03 on 2027-02-19 (your plan 1)", nil},
		{"the earliest renewing plan is named",
			clf(), []planner.PlanSummary{{ID: 4, Exam: "DVA-C03", ExamDate: day("2027-05-01")}, saa},
			"Renewed when you pass SAA-C03 on 2027-02-19 (your plan 1)", nil},
		{"with no plan, its own exam or any higher tier",
			clf(), nil,
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16", nil},
		{"an archived plan renews nothing",
			clf(), []planner.PlanSummary{{ID: 1, Exam: "SAA-C03", ExamDate: day("2027-02-19"), Archived: true}},
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16", nil},
		{"a plan whose exam is passed is done, and renews nothing more",
			clf(), []planner.PlanSummary{{ID: 1, Exam: "SAA-C03", ExamDate: day("2027-02-19"), Passed: day("2026-12-01")}},
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16", nil},
		{"a plan whose exam is on the expiry day is too late",
			clf(), []planner.PlanSummary{{ID: 1, Exam: "SAA-C03", ExamDate: day("2029-05-16")}},
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16", nil},
		{"a plan whose exam day has passed renews nothing",
			clf(), []planner.PlanSummary{{ID: 1, Exam: "SAA-C03", ExamDate: day("2026-11-30")}},
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16", nil},
		{"a plan with no exam date renews nothing yet",
			clf(), []planner.PlanSummary{{ID: 1, Exam: "SAA-C03"}},
			"Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16", nil},
		{"a plan for the same certification renews it",
			held("DEA", "DEA-C01", "2028-01-10"), []planner.PlanSummary{{ID: 2, Exam: "DEA-C01", ExamDate: day("2027-10-01")}},
			"Renewed when you pass DEA-C01 on 2027-10-01 (your plan 2)", nil},
		{"a Professional plan does not renew a Specialty",
			held("SCS", "SCS-C02", "2028-01-10"), []planner.PlanSummary{{ID: 2, Exam: "SAP-C02", ExamDate: day("2027-10-01")}},
			"Renew it by passing SCS-C03 before 2028-01-10", nil},
		{"a pair AWS has not confirmed renews nothing",
			held("DEA", "DEA-C01", "2028-01-10"), []planner.PlanSummary{{ID: 2, Exam: "SAP-C02", ExamDate: day("2027-10-01")}},
			"Renew it by passing DEA-C01 before 2028-01-10", nil},
		{"a named higher exam is given as the version then",
			held("SAA", "SAA-C03", "2028-01-10"), nil,
			"Renew it by passing SAA-C03 (or SAP-C03) before 2028-01-10", nil},
		{"an exam booked with no plan renews it",
			clf(), nil, "Renewed when you pass SAA-C03 on 2027-01-20 (booked)",
			[]planner.Attempt{booked(7, "SAA-C03", "2027-01-20")}},
		{"an exam booked before the plan's exam comes first",
			clf(), []planner.PlanSummary{saa}, "Renewed when you pass DVA-C03 on 2027-01-10 (booked)",
			[]planner.Attempt{booked(7, "DVA-C03", "2027-01-10")}},
		{"the plan's own exam booked names the plan",
			clf(), []planner.PlanSummary{saa}, "Renewed when you pass SAA-C03 on 2027-02-19 (your plan 1)",
			[]planner.Attempt{booked(7, "SAA-C03", "2027-02-19")}},
		{"a cancelled attempt renews nothing",
			clf(), nil, "Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16",
			[]planner.Attempt{{ID: 7, Exam: "SAA-C03", Date: day("2027-01-20"), Status: planner.Cancelled}}},
		{"a booked attempt whose day has passed renews nothing",
			clf(), nil, "Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2029-05-16",
			[]planner.Attempt{booked(7, "SAA-C03", "2026-11-30")}},
		{"an exam booked after the expiry is too late",
			held("DEA", "DEA-C01", "2028-01-10"), nil, "Renew it by passing DEA-C01 before 2028-01-10",
			[]planner.Attempt{booked(7, "DEA-C01", "2028-01-10")}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := planner.DescribeRenewal(cat, tc.held, tc.plans, tc.booked, today)
			if got.Renewal() != tc.want {
				t.Errorf("Renewal() = %q, want %q", got.Renewal(), tc.want)
			}
			if got.Planned() != (got.RenewingPlan.Exam != "") {
				t.Errorf("Planned() = %v with the plan %+v", got.Planned(), got.RenewingPlan)
			}
		})
	}
}

// TestRenewingExamNamesTheBookedSitting: a booked attempt that renews a
// held certification is named by its ID, alone or with the plan whose
// exam it sits.
func TestRenewingExamNamesTheBookedSitting(t *testing.T) {
	cat := catalogtest.Load(t)
	today := day("2026-12-02")
	saa := planner.PlanSummary{ID: 1, Exam: "SAA-C03", ExamDate: day("2027-02-19")}
	got, ok := planner.RenewingExam(cat, "CLF", day("2029-05-16"), today, []planner.PlanSummary{saa}, []planner.Attempt{booked(7, "SAA-C03", "2027-02-19")})
	if want := (planner.PlannedRenewal{PlanID: 1, Attempt: 7, Exam: "SAA-C03", ExamDate: day("2027-02-19")}); !ok || got != want {
		t.Errorf("with the plan's sitting booked: %+v, %v; want %+v", got, ok, want)
	}
	got, ok = planner.RenewingExam(cat, "CLF", day("2029-05-16"), today, nil, []planner.Attempt{booked(9, "saa-c03", "2027-03-01")})
	if want := (planner.PlannedRenewal{Attempt: 9, Exam: "SAA-C03", ExamDate: day("2027-03-01")}); !ok || got != want {
		t.Errorf("with a booked attempt alone: %+v, %v; want %+v", got, ok, want)
	}
}

// booked is exam attempt id of exam, booked for on.
func booked(id int64, exam, on string) planner.Attempt {
	return planner.Attempt{ID: id, Exam: exam, Date: day(on), Status: planner.Booked}
}

// clf is a Cloud Practitioner earned on 2026-05-16.
func clf() planner.HeldCertification { return held("CLF", "CLF-C02", "2029-05-16") }

// held is certification key earned with exam, expiring on expiry.
func held(key, exam, expiry string) planner.HeldCertification {
	return planner.HeldCertification{Key: key, Exam: exam, Earned: day(expiry).AddYears(-3), Expiry: day(expiry)}
}
