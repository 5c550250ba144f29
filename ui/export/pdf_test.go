package export

import (
	"cmp"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// mustPDF lays p out and fails the test on error.
func mustPDF(t testing.TB, p planner.Plan, o Options) []byte {
	t.Helper()
	b, err := PDF(p, o)
	if err != nil {
		t.Fatalf("PDF: %v", err)
	}
	return b
}

func TestPDFOpensInPopplerWithEveryWeekAndTopic(t *testing.T) {
	p, c := saaPlan(t)
	b := mustPDF(t, p, Options{Learner: "Zoë Ångström", Catalog: c, Held: heldCerts(t)})
	pages := pdfText(t, b)
	if n := info(t, b).pages; n < 3 || n != len(pages) || n < len(p.Weeks)+3 {
		t.Errorf("pdfinfo says %d pages, pdftotext found %d: want a cover, the exam, %d weeks and held certifications",
			n, len(pages), len(p.Weeks))
	}
	text := strings.Join(pages, "\f")
	for _, w := range p.Weeks {
		if day := w.Start.Time().Format("2 Jan 2006"); !strings.Contains(text, day) {
			t.Errorf("the text lacks the start of week %s (%q)", w.Start, day)
		}
	}
	for _, tp := range p.Topics {
		if !strings.Contains(text, topicLabel(p, tp.ID)) {
			t.Errorf("the text lacks topic %s", tp.ID)
		}
	}
	// Topics are named as a learner ticks them, without the exam code on every row.
	if strings.Contains(text, p.Exam+":") {
		t.Errorf("the text shows topic IDs with their exam code (%q)", p.Exam+":")
	}
	for _, s := range []string{"Zoë Ångström", "–", "’", "It fits.", "USD 150", "CLF-C02", "14 Mar 2028"} {
		if !strings.Contains(text, s) {
			t.Errorf("the text lacks %q", s)
		}
	}
}

func TestPDFWeekPagesListTheirSessionsByDay(t *testing.T) {
	p, c := saaPlan(t)
	pages := pdfText(t, mustPDF(t, p, Options{Catalog: c}))
	for i, w := range p.Weeks {
		// Long titles wrap: compare with every run of white space as one space.
		page := strings.Join(strings.Fields(weekPagesText(pages, i+1, len(p.Weeks))), " ")
		if page == "" {
			t.Fatalf("no page for week %d", i+1)
		}
		for _, s := range w.Sessions {
			// A review names the task it goes over.
			day, topic := s.Date.Time().Format("Mon 2 Jan"), strings.TrimPrefix(cmp.Or(s.Reviews, s.Topic), "SAA-C03:")
			if !strings.Contains(page, day) || !strings.Contains(page, topic) || !strings.Contains(page, s.Title) {
				t.Errorf("week %d's page lacks the session %s %s", i+1, day, topic)
			}
		}
		for _, it := range w.Items {
			if !strings.Contains(page, topicLabel(p, it.Topic)) {
				t.Errorf("week %d's checklist lacks %s", i+1, it.Topic)
			}
		}
	}
	if last := pageWith(pages, fmt.Sprintf("Week %d of", len(p.Weeks))); !strings.Contains(last, "Exam day: Mon 1 Mar 2027") {
		t.Error("the last week's page does not show the exam day")
	}
}

// weekPagesText is the text of week n's page and of the pages its list runs on
// to (a week with many study items takes more than one), up to the next week.
func weekPagesText(pages []string, n, of int) string {
	start, end := fmt.Sprintf("Week %d of %d", n, of), fmt.Sprintf("Week %d of %d", n+1, of)
	var out []string
	for _, p := range pages {
		switch {
		case strings.Contains(p, start):
			out = append(out, p)
		case len(out) > 0 && (strings.Contains(p, end) || n == of && !strings.Contains(p, "DAY BY DAY")):
			return strings.Join(out, "\f")
		case len(out) > 0:
			out = append(out, p)
		}
	}
	return strings.Join(out, "\f")
}

// pageWith returns the first page whose text contains s, or "".
func pageWith(pages []string, s string) string {
	for _, p := range pages {
		if strings.Contains(p, s) {
			return p
		}
	}
	return ""
}

func TestPDFPaperSizes(t *testing.T) {
	p, _ := saaPlan(t)
	for _, c := range []struct {
		paper string
		w, h  float64
	}{
		{"", 595.28, 841.89},
		{"A4", 595.28, 841.89},
		{"Letter", 612, 792},
		{"letter", 612, 792},
	} {
		i := info(t, mustPDF(t, p, Options{Paper: c.paper}))
		if math.Abs(i.width-c.w) > 0.5 || math.Abs(i.height-c.h) > 0.5 {
			t.Errorf("paper %q: %g x %g pt, want %g x %g", c.paper, i.width, i.height, c.w, c.h)
		}
	}
}

func TestPDFTopicTableRepeatsItsTitlesOnANewPage(t *testing.T) {
	p, c := saaPlan(t)
	for i := range 40 {
		extra := p.Topics[i%len(p.Topics)]
		extra.ID = fmt.Sprintf("SAA-C03:extra-%d", i)
		p.Topics = append(p.Topics, extra)
	}
	pages := pdfText(t, mustPDF(t, p, Options{Catalog: c}))
	continued := 0
	for _, page := range pages[2:] {
		if strings.Contains(page, "Week 1 of") {
			break
		}
		continued++
		if !strings.Contains(page, "TITLE") || !strings.Contains(page, "WEEKS") {
			t.Errorf("a page continuing the topic table lacks its column titles:\n%s", page)
		}
	}
	if continued == 0 {
		t.Error("the topic table fits one page; the test needs more topics")
	}
}

func TestPDFTableRowsNeverSplitAcrossPages(t *testing.T) {
	p, _ := saaPlan(t)
	s, _ := Options{}.settings(p)
	d := newDoc(p, Options{}, s)
	d.pdf.AddPage()
	tb := d.newTable(column{"Title", 0, "L"})
	d.pdf.SetY(d.bottom() - 2*body.lineH())
	tb.row(textCell(strings.Repeat("A long title that wraps over several lines. ", 8), body))
	if d.pdf.PageNo() != 2 {
		t.Fatalf("a four-line row near the foot of page 1 ended on page %d, want it moved whole to page 2", d.pdf.PageNo())
	}
	titles := marginTop + small.lineH() + 2*cellPadY
	if y := d.pdf.GetY(); y < titles+3*body.lineH() {
		t.Errorf("the row ends at %.1f mm on page 2, want it below the repeated titles and whole", y)
	}
	if err := d.pdf.Error(); err != nil {
		t.Fatal(err)
	}
}

func TestPDFIsDeterministic(t *testing.T) {
	p, c := saaPlan(t)
	o := Options{Learner: "Zoë", Catalog: c, Held: heldCerts(t), Stamp: time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)}
	want := mustPDF(t, p, o)
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Go(func() { got[i], _ = PDF(p, o) })
	}
	wg.Wait()
	for i := range got {
		if string(got[i]) != string(want) {
			t.Fatalf("run %d gave other bytes than the first", i)
		}
	}
	if raw := poppler(t, want, "pdfinfo", "-rawdates"); !strings.Contains(raw, "CreationDate:    D:20261120093000") {
		t.Errorf("creation date is not the stamp:\n%s", raw)
	}
	if raw := poppler(t, mustPDF(t, p, Options{}), "pdfinfo", "-rawdates"); !strings.Contains(raw, "D:20261123000000") {
		t.Errorf("without a stamp the creation date is not the plan's start:\n%s", raw)
	}
}

