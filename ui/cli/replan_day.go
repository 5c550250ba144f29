package cli

import (
	"fmt"

	"certplan/catalog"
	"certplan/planner"
)

// checkActive refuses to re-plan or edit an archived plan: it takes no
// hours until it is brought back, and bringing it back re-plans it around
// the other plans. Ticks and scores on it stay allowed: they are records.
func checkActive(p planner.StudyPlan) error {
	if p.Archived {
		return badInput("plan %d is archived: certplan unarchive %d first", p.ID, p.ID)
	}
	return nil
}

// checkReplanDay refuses a --today before the first day plan p can be
// re-planned from (planner.EarliestReplanDay): the re-plan would start
// later than the day given while saying it started then. The clock's
// today is always accepted.
func checkReplanDay(e *env, c *command, p planner.StudyPlan, day catalog.Date) error {
	floor, why := replanFloor(e, p)
	if day == e.today || !day.Before(floor) {
		return nil
	}
	return badInput("%s: --today %s is before %s, %s: give that day or later", c.name, day, floor, why)
}

// replanFloor is the first day plan p can be re-planned from, and what
// that day is, for a message.
func replanFloor(e *env, p planner.StudyPlan) (catalog.Date, string) {
	floor := planner.EarliestReplanDay(p.Schedule, e.today)
	switch floor {
	case e.today:
		return floor, "today"
	case p.Schedule.Start:
		return floor, fmt.Sprintf("the day plan %d starts", p.ID)
	}
	return floor, fmt.Sprintf("the day plan %d (version %d) was planned from", p.ID, p.Version)
}

// checkRefitDay is checkReplanDay for unarchive and prioritize, which
// re-plan around the other plans: it also refuses a --today on or after
// the plan's exam, when no day is left to plan (a typo would otherwise
// pass unnoticed, QA #5).
func checkRefitDay(e *env, c *command, p planner.StudyPlan, day catalog.Date) error {
	if day != e.today && planner.ExamPassed(p.Schedule, day) {
		return badInput("%s: --today %s is not before plan %d's exam on %s: give a day before the exam", c.name, day, p.ID, p.Schedule.ExamDate)
	}
	return checkReplanDay(e, c, p, day)
}

// checkPrioritizeDay is checkRefitDay for prioritize, which re-plans not
// only plan p but every other active plan (others) from day around it:
// day must suit each, and one whose exam has not come must not be passed
// over as if it had. A plan whose exam has come both by day and by the
// clock's today is not re-planned, and not checked.
func checkPrioritizeDay(e *env, c *command, p planner.StudyPlan, others []planner.StudyPlan, day catalog.Date) error {
	if err := checkRefitDay(e, c, p, day); err != nil || day == e.today {
		return err
	}
	return checkOthersDay(e, c, others, day, fmt.Sprintf("re-planned around plan %d", p.ID))
}

// checkOthersDay refuses a --today (day) that plans re-planned together
// (how: "re-planned around plan 1") cannot all be re-planned from: before
// one's first re-plan day, or on or after the exam of one whose exam has
// not come by the clock, which would be passed over as if it had. A plan
// whose exam has come both by day and by the clock is not re-planned, and
// not checked.
func checkOthersDay(e *env, c *command, plans []planner.StudyPlan, day catalog.Date, how string) error {
	for _, q := range plans {
		floor, why := replanFloor(e, q)
		passed := planner.ExamPassed(q.Schedule, day)
		if passed && !planner.ExamPassed(q.Schedule, e.today) {
			return badInput("%s: --today %s is not before plan %d's exam on %s, so plan %d could not be %s: give a day before %s",
				c.name, day, q.ID, q.Schedule.ExamDate, q.ID, how, q.Schedule.ExamDate)
		}
		if !passed && day.Before(floor) {
			return badInput("%s: --today %s is before %s, %s, and plan %d is %s too: give that day or later",
				c.name, day, floor, why, q.ID, how)
		}
	}
	return nil
}
