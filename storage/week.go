package storage

import (
	"context"
	"database/sql"
	"fmt"

	"certplan/catalog"
	"certplan/planner"
)

// One week for all plans: a plan created, or edited to other hours or
// holidays, makes its week the learner's (planner.LearnerWeek). The
// settings take it, and the other active plans whose exam is still to come
// are re-fitted within it in priority order, each as a new version whose
// input carries it, in the same transaction as the create or edit. Settings
// saved with another week re-fit the active plans the same way
// (SaveSettingsInWeek).

// refit is how refitWith re-plans the active plans: within week when not
// nil (each plan's input takes it), and plan edit with input in, stored as
// an edit whatever its schedule. Plan read, when set, was read in the same
// transaction and is not read again.
type refit struct {
	week *planner.LearnerWeek
	edit int64
	in   planner.Input
	read planner.StudyPlan
}

// input is what plan p is re-planned with, and the reason of its version.
func (r refit) input(p planner.StudyPlan) (planner.Input, planner.Reason) {
	if p.ID == r.edit && r.edit != 0 {
		return r.in, planner.ReasonEdit
	}
	if r.week != nil {
		return p.Input.InWeek(*r.week), planner.ReasonReplan
	}
	return p.Input, planner.ReasonReplan
}

// adoptWeek makes week the learner's in the settings, saving them when
// they never were, so the week no longer depends on which plan is newest.
func adoptWeek(ctx context.Context, tx *dbTx, week planner.LearnerWeek) error {
	s, saved, err := loadSettings(ctx, tx)
	if err != nil || saved && s.Week() == week {
		return err
	}
	if err := saveSettings(ctx, tx, s.WithWeek(week)); err != nil {
		return classify(fmt.Errorf("save the learner's week: %w", err))
	}
	return nil
}

// inOtherWeek reports whether an active plan but self, whose exam is still
// to come, is planned within another week than week (planner.OutsideWeek).
// It reads each plan's input and exam day only: decoding twenty schedules
// to learn this took longer than the save itself.
func (db *DB) inOtherWeek(ctx context.Context, tx *dbTx, self int64, week planner.LearnerWeek, today catalog.Date) (bool, error) {
	others, err := queryAll(ctx, tx, scanPlanWeek, activePlanWeeks, self)
	if err != nil {
		return false, classifyf(err, "list the active plans' weeks")
	}
	return len(planner.OutsideWeek(others, week, db.dayOr(today))) > 0, nil
}

// activePlanWeeks selects the ID, name, exam, input and exam day of every
// active plan but one (the argument) as its current version stores them,
// highest priority first: the plans activeSchedules gives, a passed one
// not among them.
const activePlanWeeks = `SELECT p.id, p.name, p.exam, v.input, v.exam_date FROM plans p JOIN plan_versions v ON v.plan_id = p.id
		WHERE p.archived = 0 AND p.id != ? AND v.version = (SELECT max(version) FROM plan_versions WHERE plan_id = p.id)
		AND ` + planPassed + ` IS NULL
		ORDER BY p.priority DESC, p.id`

// scanPlanWeek reads one row of activePlanWeeks as a plan holding only
// what a week check needs and says: its ID, name, exam, input and exam
// day, not its schedule.
func scanPlanWeek(rows *sql.Rows) (planner.StudyPlan, error) {
	var p planner.StudyPlan
	var input string
	var exam sql.NullString
	f := fields{err: rows.Scan(&p.ID, &p.Name, &p.Exam, &input, &exam)}
	f.json(input, &p.Input)
	p.Schedule.ExamDate = f.date(exam)
	return p, f.err
}

// shareWeek makes week the learner's and, when another active plan but
// self is planned within another, re-fits every active plan within it
// (plan r.edit with its edited input). It returns the change, with the
// plans re-fitted but self, and what the re-fit did (nil when none was
// needed).
func (db *DB) shareWeek(ctx context.Context, tx *dbTx, self int64, week planner.LearnerWeek, today catalog.Date, r refit) (planner.WeekChange, *refitted, error) {
	change := planner.WeekChange{Week: week}
	if err := adoptWeek(ctx, tx, week); err != nil {
		return change, nil, err
	}
	other, err := db.inOtherWeek(ctx, tx, self, week, today)
	if err != nil || !other {
		return change, nil, err
	}
	r.week = &week
	f, err := db.refitWith(ctx, tx, today, r)
	for _, p := range f.changed {
		if p.ID != self {
			change.Refitted = append(change.Refitted, p)
		}
	}
	return change, &f, err
}

// learnersWeek gives in the learner's week: the saved settings', or when
// none were ever saved the newest plan's (loadSettings), the week OutsideWeek
// holds plans to, so a plan brought back is never left outside it.
func learnersWeek(ctx context.Context, tx *dbTx, in planner.Input) (planner.Input, error) {
	s, _, err := loadSettings(ctx, tx)
	if err != nil {
		return in, err
	}
	return in.InWeek(s.Week()), nil
}

// OutsideWeek returns the learner's week, as the settings hold it, and the
// active plans not planned within it on today (the clock's date when zero),
// in priority order (planner.OutsideWeek), each with its ID, name, exam and
// input but no schedule: the plan screen asks at every show, and reading
// every schedule whole for it would cost more than the show. Data saved or
// imported before
// all plans shared one week can hold such plans; RefitToWeek re-fits them.
func (db *DB) OutsideWeek(ctx context.Context, today catalog.Date) (planner.LearnerWeek, []planner.StudyPlan, error) {
	var week planner.LearnerWeek
	outside, err := readTx(ctx, db, func(tx *dbTx) ([]planner.StudyPlan, error) {
		s, _, err := loadSettings(ctx, tx)
		if err != nil {
			return nil, err
		}
		week = s.Week()
		plans, err := queryAll(ctx, tx, scanPlanWeek, activePlanWeeks, 0)
		return planner.OutsideWeek(plans, week, db.dayOr(today)), classifyf(err, "list the active plans' weeks")
	})
	return week, outside, err
}

// RefitToWeek re-fits the active plans within the learner's week, as the
// settings hold it, from today (the clock's date when zero), when one is
// planned within another: every active plan whose exam is still to come,
// in priority order, each as a new version with its progress kept, in one
// transaction. The change names the week and the plans re-fitted; none
// when every plan was already planned within it.
func (db *DB) RefitToWeek(ctx context.Context, today catalog.Date) (planner.WeekChange, error) {
	return writeTx(ctx, db, func(tx *dbTx) (planner.WeekChange, error) {
		s, _, err := loadSettings(ctx, tx)
		if err != nil {
			return planner.WeekChange{}, err
		}
		// The settings hold the week already, so shareWeek only re-fits.
		change, _, err := db.shareWeek(ctx, tx, 0, s.Week(), db.dayOr(today), refit{})
		return change, err
	})
}
