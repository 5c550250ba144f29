package ui

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// planFit is the part of the plan screen that tells the truth about the
// plan when it does not fit: how much it covers, what is thinner or left
// out and the two fixes. It also holds "Change dates and hours". Whose
// domains a plan of a provisional exam follows is among its warnings
// (planWarnings).
type planFit struct {
	screen      *planScreen
	text        *widget.Label
	useEarliest *widget.Button
	useHours    *widget.Button
	change      *widget.Button
	// The main fix shows beside "Details", which opens the note and the
	// other fix: shown at once, the header took about 400 px of an
	// 800x600 window and left "This week" about 150 (QA).
	details *widget.Button
	main    *fyne.Container // the main fix and Details
	first   *fyne.Container // the main fix
	more    *fyne.Container // the note and the other fix
	other   *fyne.Container // the other fix
	box     *fyne.Container // all of it, under the banner
	open    bool            // the details show
	// chosen is whether the learner opened or closed the details: until
	// then they show when the window has room for them (pageBesideDetails).
	chosen bool
}

// pageBesideDetails is the height a window keeps for the rest of the plan
// screen besides the details of a plan that does not fit, for them to show
// until the learner closes them: an 800x600 window's, where this week has
// room with the details closed. A 1100x720 window opens a few lines' note;
// a long list of topics left out would take this week's room (QA).
const pageBesideDetails = 600

func newPlanFit(s *planScreen) *planFit { return &planFit{screen: s} }

// buildUI lays out the notes and the fix buttons, hidden until needed.
func (f *planFit) buildUI() fyne.CanvasObject {
	f.text = wrapped("")
	f.useEarliest = widget.NewButton("", f.onUseEarliest)
	f.useHours = widget.NewButton("", f.onUseHours)
	f.change = widget.NewButtonWithIcon("Change dates and hours", theme.DocumentCreateIcon(), f.onChange)
	f.details = widget.NewButtonWithIcon("Details", theme.MenuDropDownIcon(), f.onDetails)
	f.details.Importance = widget.LowImportance
	// One fix a line: side by side they are wider than an 800x600 window.
	f.first, f.other = container.NewStack(f.useEarliest), container.NewStack(f.useHours)
	f.main = container.NewBorder(nil, nil, nil, f.details, f.first)
	f.more = container.NewVBox(f.text, f.other)
	f.main.Hide()
	f.more.Hide()
	f.box = container.NewVBox(f.main, f.more)
	return &fyne.Container{Layout: roomWatch{f.fitRoom}, Objects: []fyne.CanvasObject{f.box}}
}

// onDetails opens or closes the note and the other fix, for good.
func (f *planFit) onDetails() {
	f.open, f.chosen = !f.open, true
	f.showDetails()
}

// fitRoom opens the details when the window has room for them, at
// width, and closes them when it has not, until the learner chose.
func (f *planFit) fitRoom(width float32) {
	if f.chosen || f.screen.win == nil || width <= 0 || f.main.Hidden {
		return
	}
	room := f.screen.win.Canvas().Size().Height - f.detailsHeight(width)
	if roomy := room >= pageBesideDetails; roomy != f.open {
		f.open = roomy
		f.showDetails()
	}
}

// detailsHeight is about how high the details stand at width: the note's
// lines and the other fix.
func (f *planFit) detailsHeight(width float32) float32 {
	return wrappedHeight(f.text.Text, f.text.TextStyle, width) + f.other.MinSize().Height + 2*theme.Padding()
}

// roomBeside is the window's height less the details when they show at
// width: the room the rest of the page has beside them.
func (f *planFit) roomBeside(width float32) float32 {
	if f.screen.win == nil {
		return 0
	}
	room := f.screen.win.Canvas().Size().Height
	if f.open && !f.main.Hidden {
		room -= f.detailsHeight(width)
	}
	return room
}

// wrappedHeight is about how high text stands in a label wrapped at
// width, each of its lines on as many as it needs. Measured by the text,
// for a label never laid out at width has no lines yet.
func wrappedHeight(text string, style fyne.TextStyle, width float32) float32 {
	pad := theme.InnerPadding()
	var lines, height float32
	for _, line := range strings.Split(text, "\n") {
		size := fyne.MeasureText(line, theme.TextSize(), style)
		lines += float32(math.Ceil(float64(size.Width / max(width-2*pad, 1))))
		height = size.Height
	}
	return lines*(height+theme.LineSpacing()) + 2*pad
}

// roomWatch lays out a box alone, and has fit open or close its details
// to the room the window has as it grows or shrinks.
type roomWatch struct{ fit func(width float32) }

// Layout gives the box the whole size, after fitting its details to the
// window's room.
func (r roomWatch) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	r.fit(size.Width)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// MinSize is the box's; none while the box is hidden, so that a hidden
// box leaves no blank band in the header (a plan with no warnings, or done).
func (r roomWatch) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if !objs[0].Visible() {
		return fyne.Size{}
	}
	return objs[0].MinSize()
}

