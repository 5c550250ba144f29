package cli

import (
	"context"
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// runTick ticks or unticks one topic or study item. It exits 0 only once
// the change is on disk, and then says in one line what changed and where
// the plan now stands; when a task or item already was as asked it says
// that nothing changed. An item's --hours are added to its task's; a
// task's --hours are the task's total, and so are a done item's when it
// is ticked again.
func runTick(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	undo := fs.Bool("undo", false, "undo the topic's tick")
	spent := hoursFlag{what: "on one topic"}
	fs.Var(&spent, "hours", "`H` hours you spent on the topic (on a study item: added to its task's)")
	var on catalog.Date
	dateVar(fs, &on, "on", "the day it was done, YYYY-MM-DD (default today); on a done topic it corrects the day")
	id, pos, err := planArgs(fs, c, args, 2)
	if err != nil {
		return err
	}
	if *undo && (spent.h > 0 || !on.IsZero()) {
		return badInput("tick: --undo takes no --hours or --on: it restores the topic as it was before its tick")
	}
	if on.After(e.today) {
		return badInput("tick: --on %s is after today (%s): give the day you finished the topic", on, e.today)
	}
	onGiven := !on.IsZero()
	if !onGiven {
		on = e.today
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		p, err := loadPlan(ctx, db, id, e.today)
		if err != nil {
			return err
		}
		topic := topicID(p.Exam, pos[1])
		_, local, _ := strings.Cut(topic, ":")
		var ch tickChange
		if _, _, isItem := catalog.SplitItemID(local); isItem {
			ch, err = tickItem(ctx, db, p, topic, *undo, on, onGiven, spent.h)
		} else {
			ch, err = tickTask(ctx, db, p, topic, *undo, dayGiven(on, onGiven || !p.Progress[topic].Done), spent.h)
		}
		switch {
		case err != nil:
			return storeErr(err)
		case ch.verb == "":
			return nothingChanged(e, id, topic, ch.state)
		}
		return confirmTick(ctx, e, db, id, topic, ch.withDay(on))
	})
}

// tickTask ticks or unticks a whole topic (a task, a review, a practice
// exam) of plan p, and says what that did. A done topic ticked on a day
// (on not zero) is corrected to have been done that day.
func tickTask(ctx context.Context, db *storage.DB, p planner.StudyPlan, topic string, undo bool, on catalog.Date, h float64) (tickChange, error) {
	if undo {
		changed, err := db.UntickChanged(ctx, p.ID, topic)
		return changedOr(changed, unticked, "not done"), err
	}
	verb := ticked
	if p.Progress[topic].Done {
		verb = newHours
	}
	r, err := db.TickTopic(ctx, p.ID, topic, on, h)
	ch := changedOr(r.Changed, verb, "already done, with the same hours")
	if !r.MovedFrom.IsZero() {
		ch.verb, ch.from, ch.items = newDay, r.MovedFrom, r.ItemsMoved
	}
	return ch, err
}

// dayGiven is on when given, else zero: a done topic ticked with no --on
// keeps its day.
func dayGiven(on catalog.Date, given bool) catalog.Date {
	if given {
		return on
	}
	return 0
}

// tickItem ticks or unticks one study item of plan p, and says what that
// did. A done item ticked again with --hours gets those hours, and with
// --on (onGiven) that day (storage.RetickItem), as a done task does.
func tickItem(ctx context.Context, db *storage.DB, p planner.StudyPlan, item string, undo bool, on catalog.Date, onGiven bool, h float64) (tickChange, error) {
	done := p.Items[item].Done
	switch {
	case undo && !done:
		return tickChange{state: "not done"}, nil
	case !undo && done && h == 0 && !onGiven:
		return tickChange{state: "already done"}, nil
	case undo:
		return tickChange{verb: unticked}, db.UntickItems(ctx, p.ID, []string{item})
	case done:
		r, err := db.RetickItem(ctx, p.ID, item, dayGiven(on, onGiven), h)
		ch := changedOr(r.Changed, newHours, "already done, with the same hours")
		if !r.MovedFrom.IsZero() {
			ch.verb, ch.from = newDay, r.MovedFrom
		}
		return ch, err
	}
	return tickChange{verb: ticked}, db.TickItems(ctx, p.ID, []string{item}, on, h)
}

// nothingChanged says that a tick or an undo found the topic already as
// asked (state: "not done", "already done"); the exit status stays 0.
func nothingChanged(e *env, id int64, topic, state string) error {
	_, err := fmt.Fprintf(e.stdout, "Nothing changed: %s in plan %d is %s.\n", topic, id, state)
	return err
}

// topicID resolves "1.2" (or the item "1.2.3") to "SAA-C03:1.2" for a
// plan of exam; full IDs pass through, their code normalized.
func topicID(exam, topic string) string {
	topic = strings.TrimSpace(topic)
	if code, rest, full := strings.Cut(topic, ":"); full {
		return catalog.NormalizeCode(code) + ":" + rest
	}
	return exam + ":" + topic
}
