package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/advisor"
)

// advisorScreen answers "which exam next?": a short questionnaire, the
// recommendation with its reasons, one or two alternatives with what each
// leads to, and the roadmap on a timeline, with buttons to plan the next
// exam or save the whole roadmap as chained plans.
type advisorScreen struct {
	advisorDeps
	loading  *loading
	inputs   latest // loading what the questionnaire needs: the newest wins
	advising latest // asking the advisor: the newest answers win

	role     *widget.Select
	years    *widget.Entry
	focus    *widget.CheckGroup
	goal     *widget.Select
	hours    *widget.Entry
	heldText *widget.Label
	advise   *widget.Button
	problem  *widget.Label

	next    *widget.Label
	reasons *widget.Label
	alts    *fyne.Container
	// altsPart and roadmapPart are the alternatives and the roadmap with
	// their headings, shown only when there is advice to fill them.
	altsPart, roadmapPart fyne.CanvasObject
	timeline              *timeline
	summary               *widget.Label
	warnings              *widget.Label
	body                  *fyne.Container // the advice, laid out again when it changes

	planNext    *widget.Button
	planRoadmap *widget.Button

	held    []planner.HeldCert
	saved   advisor.Saved
	profile advisor.Profile
	advice  advisor.Advice
}

// advisorDeps is what the advisor uses besides the window, tasks, catalog
// and today: the learner's saved data it advises from (certifications,
// week, the plans already made and the hours they take), the plans a
// roadmap is saved as, and ways on to a new plan.
type advisorDeps struct {
	screenBase
	plans    PlanService
	data     AdvisorService
	planExam func(code string) // starts the set-up of a plan for an exam
	// openNew reloads the list of plans, opens plan id, then calls then.
	openNew func(id int64, then func())
}

func newAdvisorScreen(d advisorDeps) *advisorScreen { return &advisorScreen{advisorDeps: d} }

// noGoal is the goal choice for no particular goal.
const noGoal = "No particular goal"

// buildUI lays out the questionnaire on the left and the advice on the right.
func (s *advisorScreen) buildUI() fyne.CanvasObject {
	s.buildQuestions()
	form := widget.NewForm(
		widget.NewFormItem("Your role", s.role),
		widget.NewFormItem("Years of hands-on AWS work", s.years),
		widget.NewFormItem("Focus", s.focus),
		widget.NewFormItem("Goal", s.goal),
		widget.NewFormItem("Hours a week", s.hours),
		widget.NewFormItem("Held certifications", s.heldText),
	)
	left := container.NewBorder(heading("Which exam next?"), container.NewVBox(s.problem, s.advise), nil, nil,
		container.NewVScroll(form))
	split := newColumns(0.4, left, s.buildAdvice())
	var view fyne.CanvasObject
	s.loading, view = newLoading(container.NewPadded(split), "Thinking…")
	return view
}

// buildQuestions makes the questionnaire's widgets.
func (s *advisorScreen) buildQuestions() {
	roles := make([]string, len(advisor.Roles))
	for i, r := range advisor.Roles {
		roles[i] = string(r)
	}
	s.role = widget.NewSelect(roles, nil)
	s.role.PlaceHolder = "Choose your job"
	s.years = widget.NewEntry()
	s.years.SetPlaceHolder("0 when new to AWS")
	s.focus = widget.NewCheckGroup(advisor.Focus, nil)
	goals := []string{noGoal}
	for _, g := range advisor.Goals {
		goals = append(goals, string(g))
	}
	s.goal = widget.NewSelect(goals, nil)
	s.goal.SetSelected(noGoal)
	s.hours = widget.NewEntry()
	s.heldText = wrapped("")
	s.problem = wrapped("")
	s.problem.Importance = widget.DangerImportance
	s.problem.Hide()
	s.advise = widget.NewButtonWithIcon("Advise me", theme.SearchIcon(), s.onAdvise)
	s.advise.Importance = widget.HighImportance
}

// buildAdvice makes the right-hand side: recommendation, alternatives,
// roadmap and the two ways on.
func (s *advisorScreen) buildAdvice() fyne.CanvasObject {
	s.next = bold(askAgain)
	s.next.Wrapping = fyne.TextWrapWord
	s.reasons = wrapped("")
	s.alts = container.NewVBox()
	s.timeline = newTimeline()
	s.summary = wrapped("")
	s.warnings = wrapped("")
	s.planNext = widget.NewButtonWithIcon("Plan this exam", theme.ContentAddIcon(), s.onPlanNext)
	s.planRoadmap = widget.NewButtonWithIcon("Plan the roadmap", theme.DocumentSaveIcon(), s.onPlanRoadmap)
	s.planNext.Disable()
	s.planRoadmap.Disable()
	s.altsPart = section("Alternatives", s.alts)
	s.roadmapPart = section("Roadmap", container.NewVBox(s.timeline, s.summary))
	s.altsPart.Hide() // until there is advice to fill them
	s.roadmapPart.Hide()
	s.body = container.NewVBox(s.next, s.reasons, s.altsPart, s.roadmapPart, s.warnings)
	advice := container.NewBorder(nil, container.NewHBox(s.planNext, s.planRoadmap), nil, nil, container.NewVScroll(s.body))
	return withMinHeight(adviceMinHeight, advice)
}

