package storage

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// ProgressRow is one row of a plan's progress, as stored and exported:
// what the learner has done on a topic or study item, and when it last
// changed.
type ProgressRow struct {
	Topic string `json:"topic"`
	planner.TopicProgress
	Updated time.Time `json:"updated"`
	// Task is, for a study item ("SAA-C03:1.1.3"), its task's topic ID;
	// left out for a task, a review or a practice exam.
	Task string `json:"task,omitempty"`
}

// ProgressChange is one entry of a plan's progress history: the state a
// topic was left in, and by what.
type ProgressChange struct {
	Topic  string    `json:"topic"`
	Action string    `json:"action"` // tick, untick or hours
	At     time.Time `json:"at"`
	planner.TopicProgress
}

// maxTopicHours bounds the hours a learner can log on one topic.
const maxTopicHours = 5000

// Tick marks a topic of a plan done on day on (today when zero), with the
// hours spent when hours > 0 (otherwise the hours already logged stay); its
// study items count as done with it. When it returns nil the tick is on disk.
func (db *DB) Tick(ctx context.Context, planID int64, topic string, on catalog.Date, hours float64) error {
	_, err := db.TickChanged(ctx, planID, topic, on, hours)
	return err
}

// TickChanged is Tick, and reports whether anything changed: a topic
// already done on the same day with the same hours is left as it was.
func (db *DB) TickChanged(ctx context.Context, planID int64, topic string, on catalog.Date, hours float64) (bool, error) {
	r, err := db.TickTopic(ctx, planID, topic, on, hours)
	return r.Changed, err
}

// TopicTick is what a tick did to a topic.
type TopicTick struct {
	Changed bool // anything changed
	// MovedFrom is the day a done topic was done on before a tick on
	// another day corrected it; zero when its day did not move.
	MovedFrom catalog.Date
	// ItemsMoved counts its study items whose day moved with it.
	ItemsMoved int
}

// TickTopic is Tick, and says what it did: a topic already done and
// ticked on another day (on not zero) is corrected to have been done on
// on, and so are its study items done on its day or after on; the same
// day and hours again change nothing.
func (db *DB) TickTopic(ctx context.Context, planID int64, topic string, on catalog.Date, hours float64) (TopicTick, error) {
	return writeTick(ctx, db, planID, on, hours, func(tx *dbTx) (TopicTick, error) {
		return tickTopic(ctx, tx, planID, topic, on, hours)
	})
}

// writeTick runs tick, a tick of plan planID, in a write transaction once
// its hours and its day on pass the checks every tick makes: hours from 0
// to maxTopicHours, on in the calendar's range and no earlier than the plan
// can record (checkRecordDay; a zero on is checked as today, which a plan
// made by today can always record).
func writeTick[T any](ctx context.Context, db *DB, planID int64, on catalog.Date, hours float64, tick func(*dbTx) (T, error)) (T, error) {
	var none T
	if err := checkHours(hours); err != nil {
		return none, err
	}
	if err := catalog.CheckRange(on); err != nil {
		return none, invalid("The day it was done, %s.", err)
	}
	return writeTx(ctx, db, func(tx *dbTx) (T, error) {
		if err := checkRecordDay(ctx, tx, db.cat, planID, cmp.Or(on, tx.today()), "The tick's day"); err != nil {
			return none, err
		}
		return tick(tx)
	})
}

// tickTopic marks a topic done on day on (today when zero; a done one
// keeps its day when zero) with hours (kept when 0), and says what that
// changed.
func tickTopic(ctx context.Context, tx *dbTx, planID int64, topic string, on catalog.Date, hours float64) (TopicTick, error) {
	cur, err := topicState(ctx, tx, planID, topic)
	if err != nil {
		return TopicTick{}, err
	}
	next := cur
	next.Done, next.DoneOn = true, cmp.Or(on, tx.today())
	if cur.Done && on.IsZero() {
		next.DoneOn = cur.DoneOn
	}
	if hours > 0 {
		next.Hours = hours
	}
	if cur.Done && next.Hours == cur.Hours && next.DoneOn == cur.DoneOn {
		return TopicTick{}, nil
	}
	// A change to a done topic, its day or hours, is no new tick: undoing
	// it still undoes the tick that made it done.
	action, r := "tick", TopicTick{Changed: true}
	if cur.Done {
		action = "hours"
	}
	if cur.Done && next.DoneOn != cur.DoneOn {
		r.MovedFrom = cur.DoneOn
		if r.ItemsMoved, err = moveItemsDay(ctx, tx, planID, topic, cur.DoneOn, next.DoneOn); err != nil {
			return r, err
		}
	}
	return r, setTopic(ctx, tx, planID, next, action)
}

