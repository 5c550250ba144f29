package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// CreatePlan builds a schedule for in (with in.Country's public holidays)
// and stores it as a new plan, with in.Progress as its first ticks and logged
// hours. An empty name becomes the exam code. Its week becomes the
// learner's, as CreatePlanInWeek says.
func (db *DB) CreatePlan(ctx context.Context, name string, in planner.Input) (planner.StudyPlan, error) {
	p, _, err := db.CreatePlanInWeek(ctx, name, in)
	return p, err
}

// CreatePlanInWeek is CreatePlan, and says what the new plan's week did to
// the others: it becomes the learner's week (the settings take it) and,
// when another active plan is planned within another week, every active
// plan is first re-fitted within it in priority order, in the same
// transaction; the new plan is then built around them.
func (db *DB) CreatePlanInWeek(ctx context.Context, name string, in planner.Input) (planner.StudyPlan, planner.WeekChange, error) {
	stored := storedInput(in)
	if err := validateInput(db.cat, stored); err != nil {
		return planner.StudyPlan{}, planner.WeekChange{}, err
	}
	name = strings.TrimSpace(name)
	if name == "" {
		name = stored.Exam
	}
	if err := checkName("A plan's name", name); err != nil {
		return planner.StudyPlan{}, planner.WeekChange{}, err
	}
	today := db.dayOr(in.Today)
	if err := checkDates(db.cat, stored, today); err != nil {
		return planner.StudyPlan{}, planner.WeekChange{}, err
	}
	var change planner.WeekChange
	p, err := writeTx(ctx, db, func(tx *dbTx) (planner.StudyPlan, error) {
		c, f, err := db.shareWeek(ctx, tx, 0, stored.Week(), today, refit{})
		if change = c; err != nil {
			return planner.StudyPlan{}, err
		}
		return db.insertPlan(ctx, tx, name, stored, in, f)
	})
	return p, change, err
}

// insertPlan builds and stores a new plan from its stored input and in's
// progress and day, around the active plans as re-fit f left them (read
// when nil), and loads it back.
func (db *DB) insertPlan(ctx context.Context, tx *dbTx, name string, stored, in planner.Input, f *refitted) (planner.StudyPlan, error) {
	schedule, err := db.build(ctx, tx, f, stored, in.Progress, in.Today)
	if err != nil {
		return planner.StudyPlan{}, err
	}
	res, err := tx.ExecContext(ctx, "INSERT INTO plans (name, exam, created) VALUES (?, ?, ?)", name, stored.Exam, tx.stamp())
	if err != nil {
		return planner.StudyPlan{}, classify(fmt.Errorf("create plan: %w", err))
	}
	id, _ := res.LastInsertId()
	if err := addVersion(ctx, tx, id, 1, planner.ReasonNew, stored, schedule); err != nil {
		return planner.StudyPlan{}, classify(fmt.Errorf("create plan: %w", err))
	}
	if err := addInitialProgress(ctx, tx, id, schedule, in.Progress); err != nil {
		return planner.StudyPlan{}, err
	}
	p, err := loadPlan(ctx, tx, id)
	if err != nil {
		return planner.StudyPlan{}, err
	}
	return p, nil
}

// addInitialProgress stores the progress a plan was made with.
func addInitialProgress(ctx context.Context, tx *dbTx, id int64, p planner.Plan, progress map[string]planner.Progress) error {
	for _, t := range p.Topics {
		g, ok := progress[t.ID]
		if !ok || (!g.Done && g.Hours == 0) {
			continue
		}
		if err := checkHours(g.Hours); err != nil {
			return err
		}
		tp := ProgressRow{Topic: t.ID, TopicProgress: planner.TopicProgress{Done: g.Done, Hours: g.Hours}}
		action := "hours"
		if g.Done {
			tp.DoneOn, action = p.Today, "tick"
		}
		if err := setTopic(ctx, tx, id, tp, action); err != nil {
			return err
		}
	}
	return nil
}

// build makes a fresh schedule for a new plan from a stored input, around
// the hours the active plans already take: as re-fit f left them, or as
// stored when f is nil.
func (db *DB) build(ctx context.Context, tx *dbTx, f *refitted, in planner.Input, progress map[string]planner.Progress, today catalog.Date) (planner.Plan, error) {
	if today.IsZero() {
		today = tx.today()
	}
	pin, err := plannerInput(in, progress, today)
	if err != nil {
		return planner.Plan{}, err
	}
	if f != nil {
		pin.Taken = takenBy(f.active, min(in.Start, today))
	} else if pin.Taken, err = takenByOthers(ctx, tx, 0, min(in.Start, today)); err != nil {
		return planner.Plan{}, err
	}
	p, err := planner.Build(db.cat, pin)
	if err != nil {
		return p, errorf(CodeInvalid, capitalise(err.Error())+".", err)
	}
	return p, nil
}