// adviceMinHeight is the least height of the advice: below the questions
// at 800x600 it was about 150 px, a few lines of a long roadmap (QA #17);
// it leaves the questions half of an 800x600 window.
const adviceMinHeight = 280

// refresh loads the learner's saved data the advice starts from.
func (s *advisorScreen) refresh() {
	today := s.today()
	runLatest(s.tasks, &s.inputs, s.loading, func(ctx context.Context) (advisor.Saved, error) {
		return s.data.AdvisorData(ctx, today)
	}, s.showInputs, s.fail("load your certifications and plans"))
}

// showInputs fills the certifications held today, as the advice counts
// them (planner.HeldOn; a roadmap's plans get credit for these), with those
// that expired named apart (planner.LapsedBy), and, once, the hours.
func (s *advisorScreen) showInputs(saved advisor.Saved) {
	today := s.today()
	s.saved, s.held = saved, planner.HeldOn(saved.Held, today)
	if s.hours.Text == "" {
		h, _ := saved.WeekHours()
		s.hours.SetText(formatHoursInput(h))
	}
	s.heldText.SetText(heldInputText(saved.Held, today))
}

// heldInputText says which certifications the advice counts as held on
// day today, one a line, each until its expiry as the Certifications
// screen says it, and which expired, so are not counted.
func heldInputText(all []planner.HeldCertification, today catalog.Date) string {
	if len(planner.PassedBy(all, today)) == 0 {
		return "None recorded. Add the ones you hold on the Certifications screen."
	}
	var lines, lapsed []string
	for _, c := range all {
		switch {
		case c.ValidOn(today) && c.Expiry.IsZero():
			lines = append(lines, c.Exam)
		case c.ValidOn(today):
			lines = append(lines, fmt.Sprintf("%s until %s", c.Exam, c.Expiry))
		}
	}
	if len(lines) == 0 {
		lines = append(lines, "None held now.")
	}
	for _, c := range planner.LapsedBy(all, today) {
		lapsed = append(lapsed, fmt.Sprintf("%s on %s", c.Exam, c.Expiry))
	}
	if len(lapsed) > 0 {
		lines = append(lines, "Expired, not counted: "+strings.Join(lapsed, ", "))
	}
	return strings.Join(lines, "\n")
}

// profileOf reads the questionnaire; the error says what to change.
func (s *advisorScreen) profileOf() (advisor.Profile, error) {
	p := s.saved.Apply(advisor.Profile{Role: advisor.Role(s.role.Selected), Focus: s.focus.Selected, Today: s.today()})
	if s.role.Selected == "" {
		return p, fmt.Errorf("choose your role")
	}
	if s.goal.Selected != noGoal {
		p.Goal = advisor.Goal(s.goal.Selected)
	}
	var err error
	if p.Years, err = number(s.years.Text, "years of AWS work", 0); err != nil {
		return p, err
	}
	p.HoursPerWeek, err = number(s.hours.Text, "hours a week", planner.DefaultWeekHours)
	return p, err
}

// number reads a number typed in the questionnaire; empty is def.
func number(text, what string, def float64) (float64, error) {
	t := strings.ReplaceAll(strings.TrimSpace(text), ",", ".")
	if t == "" {
		return def, nil
	}
	x, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, fmt.Errorf("type %s as a number, such as 2", what)
	}
	return x, nil
}

// onAdvise asks the advisor off the UI goroutine and shows its answer.
func (s *advisorScreen) onAdvise() {
	p, err := s.profileOf()
	if err != nil {
		s.showProblem(err)
		return
	}
	runLatest(s.tasks, &s.advising, s.loading, func(context.Context) (advisor.Advice, error) {
		return advisor.Advise(s.cat, p)
	}, func(a advisor.Advice) { s.profile = p; s.showAdvice(a) }, s.showProblem)
}

// showProblem says in one line what to change in the questionnaire, and
// takes away the advice of earlier answers, which no longer stand.
func (s *advisorScreen) showProblem(err error) {
	s.advising.drop()
	s.clearAdvice()
	s.problem.SetText(userMessage(err))
	s.problem.Show()
}

// askAgain is the advice's heading before any answers and after bad ones.
const askAgain = "Answer the questions and press Advise me."
