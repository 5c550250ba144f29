package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// reminderTimes are the times of day a daily reminder can come at.
var reminderTimes = []string{"07:00", "08:00", "09:00", "12:00", "17:00", "18:00", "19:00", "20:00", "21:00"}

// reminderOff is the reminder choice for none.
const reminderOff = "Off"

// buildReminder is the choice of a daily desktop notification naming
// today's session; it belongs to the data folder, like the plans.
func (s *settingsScreen) buildReminder() fyne.CanvasObject {
	sel := widget.NewSelect(append([]string{reminderOff}, reminderTimes...), nil)
	sel.SetSelected(reminderOff)
	if at := s.reminderAt(); at != "" {
		sel.SetSelected(at)
	}
	sel.OnChanged = func(v string) {
		if v == reminderOff {
			v = ""
		}
		s.setReminderAt(v)
	}
	return widget.NewForm(widget.NewFormItem("Daily reminder", sel))
}

// reminderAt is the daily reminder's time, "" for none.
func (a *App) reminderAt() string { return a.prefs.data.state.ReminderAt }

// setReminderAt keeps the daily reminder's time ("" for none).
func (a *App) setReminderAt(at string) {
	a.prefs.data.update(func(st *planner.DesktopState) { st.ReminderAt = at })
}

// reminder sends the daily notification once a day, at or after the
// chosen time, while certplan is open.
type reminder struct {
	reminderDeps
	sent catalog.Date // the day the last one was sent
}

// reminderDeps is what the daily reminder uses: the task runner, the
// clock, the time it is set for, the plan shown and the plans (nil until
// the data is open), a way to notify and one to report a failure.
type reminderDeps struct {
	tasks   *tasks
	now     func() time.Time
	at      func() string // the reminder's time, "" for none
	shownID func() int64
	plans   func() PlanService
	notify  func(*fyne.Notification)
	fail    func(error)
}

// reminderDeps are the daily reminder's dependencies.
func (a *App) reminderDeps() reminderDeps {
	return reminderDeps{tasks: &a.tasks, now: a.cfg.Now, at: a.reminderAt, shownID: a.shownID,
		plans: func() PlanService { return a.svc.Plans }, notify: a.fyne.SendNotification,
		fail: a.fail("prepare today's reminder")}
}

// startReminders checks every minute whether the daily reminder is due.
func (a *App) startReminders() {
	r := &reminder{reminderDeps: a.reminderDeps()}
	tick := time.NewTicker(time.Minute)
	go func() {
		for range tick.C {
			fyne.Do(r.check)
		}
	}()
}

// check sends today's reminder when it is due.
func (r *reminder) check() {
	now, id, plans := r.now(), r.shownID(), r.plans()
	if !reminderDue(r.at(), now, r.sent) || id == 0 || plans == nil {
		return
	}
	today := catalog.DateFromTime(now)
	r.sent = today
	runTask(r.tasks, nil, func(ctx context.Context) (planner.StudyPlan, error) {
		return plans.Plan(ctx, id)
	}, func(p planner.StudyPlan) {
		r.notify(fyne.NewNotification("certplan: today's study", todayText(p, today)))
	}, r.fail)
}

// reminderDue tells whether a reminder set for at ("HH:MM", "" for none)
// is due at now, given the day one was last sent.
func reminderDue(at string, now time.Time, sent catalog.Date) bool {
	if at == "" {
		return false
	}
	t, err := time.Parse("15:04", at)
	if err != nil {
		return false
	}
	today := catalog.DateFromTime(now)
	due := time.Date(now.Year(), now.Month(), now.Day(), t.Hour(), t.Minute(), 0, 0, now.Location())
	return sent != today && !now.Before(due)
}

// todayText names today's study in plan p, in one line: the sessions
// still to do, or that there is none today.
func todayText(p planner.StudyPlan, today catalog.Date) string {
	if !p.Passed.IsZero() {
		return fmt.Sprintf("Nothing to study: %s was passed on %s.", p.Schedule.Exam, longDay(p.Passed))
	}
	var parts []string
	var total float64
	for _, w := range p.Schedule.Weeks {
		for _, s := range w.Sessions {
			if s.Date == today && !p.Progress[s.WorkTopic()].Done && !sessionDone(p, s) {
				parts = append(parts, strings.TrimSpace(s.Topic+" "+s.Title))
				total += s.Hours
			}
		}
	}
	if len(parts) == 0 {
		return fmt.Sprintf("No %s study planned for today.", p.Schedule.Exam)
	}
	return fmt.Sprintf("%s today, %s: %s", p.Schedule.Exam, hours(total), strings.Join(parts, "; "))
}
