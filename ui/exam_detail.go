package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// examDetail is the catalog's right-hand pane: one exam in full.
type examDetail struct {
	cat    *catalog.Catalog
	today  func() catalog.Date
	box    *fyne.Container
	plan   *widget.Button
	onPlan func()
}

func newExamDetail(cat *catalog.Catalog, today func() catalog.Date) *examDetail {
	return &examDetail{cat: cat, today: today}
}

// buildUI makes the pane with its empty state.
func (d *examDetail) buildUI() fyne.CanvasObject {
	d.plan = widget.NewButtonWithIcon("Plan this exam", theme.NavigateNextIcon(), func() { d.onPlan() })
	d.plan.Importance = widget.HighImportance
	d.box = container.NewVBox(wrapped(
		"Pick an exam on the left to see its format, its domains and what it renews; then plan it."))
	return container.NewVScroll(container.NewPadded(d.box))
}

// show fills the pane with exam e.
func (d *examDetail) show(e *catalog.Exam) {
	d.box.Objects = nil
	d.box.Add(heading(e.Code + " · " + e.Name))
	d.box.Add(d.statusLine(e))
	d.box.Add(d.planRow(e))
	d.addSection("Format", d.formatGrid(e))
	d.addSection("Domains", d.domains(e))
	d.addSection("Study items", studyItems(e))
	if set := e.ItemsOrNone(); len(set.ServiceGroups) > 0 {
		d.addSection("AWS services in scope", servicesInScope(set))
	}
	if rs := e.Resources(); len(rs) > 0 {
		d.addSection("Preparation resources", resourceList(rs))
	}
	d.addSection("Renewal and versions", d.renewal(e))
	if e.RecommendedExperience != "" {
		d.addSection("Recommended experience", wrapped(e.RecommendedExperience))
	}
	d.box.Refresh()
}

func (d *examDetail) addSection(title string, body fyne.CanvasObject) {
	d.box.Add(widget.NewSeparator())
	d.box.Add(bold(title))
	d.box.Add(body)
}

// statusLine shows the badge, the level and the dates the exam can be taken.
func (d *examDetail) statusLine(e *catalog.Exam) fyne.CanvasObject {
	b := newBadge()
	b.set(examStatus(e, d.today()))
	parts := []string{string(e.Level)}
	if !e.AvailableFrom.IsZero() {
		parts = append(parts, "bookable from "+e.AvailableFromText) // as published: "2022-08" stays a month
	}
	if !e.LastDay.IsZero() {
		parts = append(parts, "last day "+e.LastDay.String())
	}
	line := container.NewBorder(nil, nil, container.NewCenter(b), nil, wrapped(strings.Join(parts, " · ")))
	if e.StatusNote == "" {
		return line
	}
	return container.NewVBox(line, wrapped(e.StatusNote))
}

// planRow is the "Plan this exam" button, or why the exam cannot be planned.
func (d *examDetail) planRow(e *catalog.Exam) fyne.CanvasObject {
	est := wrapped(estimateText(e))
	if today := d.today(); e.StatusOn(today) == catalog.Retired {
		d.plan.Disable()
		return container.NewVBox(wrapped(sentence(d.cat.CannotTake(e, today))), est)
	}
	d.plan.Enable()
	return container.NewVBox(container.NewHBox(d.plan), est)
}

// estimateText gives the exam's study hours and why, saying once that the
// figure is certplan's estimate and not AWS's.
func estimateText(e *catalog.Exam) string {
	whose := " certplan's estimate, not AWS's."
	if strings.Contains(e.StudyHoursRationale, "estimate") {
		whose = "" // the rationale says so itself
	}
	return strings.TrimSpace(fmt.Sprintf("About %s of study with some AWS experience:%s %s",
		hours(e.StudyHours), whose, e.StudyHoursRationale))
}

// sentence makes a one-line reason a sentence: a capital and a full stop.
func sentence(s string) string {
	if s == "" {
		return ""
	}
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// formatGrid lists questions, minutes, passing score and price.
func (d *examDetail) formatGrid(e *catalog.Exam) fyne.CanvasObject {
	f := e.Format
	questions := published(f.Questions, "%d")
	if f.ScoredQuestions != nil && f.Questions != nil {
		questions = fmt.Sprintf("%d (%d scored)", *f.Questions, *f.ScoredQuestions)
	}
	grid := container.New(layout.NewFormLayout(),
		widget.NewLabel("Questions"), widget.NewLabel(questions),
		widget.NewLabel("Minutes"), widget.NewLabel(published(f.Minutes, "%d")),
		widget.NewLabel("Passing score"), widget.NewLabel(published(f.PassingScore, "%d of 1000")),
		widget.NewLabel("Price"), widget.NewLabel(published(f.PriceUSD, "US$%d")),
	)
	return grid
}

// published formats a published number, or says it is not published.
func published(v *int, format string) string {
	if v == nil {
		return "not published yet"
	}
	return fmt.Sprintf(format, *v)
}

// domains shows each domain with its weight as a bar and its task statements.
func (d *examDetail) domains(e *catalog.Exam) fyne.CanvasObject {
	box := container.NewVBox()
	if e.Provisional() {
		box.Add(wrapped(fmt.Sprintf("Not published yet: these are %s's domains, used provisionally.",
			e.ProvisionalFrom)))
	}
	for _, dom := range e.Domains {
		box.Add(domainWeight(dom))
		for _, t := range dom.Topics {
			box.Add(wrapped(t.Number + "  " + t.Title))
		}
	}
	return box
}

// domainWeight is a domain's name above a bar of its weight.
func domainWeight(dom catalog.Domain) fyne.CanvasObject {
	bar := newMeter(0, "weight not published")
	if dom.Weight != nil {
		bar.set(*dom.Weight/100, fmt.Sprintf("%.0f %% of the scored content", *dom.Weight))
	}
	return container.NewVBox(boldWrapped(fmt.Sprintf("%d. %s", dom.Number, dom.Name)), bar)
}

// renewal says what passing renews, and the exam's predecessor and successor.
func (d *examDetail) renewal(e *catalog.Exam) fyne.CanvasObject {
	box := container.NewVBox()
	var names []string
	for _, key := range d.cat.Renews(e.Code) {
		if c, ok := d.cat.Certification(key); ok {
			names = append(names, c.Name+" ("+key+")")
		}
	}
	if len(names) > 0 {
		box.Add(wrapped("Passing it renews: " + strings.Join(names, "; ") + "."))
	}
	if v := e.ValidityYears; v > 0 {
		box.Add(wrapped(fmt.Sprintf("A pass is valid for %d years.", v)))
	}
	if c := d.cat.CertificationOf(e.Code); c != nil && c.RenewalNote != "" {
		box.Add(wrapped(c.RenewalNote))
	}
	if e.Predecessor != "" {
		box.Add(wrapped("Replaces " + e.Predecessor + "."))
	}
	if e.Successor != "" {
		box.Add(wrapped(strings.TrimSpace("Successor: " + e.Successor + ". " + e.SuccessorNote)))
	}
	return box
}
