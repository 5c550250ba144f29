package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// weekView is this week of the plan: its sessions day by day, each with a
// check that ticks its topic.
type weekView struct {
	screen *planScreen
	title  *widget.Label
	box    *fyne.Container
	checks map[string][]*widget.Check
	scroll *chainScroll // handing the wheel on to the page at its end
	// today is the heading of today's sessions, when this week has any.
	today *widget.Label
	// sessionChecks are the checks of sessions with study items, in order.
	sessionChecks []sessionCheck
	// lines are the sessions' study items, kept for the next show.
	lines secondaryLines
}

// sessionCheck is the check that ticks one session's study items.
type sessionCheck struct {
	session planner.Session
	check   *widget.Check
	hours   *widget.Entry
}

func newWeekView(s *planScreen) *weekView {
	return &weekView{screen: s, checks: map[string][]*widget.Check{}}
}

// buildUI lays out the week's title above its days.
func (v *weekView) buildUI() fyne.CanvasObject {
	v.title = bold("This week")
	v.box = container.NewVBox()
	v.scroll = newChainScroll(v.box)
	v.scroll.SetMinSize(fyne.NewSize(0, weekMinHeight))
	return container.NewBorder(v.title, nil, nil, nil, v.scroll)
}

// weekMinHeight keeps this week's days in room to read when the columns
// stack (at 800x600): the domains and the whole plan under it had the
// room they need kept, and the week got what was left, about 150 px (QA).
const weekMinHeight = 240

// shownWeek picks the week to show: the one holding today, else the first
// (before the plan starts) or none (after the exam).
func shownWeek(p planner.Plan, today catalog.Date) (int, string) {
	if i := p.Week(today); i >= 0 {
		return i, "This week"
	}
	if len(p.Weeks) > 0 && today.Before(p.Weeks[0].Start) {
		return 0, "Your first week"
	}
	return -1, "This week"
}

// show fills the view with the week holding today.
func (v *weekView) show() {
	p := v.screen.plan
	v.box.Objects = nil
	v.checks, v.sessionChecks = map[string][]*widget.Check{}, nil
	v.lines.startShow()
	i, title := shownWeek(p.Schedule, v.screen.today())
	if i < 0 {
		v.title.SetText(title)
		v.fitEmpty(true)
		v.box.Add(wrapped("No study is planned for this week: " + endedText(p)))
		v.box.Refresh()
		return
	}
	w := p.Schedule.Weeks[i]
	v.title.SetText(fmt.Sprintf("%s: %s to %s, %s planned", title, shortDay(w.Start), shortDay(w.End),
		hours(w.PlannedHours)))
	v.fitEmpty(len(w.Sessions) == 0)
	v.today = nil
	v.addDays(w)
	v.box.Refresh()
	if v.today != nil {
		v.scroll.ScrollToOffset(fyne.NewPos(0, v.today.Position().Y))
	}
}

// endedText says when plan p ended: on its exam day, or on the day its
// exam was passed, after which it offers nothing (planner.Plan.UpToPass).
func endedText(p planner.StudyPlan) string {
	if !p.Passed.IsZero() {
		return "the plan is done, its exam passed on " + longDay(p.Passed) + "."
	}
	return "the plan ended on " + p.Schedule.ExamDate.String() + "."
}

// fitEmpty keeps room for a week's days, or, for a week with nothing
// planned, only its line: at 800x600 an empty box of weekMinHeight pushed
// the plan below the fold.
func (v *weekView) fitEmpty(empty bool) {
	h := float32(weekMinHeight)
	if empty {
		h = 0
	}
	v.scroll.SetMinSize(fyne.NewSize(0, h))
}

// addDays adds each day of w with its sessions, and its days off.
func (v *weekView) addDays(w planner.Week) {
	if len(w.Sessions) == 0 {
		s := v.screen
		v.box.Add(wrapped(emptyWeekText(s.plan, w, s.others, s.today()) + nextSessionText(s.plan.Schedule, w)))
	}
	var day catalog.Date
	for _, x := range w.Sessions {
		if x.Date != day {
			day = x.Date
			v.box.Add(v.dayHeading(day))
		}
		v.box.Add(v.sessionRow(x))
	}
	for _, off := range w.DaysOff {
		l := wrapped(fmt.Sprintf("%s: %s, no study", dayName(off.Date), off.Reason)) // a long holiday name wraps
		l.TextStyle.Italic = true
		v.box.Add(l)
	}
}

