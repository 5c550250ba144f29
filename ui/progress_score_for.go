package ui

import (
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// noPractice is the choice of a result logged for none of the plan's
// practice topics.
const noPractice = "None"

// practiceChoice is the practice result form's "This result is for": none
// or one of the plan's practice topics. It preselects the one the result
// most likely records by its day (planner.StudyPlan.PracticeDue); a passed
// plan offers none only, as storage refuses the others.
type practiceChoice struct {
	sel    *widget.Select
	plan   planner.StudyPlan
	topics map[string]string // topic ID by option
}

func newPracticeChoice(p planner.StudyPlan) *practiceChoice {
	c := &practiceChoice{plan: p, topics: map[string]string{}}
	options := []string{noPractice}
	if p.Passed.IsZero() {
		for _, t := range p.PracticeTopics() {
			option := t.Name
			if t.Done {
				option += " (done)"
			}
			options = append(options, option)
			c.topics[option] = t.ID
		}
	}
	c.sel = widget.NewSelect(options, nil)
	c.sel.SetSelected(noPractice)
	if len(options) == 1 {
		c.sel.Disable()
	}
	return c
}

// dayChanged preselects the practice topic due by day, or none; a day
// not yet typed whole changes nothing.
func (c *practiceChoice) dayChanged(day catalog.Date) {
	if day.IsZero() {
		return
	}
	choice := noPractice
	if due, ok := c.plan.PracticeDue(day); ok {
		for option, id := range c.topics {
			if id == due.ID {
				choice = option
			}
		}
	}
	c.sel.SetSelected(choice)
}

// topic is the ID of the practice topic chosen, or "" for none.
func (c *practiceChoice) topic() string { return c.topics[c.sel.Selected] }
