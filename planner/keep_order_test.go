package planner_test

import (
	"testing"

	"certplan/planner"
)

// TestReviewsAndFixTimeComeInOrder: plans of real exams that placed a
// review before its task's first study, or fix time before its practice
// exam, now hold none (see misorders).
func TestReviewsAndFixTimeComeInOrder(t *testing.T) {
	for _, c := range []struct {
		name, exam, today, examDate string
		hours                       float64
	}{
		{"ANS-C01 at the default 10 h, planned on 2026-12-03", "ANS-C01", "2026-12-03", "", 10},
		{"AIB-C01 at 10 h", "AIB-C01", surveyToday, "", 10},
		{"AIF-C01 at 5 h", "AIF-C01", surveyToday, "", 5},
		{"AIF-C01 at 10 h", "AIF-C01", surveyToday, "", 10},
		{"DEA-C01 at 10 h", "DEA-C01", surveyToday, "", 10},
		{"SAA-C03 at 3 h", "SAA-C03", surveyToday, "", 3},
		{"SOA-C03 at 3 h for 2027-02-15", "SOA-C03", surveyToday, "2027-02-15", 3},
		{"SCS-C03 at 10 h", "SCS-C03", surveyToday, "", 10},
		{"SAP-C03 at 10 h", "SAP-C03", surveyToday, "", 10},
		{"DOP-C02 at 20 h", "DOP-C02", surveyToday, "", 20},
		{"AIP-C01 at 20 h", "AIP-C01", surveyToday, "", 20},
		{"MLA-C02 at 20 h", "MLA-C02", surveyToday, "", 20},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := planner.Input{Exam: c.exam, Start: day(c.today), Today: day(c.today), Hours: planner.Even(c.hours)}
			if c.examDate != "" {
				in.ExamDate = day(c.examDate)
			}
			p := mustBuild(t, in)
			for _, m := range misorders(in, p) {
				t.Error(m)
			}
			for _, problem := range planProblems(in, p) {
				t.Error(problem)
			}
		})
	}
}
