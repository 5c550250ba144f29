package ui

import (
	"fmt"

	"certplan/planner"
)

// noteSameExam says under the exam field, in a line that wraps, when the learner already has an
// active plan for exam: creating this one makes a second, which is allowed
// (another date, other hours) but should be meant.
func (s *setupScreen) noteSameExam(exam string) {
	if s.sameExam == nil || s.activePlans == nil {
		return
	}
	note := sameExamNote(exam, s.activePlans())
	if s.sameExam.Text != note {
		s.sameExam.SetText(note)
	}
	showIf(s.sameExam, note != "")
}

// sameExamNote names the active plans for exam, or "" for none: "You
// already have a plan for SAA-C03, "SAA-C03 plan" (exam 2027-03-01): this
// makes another.".
func sameExamNote(exam string, plans []planner.PlanSummary) string {
	var same []string
	for _, p := range plans {
		switch {
		case p.Exam != exam || p.Archived:
		case p.Name == "":
			same = append(same, "exam on "+p.ExamDate.String())
		default:
			same = append(same, fmt.Sprintf("%q (exam %s)", p.Name, p.ExamDate))
		}
	}
	switch len(same) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("You already have a plan for %s, %s: this makes another.", exam, same[0])
	}
	return fmt.Sprintf("You already have %d plans for %s, %s: this makes another.", len(same), exam, joinAnd(same))
}