// addVersion stores a schedule as version v of a plan and makes sure every
// topic it plans has a progress row.
func addVersion(ctx context.Context, tx *dbTx, planID int64, v int, why planner.Reason, in planner.Input, p planner.Plan) error {
	_, err := writeVersion(ctx, tx, planID, v, why, in, p, nil)
	return err
}

// version is what writeVersion stored: the input's and the schedule's JSON,
// the version's time stamp, and whether progress rows were added.
type version struct {
	input, schedule []byte
	stamp           string
	newRows         bool
}

// writeVersion is addVersion, leaving out the progress rows of the topics
// and items in known (the plan's rows, when its progress was read in this
// transaction), and returns what it stored.
func writeVersion(ctx context.Context, tx *dbTx, planID int64, v int, why planner.Reason, in planner.Input, p planner.Plan, known func(string) bool) (version, error) {
	out := version{stamp: tx.stamp()}
	var err error
	if out.input, err = json.Marshal(in); err != nil {
		return out, err
	}
	if out.schedule, err = json.Marshal(p); err != nil {
		return out, err
	}
	blob, err := compress(out.schedule)
	if err != nil {
		return out, err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO plan_versions (plan_id, version, created, reason, today, exam_date, input, schedule)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, planID, v, out.stamp, string(why), p.Today.String(), dateValue(p.ExamDate), string(out.input), blob)
	if err != nil {
		return out, err
	}
	out.newRows, err = addProgressRows(ctx, tx, planID, p, out.stamp, known)
	return out, err
}

// addProgressRows gives every topic and study item of schedule p a
// progress row, leaving out those in known (nil: none), and reports whether
// it tried to add any.
func addProgressRows(ctx context.Context, tx *dbTx, planID int64, p planner.Plan, at string, known func(string) bool) (bool, error) {
	added := false
	for _, t := range p.Topics {
		if known != nil && known(t.ID) {
			continue
		}
		added = true
		if _, err := tx.ExecContext(ctx, `INSERT INTO progress (plan_id, topic, updated) VALUES (?, ?, ?)
			ON CONFLICT DO NOTHING`, planID, t.ID, at); err != nil {
			return added, err
		}
	}
	items, err := addItemRows(ctx, tx, planID, p, at, known)
	return added || items, err
}

// Plan returns a stored plan with its current schedule and progress, and
// the day its exam was passed (planner.StudyPlan.Passed): a passed plan's
// schedule is cut at that day (planner.Plan.UpToPass), as every screen,
// report and file shows it.
func (db *DB) Plan(ctx context.Context, id int64) (planner.StudyPlan, error) {
	return readTx(ctx, db, func(tx *dbTx) (planner.StudyPlan, error) {
		p, err := loadPlan(ctx, tx, id)
		p.Schedule = p.Schedule.UpToPass(p.Passed)
		return p, err
	})
}

// PlanOn is Plan read as it stands on today beside the learner's other
// active plans: an active plan carries the hours they put on each day from
// today on (StudyPlan.Taken), so its Standing counts only the study time
// they leave, as every screen and command says it. An archived or passed
// plan takes no hours and is read alone.
func (db *DB) PlanOn(ctx context.Context, id int64, today catalog.Date) (planner.StudyPlan, error) {
	return readTx(ctx, db, func(tx *dbTx) (planner.StudyPlan, error) {
		p, err := loadPlan(ctx, tx, id)
		if err != nil || p.Archived || !p.Passed.IsZero() {
			p.Schedule = p.Schedule.UpToPass(p.Passed)
			return p, err
		}
		p.Taken, err = takenByOthers(ctx, tx, id, db.dayOr(today))
		return p, err
	})
}

// planNotFound says there is no plan id.
func planNotFound(id int64) error {
	return errorf(CodeNotFound, fmt.Sprintf("There is no plan %d: list the plans to see their numbers.", id), nil)
}

