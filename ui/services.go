package ui

import (
	"context"
	"io"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/advisor"
)

// Services are everything the screens ask of the learner's stored data.
// main.go fills them from an open *storage.DB; tests fill them with fakes.
type Services struct {
	Plans    PlanService
	Records  RecordService
	Settings SettingsService
	Data     DataService
	// Budget shares the learner's week among the active plans; may be nil.
	Budget BudgetService
	// Advisor reads what the advisor advises from.
	Advisor AdvisorService
	// State keeps the last plan and screen in the data folder; may be nil
	// (then they last for this run only).
	State StateService
	// Scores keeps practice results; may be nil, and then the Progress
	// screen offers none.
	Scores ScoreService
	// Notice is something the learner must be told once the window shows,
	// such as a damaged data file that was replaced by a backup; may be "".
	Notice string
	// Close releases the data when the window closes; may be nil.
	Close func() error
}

// Store is every service at once, as one open data folder serves them:
// *storage.DB satisfies it (main.go checks at compile time).
type Store interface {
	PlanService
	RecordService
	SettingsService
	DataService
	BudgetService
	AdvisorService
	StateService
	ScoreService
	// Close releases the data.
	Close() error
}

// ServicesOf serves every screen from store s; notice is told to the
// learner once the window shows ("" for nothing).
func ServicesOf(s Store, notice string) Services {
	return Services{Plans: s, Records: s, Settings: s, Data: s, Budget: s, Advisor: s, State: s, Scores: s,
		Notice: notice, Close: s.Close}
}

// AdvisorService reads the learner's saved data the advisor works from.
// *storage.DB satisfies it, and `certplan advise` reads the same.
type AdvisorService interface {
	// AdvisorData returns the certifications held, the learner's week,
	// every plan and the study time the active ones take from today on.
	AdvisorData(ctx context.Context, today catalog.Date) (advisor.Saved, error)
}

// PlanService keeps the learner's study plans and what they have done.
// *storage.DB satisfies it (main.go checks).
type PlanService interface {
	// Plans returns every plan, newest first.
	Plans(ctx context.Context) ([]planner.PlanSummary, error)
	// Plan returns one plan with its schedule and progress, and the day
	// its exam was passed: a passed plan's schedule ends that day
	// (planner.Plan.UpToPass).
	Plan(ctx context.Context, id int64) (planner.StudyPlan, error)
	// CreatePlan schedules in, with in.Country's public holidays, and
	// keeps it as a new plan named name ("" for the exam code). Its hours
	// and holidays become the learner's week: the other active plans
	// planned within another are re-fitted within it.
	CreatePlan(ctx context.Context, name string, in planner.Input) (planner.StudyPlan, error)
	// Tick marks a topic done on day on (today when zero) with the hours
	// spent (when hours > 0). When it returns nil the change is saved.
	Tick(ctx context.Context, planID int64, topicID string, on catalog.Date, hours float64) error
	// Untick marks a topic not done again.
	Untick(ctx context.Context, planID int64, topicID string) error
	// TickItems marks study items done on day on (today when zero), adding
	// the hours spent on them to their task (a task is done when all its
	// items are).
	TickItems(ctx context.Context, planID int64, itemIDs []string, on catalog.Date, hours float64) error
	// UntickItems marks study items not done again, taking back the hours
	// their tick logged.
	UntickItems(ctx context.Context, planID int64, itemIDs []string) error
	// Replan spreads the work left over the days left from today on.
	// moved is false when the learner is on track and nothing changed.
	Replan(ctx context.Context, planID int64, today catalog.Date) (plan planner.StudyPlan, moved bool, err error)
	// EditPlan changes a plan's exam date, hours, time off or holidays
	// (in, with in.Country's holidays) and re-plans it from in.Today as a
	// new version with the same progress.
	EditPlan(ctx context.Context, planID int64, in planner.Input) (planner.StudyPlan, error)
	// EditPlanInWeek is EditPlan, and says what it did to the other plans:
	// new hours or holidays become the learner's week, and the other active
	// plans planned within another are re-fitted within it.
	EditPlanInWeek(ctx context.Context, planID int64, in planner.Input) (planner.StudyPlan, planner.WeekChange, error)
	// EditPlanWithWeek is EditPlanInWeek for an edit that names the plan's
	// week (its hours and holidays): that week becomes the learner's even
	// when it is the plan's own, as `certplan edit --hours` makes it, so a
	// plan planned within another week does not stay outside the learner's.
	EditPlanWithWeek(ctx context.Context, planID int64, in planner.Input) (planner.StudyPlan, planner.WeekChange, error)
	// EarlierSchedules returns the schedules of a plan's versions before
	// the current one, oldest first, so a calendar export can cancel the
	// sessions that moved.
	EarlierSchedules(ctx context.Context, planID int64) ([]planner.Plan, error)
	// DeletePlan removes a plan with its versions and progress; exam
	// attempts and held certifications stay.
	DeletePlan(ctx context.Context, planID int64) error
}

