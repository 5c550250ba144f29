package ui

import (
	"cmp"
	"context"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"

	"certplan/catalog"
	"certplan/planner"
)

// fakeData keeps everything in memory and serves every service, so screens
// can be tested without a database. fail, when set, makes the named method
// fail once.
type fakeData struct {
	mu       sync.Mutex
	cat      *catalog.Catalog
	plans    []planner.StudyPlan
	ticks    []fakeTick
	settings planner.Settings
	held     []planner.HeldCertification
	attempts []planner.Attempt
	backups  int
	exported string
	fail     map[string]error
	archived map[int64]bool
	scores   map[int64][]planner.ScoreRecord // practice results by plan (fake_scores_test.go)
}

// fakeTick is one call of Tick.
type fakeTick struct {
	plan  int64
	topic string
	done  bool
	hours float64
}

// newFakeData is an empty fake with default settings.
func newFakeData(cat *catalog.Catalog) *fakeData {
	return &fakeData{cat: cat, fail: map[string]error{}, settings: planner.Settings{Experience: planner.Some}, archived: map[int64]bool{}}
}

// services serves the fake as every service.
func (f *fakeData) services() Services {
	return Services{Plans: f, Records: f, Settings: f, Data: f, Budget: f, Advisor: f, Scores: f}
}

// failing returns the error set for method, once.
func (f *fakeData) failing(method string) error {
	err := f.fail[method]
	delete(f.fail, method)
	return err
}

// Plans lists the plans newest first.
func (f *fakeData) Plans(context.Context) ([]planner.PlanSummary, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []planner.PlanSummary
	for i := len(f.plans) - 1; i >= 0; i-- {
		p := f.plans[i]
		out = append(out, planner.PlanSummary{ID: p.ID, Name: p.Name, Exam: p.Schedule.Exam, ExamDate: p.Schedule.ExamDate,
			Archived: f.archived[p.ID], Passed: f.passed(p)})
	}
	return out, f.failing("ListPlans")
}

// DeletePlan removes plan id from the fake.
func (f *fakeData) DeletePlan(_ context.Context, id int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.find(id); err != nil {
		return err
	}
	f.plans = slices.DeleteFunc(f.plans, func(p planner.StudyPlan) bool { return p.ID == id })
	return f.failing("DeletePlan")
}

// find returns the plan id, to change in place.
func (f *fakeData) find(id int64) (*planner.StudyPlan, error) {
	for i := range f.plans {
		if f.plans[i].ID == id {
			return &f.plans[i], nil
		}
	}
	return nil, errors.New("there is no such plan: choose another")
}

// findFor is plan id for operation op, unless op is set to fail.
func (f *fakeData) findFor(op string, id int64) (*planner.StudyPlan, error) {
	if err := f.failing(op); err != nil {
		return nil, err
	}
	return f.find(id)
}

// Plan returns a copy of a plan.
func (f *fakeData) Plan(_ context.Context, id int64) (planner.StudyPlan, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.find(id)
	if err != nil {
		return planner.StudyPlan{}, err
	}
	// As storage loads it: with the day its exam was passed, and cut there.
	c := clonePlan(*p)
	c.Passed = f.passed(*p)
	c.Schedule = c.Schedule.UpToPass(c.Passed)
	return c, f.failing("LoadPlan")
}

// passed is the day of the first pass of plan p's exam logged on or after
// the day it was made (its input's Today or Start), as storage's rule.
func (f *fakeData) passed(p planner.StudyPlan) catalog.Date {
	made, first := cmp.Or(p.Input.Today, p.Input.Start), catalog.Date(0)
	for _, a := range f.attempts {
		if a.Status == planner.Passed && strings.EqualFold(a.Exam, p.Exam) && !a.Date.Before(made) &&
			(first.IsZero() || a.Date.Before(first)) {
			first = a.Date
		}
	}
	return first
}

// clonePlan copies p with its own progress map.
func clonePlan(p planner.StudyPlan) planner.StudyPlan {
	progress := make(map[string]planner.TopicProgress, len(p.Progress))
	for k, v := range p.Progress {
		progress[k] = v
	}
	p.Progress = progress
	items := make(map[string]planner.TopicProgress, len(p.Items))
	for k, v := range p.Items {
		items[k] = v
	}
	p.Items = items
	return p
}

