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

// weekHours is a row of seven entries for study hours, Monday first.
type weekHours struct {
	entries  [7]*widget.Entry
	onChange func()
}

func newWeekHours(changed func()) *weekHours {
	w := &weekHours{onChange: changed}
	for i := range w.entries {
		w.entries[i] = widget.NewEntry()
		w.entries[i].OnChanged = w.typed
	}
	return w
}

func (w *weekHours) typed(string) {
	if w.onChange != nil {
		w.onChange()
	}
}

// object lays the entries out under the days' names.
func (w *weekHours) object() fyne.CanvasObject {
	grid := container.NewGridWithColumns(7)
	for _, d := range dayLabels {
		grid.Add(widget.NewLabelWithStyle(d, fyne.TextAlignCenter, fyne.TextStyle{}))
	}
	for _, e := range w.entries {
		grid.Add(e)
	}
	return grid
}

// set shows hours without calling changed.
func (w *weekHours) set(h planner.Weekdays) {
	for i, e := range w.entries {
		e.OnChanged = nil
		e.SetText(formatHoursInput(h[i]))
		e.OnChanged = w.typed
	}
}

// get reads the hours, or says which day is not a number.
func (w *weekHours) get() (planner.Weekdays, error) {
	var h planner.Weekdays
	for i, e := range w.entries {
		v, err := parseHours(e.Text)
		if err != nil {
			return h, fmt.Errorf("%s: %w", dayLabels[i], err)
		}
		h[i] = v
	}
	return h, nil
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
