package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// catalogRow is one row of the exam list: a level heading or an exam.
type catalogRow struct {
	level catalog.Level
	exam  *catalog.Exam
}

// catalogScreen lists every exam by level with its status, finds exams by
// code or name and shows one exam in full, with "Plan this exam".
type catalogScreen struct {
	catalogDeps
	search   *widget.Entry
	list     *widget.List
	heights  *rowHeights // each row as tall as its exam's name
	rows     []catalogRow
	detail   *examDetail
	selected *catalog.Exam
	advise   *widget.Button // opens the advisor
	noMatch  *widget.Label  // shown when the search finds nothing
}

// catalogDeps is what the catalog screen uses: the catalog, today (for
// each exam's status), the exam of the plan shown, and ways on to the
// advisor and to the set-up of a plan.
type catalogDeps struct {
	cat        *catalog.Catalog
	today      func() catalog.Date
	shownExam  func() string // the exam of the plan shown, or ""
	showScreen func(Screen)
	planExam   func(code string) // starts the set-up of a plan for an exam
}

func newCatalogScreen(d catalogDeps) *catalogScreen {
	return &catalogScreen{catalogDeps: d, detail: newExamDetail(d.cat, d.today)}
}

// buildUI lays out the search, the list and the detail pane.
func (s *catalogScreen) buildUI() fyne.CanvasObject {
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder("Search by code, name or AWS service, e.g. SAA, security or Kinesis")
	s.search.OnChanged = s.onSearch
	s.list = widget.NewList(func() int { return len(s.rows) }, newCatalogRow, s.fillRow)
	s.list.OnSelected = s.onSelected
	s.heights = newRowHeights(s.list, newCatalogRow, s.rowKey, s.fillRow)
	s.detail.onPlan = s.onPlanExam
	s.rows = filterExams(s.cat.Exams(), "")
	s.advise = widget.NewButtonWithIcon("Which exam next?", theme.QuestionIcon(), func() { s.showScreen(ScreenAdvisor) })
	s.advise.Importance = widget.LowImportance
	s.noMatch = widget.NewLabel("")
	s.noMatch.Wrapping = fyne.TextWrapWord
	s.noMatch.Hide()
	top := container.NewVBox(container.NewBorder(nil, nil, nil, s.advise, heading("Choose an exam")), s.search, s.noMatch)
	left := container.NewBorder(top, nil, nil, nil, withMinHeight(catalogListMinHeight, s.heights.object()))
	split := newColumns(0.42, left, s.detail.buildUI())
	return split
}

// catalogListMinHeight keeps the exam list half of an 800x600 window
// when the columns stack: it got about three rows above the detail (QA).
const catalogListMinHeight = 300

// refresh shows the exam of the plan shown when no exam is picked yet;
// the catalog itself is read-only.
func (s *catalogScreen) refresh() {
	if code := s.shownExam(); s.selected == nil && code != "" {
		s.selectExam(code)
	}
}

// filterExams returns the rows for the exams whose code or name contains
// query (ignoring case), or whose in-scope AWS services do, with a heading
// before each level: first the exams whose code starts with query, then
// those whose name has it, then the rest, each in the catalog's order.
func filterExams(exams []*catalog.Exam, query string) []catalogRow {
	q := strings.ToLower(strings.TrimSpace(query))
	var tiers [3][]*catalog.Exam
	for _, e := range exams {
		if t := matchTier(e, q); t >= 0 {
			tiers[t] = append(tiers[t], e)
		}
	}
	var rows []catalogRow
	for _, tier := range tiers {
		for _, e := range tier {
			if len(rows) == 0 || rows[len(rows)-1].exam.Level != e.Level {
				rows = append(rows, catalogRow{level: e.Level})
			}
			rows = append(rows, catalogRow{exam: e})
		}
	}
	return rows
}

