package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"certplan/catalog"
	"certplan/planner"
)

// TestReminderDue: due once a day, from the chosen time on; never when off.
func TestReminderDue(t *testing.T) {
	day := catalog.DateOf(2026, 3, 2)
	at := func(h, m int) time.Time {
		return day.Time().Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
	}
	cases := []struct {
		name string
		set  string
		now  time.Time
		sent catalog.Date
		want bool
	}{
		{"off", "", at(20, 0), 0, false},
		{"before the time", "19:00", at(18, 59), 0, false},
		{"at the time", "19:00", at(19, 0), 0, true},
		{"later that day", "19:00", at(22, 30), 0, true},
		{"already sent today", "19:00", at(22, 30), day, false},
		{"sent yesterday", "19:00", at(19, 5), day.AddDays(-1), true},
		{"not a time", "7pm", at(20, 0), 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := reminderDue(c.set, c.now, c.sent); got != c.want {
				t.Errorf("reminderDue(%q, %s, %s) = %v, want %v", c.set, c.now.Format("15:04"), c.sent, got, c.want)
			}
		})
	}
}

// TestReminderNamesTodaysSession: at the chosen time the notification
// names today's sessions of the plan shown, once.
func TestReminderNamesTodaysSession(t *testing.T) {
	f := newFakeData(testCatalog(t))
	p := newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	app, clk := startApp(t, f, "2026-03-02")
	app.prefs.data.state.ReminderAt = "08:00" // the clock says 09:00
	var names []string
	var total float64
	for _, w := range p.Schedule.Weeks {
		for _, s := range w.Sessions {
			if s.Date == clk.day {
				names = append(names, s.Topic+" "+s.Title)
				total += s.Hours
			}
		}
	}
	if len(names) == 0 {
		t.Fatal("the fixture plan has no session today")
	}
	want := fyne.NewNotification("certplan: today's study",
		"CLF-C02 today, "+hours(total)+": "+strings.Join(names, "; "))
	r := &reminder{reminderDeps: app.reminderDeps()}
	test.AssertNotificationSent(t, want, func() { r.check(); app.tasks.wait() })
	test.AssertNotificationSent(t, nil, func() { r.check(); app.tasks.wait() })
}

// TestTodayTextWithNothingToday says so on a day without study.
func TestTodayTextWithNothingToday(t *testing.T) {
	f := newFakeData(testCatalog(t))
	p := newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	if got := todayText(p, catalog.DateOf(2026, 3, 8)); got != "No CLF-C02 study planned for today." {
		t.Errorf("Sunday's reminder = %q", got)
	}
}

// TestTodayTextLeavesOutSessionsWhoseItemsAreTicked: a session ticked on
// the plan screen ticks its study items, not the task; the reminder then
// no longer names it (the day's other sessions stay).
func TestTodayTextLeavesOutSessionsWhoseItemsAreTicked(t *testing.T) {
	f := newFakeData(testCatalog(t))
	p := newTestPlan(t, f, "SAA-C03", "2026-03-02", "2026-07-01")
	day := catalog.DateOf(2026, 3, 2)
	var items, titles []string
	for _, s := range p.Schedule.Weeks[0].Sessions {
		if s.Date == day && len(s.Items) > 0 {
			titles = append(titles, s.Title)
			for _, it := range s.Items {
				items = append(items, it.ID)
			}
		}
	}
	if len(items) == 0 {
		t.Fatal("the fixture plan has no session with items on its first day")
	}
	wantContains(t, "before the ticks", todayText(p, day), titles...)
	for _, id := range items {
		p.Items[id] = planner.TopicProgress{Done: true}
	}
	got := todayText(p, day)
	for _, title := range titles {
		if strings.Contains(got, title) {
			t.Errorf("after ticking its items the reminder still names %q: %s", title, got)
		}
	}
}
