package export

// The cover keeps to one page for any plan: its content is measured before
// it is drawn, and the flexible parts give way in the learner's order of
// need. Nothing is dropped: what moves, the cover says where it went.

// The gaps between the cover's sections when there is room, in millimetres.
const (
	gapFigures = 11.0 // under the title, above the key figures
	gapVerdict = 7.0
	gapNote    = 5.0 // above the note on a provisional exam
	gapRhythm  = 9.0
	gapRoad    = 7.0
	gapLists   = 7.0 // above GOOD TO KNOW
)

// The week-by-week chart's height when there is room, and at its tightest.
const (
	chartRoomy = 18.0
	chartTight = 10.0
)

// gapTight is the share of each gap kept on a cover as tight as it goes.
const gapTight = 0.5

// coverFit is how the cover uses its page: how far its gaps and its chart
// shrink (tight: 0 as roomy as they are, 1 as tight as they go), and
// whether the preparation resources are listed on the exam's page instead.
type coverFit struct {
	tight          float64
	resourcesLater bool
}

// gap is a roomy gap of mm millimetres, shrunk as tight as the fit is.
func (f coverFit) gap(mm float64) float64 { return mm * (1 - f.tight*(1-gapTight)) }

// chartH is the week-by-week chart's height.
func (f coverFit) chartH() float64 { return chartRoomy - f.tight*(chartRoomy-chartTight) }

// fitCover chooses the roomiest fit whose content, from y down, keeps to
// the cover page. The gaps and the chart shrink only as far as needed;
// when that is not enough, the resources move to the exam's page and the
// cover says so; then the note on how to use the printout, which the
// cover draws only where it has room, gives way. A cover that does not
// fit even then is as tight as it goes, keeps everything, and goes on to
// a second page where a section starts (bullets, room).
func (d *doc) fitCover(y float64) coverFit {
	const slack = 0.25 // against rounding where the cover fits exactly
	room := d.bottom() - y - slack
	tries := []struct{ later, howTo bool }{{false, true}, {true, true}, {true, false}}
	for _, try := range tries {
		if try.later && len(d.resourceLines()) == 0 {
			break
		}
		roomy, save := d.coverH(try.later, try.howTo)
		if over := roomy - room; over <= 0 {
			return coverFit{resourcesLater: try.later}
		} else if over <= save {
			return coverFit{tight: over / save, resourcesLater: try.later}
		}
	}
	return coverFit{tight: 1}
}

// coverH is the height of the cover below its title when roomy, with the
// resources on it or only a line saying where they are, with the note on
// how to use the printout or without, and how much of it shrinking the
// gaps and the chart saves.
func (d *doc) coverH(resourcesLater, howTo bool) (roomy, save float64) {
	gaps := gapFigures + gapVerdict + gapRhythm + gapRoad + gapLists
	_, verdict := d.verdictWords()
	h := figuresH + verdictH(d, verdict) + rhythmH()
	if note := d.p.ProvisionalText(); note != "" {
		gaps += gapNote
		h += d.paraH(note, d.contentW(), noteStyle)
	}
	save = gaps * (1 - gapTight)
	if len(d.p.Weeks) > 0 {
		h += roadH(chartRoomy)
		save += chartRoomy - chartTight
	}
	resources := d.resourceLines()
	if resourcesLater {
		resources = []string{resourcesPointer}
	}
	h += d.bulletsH(d.p.WarningsBesidesFit()) + d.bulletsH(resources)
	if howTo {
		h += d.howToH()
	}
	return h + gaps, save
}

// room returns y when h millimetres fit below it on this page, else starts
// a page and returns its top.
func (d *doc) room(y, h float64) float64 {
	if y+h <= d.bottom() {
		return y
	}
	d.pdf.AddPage()
	return d.pdf.GetY()
}

// warnings lists what the planner wants the learner to know.
func (d *doc) warnings() { d.bullets("GOOD TO KNOW", d.p.WarningsBesidesFit()) }

// resourcesPointer is what the cover says of the resources when they are
// listed on the exam's page, which follows the one-page cover.
const resourcesPointer = "Listed on page 2, with the exam."

// coverResources lists the preparation resources on the cover, or says
// where they are listed when the cover has no room for them.
func (d *doc) coverResources() {
	if d.resourcesLater {
		d.bullets(resourcesLabel, []string{resourcesPointer})
		return
	}
	d.bullets(resourcesLabel, d.resourceLines())
}

// examResources lists the preparation resources on the exam's page when
// the cover had no room for them.
func (d *doc) examResources() {
	if !d.resourcesLater {
		return
	}
	d.bullets(resourcesLabel, d.resourceLines())
	d.pdf.SetY(d.pdf.GetY() + 4)
}

// resourcesLabel heads the list of preparation resources.
const resourcesLabel = "PREPARATION RESOURCES"

// resourceLines are the official preparation resources to use with the
// plan, and what to know when the exam's study items are not published.
func (d *doc) resourceLines() []string {
	var rs []string
	if d.exam != nil {
		for _, r := range d.exam.Resources() {
			rs = append(rs, r.Name+" ("+r.Where+")")
		}
	}
	if d.p.ItemsNote != "" {
		rs = append(rs, d.p.ItemsNote)
	}
	return rs
}

// bullets draws a section of lines under a label, each a paragraph with a
// dot before it; nothing when there are none. The section starts a page
// unless it fits whole on this one, so a page never ends on its label nor
// a new one starts with a stray line of it; only a section longer than a
// page breaks between its lines.
func (d *doc) bullets(label string, lines []string) {
	if len(lines) == 0 {
		return
	}
	if h := d.bulletsH(lines); h <= d.bottom()-marginTop {
		d.need(h)
	} else {
		d.need(d.bulletsH(lines[:1]))
	}
	d.sectionLabel(label)
	for _, s := range lines {
		h := d.paraH(s, d.contentW()-6, body)
		d.need(h + 2)
		y := d.pdf.GetY()
		d.fill(colAccent)
		d.pdf.Circle(marginX+1.2, y+body.lineH()/2, 0.7, "F")
		d.para(marginX+6, y, d.contentW()-6, s, body)
		d.pdf.SetY(y + h + 2)
	}
}

// bulletsH is the height bullets gives lines: 0 for none.
func (d *doc) bulletsH(lines []string) float64 {
	if len(lines) == 0 {
		return 0
	}
	h := label.lineH() + 1.5
	for _, s := range lines {
		h += d.paraH(s, d.contentW()-6, body) + 2
	}
	return h
}

// howToText tells how to use the printout.
const howToText = "One page per week follows. Pin this week’s page up, tick each topic as you finish it " +
	"and keep notes in the ruled space. When you fall behind, let certplan rebalance the plan and print it again."

// howTo tells how to use the printout, at the foot of the cover.
func (d *doc) howTo() {
	h := d.paraH(howToText, d.contentW(), muted)
	if len(d.p.Weeks) == 0 || d.pdf.GetY()+4+h > d.bottom() {
		return
	}
	y := d.bottom() - h
	d.rule(marginX, y-3, marginX+d.contentW(), colRule, 0.2)
	d.para(marginX, y, d.contentW(), howToText, muted)
}

// howToH is the room howTo needs under the lists: 0 without weeks.
func (d *doc) howToH() float64 {
	if len(d.p.Weeks) == 0 {
		return 0
	}
	return 4 + d.paraH(howToText, d.contentW(), muted)
}
