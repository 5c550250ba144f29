package export

import (
	"fmt"
	"strings"

	"certplan/planner"
)

// examPages draws the exam's facts, the preparation resources when the
// cover had no room for them, its domains with planned hours and a
// checklist of every topic.
func (d *doc) examPages() {
	d.pdf.AddPage()
	d.pageTitle("The exam", d.p.ExamName)
	d.facts()
	d.examResources()
	d.domains()
	d.topics()
}

// pageTitle writes a page's heading and a muted line under it.
func (d *doc) pageTitle(title, sub string) {
	y := d.pdf.GetY() + 2
	y += d.text(marginX, y, d.contentW(), title, heading.sized(20), "L") + 0.5
	if sub != "" {
		y += d.text(marginX, y, d.contentW(), sub, muted.sized(11), "L")
	}
	d.pdf.SetY(y + 7)
}

// facts draws the exam's format as four boxes; with no catalog it draws nothing.
func (d *doc) facts() {
	if d.exam == nil {
		return
	}
	f := d.exam.Format
	score := published(f.PassingScore, "%d")
	if f.PassingScore != nil && d.cat != nil && d.cat.Rules().ScoreMax > 0 {
		score = fmt.Sprintf("%d of %d", *f.PassingScore, d.cat.Rules().ScoreMax)
	}
	figures := [][2]string{
		{"Questions", published(f.Questions, "%d")},
		{"Minutes", published(f.Minutes, "%d")},
		{"Passing score", score},
		{"Price", published(f.PriceUSD, "USD %d")},
	}
	y := d.pdf.GetY()
	const gap, h = 4.0, 17.0
	bw := (d.contentW() - 3*gap) / 4
	for i, f := range figures {
		x := marginX + float64(i)*(bw+gap)
		d.rule(x, y, x+bw, colAccent, 0.6)
		d.text(x, y+2.5, bw, strings.ToUpper(f[0]), label, "L")
		st := subhead.sized(15)
		if f[1] == notPublished {
			st = muted.sized(11)
		}
		d.text(x, y+8, bw, f[1], st, "L")
	}
	d.pdf.SetY(y + h)
	d.examNote()
}

// notPublished stands for an exam fact AWS does not publish.
const notPublished = "not published"

// published formats *v, or says it is not published.
func published(v *int, format string) string {
	if v == nil {
		return notPublished
	}
	return fmt.Sprintf(format, *v)
}

// examNote writes the exam's level, status and validity under the facts.
func (d *doc) examNote() {
	e := d.exam
	parts := []string{string(e.Level) + " level", "status: " + string(e.Status)}
	if !e.LastDay.IsZero() {
		parts = append(parts, "last day "+shortDate(e.LastDay))
	}
	if e.ValidityYears > 0 {
		parts = append(parts, fmt.Sprintf("valid for %d years once passed", e.ValidityYears))
	}
	y := d.pdf.GetY() + 2
	y += d.para(marginX, y, d.contentW(), strings.Join(parts, " · "), muted)
	d.pdf.SetY(y + 8)
}

// domains draws each domain's weight and planned hours with a bar, then
// the practice exams and the total.
func (d *doc) domains() {
	d.sectionLabel("DOMAINS AND PLANNED HOURS")
	t := d.newTable(column{"#", 8, "L"}, column{"Domain", 0, "L"}, column{"Weight", 18, "R"},
		column{"Planned", 20, "R"}, column{"", 4, "L"}, column{"", 44, "L"})
	most, sum, unweighted := 0.0, 0.0, false
	for _, dm := range d.p.Domains {
		most, sum = max(most, dm.Hours), sum+dm.Hours
	}
	for _, dm := range d.p.Domains {
		weight := "–"
		if dm.Weight != nil {
			weight = hoursText(*dm.Weight) + " %"
		} else {
			unweighted = true
		}
		t.row(textCell(fmt.Sprint(dm.Number), code), textCell(dm.Name, body), textCell(weight, body),
			textCell(hoursUnit(dm.Hours), body), cell{}, d.barCell(share(dm.Hours, most)))
	}
	if practice := d.p.TotalHours - sum; practice > 0.005 {
		t.row(cell{}, textCell("Practice exams", body), cell{}, textCell(hoursUnit(practice), body), cell{},
			d.barCell(share(practice, most)))
	}
	t.row(cell{}, textCell("Total", body.bold()), cell{}, textCell(hoursUnit(d.p.TotalHours), body.bold()), cell{}, cell{})
	t.end()
	if unweighted {
		d.para(marginX, d.pdf.GetY()-3, d.contentW(), "– weight not published; hours shared out evenly.", small)
		d.pdf.SetY(d.pdf.GetY() + 4)
	}
}

// share is part over whole, or 0 when whole is 0.
func share(part, whole float64) float64 {
	if whole <= 0 {
		return 0
	}
	return part / whole
}

// topics draws a checklist of every topic: done ones ticked, with the
// weeks that hold them.
func (d *doc) topics() {
	d.need(30)
	d.pdf.SetY(d.pdf.GetY() + 2)
	d.sectionLabel("EVERY TOPIC")
	weeks := topicWeeks(d.p)
	t := d.newTable(column{"", 7, "L"}, column{"Topic", 36, "L"}, column{"Title", 0, "L"},
		column{"Kind", 25, "L"}, column{"Hours", 14, "R"}, column{"Weeks", 16, "R"})
	for _, tp := range d.p.Topics {
		title := body
		if tp.Done {
			title = muted
			if weeks[tp.ID] == "" {
				weeks[tp.ID] = "done"
			}
		}
		t.row(d.checkCell(tp.Done), textCell(topicLabel(d.p, tp.ID), code), textCell(tp.Title, title),
			textCell(kindText(tp.Kind), muted), textCell(planner.FormatHours(tp.Hours), body), textCell(weeks[tp.ID], muted))
	}
	t.end()
}

// topicWeeks says in which weeks (1-based) each topic is studied: "3", "3–4".
func topicWeeks(p planner.Plan) map[string]string {
	first, last := map[string]int{}, map[string]int{}
	for i, w := range p.Weeks {
		for _, it := range w.Items {
			if _, ok := first[it.Topic]; !ok {
				first[it.Topic] = i + 1
			}
			last[it.Topic] = i + 1
		}
	}
	out := map[string]string{}
	for id, f := range first {
		out[id] = fmt.Sprint(f)
		if l := last[id]; l != f {
			out[id] = fmt.Sprintf("%d–%d", f, l)
		}
	}
	return out
}