func loadPlan(ctx context.Context, tx *dbTx, id int64) (planner.StudyPlan, error) {
	p := planner.StudyPlan{ID: id}
	var created, updated, input string
	var blob []byte
	var passed sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT p.name, p.exam, p.created, p.archived, v.version, v.created, v.reason, v.input, v.schedule, `+planPassed+`
		FROM plans p JOIN plan_versions v ON v.plan_id = p.id
		WHERE p.id = ? ORDER BY v.version DESC LIMIT 1`, id).
		Scan(&p.Name, &p.Exam, &created, &p.Archived, &p.Version, &updated, &p.Reason, &input, &blob, &passed)
	if errors.Is(err, sql.ErrNoRows) {
		return p, planNotFound(id)
	}
	if err != nil {
		return p, classify(fmt.Errorf("load plan %d: %w", id, err))
	}
	if err := decodePlan(&p, created, updated, input, blob); err != nil {
		return p, classify(fmt.Errorf("load plan %d: %w", id, err))
	}
	f := fields{}
	if p.Passed = f.date(passed); f.err != nil {
		return p, classify(fmt.Errorf("load plan %d: %w", id, f.err))
	}
	all, err := loadProgress(ctx, tx, id)
	p.Progress, p.Items = splitItems(all)
	return p, err
}

func decodePlan(p *planner.StudyPlan, created, updated, input string, blob []byte) error {
	var err error
	if p.Created, err = parseStamp(created); err != nil {
		return err
	}
	if p.Updated, err = parseStamp(updated); err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(input), &p.Input); err != nil {
		return fmt.Errorf("stored input: %w", err)
	}
	p.Schedule, err = decodeSchedule(blob)
	return err
}

// Plans lists every plan, archived ones too, newest first, with its current exam date and
// how many of its topics are done.
func (db *DB) Plans(ctx context.Context) ([]planner.PlanSummary, error) {
	return readTx(ctx, db, func(tx *dbTx) ([]planner.PlanSummary, error) {
		out, err := queryAll(ctx, tx, scanSummary, planSummaries)
		return out, classifyf(err, "list plans")
	})
}

// planSummaries selects every plan with its current version, newest first.
const planSummaries = `SELECT p.id, p.name, p.exam, v.exam_date, v.version, v.created, p.archived,
		(SELECT count(*) FROM progress g WHERE g.plan_id = p.id AND g.task = ''),
		(SELECT count(*) FROM progress g WHERE g.plan_id = p.id AND g.task = '' AND g.done), ` + planPassed + `
		FROM plans p JOIN plan_versions v ON v.plan_id = p.id
		WHERE v.version = (SELECT max(version) FROM plan_versions WHERE plan_id = p.id)
		ORDER BY p.id DESC`

// planPassed is the day plan p's exam was passed (planner.PlanSummary.Passed):
// the first pass of it logged on or after the day the plan was made, or NULL.
const planPassed = `(SELECT min(a.date) FROM attempts a WHERE a.status = 'passed' AND upper(a.exam) = upper(p.exam)
		AND a.date >= substr(p.created, 1, 10))`

// scanSummary reads one row of planSummaries.
func scanSummary(rows *sql.Rows) (planner.PlanSummary, error) {
	var s planner.PlanSummary
	var exam, passed sql.NullString
	var updated string
	f := fields{err: rows.Scan(&s.ID, &s.Name, &s.Exam, &exam, &s.Version, &updated, &s.Archived, &s.Topics, &s.TopicsDone, &passed)}
	s.ExamDate, s.Passed = f.date(exam), f.date(passed)
	s.Updated = f.stamp(updated)
	return s, f.err
}

// PlanVersions lists a plan's schedules, oldest first.
func (db *DB) PlanVersions(ctx context.Context, id int64) ([]planner.PlanVersion, error) {
	return readTx(ctx, db, func(tx *dbTx) ([]planner.PlanVersion, error) { return loadVersions(ctx, tx, id) })
}

// loadVersions lists plan id's versions, oldest first, without their
// schedules; a plan with none is not found.
func loadVersions(ctx context.Context, tx *dbTx, id int64) ([]planner.PlanVersion, error) {
	out, err := queryAll(ctx, tx, scanVersion, "SELECT version, created, reason, today, exam_date FROM plan_versions WHERE plan_id = ? ORDER BY version", id)
	if err == nil && len(out) == 0 {
		return nil, planNotFound(id)
	}
	return out, classifyf(err, "list versions of plan %d", id)
}

// scanVersion reads one row of a plan's versions, without its schedule.
func scanVersion(rows *sql.Rows) (planner.PlanVersion, error) {
	var v planner.PlanVersion
	var created string
	var today, exam sql.NullString
	f := fields{err: rows.Scan(&v.Version, &created, &v.Reason, &today, &exam)}
	v.Created = f.stamp(created)
	v.Today = f.date(today)
	v.ExamDate = f.date(exam)
	return v, f.err
}

// PlanSchedule returns the schedule of one version of a plan.
func (db *DB) PlanSchedule(ctx context.Context, id int64, version int) (planner.Plan, error) {
	return readTx(ctx, db, func(tx *dbTx) (planner.Plan, error) { return loadSchedule(ctx, tx, id, version) })
}

// loadSchedule reads and decodes the schedule of version version of plan id.
func loadSchedule(ctx context.Context, tx *dbTx, id int64, version int) (planner.Plan, error) {
	var blob []byte
	err := tx.QueryRowContext(ctx, "SELECT schedule FROM plan_versions WHERE plan_id = ? AND version = ?", id, version).Scan(&blob)
	if errors.Is(err, sql.ErrNoRows) {
		return planner.Plan{}, errorf(CodeNotFound, fmt.Sprintf("Plan %d has no version %d.", id, version), nil)
	}
	if err != nil {
		return planner.Plan{}, classify(err)
	}
	p, err := decodeSchedule(blob)
	return p, classify(err)
}
