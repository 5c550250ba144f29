package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
	spent.SetText(strconv.FormatFloat(x.Hours, 'f', -1, 64))
	c := widget.NewCheck("", nil)
	c.SetChecked(sessionDone(p, x))
	c.OnChanged = func(done bool) { v.screen.onTickSession(x, done, spent.Text) }
	v.sessionChecks = append(v.sessionChecks, sessionCheck{session: x, check: c, hours: spent})
	title := widget.NewLabel(x.Title)
	title.Truncation = fyne.TextTruncateEllipsis
	right := container.NewHBox(container.NewGridWrap(fyne.NewSize(64, spent.MinSize().Height), spent), widget.NewLabel("h"))
	return container.NewVBox(container.NewBorder(nil, nil, c, right, title), v.itemLines(x))
}

// itemLines lists a session's items, each with the services it names: a
// study item marked done (✓) or open (○), an item a review revisits (→).
func (v *weekView) itemLines(x planner.Session) fyne.CanvasObject {
	p := v.screen.plan
	box := container.NewVBox()
	for _, it := range x.Items {
		mark := "○"
		switch {
		case it.Revisit:
			mark = "→"
		case itemDone(p, it.ID):
			mark = "✓"
		}
		text := mark + "  " + strings.TrimPrefix(it.ID, p.Schedule.Exam+":") + "  " + it.Text
		if len(it.Services) > 0 {
			text += " · " + strings.Join(it.Services, ", ")
		}
		l := wrapped(text)
		l.Importance = widget.LowImportance
		box.Add(container.NewPadded(l))
	}
	return box
}

// onTickSession ticks (or unticks) the session's items, logging hoursText
// hours, saves it, and reloads the plan so that the task's state and hours
// are the stored ones.
func (s *planScreen) onTickSession(x planner.Session, done bool, hoursText string) {
	spent, err := strconv.ParseFloat(strings.TrimSpace(strings.Replace(hoursText, ",", ".", 1)), 64)
	if err != nil || spent < 0 || spent > planner.MaxHoursPerDay {
		s.week.show()
		s.fail("save the tick")(fmt.Errorf("the hours spent %q are not a number of hours from 0 to %d: type, say, 1.5", hoursText, planner.MaxHoursPerDay))
		return
	}
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

// fillDoneRow shows the "Done so far" heading or one started topic with its
// tick and how many of its items are done.
func (l *planList) fillDoneRow(row planRow, title *widget.Label, check *widget.Check, h *widget.Label) {
	if row.item < 0 {
		check.Hide()
		title.TextStyle.Bold = true
		title.SetText("Done so far")
		h.SetText("")
		return
	}
	t := l.screen.plan.Schedule.Topics[row.item]
	check.Show()
	check.SetChecked(l.screen.plan.Progress[t.ID].Done)
	topic := t.ID
	check.OnChanged = func(done bool) { l.screen.onTick(topic, done) }
	title.TextStyle.Bold = false
	text := t.Title
	if n := itemsDoneText(l.screen.plan, t.ID); n != "" {
		text += " · " + n
	}
	title.SetText(text)
	h.SetText(hours(t.Hours))
}