func TestPDFWithoutCatalogOrHeldCertifications(t *testing.T) {
	p, _ := saaPlan(t)
	text := strings.Join(pdfText(t, mustPDF(t, p, Options{})), "\f")
	for _, s := range []string{"QUESTIONS", "Certifications you hold", "study plan ·"} {
		if strings.Contains(text, s) {
			t.Errorf("the text has %q with no catalog, name or held certifications", s)
		}
	}
}

func TestPDFSaysWhenThePlanDoesNotFit(t *testing.T) {
	p, _ := shortPlan(t)
	text := strings.Join(pdfText(t, mustPDF(t, p, Options{})), " ")
	text = strings.Join(strings.Fields(text), " ")
	// The hours fix is the week that fits, spread within a day limit it names (issue 11).
	for _, s := range []string{"It does not fit yet.", hoursUnit(p.ShortfallHours) + " short",
		"This plan covers", "thinner", "To fit it all",
		"study " + hoursUnit(p.FitWeekdays.Total()) + " a week", "at most", shortDate(p.EarliestExam)} {
		if !strings.Contains(text, s) {
			t.Errorf("the verdict lacks %q", s)
		}
	}
}

func TestPDFPrintsAnyText(t *testing.T) {
	p, _ := saaPlan(t)
	p.Topics[1].Title = "Design 🚀 secure\tworkloads “quoted” – ✓ 中文"
	b := mustPDF(t, p, Options{Learner: "Zoë 🚀 Ångström"})
	if text := strings.Join(pdfText(t, b), ""); !strings.Contains(text, "Zoë \uFFFD Ångström") || !strings.Contains(text, "“quoted”") {
		t.Errorf("the name or title did not survive:\n%s", text[:400])
	}
}

