package ui

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// setupScreen is where a learner sets up a new plan: exam, date, hours,
// held certifications, experience, holidays, time off and an optional
// hours override, with a live preview of whether it fits.
type setupScreen struct {
	setupDeps
	defaults   latest // loading the defaults at an entry: the newest wins
	loading    *loading
	exam       *widget.Select
	examCodes  []string
	examDate   *dateField
	start      *dateField
	hours      *weekHours
	experience *widget.Select
	order      *widget.RadioGroup
	country    *widget.Select
	override   *widget.Entry
	held       *heldList
	timeOff    *timeOffList
	preview    *setupPreview
	create     *widget.Button
	sameExam   *widget.Label // the note under the exam of other plans for it
	// refused says why the exam asked for (from the catalog) is not
	// offered; "" once an exam is chosen.
	refused string
	// draft is set once the learner has changed the form and until the
	// plan is created: leaving the set-up and coming back keeps it.
	draft bool
	// filling counts the fills under way (an entry, the defaults), whose
	// changes are not the learner's.
	filling int
}

// setupDeps is what the set-up uses besides the window, tasks, catalog
// and today: the services it reads defaults from and creates the plan
// with, what the entry into it means, and a way to open the new plan.
type setupDeps struct {
	screenBase
	plans     PlanService
	records   RecordService
	settings  SettingsService
	budget    BudgetService // may be nil: then the plan has the whole week
	shownExam func() string // the exam of the plan shown, or ""
	// activePlans are the learner's plans not archived, as listed now.
	activePlans func() []planner.PlanSummary
	// takeEntry is what this entry into the set-up means (the exam chosen
	// in the catalog, a renewal's dates); empty for "New plan".
	takeEntry func() setupEntry
	// openNew reloads the list of plans, opens plan id, then calls then
	// (may be nil).
	openNew func(id int64, then func())
}

func newSetupScreen(d setupDeps) *setupScreen {
	s := &setupScreen{setupDeps: d}
	s.preview = newSetupPreview(s)
	s.held = newHeldList(d.screenBase, d.records, s.onEdited)
	s.timeOff = newTimeOffList(d.screenBase, s.onEdited)
	return s
}

// buildUI lays out the form on the left and the preview on the right.
func (s *setupScreen) buildUI() fyne.CanvasObject {
	s.buildFields()
	s.create = widget.NewButtonWithIcon("Create plan", theme.ConfirmIcon(), s.onCreate)
	s.create.Importance = widget.HighImportance
	s.sameExam = wrapped("")
	s.sameExam.Hide()
	form := widget.NewForm(
		widget.NewFormItem("Exam", container.NewVBox(s.exam, s.sameExam)),
		widget.NewFormItem("Exam date", s.examDate.object()),
		widget.NewFormItem("Start studying", s.start.object()),
		widget.NewFormItem("Hours per day", s.hours.object()),
		widget.NewFormItem("Experience", s.experience),
		widget.NewFormItem("Study order", s.order),
		widget.NewFormItem("Holidays of", s.country),
		widget.NewFormItem("Held certifications", s.held.buildUI()),
		widget.NewFormItem("Time off", s.timeOff.buildUI()),
		// Its hint wraps: on one line, as a HintText, it widened the form
		// past its column at 1100x720 and cut the fields off on the right.
		widget.NewFormItem("Total hours", container.NewVBox(s.override, wrappedHint(overrideHint))),
	)
	form.Items[1].HintText = "Leave empty for the earliest date that fits"
	form.Items[2].HintText = "Leave empty to start today"
	formScroll := container.NewVScroll(clearOfScrollBar(form))
	left := container.NewBorder(heading("Set up your plan"), nil, nil, nil, formScroll)
	// The preview gives up a little width at 1100x720 so that the form,
	// clear of its scroll bar, still fits its column.
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(300, 0))
	right := container.NewStack(width, s.preview.buildUI())
	// The verdict and Create stay in sight under both columns, however
	// small the window: at 800x600 they fell off the foot of a stacked column.
	bar := container.NewBorder(nil, nil, nil, container.NewVBox(layout.NewSpacer(), s.create), s.preview.verdictBar())
	// At 800x600 the columns stack and the page scrolls the whole form and
	// the whole preview: a squeezed preview showed one line of it.
	body := container.NewBorder(nil, bar, nil, nil, newPageColumns(0.62, left, right, formScroll, s.preview.scroll))
	var view fyne.CanvasObject
	s.loading, view = newLoading(container.NewPadded(body), "Loading your defaults…")
	return view
}

