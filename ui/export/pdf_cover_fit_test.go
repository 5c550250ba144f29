package export

import (
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// coverCase is a plan and how it is printed, for the cover's fit.
type coverCase struct {
	name string
	p    planner.Plan
	o    Options
}

// savedCoverCase is a saved plan of exam from start to examDay at hours a
// week, printed on start, its diagnostic done and every domain below the
// target: the cover states the standing, the readiness and the warnings.
func savedCoverCase(t *testing.T, c *catalog.Catalog, exam, start, examDay string, hours float64, paper string) coverCase {
	t.Helper()
	e, ok := c.Exam(exam)
	if !ok {
		t.Fatalf("%s is not in the catalog", exam)
	}
	today := date(t, start)
	r := planner.Readiness{Overall: 41, Target: 80}
	for _, dm := range e.Domains {
		r.ByDomain = append(r.ByDomain, planner.DomainReadiness{Number: dm.Number, Name: dm.Name, Estimate: 33 + float64(dm.Number)})
	}
	progress := map[string]planner.Progress{exam + ":diagnostic": {Done: true, Hours: 0.75}}
	in := planner.Input{Exam: exam, Start: today, ExamDate: date(t, examDay), Hours: planner.Even(hours),
		Progress: progress, Today: today, Readiness: &r}
	p := plannertest.MustBuild(t, c, in)
	st := planner.StandingOf(p, progress, today)
	return coverCase{name: exam + " " + start + " to " + examDay + " " + paper, p: p,
		o: Options{Catalog: c, Readiness: &r, Standing: &st, Today: today, Learner: "Maximiliane Ångström-Oyelaran", Paper: paper,
			PlanName: "Second try at it, on weekday evenings and the odd Saturday morning"}}
}

// fold folds white space and dashes, which pdftotext may turn into
// hyphens or drop where a line breaks, to compare the PDF's text with the
// plan's.
func fold(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("–", " ", "‑", " ", "-", " ").Replace(s)), " ")
}

// coverHeadings are the cover's section labels: a page the cover goes on
// to starts with one.
var coverHeadings = []string{"YOUR WEEK", "WEEK BY WEEK", "GOOD TO KNOW", resourcesLabel}

// How a cover used its page.
const (
	onePage = "keeps to page 1"
	moved   = "keeps to page 1, the resources on page 2"
	goesOn  = "goes on to page 2"
)

// checkCoverFits checks that the cover ends on page 1, where the exam's
// page follows, or that a page it goes on to starts with a section label,
// never with a stray line; and that nothing is dropped: every warning is
// on the cover (why a plan is short and what it covers in the verdict's
// words), every resource on the cover or, as the cover says, on
// the exam's page. It says how the cover used its page.
func checkCoverFits(t *testing.T, tc coverCase) string {
	t.Helper()
	pages := strings.Split(poppler(t, mustPDF(t, tc.p, tc.o), "pdftotext", "-enc", "UTF-8", "-l", "4"), "\f")
	exam := 1
	for exam < len(pages) && firstLine(pages[exam]) != "The exam" {
		head := firstLine(pages[exam])
		if !containsString(coverHeadings, head) {
			t.Errorf("%s: the cover goes on to page %d, which starts with %q, not with a heading:\n%s", tc.name, exam+1, head, pages[exam])
		}
		exam++
	}
	if exam == len(pages) {
		t.Fatalf("%s: no page starts with \"The exam\"", tc.name)
	}
	cover := fold(strings.Join(pages[:exam], " "))
	said := tc.p.WarningsBesidesFit()
	if len(tc.p.Unscheduled) > 0 { // the verdict says why it is short, what it covers, and what is thinner and left out
		said = append(said, tc.p.ShortfallText(), coverageText(tc.p))
	}
	for _, w := range said {
		if !strings.Contains(cover, fold(w)) {
			t.Errorf("%s: the cover lacks %q:\n%s", tc.name, w, cover)
		}
	}
	examPage := fold(pages[exam])
	e, _ := tc.o.Catalog.Exam(tc.p.Exam)
	for _, r := range e.Resources() {
		s := fold(r.Name + " (" + r.Where + ")")
		switch {
		case strings.Contains(cover, s):
		case strings.Contains(examPage, s) && strings.Contains(cover, resourcesLabel+" "+resourcesPointer) && exam == 1:
		default:
			t.Errorf("%s: %q is neither on the cover nor, as the cover says, on page 2:\ncover: %s\npage 2: %s", tc.name, s, cover, examPage)
		}
	}
	switch {
	case exam > 1:
		return goesOn
	case strings.Contains(cover, resourcesPointer):
		return moved
	}
	return onePage
}

// firstLine is a page's first line of text under its header (the plan's
// name and its exam day).
func firstLine(page string) string {
	var lines []string
	for _, l := range strings.Split(page, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) < 3 {
		return ""
	}
	return lines[2]
}

// containsString reports whether list holds s.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestPDFCoverKeepsToOnePage: a cover full of warnings, readiness and
// resources keeps to its page (its gaps and chart shrink, then the
// resources move to the exam's page and the cover says so), or, when it
// truly cannot, goes on where a heading starts; it never leaves one
// bullet alone on a page 2. The first case is the learner's report: a
// saved SAA-C03 plan to 15 Mar 2027, printed on 2 Dec 2026 with every
// domain below target.
func TestPDFCoverKeepsToOnePage(t *testing.T) {
	c := catalogtest.Load(t)
	for _, tc := range []struct {
		exam, paper string
		want        string
	}{
		{"2027-03-15", "A4", onePage},
		{"2027-03-15", "Letter", moved},
		{"2026-12-20", "Letter", goesOn}, // thinner and left out, with the fixes
	} {
		cc := savedCoverCase(t, c, "SAA-C03", "2026-12-02", tc.exam, 8, tc.paper)
		if got := checkCoverFits(t, cc); got != tc.want {
			t.Errorf("%s: the cover %s, want it %s", cc.name, got, tc.want)
		}
	}
}

// TestPDFCoverOfEveryExamKeepsToItsPage: for every exam in the real
// catalog, with its real resources, on both papers, the learner's report
// (a saved plan to 15 Mar 2027 printed on 2 Dec 2026, every domain below
// target, whose last resource was alone on page 2) and a plan far too
// short, the longest covers the catalog makes (the standing, a long name,
// what is thinner and left out, every warning and resource), keep the
// cover whole.
func TestPDFCoverOfEveryExamKeepsToItsPage(t *testing.T) {
	if testing.Short() {
		t.Skip("prints four plans of every exam")
	}
	c, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.Exams() {
		t.Run(e.Code, func(t *testing.T) {
			t.Parallel()
			for _, exam := range []string{"2027-03-15", "2026-12-20"} {
				if !e.LastDay.IsZero() && e.LastDay.Before(date(t, exam)) {
					continue
				}
				for _, paper := range []string{"A4", "Letter"} {
					cc := savedCoverCase(t, c, e.Code, "2026-12-02", exam, 8, paper)
					if paper == "A4" && exam == "2027-03-15" { // as reported: no name on the cover
						cc.o.Learner = ""
					}
					checkCoverFits(t, cc)
				}
			}
		})
	}
}
