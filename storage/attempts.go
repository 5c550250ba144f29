package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// ParseAttemptStatus reads booked, passed, failed or cancelled.
func ParseAttemptStatus(s string) (planner.AttemptStatus, error) {
	if st := planner.AttemptStatus(strings.ToLower(strings.TrimSpace(s))); st.Known() {
		return st, nil
	}
	return "", invalid("Status %q is not known: use booked, passed, failed or cancelled.", s)
}

// maxNotes bounds an attempt's notes.
const maxNotes = 4000

// validateAttempt checks an attempt and normalises its exam code: a known
// exam, a known status, a date in range and not before the exam existed, a
// result no later than today, a booking for a day still to come on which
// the exam can be taken, and a score that agrees with the status.
func validateAttempt(cat *catalog.Catalog, a *planner.Attempt, today catalog.Date) error {
	e, ok := cat.Exam(a.Exam)
	if !ok {
		return invalid("Exam %q is not in the catalog: did you mean %s?", a.Exam, strings.Join(cat.Closest(a.Exam, 3), ", "))
	}
	a.Exam = e.Code
	if _, err := ParseAttemptStatus(string(a.Status)); err != nil {
		return err
	}
	if err := checkAttemptDate(e, *a, today); err != nil {
		return err
	}
	if err := checkBooking(cat, e, *a, today); err != nil {
		return err
	}
	if err := checkScore(cat, e, a.Status, a.Score); err != nil {
		return err
	}
	if len(a.Notes) > maxNotes {
		return invalid("Notes can be at most %d characters.", maxNotes)
	}
	return nil
}

// checkAttemptDate checks an attempt's day against the calendar and the exam.
func checkAttemptDate(e *catalog.Exam, a planner.Attempt, today catalog.Date) error {
	switch {
	case a.Date.IsZero():
		return invalid("An exam attempt needs a date.")
	case !a.Date.InRange():
		return invalid("The date %s is out of range: use a date from %s to %s.", a.Date, catalog.FirstDate, catalog.LastDate)
	case a.Status != planner.Cancelled && !e.AvailableFrom.IsZero() && a.Date.Before(e.AvailableFrom):
		return invalid("%s could first be taken on %s, so an attempt cannot be on %s: check the date or the exam code.", e.Code, e.AvailableFrom, a.Date)
	case (a.Status == planner.Passed || a.Status == planner.Failed) && a.Date.After(today):
		return invalid("A result can be logged only for a day on or before today, not %s.", a.Date)
	}
	return nil
}

// checkTakeable refuses a result on a day after the exam's last day: it
// could not be sat then (a typo, or another version's code). Only a new or
// changed attempt is checked; an import keeps what older data holds.
func checkTakeable(cat *catalog.Catalog, a planner.Attempt) error {
	e, ok := cat.Exam(a.Exam)
	if !ok || (a.Status != planner.Passed && a.Status != planner.Failed) || e.LastDay.IsZero() || !a.Date.After(e.LastDay) {
		return nil
	}
	return invalid("%s could be taken only until %s, so a result cannot be on %s: check the date or the exam code.", e.Code, e.LastDay, a.Date)
}

// retakeFrom is the first day failed attempt a can be sat again (the
// catalog's rule); zero when the exam cannot be taken by then.
func retakeFrom(cat *catalog.Catalog, a planner.Attempt) catalog.Date {
	return cat.RetakeFrom(a.Exam, a.Date)
}

// checkScore checks a scaled score (0 for none) against the status: only a
// result has one, it lies in the catalog's range (100 to 1000), and where
// the catalog knows the exam's passing score a pass reaches it and a fail
// does not.
func checkScore(cat *catalog.Catalog, e *catalog.Exam, status planner.AttemptStatus, score int) error {
	if score == 0 {
		return nil
	}
	r := cat.Rules()
	switch {
	case score < r.ScoreMin || score > r.ScoreMax:
		return invalid("Score %d is not a scaled score: use %d to %d.", score, r.ScoreMin, r.ScoreMax)
	case status != planner.Passed && status != planner.Failed:
		return invalid("Only a passed or failed attempt has a score.")
	}
	pass := e.Format.PassingScore
	switch {
	case pass == nil:
		return nil
	case status == planner.Passed && score < *pass:
		return invalid("A pass of %s needs a score of at least %d, not %d: check the score or the status.", e.Code, *pass, score)
	case status == planner.Failed && score >= *pass:
		return invalid("A score of %d passes %s (it needs %d): check the score or the status.", score, e.Code, *pass)
	}
	return nil
}

// checkBooking refuses a booking for a day already gone (what happened on
// that day is a result or a cancellation) and one for a day the exam cannot
// be taken, in the sentence plan and new give. Results and cancellations of
// a retired exam stay: they record what happened while it could be sat.
func checkBooking(cat *catalog.Catalog, e *catalog.Exam, a planner.Attempt, today catalog.Date) error {
	if a.Status != planner.Booked {
		return nil
	}
	if a.Date.Before(today) {
		return invalid("A booking is for today or later, not %s: record it as passed, failed or cancelled.", a.Date)
	}
	if why := cat.CannotTake(e, a.Date); why != "" {
		return invalid("%s.", why)
	}
	return nil
}

// AddAttempt stores an exam attempt. A pass adds the certification and
// extends the held ones it renews, in the same transaction.
func (db *DB) AddAttempt(ctx context.Context, a planner.Attempt) (planner.AttemptResult, error) {
	return db.saveAttempt(ctx, a, func(tx *dbTx, a planner.Attempt) (int64, error) { return insertAttempt(ctx, tx, a) })
}