// sessionRow is a check for the topic the session counts toward, its title
// and its hours; a session with study items to tick ticks those items
// instead. A review's check is its domain review's, and the items it
// revisits are listed under it without ticks of their own.
func (v *weekView) sessionRow(x planner.Session) fyne.CanvasObject {
	if len(x.TickItems()) > 0 {
		return v.itemSessionRow(x)
	}
	topic := x.WorkTopic()
	c := widget.NewCheck("", nil)
	c.SetChecked(v.screen.plan.Progress[topic].Done)
	c.OnChanged = func(done bool) { v.screen.onTick(topic, done) }
	v.checks[topic] = append(v.checks[topic], c)
	row := newTickRow(c, wrapped(x.Title), widget.NewLabel(hours(x.Hours)))
	if len(x.Items) == 0 {
		return row
	}
	return container.NewVBox(row, v.itemLines(x))
}

// setChecked shows a topic's tick on every check for it.
func (v *weekView) setChecked(topic string, done bool) {
	for _, c := range v.checks[topic] {
		if c.Checked != done {
			f := c.OnChanged
			c.OnChanged = nil
			c.SetChecked(done)
			c.OnChanged = f
		}
	}
}

// planRow is one row of the whole plan: a week heading (item < 0) or a
// topic's work in that week; week doneWeek marks the "Done so far" part,
// whose item is a topic's index in the schedule.
type planRow struct {
	week, item int
}

// doneWeek is planRow.week for the rows of what is done.
const doneWeek = -1

// planList is the whole plan, week by week, with a check per topic.
type planList struct {
	screen  *planScreen
	list    *widget.List
	heights *rowHeights // each row as tall as its title's lines
	rows    []planRow
	page    *container.Scroll // the plan screen's, scrolled by the wheel at the list's end
}

func newPlanList(s *planScreen) *planList { return &planList{screen: s} }

// buildUI makes the list.
func (l *planList) buildUI() fyne.CanvasObject {
	l.list = widget.NewList(func() int { return len(l.rows) }, l.newWheelRow, l.fillRow)
	l.list.OnSelected = func(id widget.ListItemID) { l.list.Unselect(id) }
	// Measured with the text alone: a row's height does not hang on its tick.
	l.heights = newRowHeights(l.list, newPlanRowProbe, l.rowKey,
		func(id widget.ListItemID, o fyne.CanvasObject) { l.fillText(id, o) })
	// A five years' plan has 700 rows, 20 to 30 ms to measure: the rows
	// in sight first, the rest in the frames after.
	l.heights.later, l.heights.atOnce = l.screen.tasks.later, rowsAtOnce
	l.heights.renewed = func(list *widget.List) { l.list = list }
	return l.heights.object()
}

// show lists the plan's weeks and scrolls to the one holding today.
func (l *planList) show() {
	var scroll int
	l.rows, scroll = planRows(l.screen.plan, l.screen.today())
	l.heights.measureFrom(scroll) // refreshes the list
	l.list.ScrollTo(scroll)
}

// planRows are plan p's rows in the whole plan: what is done so far, then
// each week's heading and work; current is the row of the week holding
// today.
func planRows(p planner.StudyPlan, today catalog.Date) (rows []planRow, current int) {
	rows = doneRows(p)
	week, _ := shownWeek(p.Schedule, today)
	for wi, w := range p.Schedule.Weeks {
		if wi == week {
			current = len(rows)
		}
		rows = append(rows, planRow{week: wi, item: -1})
		for ii := range w.Items {
			rows = append(rows, planRow{week: wi, item: ii})
		}
	}
	return rows, current
}

// newPlanRow is an empty row: check, title and hours. The title wraps and
// the row grows with it: cut short, "Diagnostic practice set, shortened
// (15 of 45 …" hid what to study.
func newPlanRow() fyne.CanvasObject {
	return newTickRow(widget.NewCheck("", nil), wrapped(""), widget.NewLabel(""))
}

// newWheelRow is a newPlanRow whose wheel scrolls the list, or the page
// at the list's end.
func (l *planList) newWheelRow() fyne.CanvasObject {
	return container.NewStack(newPlanRow(),
		newWheelPass(func(ev *fyne.ScrollEvent) { scrollListOrPage(l.list, l.page, ev) }))
}

// planRowIn is the row of newPlanRow (or newPlanRowProbe) in o: o itself,
// or under its wheelPass in a row of newWheelRow.
func planRowIn(o fyne.CanvasObject) *fyne.Container {
	c := o.(*fyne.Container)
	if _, ok := c.Layout.(tickRowLayout); ok {
		return c
	}
	return c.Objects[0].(*fyne.Container)
}

// newPlanRowProbe is a row to measure the whole plan's rows with: a
// newPlanRow with a space the size of the check for the check, whose
// refresh redrew its icon for each row measured and doubled the time a
// year's plan took to show (BenchmarkShowPlan).
func newPlanRowProbe() fyne.CanvasObject {
	space := canvas.NewRectangle(color.Transparent)
	space.SetMinSize(widget.NewCheck("", nil).MinSize())
	return newTickRow(space, wrapped(""), widget.NewLabel(""))
}