// matchTier is how well exam e matches q (lower case): 0 when its code
// starts with q (or q is empty), 1 when its code or name has q, 2 when one
// of its services does, -1 when none does.
func matchTier(e *catalog.Exam, q string) int {
	code := strings.ToLower(e.Code)
	switch {
	case strings.HasPrefix(code, q):
		return 0
	case strings.Contains(code, q) || strings.Contains(strings.ToLower(e.Name), q):
		return 1
	case namesService(e, q):
		return 2
	}
	return -1
}

// namesService reports whether one of the exam's in-scope services
// contains q (lower case).
func namesService(e *catalog.Exam, q string) bool {
	for _, name := range e.ItemsOrNone().Services() {
		if strings.Contains(strings.ToLower(name), q) {
			return true
		}
	}
	return false
}

// newCatalogRow is an empty row: code, name and status badge. The name
// wraps: its row grows to hold it.
func newCatalogRow() fyne.CanvasObject {
	code := widget.NewLabelWithStyle("XXX-C00", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	name := wrapped("")
	gap := canvas.NewRectangle(color.Transparent)
	gap.SetMinSize(fyne.NewSize(theme.Padding()*2, 1))
	return container.NewBorder(nil, nil, code, container.NewHBox(container.NewCenter(newBadge()), gap), name)
}

// fillRow shows row id: a bold level heading, or an exam with its badge.
func (s *catalogScreen) fillRow(id widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	name, code, right := c.Objects[0].(*widget.Label), c.Objects[1].(*widget.Label), c.Objects[2].(*fyne.Container)
	row := s.rows[id]
	if row.exam == nil {
		code.Hide()
		right.Hide()
		name.TextStyle.Bold = true
		name.Text = string(row.level)
		name.Refresh() // the style changed even when the text did not
		return
	}
	code.Show()
	right.Show()
	code.SetText(row.exam.Code)
	name.TextStyle.Bold = false
	name.Text = row.exam.Name
	name.Refresh()
	text, col := examStatus(row.exam, s.today())
	right.Objects[0].(*fyne.Container).Objects[0].(*badge).set(text, col)
}

// rowKey is what row id shows, for rowHeights: a level, or an exam's code,
// name and status.
func (s *catalogScreen) rowKey(id widget.ListItemID) string {
	row := s.rows[id]
	if row.exam == nil {
		return "level\x00" + string(row.level)
	}
	status, _ := examStatus(row.exam, s.today())
	return "exam\x00" + row.exam.Code + "\x00" + row.exam.Name + "\x00" + status
}

// onSearch narrows the list as the learner types.
func (s *catalogScreen) onSearch(q string) {
	s.rows = filterExams(s.cat.Exams(), q)
	s.showNoMatch(q)
	s.list.UnselectAll()
	s.heights.measure()
	s.list.Refresh()
	s.list.ScrollToTop()
}

// onSelected shows the exam picked; a heading picks nothing.
func (s *catalogScreen) onSelected(id widget.ListItemID) {
	if id < 0 || id >= len(s.rows) || s.rows[id].exam == nil {
		s.list.Unselect(id)
		return
	}
	s.show(s.rows[id].exam)
}

// show puts exam e in the detail pane.
func (s *catalogScreen) show(e *catalog.Exam) {
	s.selected = e
	s.detail.show(e)
}

// selectExam finds exam code in the list and shows it.
func (s *catalogScreen) selectExam(code string) {
	for i, r := range s.rows {
		if r.exam != nil && r.exam.Code == code {
			s.list.Select(i)
			return
		}
	}
}

// onPlanExam starts a plan for the exam shown.
func (s *catalogScreen) onPlanExam() {
	if s.selected != nil {
		s.planExam(s.selected.Code)
	}
}

// showNoMatch says so when the search q finds no exam.
func (s *catalogScreen) showNoMatch(q string) {
	if len(s.rows) > 0 {
		s.noMatch.Hide()
		return
	}
	s.noMatch.SetText("No exam matches \"" + strings.TrimSpace(q) + "\": try a code such as SAA, or a word such as security.")
	s.noMatch.Show()
}
