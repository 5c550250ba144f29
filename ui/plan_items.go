package ui

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// itemDone reports whether a study item of the plan is done. The storage
// counts the items of a done task as done; the task is checked here too so
// that a task ticked on this screen shows its items done before a reload.
func itemDone(p planner.StudyPlan, id string) bool {
	task := id[:max(strings.LastIndexByte(id, '.'), 0)]
	return p.Items[id].Done || p.Progress[task].Done
}

// sessionDone reports whether every item a session's tick marks is done
// (a review's items to revisit are not its to tick).
func sessionDone(p planner.StudyPlan, x planner.Session) bool {
	items := x.TickItems()
	for _, it := range items {
		if !itemDone(p, it.ID) {
			return false
		}
	}
	return len(items) > 0
}

// itemsDoneText is "3 of 7 items done" for a topic with study items, else "".
func itemsDoneText(p planner.StudyPlan, topic string) string {
	for _, t := range p.Schedule.Topics {
		if t.ID != topic || len(t.Items) == 0 {
			continue
		}
		n := 0
		for _, it := range t.Items {
			if itemDone(p, it.ID) {
				n++
			}
		}
		return fmt.Sprintf("%d of %d items done", n, len(t.Items))
	}
	return ""
}

// itemSessionRow is a session with study items: a check that ticks the
// session's items only, a small field with the hours it logs (the planned
// time, which the learner can change), the task title and, under it, each
// item with the services it names.
func (v *weekView) itemSessionRow(x planner.Session) fyne.CanvasObject {
	p := v.screen.plan
	spent := widget.NewEntry()
	spent.SetText(spentText(x.Hours))
	problem := wrapped("")
	problem.Importance = widget.DangerImportance
	problem.Hide()
	// Checked as typed, with the message under the row: a validator's icon
	// would take half of the narrow field and hide the hours.
	spent.OnChanged = func(s string) { _, err := parseSpent(s); showFieldProblem(problem, err) }
	c := widget.NewCheck("", nil)
	c.SetChecked(sessionDone(p, x))
	c.OnChanged = func(done bool) { v.onTickSession(x, c, done, spent.Text, problem) }
	v.sessionChecks = append(v.sessionChecks, sessionCheck{session: x, check: c, hours: spent})
	right := container.NewHBox(container.NewGridWrap(fyne.NewSize(64, spent.MinSize().Height), spent), widget.NewLabel("h"))
	return container.NewVBox(newTickRow(c, wrapped(x.Title), right), problem, v.itemLines(x))
}

// spentText is a session's planned hours as the field beside its tick
// shows them until the learner types others.
func spentText(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }

// onTickSession ticks the session when the hours typed beside it can be
// logged; else it takes the tick back and says why under the hours, which
// keep what was typed to be corrected. An untick logs no hours.
func (v *weekView) onTickSession(x planner.Session, c *widget.Check, done bool, hoursText string, problem *widget.Label) {
	spent, err := parseSpent(hoursText)
	if done && err != nil {
		f := c.OnChanged
		c.OnChanged = nil
		c.SetChecked(false)
		c.OnChanged = f
		showFieldProblem(problem, err)
		return
	}
	v.screen.onTickSession(x, done, spent)
}

// showFieldProblem shows err's message in label, or hides it for nil.
func showFieldProblem(label *widget.Label, err error) {
	if err == nil {
		label.Hide()
		return
	}
	label.SetText(userMessage(err))
	label.Show()
}

// parseSpent reads the hours a session took, typed beside its tick: a
// number of hours one day can hold.
func parseSpent(s string) (float64, error) {
	if strings.TrimSpace(s) == "" {
		return 0, errors.New("type the hours this took, such as 1.5")
	}
	h, err := parseHours(s)
	if err == nil && h > planner.MaxHoursPerDay {
		err = fmt.Errorf("%s h do not fit in a day: type the hours this took, 0 to %d", strings.TrimSpace(s), planner.MaxHoursPerDay)
	}
	return h, err
}