// moveItemsDay moves the day of task's done study items from the task's
// old day (and from any day after its new one, which would follow its
// completion) to the new day, and counts the items whose day moved: those
// done with the task alone move as it does.
func moveItemsDay(ctx context.Context, tx *dbTx, planID int64, task string, from, to catalog.Date) (int, error) {
	rows, err := taskItems(ctx, tx, planID, task)
	moved := 0
	for _, row := range rows {
		switch {
		case err != nil:
			return moved, err
		case !row.Done:
			moved++ // done through its task, on the task's day
		case row.DoneOn == from || row.DoneOn.After(to):
			row.DoneOn = to
			err = setTopic(ctx, tx, planID, row, "hours")
			moved++
		}
	}
	return moved, err
}

// Untick undoes a topic's latest tick: the topic is no longer done, and its
// hours and its study items are back to what they were before the tick. The
// history keeps both.
func (db *DB) Untick(ctx context.Context, planID int64, topic string) error {
	_, err := db.UntickChanged(ctx, planID, topic)
	return err
}

// UntickChanged is Untick, and reports whether anything changed: a topic
// that is not done is left as it was.
func (db *DB) UntickChanged(ctx context.Context, planID int64, topic string) (bool, error) {
	return writeTx(ctx, db, func(tx *dbTx) (bool, error) { return untickTopic(ctx, tx, planID, topic) })
}

// untickTopic undoes a topic's latest tick, and reports whether it was done.
func untickTopic(ctx context.Context, tx *dbTx, planID int64, topic string) (bool, error) {
	cur, err := topicState(ctx, tx, planID, topic)
	if err != nil {
		return false, err
	}
	if !cur.Done {
		return false, nil
	}
	before, err := stateBeforeTick(ctx, tx, planID, topic)
	if err != nil {
		return false, err
	}
	tickID, err := latestTick(ctx, tx, planID, topic)
	if err == nil {
		err = revertItems(ctx, tx, planID, topic, tickID)
	}
	if err != nil {
		return false, err
	}
	next := ProgressRow{Topic: topic, TopicProgress: planner.TopicProgress{Hours: before.Hours}}
	if err := setTopic(ctx, tx, planID, next, "untick"); err != nil {
		return false, err
	}
	return true, nil
}

// SetHours records the hours spent on a topic without ticking it.
func (db *DB) SetHours(ctx context.Context, planID int64, topic string, hours float64) error {
	if err := checkHours(hours); err != nil {
		return err
	}
	return db.write(ctx, func(tx *dbTx) error {
		cur, err := topicState(ctx, tx, planID, topic)
		if err != nil {
			return err
		}
		if cur.Hours == hours {
			return nil
		}
		cur.Hours = hours
		return setTopic(ctx, tx, planID, cur, "hours")
	})
}

// topicState reads a topic's current progress, or says the plan has no such topic.
func topicState(ctx context.Context, tx *dbTx, planID int64, topic string) (ProgressRow, error) {
	t := ProgressRow{Topic: topic}
	var doneOn sql.NullString
	var updated string
	err := tx.QueryRowContext(ctx, "SELECT done, done_on, hours, updated FROM progress WHERE plan_id = ? AND topic = ?", planID, topic).
		Scan(&t.Done, &doneOn, &t.Hours, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		if _, perr := loadPlanName(ctx, tx, planID); perr != nil {
			return t, perr
		}
		return t, errorf(CodeNotFound, fmt.Sprintf("Plan %d has no topic %q: 'certplan show %d' lists its topics.", planID, topic, planID), nil)
	}
	f := fields{err: err}
	t.DoneOn = f.date(doneOn)
	t.Updated = f.stamp(updated)
	return t, classify(f.err)
}

// loadPlanName returns a plan's name, or CodeNotFound.
func loadPlanName(ctx context.Context, tx *dbTx, id int64) (string, error) {
	var name string
	err := tx.QueryRowContext(ctx, "SELECT name FROM plans WHERE id = ?", id).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", planNotFound(id)
	}
	return name, classify(err)
}

