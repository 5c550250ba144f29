package storage

import (
	"context"
	"database/sql"
	"errors"

	"certplan/catalog"
	"certplan/planner"
)

// splitItems moves the study items' rows out of a plan's progress: Progress
// keeps the tasks (and review and practice), Items the items. An item of a
// done task is done, on the task's day unless it was ticked before: so a
// task ticked before items existed has all its items done, and undoing a
// task's tick gives its items back as they were.
func splitItems(all map[string]ProgressRow) (tasks, items map[string]planner.TopicProgress) {
	tasks, items = map[string]planner.TopicProgress{}, map[string]planner.TopicProgress{}
	for id, t := range all {
		if t.Task == "" {
			tasks[id] = t.TopicProgress
		}
	}
	for id, t := range all {
		if task, ok := tasks[t.Task]; ok && task.Done && !t.Done {
			t.Done, t.DoneOn = true, task.DoneOn
		}
		if t.Task != "" {
			items[id] = t.TopicProgress
		}
	}
	return tasks, items
}

// addItemRows gives every study item of schedule p a progress row,
// leaving out those in known (nil: none), and reports whether it tried to
// add any.
func addItemRows(ctx context.Context, tx *dbTx, planID int64, p planner.Plan, at string, known func(string) bool) (bool, error) {
	added := false
	for _, t := range p.Topics {
		for _, it := range t.Items {
			if known != nil && known(it.ID) {
				continue
			}
			added = true
			_, err := tx.ExecContext(ctx, `INSERT INTO progress (plan_id, topic, task, updated) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING`, planID, it.ID, t.ID, at)
			if err != nil {
				return added, err
			}
		}
	}
	return added, nil
}

// itemRow reads one study item's progress and the task it belongs to.
func itemRow(ctx context.Context, tx *dbTx, planID int64, id string) (ProgressRow, error) {
	t, err := topicState(ctx, tx, planID, id)
	if err != nil {
		return t, err
	}
	if err := tx.QueryRowContext(ctx, "SELECT task FROM progress WHERE plan_id = ? AND topic = ?", planID, id).Scan(&t.Task); err != nil {
		return t, classify(err)
	}
	if t.Task == "" {
		return t, invalid("%s is a task, not a study item: tick it as a task.", id)
	}
	return t, nil
}

// openItems counts a task's study items that are not done.
func openItems(ctx context.Context, tx *dbTx, planID int64, task string) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, "SELECT count(*) FROM progress WHERE plan_id = ? AND task = ? AND NOT done", planID, task).Scan(&n)
	return n, classify(err)
}

// TickItems marks study items of a plan done on day on (today when zero)
// and adds hours, the time spent on them, to their tasks' hours. A task
// whose items are then all done is done too. When it returns nil the ticks
// are on disk, in one transaction.
func (db *DB) TickItems(ctx context.Context, planID int64, items []string, on catalog.Date, hours float64) error {
	_, err := writeTick(ctx, db, planID, on, hours, func(tx *dbTx) (struct{}, error) {
		return struct{}{}, tickItems(ctx, tx, planID, items, on, hours)
	})
	return err
}

// tickItems ticks study items on day on (today when zero), sharing hours
// among those not done yet, task by task: the time was spent on them, and
// an item already done keeps the hours it has.
func tickItems(ctx context.Context, tx *dbTx, planID int64, items []string, on catalog.Date, hours float64) error {
	if on.IsZero() {
		on = tx.today()
	}
	byTask, order, err := openRows(ctx, tx, planID, items)
	if err != nil {
		return err
	}
	open := 0
	for _, rows := range byTask {
		open += len(rows)
	}
	share := 0.0
	if open > 0 {
		share = hours / float64(open)
	}
	for _, task := range order {
		if err := tickTaskItems(ctx, tx, planID, task, byTask[task], on, share); err != nil {
			return err
		}
	}
	return nil
}

// openRows reads the items' rows grouped by task (in the order first named),
// leaving out the items already done.
func openRows(ctx context.Context, tx *dbTx, planID int64, items []string) (map[string][]ProgressRow, []string, error) {
	byTask := map[string][]ProgressRow{}
	var order []string
	for _, id := range items {
		row, err := itemRow(ctx, tx, planID, id)
		if err != nil {
			return nil, nil, err
		}
		if _, seen := byTask[row.Task]; !seen {
			order = append(order, row.Task)
			byTask[row.Task] = nil
		}
		if !row.Done {
			byTask[row.Task] = append(byTask[row.Task], row)
		}
	}
	return byTask, order, nil
}

// tickTaskItems ticks one task's open items with share hours each and
// updates the task. A tick that completes the task is logged on the task
// before its items, so that undoing the task undoes that last tick.
func tickTaskItems(ctx context.Context, tx *dbTx, planID int64, task string, rows []ProgressRow, on catalog.Date, share float64) error {
	if len(rows) == 0 {
		return nil
	}
	open, err := openItems(ctx, tx, planID, task)
	if err != nil {
		return err
	}
	t, err := topicState(ctx, tx, planID, task)
	if err != nil || t.Done {
		return err // the items of a done task are done
	}
	t.Hours = min(t.Hours+share*float64(len(rows)), maxTopicHours)
	action := "hours"
	if open == len(rows) && !t.Done {
		t.Done, t.DoneOn, action = true, on, "tick"
	}
	if action == "tick" || share > 0 {
		if err := setTopic(ctx, tx, planID, t, action); err != nil {
			return err
		}
	}
	for _, row := range rows {
		row.Done, row.DoneOn, row.Hours = true, on, share
		if err := setTopic(ctx, tx, planID, row, "tick"); err != nil {
			return err
		}
	}
	return nil
}

