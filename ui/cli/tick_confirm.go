package cli

import (
	"context"
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// The verbs of a tick's confirmation: what the tick did.
const (
	ticked   = "Ticked"               // a topic or item is done now
	unticked = "Unticked"             // an undo opened it again
	newHours = "Changed the hours of" // a done one was ticked again with other hours
	newDay   = "Corrected the day of" // a done one was ticked again on another day
)

// tickChange is what a tick or an undo did: verb says it, or is "" when
// the topic or item already was as asked, which state then says ("not
// done", "already done, with the same hours"). on is the day of a tick
// or a corrected day, zero for an undo or new hours; a corrected day
// says the day it replaced (from) and how many study items moved with it.
type tickChange struct {
	verb, state string
	on, from    catalog.Date
	items       int
}

// changedOr is verb when the store changed something, else no change in
// state.
func changedOr(changed bool, verb, state string) tickChange {
	if changed {
		return tickChange{verb: verb}
	}
	return tickChange{state: state}
}

// withDay gives a tick or a corrected day the day it was done; other
// changes have none.
func (c tickChange) withDay(on catalog.Date) tickChange {
	if c.verb == ticked || c.verb == newDay {
		c.on = on
	}
	return c
}

// confirmTick prints one line saying what ch did to topic (a topic or a
// study item) of plan id and where the plan now stands, both read back
// from the data as saved.
func confirmTick(ctx context.Context, e *env, db *storage.DB, id int64, topic string, ch tickChange) error {
	p, err := loadPlan(ctx, db, id, e.today)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(e.stdout, tickLine(p, topic, ch, standingBrief(p, e.today)))
	return err
}

// tickLine is the confirmation of a tick, in show's words: "Ticked 1.1
// Design secure access to AWS resources (Fri 2026-11-20, 2.5 h spent).
// Done 7.25 of 86:50 h; on track." An item adds how its task stands.
func tickLine(p planner.StudyPlan, id string, ch tickChange, standing string) string {
	title, g, task := tickedTopic(p, id)
	var b strings.Builder
	b.WriteString(ch.verb + " " + shortTopic(p.Exam, id))
	if title != "" {
		b.WriteString(" " + clip(title, maxTickTitle))
	}
	var details []string
	if !ch.on.IsZero() {
		details = append(details, dayDate(ch.on))
	}
	if !ch.from.IsZero() {
		details = append(details, "not "+dayDate(ch.from))
	}
	if ch.items > 0 {
		details = append(details, itemsWithIt(ch.items))
	}
	if g.Hours > 0 {
		details = append(details, hours(g.Hours)+" h spent")
	}
	if len(details) > 0 {
		b.WriteString(" (" + strings.Join(details, ", ") + ")")
	}
	b.WriteString(". " + task + standing)
	return b.String()
}

// maxTickTitle is the most of a topic's title or an item's text a tick's
// confirmation gives, so that it stays one line.
const maxTickTitle = 50

// tickedTopic finds topic or study item id in plan p: its title (an
// item's text), its progress and, for an item, how its task stands ("Task
// 1.1: 2 of 11 items done. ", as show counts them).
func tickedTopic(p planner.StudyPlan, id string) (title string, g planner.TopicProgress, task string) {
	for _, t := range p.Schedule.Topics {
		if t.ID == id {
			return strings.TrimSuffix(t.Title, "."), p.Progress[id], ""
		}
		for _, it := range t.Items {
			if it.ID == id {
				return strings.TrimSuffix(it.Text, "."), p.Items[id], itemTaskText(p, t)
			}
		}
	}
	return "", p.Progress[id], ""
}

// itemTaskText says how task t of plan p stands after one of its items
// was ticked or unticked: done on a day, or how many of its items are.
func itemTaskText(p planner.StudyPlan, t planner.TopicPlan) string {
	short := shortTopic(p.Exam, t.ID)
	if g := p.Progress[t.ID]; g.Done {
		return fmt.Sprintf("Task %s: done %s. ", short, g.DoneOn)
	}
	return fmt.Sprintf("Task %s: %d of %d items done. ", short, itemsDone(p, t), len(t.Items))
}

// itemsWithIt says how many study items moved with a corrected day.
func itemsWithIt(n int) string {
	if n == 1 {
		return "1 study item with it"
	}
	return fmt.Sprintf("%d study items with it", n)
}