// overrideHint says what "Total hours" is for.
const overrideHint = "Optional: your own estimate of the study hours; review and practice exams come on top"

// buildFields makes the input widgets.
func (s *setupScreen) buildFields() {
	s.exam, s.examCodes = examPicker(s.cat, s.today())
	s.exam.OnChanged = func(string) {
		if s.exam.SelectedIndex() >= 0 {
			s.refused = ""
		}
		if s.examDate != nil {
			s.examDate.revalidate() // the exam chosen may not be offered on it
		}
		s.onEdited()
	}
	s.examDate = newDateField(s.today, func(catalog.Date) { s.onEdited() })
	s.examDate.rule = s.checkExamDate
	s.start = newDateField(s.today, func(catalog.Date) {
		s.examDate.revalidate() // the exam date must still come after it
		s.onEdited()
	})
	s.hours = newWeekHours(s.onEdited)
	s.experience = newExperienceSelect(func(string) { s.onEdited() })
	s.order = newOrderRadio(func(string) { s.onEdited() })
	s.country = newCountrySelect(func(string) { s.onEdited() })
	s.override = widget.NewEntry()
	s.override.SetPlaceHolder("catalog estimate")
	s.override.OnChanged = func(string) { s.onEdited() }
}

// refresh starts the form again at each entry: the learner's saved
// defaults and held certifications, plus what the entry means.
func (s *setupScreen) refresh() {
	entry := s.takeEntry()
	if s.keepsDraft(entry) {
		s.onEdited() // today may have moved on: plan the draft again
		return
	}
	if entry.exam == "" {
		entry.exam = s.shownExam()
	}
	s.fill(func() { s.reset(entry) })
	runLatest(s.tasks, &s.defaults, s.loading, s.loadDefaults, s.applyDefaults, func(err error) {
		s.applyDefaults(setupDefaults{})
		s.fail("load your default hours")(err)
	})
}

// keepsDraft reports whether an entry leaves the learner's draft as it is:
// one that asks for no other exam and no dates (New plan, or the same exam
// planned again from the catalog).
func (s *setupScreen) keepsDraft(entry setupEntry) bool {
	same := entry.exam == "" || (s.exam.SelectedIndex() >= 0 && s.examCodes[s.exam.SelectedIndex()] == catalog.NormalizeCode(entry.exam))
	return s.draft && same && entry.examDate.IsZero() && entry.start.IsZero()
}

// fill runs f, whose changes to the form are not the learner's.
func (s *setupScreen) fill(f func()) {
	s.filling++
	defer func() { s.filling-- }()
	f()
}

// setupDefaults are what a new plan starts from: the learner's settings
// and the certifications they hold.
type setupDefaults struct {
	settings planner.Settings
	held     []planner.HeldCertification
}

// loadDefaults reads the settings and held certifications.
func (s *setupScreen) loadDefaults(ctx context.Context) (setupDefaults, error) {
	st, _, err := s.settings.Settings(ctx)
	if err != nil {
		return setupDefaults{}, err
	}
	held, err := s.records.Certifications(ctx)
	return setupDefaults{settings: st, held: held}, err
}

// applyDefaults fills hours, experience, country and the certifications
// still held today.
func (s *setupScreen) applyDefaults(d setupDefaults) {
	st := d.settings.WithDefaults()
	s.fill(func() {
		s.hours.set(st.Hours)
		setExperience(s.experience, st.Experience)
		setCountry(s.country, st.Country)
		s.held.set(planner.HeldOn(d.held, s.today()))
		s.onEdited()
	})
}

