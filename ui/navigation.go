package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// navItem is one entry of the sidebar, with its Ctrl+digit shortcut.
type navItem struct {
	screen Screen
	label  string
	icon   func() fyne.Resource
	key    fyne.KeyName
}

// navItems are the screens the sidebar (wide and icons) and the View menu
// lead to, in order. The advisor came last, so it has Ctrl+6 and the
// screens before it keep their shortcuts.
var navItems = []navItem{
	{ScreenPlan, "My plan", theme.HomeIcon, fyne.Key1},
	{ScreenProgress, "Progress", theme.GridIcon, fyne.Key2},
	{ScreenCatalog, "Exam catalog", theme.SearchIcon, fyne.Key3},
	{ScreenAdvisor, "Which exam next?", theme.QuestionIcon, fyne.Key6},
	{ScreenCerts, "Certifications", theme.ConfirmIcon, fyne.Key4},
	{ScreenSettings, "Settings", theme.SettingsIcon, fyne.Key5},
}

// navigation is the sidebar: which plan is shown, a button per screen and
// a button for a new plan.
type navigation struct {
	navDeps
	plans    *widget.Select
	planIDs  []int64
	buttons  map[Screen]*widget.Button
	newPlan  *widget.Button
	updating bool
	compact  map[Screen]*widget.Button // the icon sidebar's buttons
}

// navDeps is what the sidebar does: show a screen, open a plan.
type navDeps struct {
	show     func(Screen)
	openPlan func(id int64)
}

func newNavigation(d navDeps) *navigation {
	return &navigation{navDeps: d, buttons: map[Screen]*widget.Button{}}
}

// buildUI lays out the sidebar.
func (n *navigation) buildUI() fyne.CanvasObject {
	n.plans = widget.NewSelect(nil, n.onPlanChosen)
	n.plans.PlaceHolder = "No plan yet"
	box := container.NewVBox(widget.NewLabelWithStyle("Plan", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		n.plans)
	n.newPlan = widget.NewButtonWithIcon("New plan", theme.ContentAddIcon(), n.onNewPlan)
	box.Add(n.newPlan)
	box.Add(widget.NewSeparator())
	for _, it := range navItems {
		s := it.screen
		b := widget.NewButtonWithIcon(it.label, it.icon(), func() { n.show(s) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		n.buttons[s] = b
		box.Add(b)
	}
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(210, 0))
	return container.NewPadded(container.NewStack(width, box))
}

// setPlans fills the plan switcher and selects plan id.
func (n *navigation) setPlans(plans []planner.PlanSummary, id int64) {
	n.updating = true
	defer func() { n.updating = false }()
	labels := planLabels(plans)
	n.planIDs = make([]int64, len(plans))
	selected := ""
	for i, p := range plans {
		n.planIDs[i] = p.ID
		if p.ID == id {
			selected = labels[i]
		}
	}
	n.plans.SetOptions(labels)
	n.plans.SetSelected(selected)
	if selected == "" {
		n.plans.ClearSelected()
	}
}

// planLabels names each plan as the switcher does: planLabel, with "(2)",
// "(3)" after a label already used, so that no two plans read the same.
func planLabels(plans []planner.PlanSummary) []string {
	labels := make([]string, len(plans))
	seen := map[string]int{}
	for i, p := range plans {
		labels[i] = planLabel(i, p)
		if seen[labels[i]]++; seen[labels[i]] > 1 {
			labels[i] = fmt.Sprintf("%s (%d)", labels[i], seen[labels[i]])
		}
	}
	return labels
}

// planLabel names the i-th plan in the switcher and the Plans menu, and
// says when its exam is passed.
func planLabel(i int, p planner.PlanSummary) string {
	name := p.Name
	if name == "" {
		name = p.Exam
	}
	if !p.Passed.IsZero() {
		return name + " · passed" // done, as `certplan plans` says; its exam date no longer matters
	}
	return fmt.Sprintf("%s · %s", name, p.ExamDate)
}

// setCurrent highlights the button of the screen shown.
func (n *navigation) setCurrent(s Screen) {
	n.setCompactCurrent(s)
	highlight(n.buttons, s)
}

// onPlanChosen shows the plan picked in the switcher.
func (n *navigation) onPlanChosen(string) {
	if n.updating {
		return
	}
	if i := n.plans.SelectedIndex(); i >= 0 && i < len(n.planIDs) {
		n.openPlan(n.planIDs[i])
	}
}

// onNewPlan starts a new plan by choosing its exam in the catalog.
func (n *navigation) onNewPlan() { n.show(ScreenCatalog) }