// ScoreService keeps a plan's practice results and estimates readiness.
type ScoreService interface {
	// Scores returns the plan's results, oldest first.
	Scores(ctx context.Context, planID int64) ([]planner.ScoreRecord, error)
	// AddScore stores a result; when it returns no error it is saved.
	AddScore(ctx context.Context, planID int64, s planner.Score) (planner.ScoreRecord, error)
	// AddScoreFor stores a result of one of the plan's practice topics
	// (planner.StudyPlan.PracticeFor) and marks that topic done on the
	// result's day: both are saved or neither.
	AddScoreFor(ctx context.Context, planID int64, s planner.Score, topic string) (planner.ScoreRecord, error)
	// PlanReadiness estimates the plan's readiness on today.
	PlanReadiness(ctx context.Context, planID int64, today catalog.Date) (planner.Readiness, error)
}

// BudgetService shares the learner's one week of study hours among the
// active plans: a plan is made around the hours the others take.
type BudgetService interface {
	// Budget is what the active plans other than plan except (0 for
	// none) take of the week from today on.
	Budget(ctx context.Context, except int64, today catalog.Date) (planner.WeekBudget, error)
	// SetArchived archives a plan (it takes no hours and leaves the plan
	// list) or brings it back, re-planned around the others from today;
	// it returns the plan as stored now.
	SetArchived(ctx context.Context, id int64, archived bool, today catalog.Date) (planner.StudyPlan, error)
	// Prioritize gives a plan its hours first; the other active plans are
	// re-planned around it from today. It returns the plans re-planned.
	Prioritize(ctx context.Context, id int64, today catalog.Date) ([]planner.StudyPlan, error)
	// FitNow is plan id made again from today around the hours the other
	// active plans take now, not stored: the fixes it names fit today.
	FitNow(ctx context.Context, id int64, today catalog.Date) (planner.Plan, error)
	// OutsideWeek returns the learner's week and the active plans, whose
	// exam is still to come, not planned within it: each with its ID, name,
	// exam and input, not its schedule.
	OutsideWeek(ctx context.Context, today catalog.Date) (planner.LearnerWeek, []planner.StudyPlan, error)
	// RefitToWeek re-plans the active plans within the learner's week from
	// today when one is planned within another; the change names the plans
	// re-planned.
	RefitToWeek(ctx context.Context, today catalog.Date) (planner.WeekChange, error)
}

