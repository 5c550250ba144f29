package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

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

// sessionReminder is how long before each session the calendar with
// reminders alerts the learner.
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
		dialog.ShowInformation("Export", "There is no plan to export yet: make one first (File ▸ New plan).", a.win)
		return
	}
	id := a.planID
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			a.fail("export the plan")(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		_ = w.Close()
		runTask(&a.tasks, a.start, func(ctx context.Context) (string, error) {
			return path, a.writeExport(ctx, f, id, path)
		}, func(path string) {
			dialog.ShowInformation("Exported", "Your plan is saved in "+path+".", a.win)
		}, a.fail("export the plan"))
	}, a.win)
	d.SetFileName(strings.ToLower(a.planExamCode()) + "-plan." + f.ext)
	d.Show()
	d.Resize(fyne.NewSize(800, 560))
}

// writeExport renders plan id, with today's ticks and the learner's
// certifications and study time, and saves it at path.
func (a *App) writeExport(ctx context.Context, f exportFormat, id int64, path string) error {
	if err := a.checkOutput(path); err != nil {
		return err
	}
	p, err := a.svc.Plans.Plan(ctx, id)
	if err != nil {
		return err
	}
	opts, err := a.exportOptions(ctx)
	if err != nil {
		return err
	}
	p.Schedule = withTicks(p)
	opts.PlanID = p.ID
	if opts.Earlier, err = a.svc.Plans.EarlierSchedules(ctx, id); err != nil {
		return err
	}
	if opts.Readiness, err = a.loggedReadiness(ctx, id); err != nil {
		return err
	}
	data, err := f.write(p, opts)
	if err != nil {
		return err
	}
	return export.WriteFile(path, data)
}

// exportOptions are the learner's certifications and study time.
func (a *App) exportOptions(ctx context.Context) (export.Options, error) {
	o := export.Options{Catalog: a.cat}
	held, err := a.svc.Records.Certifications(ctx)
	if err != nil {
		return o, err
	}
	o.Held = held
	st, _, err := a.svc.Settings.Settings(ctx)
	o.StudyTime = studyClock[st.StudyTime]
	return o, err
}

// loggedReadiness is plan id's readiness today when practice results
// were logged, for the PDF's cover; nil when there are none.
func (a *App) loggedReadiness(ctx context.Context, id int64) (*planner.Readiness, error) {
	if a.svc.Scores == nil {
		return nil, nil
	}
	scores, err := a.svc.Scores.Scores(ctx, id)
	if err != nil || len(scores) == 0 {
		return nil, err
	}
	r, err := a.svc.Scores.PlanReadiness(ctx, id, a.today())
	return &r, err
}

// studyClock is when sessions start in a calendar for each study time.
var studyClock = map[planner.StudyTime]string{planner.Morning: "08:00", planner.Afternoon: "14:00", planner.Evening: "19:00"}
