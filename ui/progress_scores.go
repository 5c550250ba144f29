package ui

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// scoresView is the Progress screen's practice results: readiness against
// the target, the results per domain over time, and a button to log one.
type scoresView struct {
	scoresDeps
	loadRes latest // loading the results of the plan shown: the newest wins
	summary *widget.Label
	chart   *scoreChart
	log     *widget.Button
	plan    planner.StudyPlan
}

// scoreData is what the view shows for one plan.
type scoreData struct {
	scores    []planner.Score
	readiness planner.Readiness
}

// scoresDeps is what the practice results use: the window, tasks, catalog
// and today, and the results themselves (nil when they cannot be kept).
type scoresDeps struct {
	screenBase
	results ScoreService
	// ticked reloads the plan shown after a result marked one of its
	// practice topics done, its hours with it; nil reloads the results alone.
	ticked func()
}

func newScoresView(d scoresDeps) *scoresView { return &scoresView{scoresDeps: d} }

// buildUI lays out the readiness line, the chart and the button.
func (v *scoresView) buildUI() fyne.CanvasObject {
	v.summary = wrapped("")
	v.chart = newScoreChart()
	v.log = widget.NewButtonWithIcon("Log a practice result…", theme.ContentAddIcon(), v.onLog)
	// The button goes under the chart at its own size: at the chart's side
	// it stretched to the chart's height and covered the legend.
	return section("Practice results", container.NewBorder(v.summary, container.NewHBox(v.log), nil, nil, v.chart))
}

// load reads plan p's results and readiness off the UI goroutine.
func (v *scoresView) load(p planner.StudyPlan) {
	v.plan = p
	svc := v.results
	if svc == nil {
		v.summary.SetText("Practice results cannot be kept with this data.")
		v.log.Disable()
		return
	}
	today := v.today()
	runLatest(v.tasks, &v.loadRes, nil, func(ctx context.Context) (scoreData, error) {
		s, err := svc.Scores(ctx, p.ID)
		if err != nil {
			return scoreData{}, err
		}
		r, err := svc.PlanReadiness(ctx, p.ID, today)
		return scoreData{scores: scoresOf(s), readiness: r}, err
	}, v.show, v.fail("load your practice results"))
}

// show draws the results and the readiness.
func (v *scoresView) show(d scoreData) {
	v.chart.set(d.scores, d.readiness.Target, v.domainNames())
	if len(d.scores) == 0 {
		v.summary.SetText(noScoresText)
		return
	}
	v.summary.SetText(readinessSentence(d.readiness) + "\n" + readinessNote)
}

// readinessNote says in one line how readiness is estimated, in the words
// of planner/readiness.go, so that figures other than those entered make
// sense: recent results count most and the study done counts too.
const readinessNote = "How this is estimated: recent results count most, " +
	"and the study you have done counts as half of one more result, " +
	"so before you study a domain its estimate sits below the scores you typed."

// noScoresText is what the practice results say before the first.
const noScoresText = "No practice results yet. Log one after each practice test: " +
	"certplan moves time to the domains below your target when you rebalance."

// readinessSentence says the overall estimate and the domains below target.
func readinessSentence(r planner.Readiness) string {
	text := "Readiness " + r.OverallText() + "."
	var weak []string
	for _, d := range r.BelowTarget() {
		weak = append(weak, fmt.Sprintf("%d. %s %s", d.Number, d.Name, d.EstimateText()))
	}
	if len(weak) > 0 {
		text += " Below target: " + strings.Join(weak, "; ") + ". " + r.MovesText()
	}
	return text
}

// domainNames are the plan's exam domains by number.
func (v *scoresView) domainNames() map[int]string {
	out := map[int]string{}
	if e, ok := v.cat.Exam(v.plan.Schedule.Exam); ok {
		for _, d := range e.Domains {
			out[d.Number] = d.Name
		}
	}
	return out
}

// onLog asks for a result: its date, the overall and each domain's
// percentage and where it came from; then saves it and shows it.
func (v *scoresView) onLog() {
	e, ok := v.cat.Exam(v.plan.Schedule.Exam)
	if !ok {
		return
	}
	f := newScoreForm(e, v.plan, v.today)
	showFixedFormIn(v.win, "Log a practice result", "Save", f.items, func() error {
		s, err := f.score(e, v.today())
		if err != nil {
			return err
		}
		v.saveFor(s, f.practice.topic())
		return nil
	})
}

// save stores s, a result for none of the plan's practice topics, and
// reloads the results.
func (v *scoresView) save(s planner.Score) { v.saveFor(s, "") }

