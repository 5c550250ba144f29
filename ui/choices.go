package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
	"certplan/planner/holiday"
)

// dayLabels name the weekdays, Monday first, as the hours grid shows them.
var dayLabels = [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

// weekHours is a row of seven entries for study hours, Monday first. A
// day whose hours cannot be used has its name in red, and a line under the
// row says what to change for each such day.
type weekHours struct {
	entries  [7]*widget.Entry
	names    [7]*widget.Label
	problems *widget.Label
	onChange func()
}

func newWeekHours(changed func()) *weekHours {
	w := &weekHours{onChange: changed, problems: wrapped("")}
	w.problems.Importance = widget.DangerImportance
	w.problems.Hide()
	for i := range w.entries {
		w.entries[i] = widget.NewEntry()
		w.entries[i].OnChanged = w.typed
		w.names[i] = widget.NewLabelWithStyle(dayLabels[i], fyne.TextAlignCenter, fyne.TextStyle{})
	}
	return w
}

func (w *weekHours) typed(string) {
	w.mark()
	if w.onChange != nil {
		w.onChange()
	}
}

// object lays the entries out under the days' names, and the problems
// under them.
func (w *weekHours) object() fyne.CanvasObject {
	grid := container.NewGridWithColumns(7)
	for _, n := range w.names {
		grid.Add(n)
	}
	for _, e := range w.entries {
		grid.Add(e)
	}
	if w.problems == nil {
		return grid
	}
	return container.NewVBox(grid, w.problems)
}

// keepSize leaves out the line of problems under the row, for a dialog,
// which would grow and move with it (QA #16): the days' names still turn
// red, and the form says the problem when it is confirmed.
func (w *weekHours) keepSize() *weekHours {
	w.problems = nil
	return w
}

// set shows hours without calling changed.
func (w *weekHours) set(h planner.Weekdays) {
	for i, e := range w.entries {
		e.OnChanged = nil
		e.SetText(formatHoursInput(h[i]))
		e.OnChanged = w.typed
	}
	w.mark()
}

// day reads day i's hours, or says, naming the day, why they cannot be
// used: not a number, or out of the range a day holds (planner).
func (w *weekHours) day(i int) (float64, error) {
	h, err := parseNumber(w.entries[i].Text)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", planner.DayName(i), err)
	}
	return h, planner.CheckDayHours(i, h)
}

// mark puts in red the name of each day that cannot be used and says why
// under the row, one line a day.
func (w *weekHours) mark() {
	var problems []string
	for i, n := range w.names {
		_, err := w.day(i)
		if imp := importanceIf(err != nil); n.Importance != imp {
			n.Importance = imp
			n.Refresh()
		}
		if err != nil {
			problems = append(problems, userMessage(err))
		}
	}
	if w.problems == nil {
		return
	}
	w.problems.SetText(strings.Join(problems, "\n"))
	w.problems.Hidden = len(problems) == 0
	w.problems.Refresh()
}

// importanceIf is the danger importance when bad, else the usual one.
func importanceIf(bad bool) widget.Importance {
	if bad {
		return widget.DangerImportance
	}
	return widget.MediumImportance
}

// get reads the hours, or says which day cannot be used and why, or that
// a week of no hours at all cannot be used (planner's LearnerWeek.Check).
func (w *weekHours) get() (planner.Weekdays, error) {
	var h planner.Weekdays
	for i := range w.entries {
		v, err := w.day(i)
		if err != nil {
			return h, err
		}
		h[i] = v
	}
	return h, planner.LearnerWeek{Hours: h}.Check()
}

// experienceLabels are the experience choices as the learner reads them.
var experienceLabels = labelList[planner.Experience]{
	{planner.New, "New to AWS"},
	{planner.Some, "Some hands-on experience"},
	{planner.Experienced, "Experienced"},
}

// newExperienceSelect offers the experience levels.
func newExperienceSelect(changed func(string)) *widget.Select {
	return widget.NewSelect(experienceLabels.labels(), changed)
}

// setExperience selects x ("some" when empty).
func setExperience(s *widget.Select, x planner.Experience) {
	if x == "" {
		x = planner.Some
	}
	if label, ok := experienceLabels.labelOf(x); ok {
		s.SetSelected(label)
	}
}

// experienceOf reads the level selected ("some" when none is).
func experienceOf(s *widget.Select) planner.Experience {
	if x, ok := experienceLabels.valueOf(s.Selected); ok {
		return x
	}
	return planner.Some
}

// noCountry is the country choice for no public holidays.
const noCountry = "None"

// newCountrySelect offers "None" and every country with public holidays.
func newCountrySelect(changed func(string)) *widget.Select {
	out := []string{noCountry}
	for _, c := range holiday.Codes() {
		out = append(out, c+" · "+holiday.Name(c))
	}
	return widget.NewSelect(out, changed)
}

// setCountry selects country code ("None" for "").
func setCountry(s *widget.Select, code string) {
	s.SetSelected(noCountry)
	for _, o := range s.Options {
		if code != "" && strings.HasPrefix(o, strings.ToUpper(code)+" · ") {
			s.SetSelected(o)
		}
	}
}

// countryOf reads the country code selected, "" for none.
func countryOf(s *widget.Select) string {
	code, _, _ := strings.Cut(s.Selected, " · ")
	if code == noCountry {
		return ""
	}
	return code
}

// orderLabels are the orders of first study as the learner reads them.
var orderLabels = labelList[planner.Order]{
	{planner.ByWeight, "Heaviest domains first"},
	{planner.ByGuide, "The exam guide's order"},
}

// newOrderRadio offers the orders of study, heaviest domains first selected.
func newOrderRadio(changed func(string)) *widget.RadioGroup {
	r := widget.NewRadioGroup(orderLabels.labels(), nil)
	r.Horizontal, r.Required = true, true
	r.SetSelected(orderLabels[0].label)
	r.OnChanged = changed
	return r
}

// orderOf reads the order selected (by weight when none is).
func orderOf(r *widget.RadioGroup) planner.Order {
	if o, ok := orderLabels.valueOf(r.Selected); ok {
		return o
	}
	return planner.ByWeight
}