// planRowText is what a row of the whole plan says: a title and hours,
// and the topic its check ticks ("" for a heading, which has no check).
type planRowText struct {
	title, hours, topic string
}

// rowKey is what row id shows, for rowHeights: a heading's title is bold
// and has no check beside it.
func (l *planList) rowKey(id widget.ListItemID) string {
	row := l.rowText(l.rows[id])
	shape := "topic"
	if row.topic == "" {
		shape = "heading"
	}
	return shape + "\x00" + row.title + "\x00" + row.hours
}

// measureTopic measures again the rows of a topic, whose title says how
// many of its items are done, after a tick: the other rows say what they
// said.
func (l *planList) measureTopic(topic string) {
	var ids []widget.ListItemID
	for id, row := range l.rows {
		if l.rowTopic(row) == topic {
			ids = append(ids, id)
		}
	}
	l.heights.measureRows(ids)
}

// rowTopic is the topic row ticks, "" for a heading.
func (l *planList) rowTopic(row planRow) string {
	switch {
	case row.item < 0:
		return ""
	case row.week == doneWeek:
		return l.screen.plan.Schedule.Topics[row.item].ID
	}
	return l.screen.plan.Schedule.Weeks[row.week].Items[row.item].Topic
}

// fillRow shows row id: a week heading or a topic with its tick.
func (l *planList) fillRow(id widget.ListItemID, o fyne.CanvasObject) {
	topic := l.fillText(id, o)
	check := planRowIn(o).Objects[1].(*widget.Check)
	check.OnChanged = nil
	if topic == "" {
		return
	}
	check.SetChecked(l.screen.plan.Progress[topic].Done)
	check.OnChanged = func(done bool) { l.screen.onTick(topic, done) }
}

// fillText shows row id's title and hours in a row made by newPlanRow or
// newPlanRowProbe, and its check only for a topic, which it returns.
func (l *planList) fillText(id widget.ListItemID, o fyne.CanvasObject) string {
	c := planRowIn(o)
	row := l.rowText(l.rows[id])
	title := c.Objects[0].(*widget.Label)
	title.TextStyle.Bold = row.topic == ""
	title.SetText(row.title)
	c.Objects[2].(*widget.Label).SetText(row.hours)
	if row.topic == "" {
		c.Objects[1].Hide()
	} else {
		c.Objects[1].Show()
	}
	return row.topic
}

// rowText is what row says: a week heading, or a topic with how many of
// its items are done.
func (l *planList) rowText(row planRow) planRowText {
	if row.week == doneWeek {
		return l.doneRowText(row)
	}
	w := l.screen.plan.Schedule.Weeks[row.week]
	if row.item < 0 {
		return planRowText{title: fmt.Sprintf("Week %d: %s to %s", row.week+1, shortDay(w.Start), shortDay(w.End)),
			hours: hours(w.PlannedHours)}
	}
	it := w.Items[row.item]
	return planRowText{title: withItemsDone(l.screen.plan, it.Title, it.Topic), hours: hours(it.Hours), topic: it.Topic}
}

// emptyWeekText says why week w of plan p has nothing to study on today: a
// week whose hours go to the learner's other plans (others) is no break,
// and it names them.
func emptyWeekText(p planner.StudyPlan, w planner.Week, others planner.WeekBudget, today catalog.Date) string {
	if taken := others.Sharing(max(w.Start, today), w.End); len(taken) > 0 && takenIn(others.Taken, w) {
		names := make([]string, len(taken))
		for i, s := range taken {
			names[i] = s.Exam
		}
		return "Nothing planned for this plan this week: the week is taken by " + joinAnd(names)
	}
	if w.CapacityHours == 0 && len(w.DaysOff) == 0 && p.Input.Hours.Total() > 0 {
		return "Nothing planned this week: your other plans take this week's study hours"
	}
	return "Nothing to study this week: enjoy the break"
}

// takenIn reports whether taken puts study time on a day of week w.
func takenIn(taken map[catalog.Date]float64, w planner.Week) bool {
	for d := w.Start; !d.After(w.End); d = d.AddDays(1) {
		if taken[d] > 0 {
			return true
		}
	}
	return false
}

// nextSessionText says, after an empty week w of plan p, the day of the
// next session: "; next session on Monday 7 December." ("." when none).
func nextSessionText(p planner.Plan, w planner.Week) string {
	for _, later := range p.Weeks {
		if later.Start.After(w.Start) && len(later.Sessions) > 0 {
			return "; next session on " + dayName(later.Sessions[0].Date) + "."
		}
	}
	return "."
}
