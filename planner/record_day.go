package planner

import (
	"fmt"

	"certplan/catalog"
)

// EarliestRecordDay is the first day a tick or a practice result of a plan
// for exam e, made on created, can be dated: a year before the plan was
// made (study done before it counts), and never before the exam's first
// day (AvailableFrom) when the exam could already be taken on created. A
// plan made for an announced exam before its first day keeps the year
// before it: its learner studies the exam's guide before it is offered.
func EarliestRecordDay(e *catalog.Exam, created catalog.Date) catalog.Date {
	from := created.AddYears(-1)
	if first := e.AvailableFrom; !first.IsZero() && !created.Before(first) && first.After(from) {
		from = first
	}
	return from
}

// CheckRecordDay says, finishing "the day ...", why on cannot date a tick
// or a practice result of a plan for e made on created (see
// EarliestRecordDay), naming the exam's first day when on is before it;
// nil when it can (days after today are the caller's).
func CheckRecordDay(e *catalog.Exam, created, on catalog.Date) error {
	from := EarliestRecordDay(e, created)
	switch first := e.AvailableFrom; {
	case !on.Before(from):
		return nil
	case !first.IsZero() && !created.Before(first) && on.Before(first):
		return fmt.Errorf("%s is before %s could first be taken, on %s: give a day from %s to today", on, e.Code, first, from)
	}
	return fmt.Errorf("%s is more than a year before the plan was made, on %s: give a day from %s to today", on, created, from)
}

// CheckScoreDay says why on cannot date a practice result of a plan for e
// made on created, today being today: a day after today (ValidateScore
// refuses it too) or before EarliestRecordDay (CheckRecordDay); nil when
// it can. A form checks the day with it as it is typed.
func CheckScoreDay(e *catalog.Exam, created, on, today catalog.Date) error {
	if on.After(today) {
		return scoreAfterToday(on, today)
	}
	return CheckRecordDay(e, created, on)
}

// scoreAfterToday is why a practice result cannot be dated on, after today.
func scoreAfterToday(on, today catalog.Date) error {
	return fmt.Errorf("score date %s is after today %s: log results on or after the day you took them", on, today)
}
