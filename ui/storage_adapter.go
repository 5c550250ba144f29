package ui

import (
	"context"
	"io"
	"strings"

	"fyne.io/fyne/v2"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// OpenData returns a Config.Open for the data folder chosen in Settings,
// or else the folder the command line uses too (storage.DefaultDir), so
// both see the same plans.
func OpenData(a fyne.App, cat *catalog.Catalog) func() (Services, error) {
	dir := NewPrefs(a.Preferences()).DataFolder()
	return func() (Services, error) {
		if dir == "" {
			d, err := storage.DefaultDir()
			if err != nil {
				return Services{}, storedError(err)
			}
			dir = d
		}
		return OpenStorage(dir, cat)()
	}
}

// OpenStorage returns a Config.Open that opens the SQLite data folder dir
// and serves every screen from it.
func OpenStorage(dir string, cat *catalog.Catalog) func() (Services, error) {
	return func() (Services, error) {
		db, err := storage.Open(dir, storage.Options{Catalog: cat, ReadOnlyFallback: true})
		if err != nil {
			return Services{}, storedError(err)
		}
		return StorageServices(db, cat), nil
	}
}

// StorageServices serves the screens from an open storage.DB.
func StorageServices(db *storage.DB, cat *catalog.Catalog) Services {
	s := &storedData{db: db, cat: cat}
	return Services{Plans: s, Records: s, Settings: s, Data: s, Budget: s, State: db, Scores: s,
		Notice: startupNotice(db.Startup()), Close: db.Close}
}

// startupNotice is what the learner must hear about how the data opened.
func startupNotice(s storage.Startup) string {
	out := s.Notices()
	if s.MigratedFrom > 0 {
		out = append(out,
			"Your data was upgraded to this version of certplan; a backup of the old data is at "+s.MigrationBackup+".")
	}
	return strings.Join(out, "\n\n")
}

// storedData is the storage package behind the screens' services.
type storedData struct {
	db  *storage.DB
	cat *catalog.Catalog
}

// userError shows a storage error as its message for the learner.
type userError struct{ err error }

// Error is the message for the learner.
func (e userError) Error() string { return storage.ErrorMessage(e.err) }

// Unwrap is the storage error, for errors.Is and logs.
func (e userError) Unwrap() error { return e.err }

// storedError makes a storage error readable; nil stays nil.
func storedError(err error) error {
	if err == nil {
		return nil
	}
	return userError{err}
}

// DeletePlan removes a stored plan.
func (s *storedData) DeletePlan(ctx context.Context, id int64) error {
	return storedError(s.db.DeletePlan(ctx, id))
}

// ListPlans lists the stored plans, newest first.
func (s *storedData) ListPlans(ctx context.Context) ([]planner.PlanSummary, error) {
	rows, err := s.db.Plans(ctx)
	return rows, storedError(err)
}

// WeekBudget is the share of the week the other active plans take.
func (s *storedData) WeekBudget(ctx context.Context, except int64, today catalog.Date) (planner.WeekBudget, error) {
	b, err := s.db.Budget(ctx, except, today)
	return b, storedError(err)
}

// SetArchived archives a stored plan or brings it back.
func (s *storedData) SetArchived(ctx context.Context, id int64, archived bool, today catalog.Date) error {
	return storedError(s.db.SetArchived(ctx, id, archived, today))
}

// Prioritize gives a stored plan its hours first.
func (s *storedData) Prioritize(ctx context.Context, id int64, today catalog.Date) error {
	return storedError(s.db.Prioritize(ctx, id, today))
}

// LoadPlan reads a stored plan.
func (s *storedData) LoadPlan(ctx context.Context, id int64) (planner.StudyPlan, error) {
	p, err := s.db.Plan(ctx, id)
	if err != nil {
		return planner.StudyPlan{}, storedError(err)
	}
	return p, nil
}

// CreatePlan stores a new plan named after its exam.
func (s *storedData) CreatePlan(ctx context.Context, in planner.Input) (planner.StudyPlan, error) {
	p, err := s.db.CreatePlan(ctx, "", in)
	if err != nil {
		return planner.StudyPlan{}, storedError(err)
	}
	return p, nil
}

// TickItems ticks study items today with the hours spent, or unticks them.
func (s *storedData) TickItems(ctx context.Context, planID int64, itemIDs []string, done bool, hours float64) error {
	if done {
		return storedError(s.db.TickItems(ctx, planID, itemIDs, 0, hours))
	}
	return storedError(s.db.UntickItems(ctx, planID, itemIDs))
}

// Tick ticks a topic today with the hours spent, or unticks it.
func (s *storedData) Tick(ctx context.Context, planID int64, topicID string, done bool, hours float64) error {
	if done {
		return storedError(s.db.Tick(ctx, planID, topicID, 0, hours))
	}
	return storedError(s.db.Untick(ctx, planID, topicID))
}

// Rebalance re-plans the remaining work from today.
func (s *storedData) Rebalance(ctx context.Context, planID int64, today catalog.Date) (planner.StudyPlan, bool, error) {
	p, moved, err := s.db.Replan(ctx, planID, today)
	if err != nil {
		return planner.StudyPlan{}, false, storedError(err)
	}
	return p, moved, nil
}

// EditPlan changes a plan's inputs and stores the re-planned version.
func (s *storedData) EditPlan(ctx context.Context, planID int64, in planner.Input, today catalog.Date) (planner.StudyPlan, error) {
	in.Today = today
	p, err := s.db.EditPlan(ctx, planID, in)
	if err != nil {
		return planner.StudyPlan{}, storedError(err)
	}
	return p, nil
}

// EarlierSchedules returns the schedules of the plan's earlier versions.
func (s *storedData) EarlierSchedules(ctx context.Context, planID int64) ([]planner.Plan, error) {
	versions, err := s.db.PlanVersions(ctx, planID)
	if err != nil {
		return nil, storedError(err)
	}
	var out []planner.Plan
	for _, v := range versions[:max(len(versions)-1, 0)] {
		p, err := s.db.PlanSchedule(ctx, planID, v.Version)
		if err != nil {
			return nil, storedError(err)
		}
		out = append(out, p)
	}
	return out, nil
}

// HeldCertifications lists the stored certifications.
func (s *storedData) HeldCertifications(ctx context.Context) ([]HeldCertification, error) {
	certs, err := s.db.Certifications(ctx)
	return heldOf(certs), storedError(err)
}

func heldOf(certs []storage.Certification) []HeldCertification {
	out := make([]HeldCertification, 0, len(certs))
	for _, c := range certs {
		last := c.Earned
		if !c.RenewedOn.IsZero() {
			last = c.RenewedOn
		}
		out = append(out, HeldCertification{Key: c.Key, Name: c.Name, Exam: c.Exam, Earned: c.Earned, LastPassed: last,
			Expiry: c.Expiry, RenewWith: c.RenewWith, StudyFrom: c.StudyFrom, RenewedOn: c.RenewedOn,
			RenewedBy: c.RenewedBy})
	}
	return out
}

// AddHeldCertification records a certification earned before.
func (s *storedData) AddHeldCertification(ctx context.Context, exam string, earned catalog.Date) error {
	_, err := s.db.AddCertification(ctx, exam, earned, "")
	return storedError(err)
}

// ExamLog lists the stored attempts by date.
func (s *storedData) ExamLog(ctx context.Context) ([]ExamAttempt, error) {
	all, err := s.db.Attempts(ctx)
	out := make([]ExamAttempt, 0, len(all))
	for _, a := range all {
		out = append(out, attemptOf(a))
	}
	return out, storedError(err)
}

func attemptOf(a storage.Attempt) ExamAttempt {
	return ExamAttempt{ID: a.ID, Exam: a.Exam, Date: a.Date, Result: Result(a.Status), Score: a.Score,
		RetakeFrom: a.RetakeFrom}
}

// LogExam adds or updates an attempt.
func (s *storedData) LogExam(ctx context.Context, a ExamAttempt) (LoggedExam, error) {
	in := storage.Attempt{ID: a.ID, Exam: a.Exam, Date: a.Date, Status: storage.AttemptStatus(a.Result), Score: a.Score}
	save := s.db.AddAttempt
	if a.ID != 0 {
		save = s.db.UpdateAttempt
	}
	res, err := save(ctx, in)
	if err != nil {
		return LoggedExam{}, storedError(err)
	}
	return LoggedExam{Attempt: attemptOf(res.Attempt), Earned: heldOf(res.Earned), Renewed: heldOf(res.Renewed)}, nil
}

// DeleteExam removes a stored attempt; certifications follow.
func (s *storedData) DeleteExam(ctx context.Context, id int64) error {
	return storedError(s.db.DeleteAttempt(ctx, id))
}

// LoadSettings reads the learner's defaults.
func (s *storedData) LoadSettings(ctx context.Context) (planner.Settings, error) {
	st, _, err := s.db.Settings(ctx)
	return st, storedError(err)
}

// SaveSettings stores the learner's defaults.
func (s *storedData) SaveSettings(ctx context.Context, st planner.Settings) error {
	return storedError(s.db.SaveSettings(ctx, st))
}

// DataFolder is the open data folder.
func (s *storedData) DataFolder() string { return s.db.Dir() }

// BackupFolder is where storage keeps backups.
func (s *storedData) BackupFolder() string { return s.db.BackupDir() }

// Backup makes a manual backup.
func (s *storedData) Backup(ctx context.Context) (string, error) {
	b, err := s.db.Backup(ctx)
	return b.Path, storedError(err)
}

// Restore replaces the data with a backup file.
func (s *storedData) Restore(ctx context.Context, file string) error {
	_, err := s.db.Restore(ctx, file)
	return storedError(err)
}

// ExportAll writes all the data as JSON.
func (s *storedData) ExportAll(ctx context.Context, w io.Writer) error {
	return storedError(s.db.Export(ctx, w))
}

// ImportAll replaces all the data with an export.
func (s *storedData) ImportAll(ctx context.Context, r io.Reader) error {
	x, err := storage.ParseExport(r, s.cat)
	if err != nil {
		return storedError(err)
	}
	_, err = s.db.Import(ctx, x)
	return storedError(err)
}

// Scores lists a plan's practice results, oldest first.
func (s *storedData) Scores(ctx context.Context, planID int64) ([]planner.Score, error) {
	recs, err := s.db.Scores(ctx, planID)
	out := make([]planner.Score, 0, len(recs))
	for _, r := range recs {
		out = append(out, r.Score)
	}
	return out, storedError(err)
}

// AddScore stores a practice result.
func (s *storedData) AddScore(ctx context.Context, planID int64, sc planner.Score) error {
	_, err := s.db.AddScore(ctx, planID, sc)
	return storedError(err)
}

// Readiness estimates a plan's readiness on today.
func (s *storedData) Readiness(ctx context.Context, planID int64, today catalog.Date) (planner.Readiness, error) {
	r, err := s.db.PlanReadiness(ctx, planID, today)
	return r, storedError(err)
}