// CreatePlan plans in with the planner and keeps it; its week becomes the
// learner's, and the other plans are re-fitted within it, as storage does.
func (f *fakeData) CreatePlan(_ context.Context, _ string, in planner.Input) (planner.StudyPlan, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.failing("CreatePlan"); err != nil {
		return planner.StudyPlan{}, err
	}
	f.settings = f.settings.WithWeek(in.Week())
	if f.inOtherWeek(0, in.Week(), in.Start) {
		if _, err := f.refitWithin(0, in, in.Start); err != nil {
			return planner.StudyPlan{}, err
		}
	}
	withHolidays := in
	withHolidays.Taken = planner.TakenBy(f.activeSchedules(0), in.Start)
	sch, err := planner.Build(f.cat, withHolidays)
	if err != nil {
		return planner.StudyPlan{}, err
	}
	p := planner.StudyPlan{ID: int64(len(f.plans) + 1), Name: in.Exam, Exam: in.Exam, Input: in, Schedule: sch,
		Progress: map[string]planner.TopicProgress{}, Items: map[string]planner.TopicProgress{}}
	f.plans = append(f.plans, p)
	return clonePlan(p), nil
}

// Tick records a tick.
func (f *fakeData) Tick(_ context.Context, planID int64, topicID string, _ catalog.Date, hours float64) error {
	return f.tick(planID, topicID, true, hours)
}

// Untick records an untick.
func (f *fakeData) Untick(_ context.Context, planID int64, topicID string) error {
	return f.tick(planID, topicID, false, 0)
}

// tick records a tick (done) or an untick.
func (f *fakeData) tick(planID int64, topicID string, done bool, hours float64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.findFor("Tick", planID)
	if err != nil {
		return err
	}
	f.ticks = append(f.ticks, fakeTick{planID, topicID, done, hours})
	p.Progress[topicID] = planner.TopicProgress{Done: done, Hours: hours}
	return nil
}

// TickItems records an item tick like storage: hours go to the task, and
// the task is done when all its items are.
func (f *fakeData) TickItems(_ context.Context, planID int64, itemIDs []string, _ catalog.Date, hours float64) error {
	return f.tickItems(planID, itemIDs, true, hours)
}

// UntickItems records an item untick: the hours its tick logged go back.
func (f *fakeData) UntickItems(_ context.Context, planID int64, itemIDs []string) error {
	return f.tickItems(planID, itemIDs, false, 0)
}

// tickItems records an item tick (done) or untick.
func (f *fakeData) tickItems(planID int64, itemIDs []string, done bool, hours float64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.findFor("TickItems", planID)
	if err != nil {
		return err
	}
	f.ticks = append(f.ticks, fakeTick{planID, strings.Join(itemIDs, ","), done, hours})
	delta := 0.0
	for _, id := range itemIDs {
		if done {
			p.Items[id] = planner.TopicProgress{Done: true, Hours: hours / float64(len(itemIDs))}
			delta += hours / float64(len(itemIDs))
		} else {
			delta -= p.Items[id].Hours // an untick takes back what the tick logged
			p.Items[id] = planner.TopicProgress{}
		}
	}
	for _, t := range p.Schedule.Topics {
		if len(t.Items) == 0 || !strings.HasPrefix(itemIDs[0], t.ID+".") {
			continue
		}
		g := p.Progress[t.ID]
		g.Hours, g.Done = max(g.Hours+delta, 0), true
		for _, it := range t.Items {
			g.Done = g.Done && p.Items[it.ID].Done
		}
		p.Progress[t.ID] = g
	}
	return nil
}

// Replan re-plans with the planner.
func (f *fakeData) Replan(_ context.Context, planID int64, today catalog.Date) (planner.StudyPlan, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.find(planID)
	if err != nil {
		return planner.StudyPlan{}, false, err
	}
	in := p.Input
	in.Today, in.Progress = today, map[string]planner.Progress{}
	for id, g := range p.Progress {
		in.Progress[id] = planner.Progress{Done: g.Done, Hours: g.Hours}
	}
	for id, g := range p.Items {
		if g.Done {
			in.Progress[id] = planner.Progress{Done: true}
		}
	}
	next, err := planner.Rebalance(f.cat, in, p.Schedule)
	if err != nil {
		return planner.StudyPlan{}, false, err
	}
	moved := !reflect.DeepEqual(next.Weeks, p.Schedule.Weeks)
	p.Schedule = next
	return clonePlan(*p), moved, nil
}

// EditPlan is EditPlanInWeek without saying what it did to the week.
func (f *fakeData) EditPlan(ctx context.Context, planID int64, in planner.Input) (planner.StudyPlan, error) {
	p, _, err := f.EditPlanInWeek(ctx, planID, in)
	return p, err
}

// planningInput is in ready to re-plan p from today, as storage makes it:
// with p's progress and around the hours the other active plans take.
func (f *fakeData) planningInput(p *planner.StudyPlan, in planner.Input, today catalog.Date) planner.Input {
	in.Today, in.Progress = today, p.PlannerProgress()
	in.Taken = planner.TakenBy(f.activeSchedules(p.ID), today)
	return in
}

