// Package planner turns an exam, the learner's hours and circumstances into a
// week-by-week study plan, says honestly whether it fits, and rebalances it
// as the learner ticks topics off.
//
// Where the learner stands against a plan is defined here once
// (StandingOf): ahead, on track, behind, or does not fit. A plan whose work
// does not fit covers every topic thinner rather than some not at all, and
// lists what it leaves out (Unscheduled, Coverage) with the two fixes
// (EarliestExam, FitWeekdays).
//
// It is pure: no I/O, no clock (today is an input), no GUI and no SQL. Public
// holidays reach it through the small Holidays interface (is this civil date
// a holiday, and its name), which package planner/holiday adapts from
// github.com/rickar/cal/v2. All dates are civil dates
// (catalog.Date), so a plan is the same in every time zone.
package planner