func TestPDFWithoutAnExamDate(t *testing.T) {
	c := catalogtest.Load(t)
	in := saaInput(t)
	in.ExamDate, in.Hours = 0, planner.Weekdays{0.25}
	p := plannertest.MustBuild(t, c, in)
	if !p.ExamDate.IsZero() {
		t.Fatalf("the planner found exam day %s at 15 minutes a week; the test needs none", p.ExamDate)
	}
	text := strings.Join(pdfText(t, mustPDF(t, p, Options{Catalog: c})), "\f")
	for _, s := range []string{"No exam date fits yet.", "none fits", "no exam date yet"} {
		if !strings.Contains(text, s) {
			t.Errorf("the text lacks %q", s)
		}
	}
	if strings.Contains(text, "One page per week") {
		t.Error("the cover promises week pages the plan does not have")
	}
	if b, _ := ICS(p, Options{}); strings.Contains(string(b), "VEVENT") {
		t.Error("the calendar has events for a plan without an exam date")
	}
}

// TestPDFCoverSaysSAPC03IsProvisional: the cover says plainly whose domains
// a SAP-C03 plan follows.
func TestPDFCoverSaysSAPC03IsProvisional(t *testing.T) {
	c := catalogtest.Load(t)
	in := saaInput(t)
	in.Exam, in.Progress = "SAP-C03", nil
	p := plannertest.MustBuild(t, c, in)
	pages := pdfText(t, mustPDF(t, p, Options{}))
	cover := strings.Join(strings.Fields(pages[0]), " ")
	if !strings.Contains(cover, "follows SAP-C02's domains") {
		t.Errorf("the cover does not say SAP-C03 follows SAP-C02's domains:\n%s", cover)
	}
}

func TestPDFCoverStatesReadinessWhenScoresExist(t *testing.T) {
	p, c := saaPlan(t)
	r := planner.Readiness{Overall: 72, Target: 80, ByDomain: []planner.DomainReadiness{{Number: 1, Estimate: 85}, {Number: 3, Estimate: 55}}}
	with := strings.Join(strings.Fields(pdfText(t, mustPDF(t, p, Options{Catalog: c, Readiness: &r}))[0]), " ")
	for _, want := range []string{"about 72 %, below your 80 % target", "domain 3 at 55 %", "no new material"} {
		if !strings.Contains(with, want) {
			t.Errorf("the cover lacks %q:\n%s", want, with)
		}
	}
	if without := pdfText(t, mustPDF(t, p, Options{Catalog: c}))[0]; strings.Contains(without, "Readiness") {
		t.Errorf("without scores the cover states readiness:\n%s", without)
	}
}

// TestPDFCoverSaysADomainWithoutResultsIsFromOverall (QA): a domain left
// empty on every result reads "about", from the overall scores, not as if
// it had been scored.
func TestPDFCoverSaysADomainWithoutResultsIsFromOverall(t *testing.T) {
	p, c := saaPlan(t)
	r := planner.Readiness{Overall: 52, Target: 80, ByDomain: []planner.DomainReadiness{
		{Number: 1, Estimate: 56.7}, {Number: 4, Estimate: 51.3, FromOverall: true}}}
	cover := strings.Join(strings.Fields(pdfText(t, mustPDF(t, p, Options{Catalog: c, Readiness: &r}))[0]), " ")
	for _, want := range []string{"domain 1 at 57 %", "domain 4 at about 51 % (" + planner.FromOverallText + ")"} {
		if !strings.Contains(cover, want) {
			t.Errorf("the cover lacks %q:\n%s", want, cover)
		}
	}
}

// TestPDFCoverCountsOneWeekInTheSingular: a plan of one week says "1
// week" under its start, not "1 weeks".
func TestPDFCoverCountsOneWeekInTheSingular(t *testing.T) {
	c := catalogtest.Load(t)
	in := saaInput(t)
	in.ExamDate = in.Start.AddDays(2)
	p := plannertest.MustBuild(t, c, in)
	if len(p.Weeks) != 1 {
		t.Fatalf("the test needs a plan of one week; it has %d", len(p.Weeks))
	}
	cover := strings.Join(strings.Fields(pdfText(t, mustPDF(t, p, Options{Catalog: c}))[0]), " ")
	if strings.Contains(cover, "1 weeks") || !strings.Contains(cover, "1 week") {
		t.Errorf("the cover does not count its one week as \"1 week\":\n%s", cover)
	}
}
