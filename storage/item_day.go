package storage

import (
	"context"

	"certplan/catalog"
)

// RetickItem is a tick of a study item already done, as TickTopic is of a
// done topic: on not zero corrects the day it was done (never after its
// done task's day), hours above 0 become its hours (SetItemHours), and the
// same day and hours change nothing. An item done only through its task's
// tick is ticked with the day or hours given.
func (db *DB) RetickItem(ctx context.Context, planID int64, item string, on catalog.Date, hours float64) (TopicTick, error) {
	return writeTick(ctx, db, planID, on, hours, func(tx *dbTx) (TopicTick, error) {
		return retickItem(ctx, tx, planID, item, on, hours)
	})
}

// retickItem is RetickItem in transaction tx.
func retickItem(ctx context.Context, tx *dbTx, planID int64, item string, on catalog.Date, hours float64) (TopicTick, error) {
	row, err := itemRow(ctx, tx, planID, item)
	if err != nil {
		return TopicTick{}, err
	}
	task, err := topicState(ctx, tx, planID, row.Task)
	switch {
	case err != nil:
		return TopicTick{}, err
	case !row.Done && !task.Done:
		return TopicTick{}, invalid("%s is not done yet: tick it first.", item)
	case task.Done && on.After(task.DoneOn):
		// An item done after its task would follow the task's completion.
		return TopicTick{}, invalid("%s's task was done on %s: give a day up to then, or correct the task's day first.", item, task.DoneOn)
	}
	var r TopicTick
	if hours > 0 {
		if r.Changed, err = setItemHours(ctx, tx, planID, item, hours); err != nil {
			return r, err
		}
		if row, err = itemRow(ctx, tx, planID, item); err != nil { // setItemHours may have ticked it
			return r, err
		}
	}
	day := row.DoneOn
	if !row.Done {
		day = task.DoneOn // done through its task, on the task's day
	}
	if on.IsZero() || on == day {
		return r, nil
	}
	// A corrected day is no new tick, as for a topic: undoing still undoes
	// the tick that made it done. An item done only through its task gets
	// its own tick, as SetItemHours gives it.
	action := "hours"
	if !row.Done {
		row.Done, action = true, "tick"
	}
	row.DoneOn = on
	r.Changed, r.MovedFrom = true, day
	return r, setTopic(ctx, tx, planID, row, action)
}
