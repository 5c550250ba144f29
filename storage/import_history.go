package storage

import (
	"fmt"

	"certplan/catalog"
)

// validateHistory checks a plan's progress history as validateProgress
// checks its progress: each change on a topic of its schedule, by a known
// action, at a time, with hours in range, and done on a day (no later than
// today) exactly when it left the topic done: undoing a task's tick puts
// its study items back as the history has them (revertItems), so a change
// done with no day would leave an item done on no day.
func validateHistory(history []ProgressChange, topics map[string]bool, today catalog.Date) error {
	for _, c := range history {
		switch {
		case c.Topic == "":
			return fmt.Errorf("has a progress change without a topic")
		case !topics[c.Topic]:
			return fmt.Errorf("has a progress change on %q, which is not a topic of its schedule", c.Topic)
		case c.Action != "tick" && c.Action != "untick" && c.Action != "hours":
			return fmt.Errorf("has an unknown progress action %q", c.Action)
		case !validHours(c.Hours):
			return fmt.Errorf("has %g hours in its history: use 0 to %d", c.Hours, maxTopicHours)
		case !stampInRange(c.At):
			return fmt.Errorf("has a progress change without a time")
		case c.Done && c.DoneOn.IsZero():
			return fmt.Errorf("has %s done with no day it was done in its history", c.Topic)
		case !c.Done && !c.DoneOn.IsZero():
			return fmt.Errorf("has a done date on %s in its history, which it leaves not done", c.Topic)
		case !validDoneOn(c.DoneOn, today):
			return fmt.Errorf("has %s done on %s in its history: use a day from %s to today", c.Topic, c.DoneOn, catalog.FirstDate)
		}
	}
	return nil
}
