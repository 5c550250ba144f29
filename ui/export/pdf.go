package export

import (
	"bytes"
	"fmt"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"

	"certplan/catalog"
	"certplan/planner"
)

// PDF lays the plan out for paper (A4, or US Letter on request), to print
// and pin on a wall: a cover with the verdict; the exam's facts, its domains
// and a checklist of every topic; one page per week with the sessions day by
// day, a checkbox per topic and ruled room for notes; and a last page with
// the certifications the learner holds. Every page but the cover has a
// header, and every page a "page N of M" footer. Text is set in the Go fonts,
// embedded (subset to the characters used), so any name or title prints.
// With the same plan and Options.Stamp the bytes are the same.
func PDF(p planner.Plan, o Options) ([]byte, error) {
	s, err := o.settings(p)
	if err != nil {
		return nil, err
	}
	d := newDoc(p, o, s)
	d.cover()
	d.examPages()
	d.weekPages()
	d.heldPage(o.Held)
	var b bytes.Buffer
	if err := d.pdf.Output(&b); err != nil {
		return nil, fmt.Errorf("write PDF of %s plan: %w", p.Exam, err)
	}
	return compressStreams(b.Bytes())
}

// doc is a PDF being laid out, with the plan and what the pages share.
type doc struct {
	pdf     *gofpdf.Fpdf
	p       planner.Plan
	learner string
	name    string // the plan's own name; "" when it is only the exam code
	ready   *planner.Readiness
	stand   *planner.Standing // nil for a plan never saved
	today   catalog.Date      // the day of stand; the plan's start when not given
	exam    *catalog.Exam     // nil when no catalog was given
	cat     *catalog.Catalog
	done    map[string]bool
	pageW   float64
	pageH   float64
	// resourcesLater is set when the cover has no room for the
	// preparation resources: the exam's page lists them.
	resourcesLater bool
}

// Page geometry in millimetres.
const (
	marginX      = 18.0
	marginTop    = 22.0
	marginBottom = 20.0
)

// Font families registered from the Go fonts.
const (
	sans = "gosans"
	mono = "gomono"
)

// newDoc sets up a document: paper, fonts, metadata, header and footer.
func newDoc(p planner.Plan, o Options, s settings) *doc {
	pdf := gofpdf.New("P", "mm", s.paper, "")
	d := &doc{pdf: pdf, p: p, learner: o.Learner, name: planName(o, p), cat: o.Catalog, done: doneTopics(p), ready: o.Readiness,
		stand: o.Standing, today: o.day(p)}
	if o.Catalog != nil {
		d.exam, _ = o.Catalog.Exam(p.Exam)
	}
	d.pageW, d.pageH = pdf.GetPageSize()
	// gofpdf writes into the font bytes while it subsets them, so each
	// document gets its own copy: the shared ones stay pristine and
	// documents made at the same time do not race.
	pdf.AddUTF8FontFromBytes(sans, "", bytes.Clone(goregular.TTF))
	pdf.AddUTF8FontFromBytes(sans, "B", bytes.Clone(gobold.TTF))
	pdf.AddUTF8FontFromBytes(mono, "", bytes.Clone(gomono.TTF))
	pdf.SetMargins(marginX, marginTop, marginX)
	pdf.SetAutoPageBreak(false, marginBottom)
	pdf.SetCellMargin(0)
	pdf.SetCompression(false) // compressStreams does it, faster
	pdf.AliasNbPages("{nb}")
	pdf.SetHeaderFuncMode(d.header, true)
	pdf.SetFooterFunc(d.footer)
	d.metadata(o, s)
	return d
}

// metadata fixes everything gofpdf would otherwise take from the clock.
func (d *doc) metadata(o Options, s settings) {
	pdf := d.pdf
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(s.stamp)
	pdf.SetModificationDate(s.stamp)
	pdf.SetProducer("certplan", false)
	pdf.SetCreator("certplan", false)
	pdf.SetTitle(d.headerTitle(), true)
	pdf.SetSubject(d.p.ExamName, true)
	if o.Learner != "" {
		pdf.SetAuthor(o.Learner, true)
	}
}

// headerTitle is what the pages' headers call the plan: its exam's study
// plan, with the plan's own name when it has one.
func (d *doc) headerTitle() string {
	if d.name == "" {
		return d.p.Exam + " study plan"
	}
	return d.p.Exam + " study plan · " + d.name
}

// planName is the name a printout gives plan p: "" when it has none of its
// own beyond the exam code that names a plan by default.
func planName(o Options, p planner.Plan) string {
	if o.PlanName == p.Exam {
		return ""
	}
	return o.PlanName
}

// header runs on every new page: the plan's name and exam day, over a rule.
func (d *doc) header() {
	if d.pdf.PageNo() == 1 {
		return
	}
	left := d.headerTitle()
	if d.learner != "" {
		left += " · " + d.learner
	}
	half := d.contentW() / 2
	d.text(marginX, 11, half, left, small.bold(), "L")
	exam := "no exam date yet"
	switch {
	case !d.p.Passed.IsZero():
		exam = "Exam passed " + longDate(d.p.Passed)
	case !d.p.ExamDate.IsZero():
		exam = "Exam " + longDate(d.p.ExamDate)
	}
	d.text(marginX+half, 11, half, exam, small, "R")
	d.rule(marginX, 16, d.pageW-marginX, colRule, 0.2)
}

// footer runs at the end of every page: page N of M, and what made it.
func (d *doc) footer() {
	y, half := d.pageH-13, d.contentW()/2
	d.text(marginX, y, half, fmt.Sprintf("page %d of {nb}", d.pdf.PageNo()), small, "L")
	d.text(marginX+half, y, half, "made with certplan", small, "R")
}

// contentW is the width between the side margins.
func (d *doc) contentW() float64 { return d.pageW - 2*marginX }

// bottom is the lowest y content may reach.
func (d *doc) bottom() float64 { return d.pageH - marginBottom }

// need starts a new page unless h millimetres are left on this one.
func (d *doc) need(h float64) {
	if d.pdf.GetY()+h > d.bottom() {
		d.pdf.AddPage()
	}
}