// showDetails shows the note and the other fix when the plan does not
// fit and the learner opened them.
func (f *planFit) showDetails() {
	f.details.SetIcon(theme.MenuDropDownIcon())
	if f.open {
		f.details.SetIcon(theme.MenuDropUpIcon())
	}
	f.more.Hidden = !f.open || f.main.Hidden
	f.box.Refresh()
}

// show fills the notes and buttons for plan p.
func (f *planFit) show(p planner.StudyPlan) {
	sch := p.Schedule
	// A plan whose exam is passed needs no fix and no new dates.
	fits := len(sch.Unscheduled) == 0 || f.screen.done()
	showIf(f.change, !f.screen.done())
	f.text.SetText(fitText(sch))
	f.text.Hidden = fits
	f.useEarliest.Hidden = fits || sch.EarliestExam.IsZero()
	f.useEarliest.SetText("Move the exam to " + sch.EarliestExam.String() + ", the earliest date that fits")
	f.useHours.Hidden = fits || sch.FitWeekdays.Total() == 0
	f.useHours.SetText(fitHoursLabel(sch))
	// The main fix is the earliest date; the hours when there is none.
	main, other := fyne.CanvasObject(f.useEarliest), fyne.CanvasObject(f.useHours)
	if f.useEarliest.Hidden {
		main, other = other, main
	}
	f.first.Objects, f.other.Objects = []fyne.CanvasObject{main}, []fyne.CanvasObject{other}
	f.main.Hidden = fits
	f.fitRoom(f.box.Size().Width)
	for _, o := range []fyne.CanvasObject{f.text, f.useEarliest, f.useHours} {
		o.Refresh()
	}
	f.showDetails()
}

// load reads plan id and, when it does not fit, gives it the fixes that
// fit today around the other active plans: the stored ones were worked out
// around the plans as they were when it was planned, and a plan made or
// changed since may have outdated them (QA: the date offered did not fit).
func (f *planFit) load(ctx context.Context, id int64, today catalog.Date) (planner.StudyPlan, error) {
	p, err := f.screen.plans.Plan(ctx, id)
	if err != nil {
		return p, err
	}
	return withFixesNow(ctx, f.screen.budget, p, today)
}

// withFixesNow gives plan p, when it does not fit, the fixes that fit
// today around the other active plans (BudgetService.FitNow), which the
// stored ones, worked out when it was planned, need not; with no budget
// (nil) it keeps the stored ones.
func withFixesNow(ctx context.Context, budget BudgetService, p planner.StudyPlan, today catalog.Date) (planner.StudyPlan, error) {
	if len(p.Schedule.Unscheduled) == 0 || budget == nil || !p.Passed.IsZero() { // a passed plan needs no fix
		return p, nil
	}
	now, err := budget.FitNow(ctx, p.ID, today)
	if err != nil {
		return p, err
	}
	p.Schedule = p.Schedule.WithFixesOf(now)
	return p, nil
}

// fitText says how much of the work a plan that does not fit covers, how
// many topics get less time and which are left out, by title; "" when it
// fits. Its fixes show above it, so it no longer ends "To fit it all:". Topic IDs are not shown: a learner knows topics by their titles.
func fitText(p planner.Plan) string {
	if len(p.Unscheduled) == 0 {
		return ""
	}
	out := map[string]bool{}
	for _, u := range p.LeftOut() {
		out[u.Topic] = true
	}
	thinner := 0
	var left []string
	for _, u := range p.Unscheduled {
		if out[u.Topic] {
			left = append(left, strings.TrimSuffix(u.Title, "."))
		} else {
			thinner++
		}
	}
	s := fmt.Sprintf("This plan covers %d %% of the %s left to study when it was planned, on %s.",
		p.CoveredPercent(), hours(p.RequiredHours), cmp.Or(p.Today, p.Start))
	if thinner > 0 {
		s += fmt.Sprintf(" %s get less time than they need.", countLabel(thinner, "topic", "topics"))
	}
	if len(left) > 0 {
		s += " Left out: " + strings.Join(left, "; ") + "."
	}
	return s
}

// onUseEarliest moves the saved plan's exam to the earliest date that fits:
// an edit of the exam day alone, which names no week (`certplan edit --exam`).
func (f *planFit) onUseEarliest() {
	in := f.screen.plan.Input
	in.ExamDate = f.screen.plan.Schedule.EarliestExam
	f.apply(in, f.screen.plans.EditPlanInWeek)
}