// SetItemHours changes the hours of a done study item to hours, its total
// as a task's --hours are, and its task's hours by the same difference, so
// the task still holds what its items logged. It reports whether anything
// changed: the same hours again leave both as they were. An item done only
// through its task's tick is ticked on the task's day with them.
func (db *DB) SetItemHours(ctx context.Context, planID int64, item string, hours float64) (bool, error) {
	if err := checkHours(hours); err != nil {
		return false, err
	}
	return writeTx(ctx, db, func(tx *dbTx) (bool, error) { return setItemHours(ctx, tx, planID, item, hours) })
}

// setItemHours is SetItemHours in transaction tx.
func setItemHours(ctx context.Context, tx *dbTx, planID int64, item string, hours float64) (bool, error) {
	row, err := itemRow(ctx, tx, planID, item)
	if err != nil {
		return false, err
	}
	task, err := topicState(ctx, tx, planID, row.Task)
	switch {
	case err != nil:
		return false, err
	case !row.Done && !task.Done:
		return false, invalid("%s is not done yet: tick it with its hours.", item)
	case row.Done && row.Hours == hours:
		return false, nil
	}
	action := "hours"
	if !row.Done {
		row.Done, row.DoneOn, action = true, task.DoneOn, "tick"
	}
	task.Hours = min(max(task.Hours+hours-row.Hours, 0), maxTopicHours)
	row.Hours = hours
	if err := setTopic(ctx, tx, planID, task, "hours"); err != nil {
		return false, err
	}
	return true, setTopic(ctx, tx, planID, row, action)
}

// UntickItems undoes study items' ticks: each is open again, the hours
// logged with it come off its task, and a done task is open again.
func (db *DB) UntickItems(ctx context.Context, planID int64, items []string) error {
	return db.write(ctx, func(tx *dbTx) error { return untickItems(ctx, tx, planID, items) })
}

// untickItems opens study items again, each with its task.
func untickItems(ctx context.Context, tx *dbTx, planID int64, items []string) error {
	for _, id := range items {
		row, err := itemRow(ctx, tx, planID, id)
		if err != nil {
			return err
		}
		task, err := topicState(ctx, tx, planID, row.Task)
		if err != nil {
			return err
		}
		if !row.Done && !task.Done {
			continue
		}
		if err := untickItem(ctx, tx, planID, row, task); err != nil {
			return err
		}
	}
	return nil
}

// untickItem opens one done item and takes its hours off its task t.
func untickItem(ctx context.Context, tx *dbTx, planID int64, row, t ProgressRow) error {
	if t.Done {
		// The task's tick stood for all its items: the others stay done.
		if err := keepOthersDone(ctx, tx, planID, t, row.Topic); err != nil {
			return err
		}
	}
	if t.Done || row.Hours > 0 {
		action := "hours"
		if t.Done {
			action = "untick"
		}
		t.Done, t.DoneOn, t.Hours = false, 0, max(t.Hours-row.Hours, 0)
		if err := setTopic(ctx, tx, planID, t, action); err != nil {
			return err
		}
	}
	return setTopic(ctx, tx, planID, ProgressRow{Topic: row.Topic}, "untick")
}

// keepOthersDone ticks the open items of done task t other than except,
// on the task's day, before the task is opened again.
func keepOthersDone(ctx context.Context, tx *dbTx, planID int64, t ProgressRow, except string) error {
	rows, err := taskItems(ctx, tx, planID, t.Topic)
	for _, row := range rows {
		if err == nil && !row.Done && row.Topic != except {
			row.Done, row.DoneOn = true, t.DoneOn
			err = setTopic(ctx, tx, planID, row, "tick")
		}
	}
	return err
}

// revertItems puts a task's items back as they were before the task's
// latest tick (id tickID in the history), so that undoing a task undoes the
// item ticks that completed it; an item with no earlier entry was open.
func revertItems(ctx context.Context, tx *dbTx, planID int64, task string, tickID int64) error {
	rows, err := taskItems(ctx, tx, planID, task)
	for _, row := range rows {
		if err != nil {
			break
		}
		before := ProgressRow{Topic: row.Topic}
		var doneOn sql.NullString
		qerr := tx.QueryRowContext(ctx, `SELECT done, done_on, hours FROM progress_log WHERE plan_id = ? AND topic = ? AND id < ?
			ORDER BY id DESC LIMIT 1`, planID, row.Topic, tickID).Scan(&before.Done, &doneOn, &before.Hours)
		if qerr != nil && !errors.Is(qerr, sql.ErrNoRows) {
			return classify(qerr)
		}
		if before.DoneOn, err = parseStoredDate(doneOn); err == nil && before.Done != row.Done {
			err = setTopic(ctx, tx, planID, before, "untick")
		}
	}
	return err
}

// latestTick is the history id of a topic's latest tick, 0 when none.
func latestTick(ctx context.Context, tx *dbTx, planID int64, topic string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM progress_log WHERE plan_id = ? AND topic = ? AND action = 'tick'",
		planID, topic).Scan(&id)
	return id, classify(err)
}

// taskItems reads the progress rows of a task's study items.
func taskItems(ctx context.Context, tx *dbTx, planID int64, task string) ([]ProgressRow, error) {
	scan := func(rows *sql.Rows) (ProgressRow, error) {
		t := ProgressRow{Task: task}
		var doneOn sql.NullString
		f := fields{err: rows.Scan(&t.Topic, &t.Done, &doneOn, &t.Hours)}
		t.DoneOn = f.date(doneOn)
		return t, f.err
	}
	out, err := queryAll(ctx, tx, scan, "SELECT topic, done, done_on, hours FROM progress WHERE plan_id = ? AND task = ? ORDER BY topic", planID, task)
	return out, classify(err)
}