// saveFor stores s and, when topic is one of the plan's practice topics,
// marks it done on s's day in the same save; then reloads what changed.
func (v *scoresView) saveFor(s planner.Score, topic string) {
	id, p := v.plan.ID, v.plan
	to := v.forPlan(p, func() int64 { return v.plan.ID }, "save the practice result")
	reload := func(struct{}) { v.load(p) }
	if topic != "" && v.ticked != nil {
		reload = func(struct{}) { v.ticked() }
	}
	runSave(v.tasks, nil, to, func(ctx context.Context) (struct{}, error) {
		var err error
		if topic == "" {
			_, err = v.results.AddScore(ctx, id, s)
		} else {
			_, err = v.results.AddScoreFor(ctx, id, s, topic)
		}
		return struct{}{}, err
	}, saved[struct{}]{apply: reload})
}

// scoreForm is the fields of the log-a-result dialog.
type scoreForm struct {
	date     *dateField
	overall  *widget.Entry
	domains  map[int]*widget.Entry
	labels   map[int]string // each domain's form label
	source   *widget.Entry
	practice *practiceChoice // which practice topic the result is for
	items    []*widget.FormItem
}

// newScoreForm makes the fields for a result of plan p, for e: its day is
// checked as it is typed by the rule Save keeps, and the practice topic it
// is for follows the day (practiceChoice).
func newScoreForm(e *catalog.Exam, p planner.StudyPlan, today func() catalog.Date) *scoreForm {
	created := catalog.DateFromTime(p.Created.In(time.Local))
	f := &scoreForm{overall: percentEntry("0 to 100"), domains: map[int]*widget.Entry{},
		labels: map[int]string{}, source: widget.NewEntry(), practice: newPracticeChoice(p)}
	f.date = newDateField(today, f.practice.dayChanged)
	f.date.required = "give the day you took the practice test"
	f.date.rule = func(d catalog.Date) error { return planner.CheckScoreDay(e, created, d, today()) }
	f.date.setDate(today())
	f.practice.dayChanged(today())
	f.source.SetPlaceHolder("optional: where it came from")
	f.items = []*widget.FormItem{widget.NewFormItem("Overall %", f.overall), widget.NewFormItem("Taken on", f.date.object()),
		widget.NewFormItem("This result is for", f.practice.sel)}
	for _, d := range e.Domains {
		en := percentEntry("optional, 0 to 100")
		en.Validator = func(s string) error {
			if strings.TrimSpace(s) == "" {
				return nil
			}
			_, err := parsePercent(s)
			return err
		}
		f.domains[d.Number] = en
		f.labels[d.Number] = fmt.Sprintf("%d. %s", d.Number, clipText(d.Name, 40))
		f.items = append(f.items, widget.NewFormItem(f.labels[d.Number], en))
	}
	f.items = append(f.items, widget.NewFormItem("Source", f.source))
	return f
}

// percentEntry is an entry for a percentage, checked as it is typed.
func percentEntry(placeholder string) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(placeholder)
	e.Validator = func(s string) error { _, err := parsePercent(s); return err }
	return e
}

// parsePercent reads a percentage typed by a learner: 0 to 100, "%" allowed.
func parsePercent(s string) (float64, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	if t == "" {
		return 0, errors.New("type a percentage, 0 to 100")
	}
	p, err := strconv.ParseFloat(strings.ReplaceAll(t, ",", "."), 64)
	if err != nil || !(p >= 0 && p <= 100) {
		// What was typed is cut short, so the message keeps to its line.
		return 0, fmt.Errorf("%q is not a percentage: type 0 to 100", clipText(strings.TrimSpace(s), 12))
	}
	return p, nil
}

// score reads the form into a result checked against the exam and today.
func (f *scoreForm) score(e *catalog.Exam, today catalog.Date) (planner.Score, error) {
	var s planner.Score
	var err error
	if s.Date, err = f.date.date(); err != nil {
		return s, fieldError{"Taken on", err.Error()}
	}
	if s.Overall, err = parsePercent(f.overall.Text); err != nil {
		return s, fieldError{"Overall %", err.Error()}
	}
	for n, en := range f.domains {
		if strings.TrimSpace(en.Text) == "" {
			continue
		}
		if s.Domains == nil {
			s.Domains = map[int]float64{}
		}
		if s.Domains[n], err = parsePercent(en.Text); err != nil {
			return s, fieldError{f.labels[n], err.Error()}
		}
	}
	s.Source = strings.TrimSpace(f.source.Text)
	return s, planner.ValidateScore(e, s, today)
}

// clipText shortens s to n runes with an ellipsis.
func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