// FitNow re-plans plan id from today around the other plans, as storage
// does, without keeping it.
func (f *fakeData) FitNow(_ context.Context, id int64, today catalog.Date) (planner.Plan, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.find(id)
	if err != nil {
		return planner.Plan{}, err
	}
	if err := f.failing("FitNow"); err != nil || planner.ExamPassed(p.Schedule, today) {
		return p.Schedule, err
	}
	return planner.Rebalance(f.cat, f.planningInput(p, p.Input, today), p.Schedule)
}

// EarlierSchedules has nothing to return: the fake keeps no versions.
func (f *fakeData) EarlierSchedules(context.Context, int64) ([]planner.Plan, error) {
	return nil, f.failing("EarlierSchedules")
}

// Settings returns the settings, as saved.
func (f *fakeData) Settings(context.Context) (planner.Settings, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.settings, true, f.failing("LoadSettings")
}

// Dir is a made-up folder.
func (f *fakeData) Dir() string { return "/home/learner/.local/share/certplan" }

// BackupDir is a made-up folder.
func (f *fakeData) BackupDir() string { return "/home/learner/.local/share/certplan/backups" }

// BackupFile counts backups.
func (f *fakeData) BackupFile(context.Context) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.backups++
	return "/home/learner/.local/share/certplan/backups/manual.db", f.failing("Backup")
}

// CheckOutput refuses nothing: the made-up folder holds no files.
func (f *fakeData) CheckOutput(string) error { return nil }

// Export writes an empty export.
func (f *fakeData) Export(_ context.Context, w io.Writer) error {
	_, err := io.WriteString(w, `{"plans":[]}`)
	return err
}

// ImportAll keeps what it read, said to hold one plan, backed up to
// import-backup.db.
func (f *fakeData) ImportAll(_ context.Context, r io.Reader) (planner.BackupRestore, error) {
	b, err := io.ReadAll(r)
	f.exported = strings.TrimSpace(string(b))
	return planner.BackupRestore{BackupFile: planner.BackupFile{Holds: planner.Contents{Plans: 1}}, Replaces: f.contents(),
		SafetyBackup: "import-backup.db"}, err
}

// PreviewImport says any file holds one plan; a file reading "broken" is
// refused.
func (f *fakeData) PreviewImport(_ context.Context, file string, r io.Reader) (planner.BackupRestore, error) {
	b, err := io.ReadAll(r)
	if err == nil && strings.TrimSpace(string(b)) == "broken" {
		err = errors.New("the file is not a certplan export")
	}
	return planner.BackupRestore{BackupFile: planner.BackupFile{Path: file, Holds: planner.Contents{Plans: 1}}, Replaces: f.contents()}, err
}

// activeSchedules are the schedules of the plans not archived, but except.
func (f *fakeData) activeSchedules(except int64) []planner.Plan {
	var out []planner.Plan
	for _, p := range f.plans {
		if p.ID != except && !f.archived[p.ID] {
			out = append(out, p.Schedule)
		}
	}
	return out
}

// Budget is what the other active plans take, as storage counts it.
func (f *fakeData) Budget(_ context.Context, except int64, today catalog.Date) (planner.WeekBudget, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	b := planner.WeekBudget{Taken: planner.TakenBy(f.activeSchedules(except), today), Weeks: f.weeksOf(except, today)}
	for _, p := range f.plans {
		if c := planner.CommitmentOf(p.Schedule, today); p.ID != except && !f.archived[p.ID] && c.HoursPerWeek > 0 {
			// The fake does not re-order on Prioritize: the plans made
			// first have priority, as storage's default order has it.
			first := except != 0 && p.ID < except && !f.archived[except]
			b.Shares = append(b.Shares, planner.PlanShare{PlanID: p.ID, Commitment: c, First: first})
		}
	}
	return b, f.failing("WeekBudget")
}

// SetArchived archives plan id or brings it back (without re-planning).
func (f *fakeData) SetArchived(_ context.Context, id int64, archived bool, _ catalog.Date) (planner.StudyPlan, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.find(id)
	if err != nil {
		return planner.StudyPlan{}, err
	}
	f.archived[id] = archived
	return *p, f.failing("SetArchived")
}

// Prioritize records the call; the fake does not re-plan.
func (f *fakeData) Prioritize(_ context.Context, id int64, _ catalog.Date) ([]planner.StudyPlan, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.find(id); err != nil {
		return nil, err
	}
	return nil, f.failing("Prioritize")
}