// itemLines lists a session's items, each with the services it names and
// a mark (itemMark).
func (v *weekView) itemLines(x planner.Session) fyne.CanvasObject {
	p := v.screen.plan
	box := container.NewVBox()
	for _, it := range x.Items {
		text := strings.TrimPrefix(it.ID, p.Schedule.Exam+":") + "  " + it.Text
		if len(it.Services) > 0 {
			text += " · " + strings.Join(it.Services, ", ")
		}
		mark := widget.NewIcon(itemMark(p, it))
		box.Add(container.NewPadded(container.NewBorder(nil, nil, mark, nil, v.lines.line(text))))
	}
	return box
}

// itemMark marks a study item done (a check mark) or open (a circle), and
// an item a review revisits (a replay arrow). They are icons: the bundled
// font has none of these characters, and under Xvfb "→" drew as an arrow
// and two empty boxes (TestScreensDrawOnlyGlyphsTheirFontHas).
func itemMark(p planner.StudyPlan, it planner.SessionItem) fyne.Resource {
	switch {
	case it.Revisit:
		return theme.MediaReplayIcon()
	case itemDone(p, it.ID):
		return theme.ConfirmIcon()
	}
	return theme.RadioButtonIcon()
}

// onTickSession ticks (or unticks) the session's items, logging spent
// hours, saves it, and reloads the plan so that the task's state and hours
// are the stored ones.
func (s *planScreen) onTickSession(x planner.Session, done bool, spent float64) {
	var ids []string
	before := map[string]planner.TopicProgress{}
	for _, it := range x.TickItems() {
		if itemDone(s.plan, it.ID) != done {
			ids = append(ids, it.ID)
			before[it.ID] = s.plan.Items[it.ID]
			s.plan.Items[it.ID] = planner.TopicProgress{Done: done, DoneOn: s.today()}
		}
	}
	if len(ids) == 0 {
		return
	}
	s.week.show()
	s.all.ticked(x.Topic)
	id := s.plan.ID
	runSave(s.tasks, nil, s.savingPlan("save the tick"), func(ctx context.Context) (planner.StudyPlan, error) {
		if err := tickItems(ctx, s.plans, id, ids, done, spent); err != nil {
			return planner.StudyPlan{}, err
		}
		return s.plans.Plan(ctx, id)
	}, saved[planner.StudyPlan]{apply: s.setPlan, undo: func() {
		for k, v := range before {
			s.plan.Items[k] = v
		}
		s.week.show()
		s.all.ticked(x.Topic)
	}})
}

// doneRows are the whole plan's first rows: every topic done or with done
// items, so that a tick stays visible (and can be undone) after a rebalance
// has taken the topic's sessions out of the weeks ahead.
func doneRows(p planner.StudyPlan) []planRow {
	var rows []planRow
	for i, t := range p.Schedule.Topics {
		started := p.Progress[t.ID].Done
		for _, it := range t.Items {
			started = started || itemDone(p, it.ID)
		}
		if started {
			rows = append(rows, planRow{week: doneWeek, item: i})
		}
	}
	if len(rows) > 0 {
		rows = append([]planRow{{week: doneWeek, item: -1}}, rows...)
	}
	return rows
}

// doneRowText is what a row of "Done so far" says: its heading, or a
// started topic with how many of its items are done.
func (l *planList) doneRowText(row planRow) planRowText {
	if row.item < 0 {
		return planRowText{title: "Done so far"}
	}
	t := l.screen.plan.Schedule.Topics[row.item]
	return planRowText{title: withItemsDone(l.screen.plan, t.Title, t.ID), hours: hours(t.Hours), topic: t.ID}
}

// withItemsDone is a topic's title with how many of its items are done
// ("… · 3 of 7 items done"), or the title alone for a topic without items.
func withItemsDone(p planner.StudyPlan, title, topic string) string {
	if n := itemsDoneText(p, topic); n != "" {
		return title + " · " + n
	}
	return title
}