// stateBeforeTick is the topic's state before its latest tick, from the history.
func stateBeforeTick(ctx context.Context, tx *dbTx, planID int64, topic string) (ProgressRow, error) {
	var before ProgressRow
	err := tx.QueryRowContext(ctx, `SELECT hours FROM progress_log WHERE plan_id = ?1 AND topic = ?2 AND id <
		(SELECT coalesce(max(id), 0) FROM progress_log WHERE plan_id = ?1 AND topic = ?2 AND action = 'tick')
		ORDER BY id DESC LIMIT 1`, planID, topic).Scan(&before.Hours)
	if errors.Is(err, sql.ErrNoRows) {
		return before, nil
	}
	return before, classify(err)
}

// setTopic writes a topic's new state and appends it to the history.
func setTopic(ctx context.Context, tx *dbTx, planID int64, t ProgressRow, action string) error {
	_, err := tx.ExecContext(ctx, "UPDATE progress SET done = ?, done_on = ?, hours = ?, updated = ? WHERE plan_id = ? AND topic = ?",
		t.Done, dateValue(t.DoneOn), t.Hours, tx.stamp(), planID, t.Topic)
	if err == nil {
		_, err = tx.ExecContext(ctx, "INSERT INTO progress_log (plan_id, topic, action, at, done, done_on, hours) VALUES (?, ?, ?, ?, ?, ?, ?)",
			planID, t.Topic, action, tx.stamp(), t.Done, dateValue(t.DoneOn), t.Hours)
	}
	if err != nil {
		return classify(fmt.Errorf("%s %s in plan %d: %w", action, t.Topic, planID, err))
	}
	return nil
}

// loadProgress reads every topic's and study item's progress of a plan.
func loadProgress(ctx context.Context, tx *dbTx, planID int64) (map[string]ProgressRow, error) {
	rows, err := queryAll(ctx, tx, scanProgress, "SELECT topic, done, done_on, hours, updated, task FROM progress WHERE plan_id = ?", planID)
	if err != nil {
		return nil, classifyf(err, "load progress of plan %d", planID)
	}
	out := make(map[string]ProgressRow, len(rows))
	for _, t := range rows {
		out[t.Topic] = t
	}
	return out, nil
}

// scanProgress reads one row of the progress table.
func scanProgress(rows *sql.Rows) (ProgressRow, error) {
	var t ProgressRow
	var doneOn sql.NullString
	var updated string
	f := fields{err: rows.Scan(&t.Topic, &t.Done, &doneOn, &t.Hours, &updated, &t.Task)}
	t.DoneOn = f.date(doneOn)
	t.Updated = f.stamp(updated)
	return t, f.err
}

// ProgressHistory lists every change to a plan's progress, oldest first.
func (db *DB) ProgressHistory(ctx context.Context, planID int64) ([]ProgressChange, error) {
	return readTx(ctx, db, func(tx *dbTx) ([]ProgressChange, error) {
		if _, err := loadPlanName(ctx, tx, planID); err != nil {
			return nil, err
		}
		return loadHistory(ctx, tx, planID)
	})
}

// loadHistory reads a plan's progress history, oldest first.
func loadHistory(ctx context.Context, tx *dbTx, planID int64) ([]ProgressChange, error) {
	out, err := queryAll(ctx, tx, scanChange, "SELECT topic, action, at, done, done_on, hours FROM progress_log WHERE plan_id = ? ORDER BY id", planID)
	return out, classifyf(err, "progress history of plan %d", planID)
}

// scanChange reads one row of the progress history.
func scanChange(rows *sql.Rows) (ProgressChange, error) {
	var c ProgressChange
	var at string
	var doneOn sql.NullString
	f := fields{err: rows.Scan(&c.Topic, &c.Action, &at, &c.Done, &doneOn, &c.Hours)}
	c.At = f.stamp(at)
	c.DoneOn = f.date(doneOn)
	return c, f.err
}

// sortedProgress lists progress by topic ID.
func sortedProgress(m map[string]ProgressRow) []ProgressRow {
	out := make([]ProgressRow, 0, len(m))
	for _, t := range m {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Topic < out[j].Topic })
	return out
}
