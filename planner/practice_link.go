package planner

import (
	"fmt"
	"strings"

	"certplan/catalog"
)

// PracticeTopic is one of a plan's practice topics (the diagnostic or a
// practice exam) as a practice result can mark it done: a result logged
// for it ticks it on the result's day.
type PracticeTopic struct {
	ID string `json:"topic"` // "SAA-C03:diagnostic"
	// Name is its title without the details in brackets: "Diagnostic
	// practice set", "Practice set 1 of 2 in parts".
	Name string `json:"name"`
	// Planned is the first day the schedule puts it on; zero when the
	// schedule holds none of it.
	Planned catalog.Date `json:"planned,omitzero"`
	Done    bool         `json:"done"`
	DoneOn  catalog.Date `json:"done_on,omitzero"`
}

// Short is its ID without the exam's code: "diagnostic", "practice-1".
func (t PracticeTopic) Short() string {
	_, short, _ := strings.Cut(t.ID, ":")
	return short
}

// PracticeTopics lists plan sp's practice topics in the plan's order (the
// diagnostic, then each practice exam), with their progress. Fix time is
// none: no practice result is logged for it.
func (sp StudyPlan) PracticeTopics() []PracticeTopic {
	out := []PracticeTopic{}
	for _, t := range sp.Schedule.Topics {
		if t.Kind != Practice {
			continue
		}
		name, _, _ := strings.Cut(t.Title, " (")
		done := sp.Progress[t.ID]
		out = append(out, PracticeTopic{ID: t.ID, Name: name, Planned: firstPlanned(sp.Schedule, t.ID),
			Done: done.Done, DoneOn: done.DoneOn})
	}
	return out
}

// firstPlanned is the first day plan p puts topic on, or zero.
func firstPlanned(p Plan, topic string) catalog.Date {
	var first catalog.Date
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Topic == topic && (first.IsZero() || s.Date.Before(first)) {
				first = s.Date
			}
		}
	}
	return first
}

// PracticeFor is the practice topic id (full, "SAA-C03:practice-1") of
// plan sp that a practice result can mark done, or why it cannot: sp has
// no such practice topic (the error names those it has), or its exam was
// passed, so that sp is done and has no practice left to mark.
func (sp StudyPlan) PracticeFor(id string) (PracticeTopic, error) {
	if !sp.Passed.IsZero() {
		return PracticeTopic{}, fmt.Errorf("plan %d's exam was passed on %s: it is done, with no practice left to mark; log the result alone", sp.ID, sp.Passed)
	}
	topics := sp.PracticeTopics()
	names := make([]string, len(topics))
	for i, t := range topics {
		if t.ID == id {
			return t, nil
		}
		names[i] = t.Short()
	}
	_, short, _ := strings.Cut(id, ":")
	if len(names) == 0 {
		return PracticeTopic{}, fmt.Errorf("plan %d has no practice topics: log the result alone", sp.ID)
	}
	return PracticeTopic{}, fmt.Errorf("plan %d has no practice topic %q: give %s", sp.ID, short, orList(names))
}

// orList joins names as "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// PracticeDue is the practice topic a result taken on day most likely
// records: of plan sp's practice topics not done, the one planned earliest
// on or before day. ok is false when there is none, and for a plan whose
// exam was passed (it is done). It is only a guess to offer: nothing is
// marked done without the learner's word.
func (sp StudyPlan) PracticeDue(day catalog.Date) (PracticeTopic, bool) {
	var due PracticeTopic
	if !sp.Passed.IsZero() {
		return due, false
	}
	for _, t := range sp.PracticeTopics() {
		if t.Done || t.Planned.IsZero() || t.Planned.After(day) {
			continue
		}
		if due.ID == "" || t.Planned.Before(due.Planned) {
			due = t
		}
	}
	return due, due.ID != ""
}
