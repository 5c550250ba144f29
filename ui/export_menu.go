package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"certplan/catalog"
	"certplan/planner"
	"certplan/ui/export"
)

// exportFormat is a kind of file a plan can be exported to.
type exportFormat struct {
	name  string // shortcut and menu key
	label string
	ext   string
	write func(p planner.StudyPlan, o export.Options) ([]byte, error)
}

// exportFormats are the files the File menu offers: a printable PDF, a
// calendar and a spreadsheet.
var exportFormats = []exportFormat{
	{"export-pdf", "Export plan as PDF…", "pdf", func(p planner.StudyPlan, o export.Options) ([]byte, error) {
		return export.PDF(p.Schedule, o)
	}},
	{"export-ics", "Export plan to a calendar (.ics)…", "ics", func(p planner.StudyPlan, o export.Options) ([]byte, error) {
		return export.ICS(p.Schedule, o)
	}},
	{"export-ics-alarm", "Export plan to a calendar with reminders (.ics)…", "ics",
		func(p planner.StudyPlan, o export.Options) ([]byte, error) {
			o.SessionAlarm = sessionReminder
			return export.ICS(p.Schedule, o)
		}},
	{"export-csv", "Export plan as a spreadsheet (.csv)…", "csv", func(p planner.StudyPlan, _ export.Options) ([]byte, error) {
		return export.CSV(p.Schedule)
	}},
}

// sessionReminder is how long before each study day's first session the
// calendar with reminders alerts the learner.
const sessionReminder = 15 * time.Minute

// exportShortcuts: Ctrl+E exports the plan as PDF.
func (a *App) exportShortcuts() map[string]shortcut {
	return map[string]shortcut{"export-pdf": {fyne.KeyE, fyne.KeyModifierShortcutDefault,
		func() { a.onExport(exportFormats[0]) }}}
}

// exportMenuItems are the File menu's export entries.
func (a *App) exportMenuItems(all map[string]shortcut) []*fyne.MenuItem {
	var out []*fyne.MenuItem
	for _, f := range exportFormats {
		f := f
		if _, ok := all[f.name]; ok {
			out = append(out, a.menuItem(f.label, f.name, all))
			continue
		}
		out = append(out, fyne.NewMenuItem(f.label, func() { a.onExport(f) }))
	}
	return out
}

// onExport asks where to save the plan shown, then writes it there.
func (a *App) onExport(f exportFormat) {
	if a.planID == 0 {
		dialog.ShowInformation("Export", "There is no plan to export yet: make one first (File > New plan).", a.win)
		return
	}
	id := a.planID
	name := strings.ToLower(a.planExamCode()) + "-plan." + f.ext
	showFileSave(a.win, a.prefs, name, a.fail("export the plan"), func(w fyne.URIWriteCloser) {
		path := w.URI().Path()
		_ = w.Close()
		runTask(&a.tasks, a.start, func(ctx context.Context) (string, error) {
			return path, a.writeExport(ctx, f, id, path)
		}, func(path string) {
			dialog.ShowInformation("Exported", "Your plan is saved in "+path+".", a.win)
		}, a.fail("export the plan"))
	})
}

// writeExport renders plan id, with today's ticks and the learner's
// certifications and study time, and saves it at path.
func (a *App) writeExport(ctx context.Context, f exportFormat, id int64, path string) error {
	x := exporter{cat: a.cat, today: a.today, plans: a.svc.Plans, budget: a.svc.Budget, records: a.svc.Records,
		settings: a.svc.Settings, scores: a.svc.Scores, checkOutput: a.checkOutput}
	return x.write(ctx, f, id, path)
}

// exporter writes a plan to a file. It uses only the catalog, today, the
// stored data it puts in the file and the guard of certplan's own files.
type exporter struct {
	cat         *catalog.Catalog
	today       func() catalog.Date
	plans       PlanService
	budget      BudgetService // may be nil: then the plan's stored fixes
	records     RecordService
	settings    SettingsService
	scores      ScoreService // may be nil: then no readiness
	checkOutput func(path string) error
}

// write renders plan id in format f, with today's ticks and the learner's
// certifications and study time, and saves it at path.
func (x exporter) write(ctx context.Context, f exportFormat, id int64, path string) error {
	if err := x.checkOutput(path); err != nil {
		return err
	}
	if _, err := export.SaveTarget(path); err != nil {
		return err // a folder, a device, a pipe: refused before the work
	}
	p, err := x.plans.Plan(ctx, id)
	if err != nil {
		return err
	}
	if p, err = withFixesNow(ctx, x.budget, p, x.today()); err != nil { // as the plan screen offers them
		return err
	}
	opts, err := x.options(ctx)
	if err != nil {
		return err
	}
	if _, err := besideOthers(ctx, x.budget, &p, x.today()); err != nil { // as the plan screen stands it
		return err
	}
	st := p.Standing(x.today())
	opts.PlanID, opts.PlanName, opts.Standing, opts.Today = p.ID, p.Name, &st, x.today()
	p.Schedule = p.WithProgress() // as the command line exports it
	if opts.Earlier, err = x.plans.EarlierSchedules(ctx, id); err != nil {
		return err
	}
	if opts.Readiness, err = x.readiness(ctx, id); err != nil {
		return err
	}
	data, err := f.write(p, opts)
	if err != nil {
		return err
	}
	return export.WriteFile(path, data)
}

// options are the learner's certifications and study time.
func (x exporter) options(ctx context.Context) (export.Options, error) {
	o := export.Options{Catalog: x.cat}
	held, err := x.records.Certifications(ctx)
	if err != nil {
		return o, err
	}
	o.Held = held
	st, _, err := x.settings.Settings(ctx)
	o.StudyTime = studyClock[st.StudyTime]
	return o, err
}

// readiness is plan id's readiness today when practice results were
// logged, for the PDF's cover; nil when there are none.
func (x exporter) readiness(ctx context.Context, id int64) (*planner.Readiness, error) {
	if x.scores == nil {
		return nil, nil
	}
	scores, err := x.scores.Scores(ctx, id)
	if err != nil || len(scores) == 0 {
		return nil, err
	}
	r, err := x.scores.PlanReadiness(ctx, id, x.today())
	return &r, err
}

// studyClock is when sessions start in a calendar for each study time.
var studyClock = map[planner.StudyTime]string{planner.Morning: "08:00", planner.Afternoon: "14:00", planner.Evening: "19:00"}
