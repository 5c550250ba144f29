package cli

import (
	"context"
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/storage"
)

// runTick ticks or unticks one topic or study item. It prints nothing and
// exits 0 only once the change is on disk; when a task or item already was
// as asked it says that nothing changed. An item's --hours are added to its
// task's; a task's --hours are the task's total, and so are a done item's
// when it is ticked again.
func runTick(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	undo := fs.Bool("undo", false, "undo the topic's tick")
	spent := hoursFlag{what: "on one topic"}
	fs.Var(&spent, "hours", "`H` hours you spent on the topic (on a study item: added to its task's)")
	var on catalog.Date
	dateVar(fs, &on, "on", "the day it was done, YYYY-MM-DD (default today)")
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
	if on.IsZero() {
		on = e.today
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		topic, err := topicID(ctx, db, id, pos[1])
		if err != nil {
			return err
		}
		_, local, _ := strings.Cut(topic, ":")
		if _, _, isItem := catalog.SplitItemID(local); isItem {
			return tickItem(ctx, e, db, id, topic, *undo, on, spent.h)
		}
		var changed bool
		if *undo {
			changed, err = db.UntickChanged(ctx, id, topic)
		} else {
			changed, err = db.TickChanged(ctx, id, topic, on, spent.h)
		}
		if err != nil || changed {
			return storeErr(err)
		}
		return nothingChanged(e, id, topic, doneState(*undo, "already done, with the same hours"))
	})
}

// tickItem ticks or unticks one study item, and says so when it already was
// as asked. A done item ticked again with --hours gets those hours (see
// storage.SetItemHours), as a done task does.
func tickItem(ctx context.Context, e *env, db *storage.DB, id int64, item string, undo bool, on catalog.Date, h float64) error {
	p, err := loadPlan(ctx, db, id)
	if err != nil {
		return err
	}
	done := p.Items[item].Done
	switch {
	case undo && !done, !undo && done && h == 0:
		return nothingChanged(e, id, item, doneState(undo, "already done"))
	case undo:
		return storeErr(db.UntickItems(ctx, id, []string{item}))
	case done:
		changed, err := db.SetItemHours(ctx, id, item, h)
		if err != nil || changed {
			return storeErr(err)
		}
		return nothingChanged(e, id, item, "already done, with the same hours")
	}
	return storeErr(db.TickItems(ctx, id, []string{item}, on, h))
}

// doneState is how a topic that a tick (or an undo) left alone stands:
// done as given, or not done.
func doneState(undo bool, done string) string {
	if undo {
		return "not done"
	}
	return done
}

// nothingChanged says that a tick or an undo found the topic already as
// asked (state: "not done", "already done"); the exit status stays 0.
func nothingChanged(e *env, id int64, topic, state string) error {
	_, err := fmt.Fprintf(e.stdout, "Nothing changed: %s in plan %d is %s.\n", topic, id, state)
	return err
}

// topicID resolves "1.2" (or the item "1.2.3") to the plan's "SAA-C03:1.2";
// full IDs pass through.
func topicID(ctx context.Context, db *storage.DB, planID int64, topic string) (string, error) {
	topic = strings.TrimSpace(topic)
	if code, rest, full := strings.Cut(topic, ":"); full {
		return catalog.NormalizeCode(code) + ":" + rest, nil
	}
	p, err := loadPlan(ctx, db, planID)
	if err != nil {
		return "", err
	}
	return p.Exam + ":" + topic, nil
}
