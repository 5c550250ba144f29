package ui

import "certplan/catalog"

// planExamDay is the exam day of the plan shown, or zero.
func (a *App) planExamDay() catalog.Date {
	for _, p := range a.plans {
		if p.ID == a.planID {
			return p.ExamDate
		}
	}
	return 0
}