// RecordService keeps the learner's exam attempts and the certifications
// they hold. *storage.DB satisfies it.
type RecordService interface {
	// Certifications lists the certifications held (or lapsed), by expiry,
	// with how to renew them.
	Certifications(ctx context.Context) ([]planner.HeldCertification, error)
	// AddHeldCertification records a certification earned before certplan
	// knew of it, by the exam that earned it.
	AddHeldCertification(ctx context.Context, exam string, earned catalog.Date) error
	// Attempts lists every exam attempt, booked or done, by date.
	Attempts(ctx context.Context) ([]planner.Attempt, error)
	// SaveAttempt adds an attempt (ID 0) or updates one (a booking that was
	// passed or failed). A pass adds or renews certifications.
	SaveAttempt(ctx context.Context, a planner.Attempt) (planner.AttemptResult, error)
	// DeleteAttempt removes an attempt; the certifications it earned or
	// renewed are worked out again from the passes left.
	DeleteAttempt(ctx context.Context, id int64) error
}

// SettingsService keeps the learner's week (every plan's hours and
// holidays) and defaults for new plans.
type SettingsService interface {
	// Settings returns the saved settings (zero hours when never saved)
	// and whether they were ever saved.
	Settings(ctx context.Context) (planner.Settings, bool, error)
	// SaveSettingsInWeek replaces the settings. Their hours and holidays
	// are the learner's week: the active plans planned within another are
	// re-fitted within it from today, and the change says which.
	SaveSettingsInWeek(ctx context.Context, s planner.Settings, today catalog.Date) (planner.WeekChange, error)
}

// DataService looks after the learner's data as a whole: where it lives,
// backups and moving it to another computer.
type DataService interface {
	// Dir is the folder the data lives in.
	Dir() string
	// BackupDir is the folder backups are kept in.
	BackupDir() string
	// BackupFile makes a backup now and returns its file.
	BackupFile(ctx context.Context) (string, error)
	// PreviewRestore says which backup file is, what it holds and what
	// the data holds now, or (Problem) why it cannot be restored; it
	// changes nothing.
	PreviewRestore(ctx context.Context, file string) (planner.BackupRestore, error)
	// RestoreBackup replaces the data with the backup file, keeping a copy
	// of the data it replaces, and says what it restored and replaced.
	// Unless losing is true it refuses a backup that holds fewer plans,
	// exam attempts or certifications than the data.
	RestoreBackup(ctx context.Context, file string, losing bool) (planner.BackupRestore, error)
	// Export writes every plan, tick, attempt and certification.
	Export(ctx context.Context, w io.Writer) error
	// PreviewImport says what the export read from r (the file file)
	// holds and what the data holds now, or why it cannot be imported; it
	// changes nothing.
	PreviewImport(ctx context.Context, file string, r io.Reader) (planner.BackupRestore, error)
	// ImportAll replaces the data with an export, and says what it
	// imported and replaced, and where the data replaced is backed up.
	ImportAll(ctx context.Context, r io.Reader) (planner.BackupRestore, error)
	// CheckOutput refuses a file to save to that is one of certplan's own
	// in the data folder.
	CheckOutput(path string) error
}

// tickTopic ticks a topic today with the hours spent, or unticks it.
func tickTopic(ctx context.Context, plans PlanService, planID int64, topic string, done bool, hours float64) error {
	if done {
		return plans.Tick(ctx, planID, topic, 0, hours)
	}
	return plans.Untick(ctx, planID, topic)
}

// tickItems ticks study items today with the hours spent, or unticks them.
func tickItems(ctx context.Context, plans PlanService, planID int64, ids []string, done bool, hours float64) error {
	if done {
		return plans.TickItems(ctx, planID, ids, 0, hours)
	}
	return plans.UntickItems(ctx, planID, ids)
}

// loadSettings reads the learner's defaults, saved or not.
func loadSettings(svc SettingsService) func(context.Context) (planner.Settings, error) {
	return func(ctx context.Context) (planner.Settings, error) {
		st, _, err := svc.Settings(ctx)
		return st, err
	}
}

// scoresOf are the practice results of records, in their order.
func scoresOf(recs []planner.ScoreRecord) []planner.Score {
	out := make([]planner.Score, 0, len(recs))
	for _, r := range recs {
		out = append(out, r.Score)
	}
	return out
}