// setExam chooses exam code as the target.
func (s *setupScreen) setExam(code string) {
	for i, c := range s.examCodes {
		if c == code {
			s.exam.SetSelectedIndex(i)
			return
		}
	}
	// Not offered: retired today. Say why and what to plan instead.
	if e, ok := s.cat.Exam(code); ok {
		s.exam.ClearSelected()
		s.refused = sentence(s.cat.CannotTake(e, s.today()))
		s.onEdited()
	}
}

// input reads the form into a planner input (starting today), or says
// what to fix.
func (s *setupScreen) input() (planner.Input, error) {
	in := planner.Input{Start: s.today(), Held: s.held.certs(), TimeOff: s.timeOff.spans()}
	if start, err := s.start.date(); err != nil {
		return in, fmt.Errorf("start studying: %w", err)
	} else if start.After(in.Start) {
		in.Start = start
	}
	i := s.exam.SelectedIndex()
	if i < 0 && s.refused != "" {
		return in, errors.New(s.refused)
	}
	if i < 0 {
		return in, fmt.Errorf("choose the exam you are aiming for")
	}
	in.Exam = s.examCodes[i]
	s.noteSameExam(in.Exam)
	var err error
	if in.ExamDate, err = s.examDate.parse(s.examDate.entry.Text); err != nil {
		return in, fmt.Errorf("exam date: %w", err)
	}
	if !in.ExamDate.IsZero() {
		if err := s.checkExamDate(in.ExamDate); err != nil {
			return in, err // it names the exam date itself
		}
	}
	if in.Hours, err = s.hours.get(); err != nil {
		return in, err
	}
	if in.HoursOverride, err = parseHours(s.override.Text); err != nil {
		return in, fmt.Errorf("total hours: %w", err)
	}
	if in.HoursOverride == 0 && strings.TrimSpace(s.override.Text) != "" {
		return in, fmt.Errorf("total hours: 0 is no estimate: give the study hours you expect, or leave it empty for the catalog's")
	}
	in.Experience = experienceOf(s.experience)
	in.Order = orderOf(s.order)
	in.Country = countryOf(s.country)
	return in, in.Validate(s.cat)
}

// checkExamDate says why d cannot be the exam date: not after the first
// day of study, or a day the exam chosen cannot be taken on.
func (s *setupScreen) checkExamDate(d catalog.Date) error {
	start := s.today()
	if from, err := s.start.date(); err == nil && from.After(start) {
		start = from
	}
	if err := planner.CheckExamDate(start, d); err != nil {
		return err
	}
	if i := s.exam.SelectedIndex(); i >= 0 {
		if e, ok := s.cat.Exam(s.examCodes[i]); ok && s.cat.CannotTake(e, d) != "" {
			return errors.New(sentence(s.cat.CannotTake(e, d)))
		}
	}
	return nil
}

// onEdited re-plans the preview after any change.
func (s *setupScreen) onEdited() {
	if s.preview.verdict == nil {
		return // still building
	}
	if s.filling == 0 {
		s.draft = true
	}
	in, err := s.input()
	if err != nil {
		s.preview.showProblem(err)
		s.create.Disable()
		return
	}
	s.create.Enable()
	s.preview.update(in)
}

// onCreate stores the plan and opens it.
func (s *setupScreen) onCreate() {
	in, err := s.input()
	if err != nil {
		s.preview.showProblem(err)
		return
	}
	s.create.Disable()
	runTask(s.tasks, s.loading, func(ctx context.Context) (planner.StudyPlan, error) {
		return s.plans.CreatePlan(ctx, "", in)
	}, s.onCreated, func(err error) {
		s.create.Enable()
		s.fail("create the plan")(err)
	})
}

// onCreated shows the new plan.
func (s *setupScreen) onCreated(p planner.StudyPlan) {
	s.create.Enable()
	s.draft = false
	s.openNew(p.ID, nil)
}