// insertAttempt stores a new, validated attempt.
func insertAttempt(ctx context.Context, tx *dbTx, a planner.Attempt) (int64, error) {
	res, err := tx.ExecContext(ctx, "INSERT INTO attempts (exam, date, status, score, notes, created) VALUES (?, ?, ?, ?, ?, ?)",
		a.Exam, a.Date.String(), string(a.Status), scoreValue(a.Score), a.Notes, tx.stamp())
	if err != nil {
		return 0, classify(fmt.Errorf("save attempt: %w", err))
	}
	return res.LastInsertId()
}

// UpdateAttempt changes a stored attempt (a booking becomes a pass or a
// fail); the held certifications follow.
func (db *DB) UpdateAttempt(ctx context.Context, a planner.Attempt) (planner.AttemptResult, error) {
	return db.saveAttempt(ctx, a, func(tx *dbTx, a planner.Attempt) (int64, error) {
		res, err := tx.ExecContext(ctx, "UPDATE attempts SET exam = ?, date = ?, status = ?, score = ?, notes = ? WHERE id = ?",
			a.Exam, a.Date.String(), string(a.Status), scoreValue(a.Score), a.Notes, a.ID)
		if err != nil {
			return 0, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return 0, attemptNotFound(a.ID)
		}
		return a.ID, nil
	})
}

// saveAttempt validates a, runs write and refreshes the certifications.
func (db *DB) saveAttempt(ctx context.Context, a planner.Attempt, write func(*dbTx, planner.Attempt) (int64, error)) (planner.AttemptResult, error) {
	today := catalog.DateFromTime(db.opts.Now())
	if err := validateAttempt(db.cat, &a, today); err != nil {
		return planner.AttemptResult{}, err
	}
	if err := checkTakeable(db.cat, a); err != nil {
		return planner.AttemptResult{}, err
	}
	return writeTx(ctx, db, func(tx *dbTx) (planner.AttemptResult, error) {
		if err := refuseDuplicateBooking(ctx, tx, a); err != nil {
			return planner.AttemptResult{}, err
		}
		if err := refuseBeforeRetake(ctx, tx, a, db.cat.Rules().RetakeWaitDays); err != nil {
			return planner.AttemptResult{}, err
		}
		id, err := write(tx, a)
		if err != nil {
			return planner.AttemptResult{}, classify(fmt.Errorf("save attempt: %w", err))
		}
		before, after, err := db.refreshCertifications(ctx, tx)
		if err != nil {
			return planner.AttemptResult{}, err
		}
		res := db.certChanges(before, after, a)
		if res.Attempt, err = loadAttempt(ctx, tx, db.cat, id); err != nil {
			return planner.AttemptResult{}, err
		}
		return res, nil
	})
}

// DeleteAttempt removes an attempt; certifications it earned or renewed
// are recomputed from the remaining passes.
func (db *DB) DeleteAttempt(ctx context.Context, id int64) error {
	return db.write(ctx, func(tx *dbTx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM attempts WHERE id = ?", id)
		if err != nil {
			return classify(fmt.Errorf("delete attempt %d: %w", id, err))
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return attemptNotFound(id)
		}
		_, _, err = db.refreshCertifications(ctx, tx)
		return err
	})
}

func attemptNotFound(id int64) error {
	return errorf(CodeNotFound, fmt.Sprintf("There is no exam attempt %d: list the attempts to see their numbers.", id), nil)
}

func scoreValue(score int) any {
	if score == 0 {
		return nil
	}
	return score
}

// Attempts lists every exam attempt in date order.
func (db *DB) Attempts(ctx context.Context) ([]planner.Attempt, error) {
	return readTx(ctx, db, func(tx *dbTx) ([]planner.Attempt, error) { return loadAttempts(ctx, tx, db.cat, "") })
}

const attemptColumns = "SELECT id, exam, date, status, score, notes, created FROM attempts"

func loadAttempt(ctx context.Context, tx *dbTx, cat *catalog.Catalog, id int64) (planner.Attempt, error) {
	all, err := loadAttempts(ctx, tx, cat, fmt.Sprintf("WHERE id = %d", id))
	if err == nil && len(all) == 0 {
		err = attemptNotFound(id)
	}
	if err != nil {
		return planner.Attempt{}, err
	}
	return all[0], nil
}

// loadAttempts reads attempts matching where (a fixed clause) in date order.
func loadAttempts(ctx context.Context, tx *dbTx, cat *catalog.Catalog, where string) ([]planner.Attempt, error) {
	scan := func(rows *sql.Rows) (planner.Attempt, error) { return scanAttempt(rows, cat) }
	out, err := queryAll(ctx, tx, scan, attemptColumns+" "+where+" ORDER BY date, id")
	return out, classifyf(err, "load attempts")
}

// scanAttempt reads one row of attemptColumns, with its retake day.
func scanAttempt(rows *sql.Rows, cat *catalog.Catalog) (planner.Attempt, error) {
	var a planner.Attempt
	var date, created string
	var score sql.NullInt64
	f := fields{err: rows.Scan(&a.ID, &a.Exam, &date, &a.Status, &score, &a.Notes, &created)}
	a.Date = f.day(date)
	a.Created = f.stamp(created)
	a.Score = int(score.Int64)
	if a.Status == planner.Failed {
		a.RetakeFrom = retakeFrom(cat, a)
	}
	return a, f.err
}

// SaveAttempt adds a (when its ID is 0) or updates it: the desktop's one
// door for logging an exam.
func (db *DB) SaveAttempt(ctx context.Context, a planner.Attempt) (planner.AttemptResult, error) {
	if a.ID == 0 {
		return db.AddAttempt(ctx, a)
	}
	return db.UpdateAttempt(ctx, a)
}