// onUseHours sets the saved plan's hours to those that fit, spread over
// the week within the day limit the button names: they become the
// learner's week (`certplan edit --weekdays`).
func (f *planFit) onUseHours() {
	in := f.screen.plan.Input
	in.Hours = f.screen.plan.Schedule.FitWeekdays
	c := dialog.NewConfirm("Change your study week?", useHoursQuestion(in.Hours), func(ok bool) {
		if ok {
			f.apply(in, f.screen.plans.EditPlanWithWeek)
		}
	}, f.screen.win)
	c.SetConfirmText("Use " + hours(in.Hours.Total()) + " a week")
	c.SetDismissText("Cancel")
	showFitted(c, f.screen.win)
}

// useHoursQuestion asks before the hours that fit become the learner's
// week, which every plan following it shares.
func useHoursQuestion(week planner.Weekdays) string {
	return fmt.Sprintf("Your study week becomes %s a week: %s.\n\nYour week is shared by all your plans: this changes it "+
		"for every plan that follows it, not only this one, and those plans are re-planned within these hours.",
		hours(week.Total()), week.Runs(""))
}

// onChange asks for a new exam date, hours per day and holidays. What
// cannot be used, or is refused when saved, shows inside the form, which
// keeps what was typed.
func (f *planFit) onChange() {
	s := f.screen
	if !s.loaded {
		return
	}
	date := newDateField(s.today, func(catalog.Date) {})
	date.setDate(s.plan.Input.ExamDate)
	week := newWeekHours(func() {}).keepSize()
	week.set(s.plan.Input.Hours)
	country := newCountrySelect(func(string) {})
	setCountry(country, s.plan.Input.Country)
	items := []*widget.FormItem{widget.NewFormItem("Exam date", date.object()),
		widget.NewFormItem("Hours per day", week.object()), widget.NewFormItem("Holidays of", country)}
	var form *checkedForm
	form = s.showCheckedForm("Change dates and hours", "Re-plan", items, func() error {
		in, err := f.readChange(date, week)
		if err != nil {
			return err
		}
		in.Country = countryOf(country)
		// The form names the plan's week, its hours and holidays, even
		// unchanged: it becomes the learner's, as with `certplan edit --hours`.
		f.store(s.plans.EditPlanWithWeek, in, form.saving("change the plan"), form.saved)
		return errSaving
	})
}

// readChange reads the exam date and hours of "Change dates and hours"
// into the plan's input, or says which field to change.
func (f *planFit) readChange(date *dateField, week *weekHours) (planner.Input, error) {
	in := f.screen.plan.Input
	var err error
	if in.ExamDate, err = date.date(); err != nil {
		return in, fieldError{"Exam date", err.Error()}
	}
	if in.Hours, err = week.get(); err != nil {
		return in, fieldError{"Hours per day", err.Error()}
	}
	if why := f.cannotTake(in); why != "" {
		return in, fieldError{"Exam date", why}
	}
	return in, nil
}

// cannotTake says why in's exam cannot be sat on its date, or "".
func (f *planFit) cannotTake(in planner.Input) string {
	if e, ok := f.screen.cat.Exam(in.Exam); ok && !in.ExamDate.IsZero() {
		return f.screen.cat.CannotTake(e, in.ExamDate)
	}
	return ""
}

// apply re-plans the saved plan with in, a fix it offered, as a new
// version stored by edit, and shows it.
func (f *planFit) apply(in planner.Input, edit planEdit) {
	if why := f.cannotTake(in); why != "" {
		dialog.ShowInformation("Change dates and hours", sentence(why), f.screen.win)
		return
	}
	f.store(edit, in, f.screen.savingPlan("change the plan"), func() {})
}

// planEdit stores an edit of a saved plan: PlanService's EditPlanInWeek,
// or EditPlanWithWeek for an edit that names the plan's week.
type planEdit func(ctx context.Context, id int64, in planner.Input) (planner.StudyPlan, planner.WeekChange, error)

// store re-plans the saved plan with in as a new version stored by edit;
// to.fail says why it was refused. Once stored, stored runs, and the
// screen shows the new version while it still shows that plan, and says
// when the edit changed the learner's week for the other plans.
func (f *planFit) store(edit planEdit, in planner.Input, to saveTarget, stored func()) {
	s := f.screen
	id, today := s.plan.ID, s.today()
	shown := func() bool { return s.plan.ID == id }
	runSave(s.tasks, s.loading, saveTarget{shown: always, fail: to.fail}, func(ctx context.Context) (editedPlan, error) {
		in.Today = today
		p, change, err := edit(ctx, id, in)
		return editedPlan{p, change}, err
	}, saved[editedPlan]{apply: func(e editedPlan) {
		stored()
		if shown() {
			s.setPlan(e.plan)
			s.weekNote.refresh(id) // new hours or holidays may have re-fitted the plans within another week
		}
		if len(e.change.Refitted) > 0 {
			dialog.ShowInformation("Your week", weekChangeText(e.change, today), s.win)
		}
	}, done: s.onPlansChanged})
}

// editedPlan is a plan as an edit stored it, and what the edit did to the
// learner's week.
type editedPlan struct {
	plan   planner.StudyPlan
	change planner.WeekChange
}
