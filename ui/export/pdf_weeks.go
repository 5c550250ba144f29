package export

import (
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// weekPages draws one page per week of the plan.
func (d *doc) weekPages() {
	for i, w := range d.p.Weeks {
		d.pdf.AddPage()
		d.weekHeading(i, w)
		d.weekSessions(w)
		d.weekTopics(w)
		if i == len(d.p.Weeks)-1 {
			d.examDay()
		}
		d.notes()
	}
}

// weekHeading writes "Week 3 of 15", the dates, and the hours planned.
func (d *doc) weekHeading(i int, w planner.Week) {
	pdf := d.pdf
	y := pdf.GetY() + 2
	title := fmt.Sprintf("Week %d", i+1)
	st := heading.sized(24)
	d.style(st)
	tw := pdf.GetStringWidth(title)
	base := y + st.size*0.3528
	pdf.Text(marginX, base, title)
	d.style(muted.sized(12))
	pdf.Text(marginX+tw+2, base, fmt.Sprintf("of %d", len(d.p.Weeks)))
	dates := fmt.Sprintf("%s – %s  ·  %s", shortDate(w.Start), shortDate(w.End), isoWeek(w.Start))
	d.text(marginX, base+2.5, d.contentW(), dates, muted.sized(11), "L")
	right := d.contentW() / 2
	d.text(marginX+right, y-0.5, right, clock(w.PlannedHours), subhead.sized(20).colored(colAccent), "R")
	d.text(marginX+right, y+8.5, right, "planned, of "+clock(w.CapacityHours)+" free", small.sized(8), "R")
	y = base + 2.5 + muted.sized(11).lineH() + 3
	d.rule(marginX, y, marginX+d.contentW(), colAccent, 0.6)
	pdf.SetY(y + 6)
}

// weekSessions lists the week's days, each with its sessions, a day off
// and its reason, or that it is free.
func (d *doc) weekSessions(w planner.Week) {
	d.sectionLabel("DAY BY DAY")
	t := d.newTable(column{"Day", 25, "L"}, column{"Topic", 22, "L"}, column{"Session", 0, "L"},
		column{"Time", 20, "R"})
	off := map[catalog.Date]string{}
	for _, o := range w.DaysOff {
		off[o.Date] = o.Reason
	}
	for day := w.Start; !day.After(w.End); day = day.AddDays(1) {
		var todays []planner.Session
		for _, s := range w.Sessions {
			if s.Date == day {
				todays = append(todays, s)
			}
		}
		d.dayRows(t, day, todays, off[day])
	}
	t.end()
}

// dayRows draws one day: its sessions, or a single row saying why it has none.
func (d *doc) dayRows(t *table, day catalog.Date, todays []planner.Session, off string) {
	dayCell := textCell(dayLabel(day), body.bold())
	if len(todays) == 0 {
		why := "free"
		if off != "" {
			why = "day off: " + off
		}
		t.row(textCell(dayLabel(day), muted), cell{}, textCell(why, muted), cell{})
		return
	}
	for k, s := range todays {
		if k > 0 {
			t.join, dayCell = true, cell{}
		}
		t.row(dayCell, textCell(shortTopic(d.p.Exam, s.Topic), code), textCell(s.Title, body),
			textCell(clock(s.Hours), body))
		d.itemRows(t, s.Items)
	}
}

// itemRows draws a session's study items under it, each with a checkbox
// (ticked when done) and the services it names; a review's items to
// revisit have no checkbox, as ticking a review does not tick them.
func (d *doc) itemRows(t *table, items []planner.SessionItem) {
	for _, it := range items {
		t.join = true
		style := small
		if d.done[it.ID] && !it.Revisit {
			style = small.colored(colMuted)
		}
		check := d.checkCell(d.done[it.ID])
		if it.Revisit {
			check = cell{}
		}
		t.row(cell{}, check, cell{text: shortTopic(d.p.Exam, it.ID) + "  " + it.Text, style: style,
			sub: strings.Join(it.Services, ", ")}, cell{})
	}
}

// shortTopic drops the exam code from a topic ID: "SAA-C03:1.2" → "1.2".
func shortTopic(exam, id string) string { return strings.TrimPrefix(id, exam+":") }

// weekTopics is the week's checklist: each topic with a checkbox (ticked when
// done), its domain and its hours this week.
func (d *doc) weekTopics(w planner.Week) {
	if len(w.Items) == 0 {
		return
	}
	d.need(25)
	d.sectionLabel("TOPICS THIS WEEK")
	t := d.newTable(column{"", 7, "L"}, column{"Topic", 36, "L"}, column{"Title and domain", 0, "L"},
		column{"This week", 20, "R"})
	for _, it := range w.Items {
		done := d.done[it.Topic]
		title := body
		if done {
			title = muted
		}
		t.row(d.checkCell(done), textCell(topicLabel(d.p, it.Topic), code), cell{text: it.Title, style: title, sub: it.Domain},
			textCell(clock(it.Hours), body))
	}
	t.end()
}

// examDay marks the exam on the last week's page: the day it was passed,
// once it was.
func (d *doc) examDay() {
	if d.p.ExamDate.IsZero() {
		return
	}
	const h = 14.0
	d.need(h + 4)
	y := d.pdf.GetY()
	d.fill(colAccent)
	d.pdf.Rect(marginX, y, d.contentW(), h, "F")
	day, wish := "Exam day: "+longDate(d.p.ExamDate), "Good luck."
	if !d.p.Passed.IsZero() { // the exam is behind the learner
		day, wish = "Exam passed: "+longDate(d.p.Passed), "Well done."
	}
	d.text(marginX+6, y+3.2, d.contentW()-12, day, subhead.sized(13).colored(colWhite), "L")
	d.text(marginX+6, y+3.8, d.contentW()-12, wish, body.colored(colWhite), "R")
	d.pdf.SetY(y + h + 6)
}

// notes fills the rest of the page with ruled lines for notes.
func (d *doc) notes() {
	const gap = 8.0
	y := d.pdf.GetY() + 2
	if d.bottom()-y < 3*gap {
		return
	}
	d.text(marginX, y, d.contentW(), "NOTES", label, "L")
	for ly := y + gap + 2; ly <= d.bottom(); ly += gap {
		d.rule(marginX, ly, marginX+d.contentW(), colRule, 0.2)
	}
}
