package export

import (
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// cover draws the first page: what the plan is for, the key figures, the
// verdict in words, the weekly rhythm and anything the learner should know.
// It keeps to the one page (fitCover): when its content is long, its gaps
// and its chart shrink, then the preparation resources move to the exam's
// page; only what cannot fit even so goes on, where a heading starts.
func (d *doc) cover() {
	d.pdf.AddPage()
	y := d.coverTitle()
	fit := d.fitCover(y)
	d.resourcesLater = fit.resourcesLater
	y = d.keyFigures(y + fit.gap(gapFigures))
	y = d.verdict(y + fit.gap(gapVerdict))
	if note := d.p.ProvisionalText(); note != "" {
		y += fit.gap(gapNote)
		y += d.para(marginX, y, d.contentW(), note, noteStyle)
	}
	y = d.rhythm(d.room(y+fit.gap(gapRhythm), rhythmH()))
	y = d.road(y+fit.gap(gapRoad), fit.chartH())
	d.pdf.SetY(y + fit.gap(gapLists))
	d.warnings()
	d.coverResources()
	d.howTo()
}

// noteStyle is the style of the cover's note on a provisional exam.
var noteStyle = body.sized(10.5).bold()

// coverTitle draws the top of the cover, what the plan is for, and
// returns the y below it.
func (d *doc) coverTitle() float64 {
	w := d.contentW()
	d.fill(colAccent)
	d.pdf.Rect(marginX, 24, 16, 1.6, "F")
	y := 30.0
	y += d.text(marginX, y, w, "STUDY PLAN", label.sized(10), "L") + 3
	y += d.para(marginX, y, w, d.p.ExamName, heading.sized(26)) + 2
	y += d.text(marginX, y, w, d.p.Exam, code.sized(13).colored(colMuted), "L")
	if d.name != "" {
		y += 3
		y += d.para(marginX, y, w, d.name, body.sized(14).bold())
	}
	if d.learner != "" {
		y += 3
		y += d.text(marginX, y, w, "for "+d.learner, body.sized(14), "L")
	}
	return y
}

// figuresH is the height of the cover's key figures.
const figuresH = 22.0

// keyFigures draws four boxes: exam day (the day it was passed, once it
// was), start, hours a week, hours in all.
func (d *doc) keyFigures(y float64) float64 {
	p := d.p
	weeks := fmt.Sprintf("%d weeks", len(p.Weeks))
	if len(p.Weeks) == 1 {
		weeks = "1 week"
	}
	exam := planner.ExamDayOf(p.ExamDate, p.Passed)
	figures := [][3]string{
		{"Exam day", shortDate(exam), exam.Weekday().String()},
		{"Study from", shortDate(p.Start), weeks},
		d.eachWeek(),
		{"In total", hoursUnit(p.TotalHours), d.totalNote()},
	}
	switch {
	case !p.Passed.IsZero():
		figures[0][0] = "Exam passed"
	case p.ExamDate.IsZero():
		figures[0] = [3]string{"Exam day", "none fits", "within five years"}
	}
	const gap, h = 4.0, figuresH
	bw := (d.contentW() - 3*gap) / 4
	for i, f := range figures {
		x := marginX + float64(i)*(bw+gap)
		d.fill(colTint)
		d.pdf.Rect(x, y, bw, h, "F")
		d.text(x+3.5, y+3, bw-7, strings.ToUpper(f[0]), label, "L")
		d.text(x+3.5, y+8.2, bw-7, f[1], subhead.sized(14), "L")
		d.text(x+3.5, y+15.2, bw-7, f[2], small.sized(8), "L")
	}
	return y + h
}

// studyDays says which days hold study: "Mon–Fri", "5 days".
func studyDays(h planner.Weekdays) string {
	names := [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	var days []string
	for i, v := range h {
		if v > 0 {
			days = append(days, names[i])
		}
	}
	switch {
	case len(days) == 0:
		return "no study days"
	case strings.Join(days, " ") == "Mon Tue Wed Thu Fri":
		return "Mon – Fri"
	case len(days) <= 3:
		return strings.Join(days, ", ")
	}
	return fmt.Sprintf("%d days", len(days))
}

// verdict draws the feasibility verdict in words with its numbers, in a
// tinted box with an accent bar.
func (d *doc) verdict(y float64) float64 {
	title, text := d.verdictWords()
	h := verdictH(d, text)
	d.fill(colTint)
	d.pdf.Rect(marginX, y, d.contentW(), h, "F")
	d.fill(colAccent)
	d.pdf.Rect(marginX, y, 2, h, "F")
	ty := y + 7
	ty += d.text(marginX+8, ty, d.contentW()-14, title, verdictTitle, "L") + 2
	d.para(marginX+8, ty, d.contentW()-14, text, verdictBody)
	return y + h
}

// The verdict's styles: its title in the accent, its text a little larger than body.
var (
	verdictTitle = subhead.sized(16).colored(colAccent)
	verdictBody  = body.sized(10.5)
)

// verdictH is the height of the verdict's box around text.
func verdictH(d *doc, text string) float64 {
	return 8 + verdictTitle.lineH() + 2 + d.paraH(text, d.contentW()-14, verdictBody) + 6
}

// verdictWords are the verdict's title and text: whether the plan fits,
// where the learner stands today and how ready they are.
func (d *doc) verdictWords() (title, text string) {
	if !d.p.Passed.IsZero() { // done: whether it fits is no news
		return "Exam passed.", planner.PassedText(longDate(d.p.Passed)) + " " + d.standingText()
	}
	title, text = verdictText(d.p)
	switch {
	case d.outgrown(): // what fitted when it was made is no news: the standing says what now
		title, text = "It does not fit any more.", ""
	case d.p.Feasible && d.stand != nil:
		text = d.fitsToday()
	}
	return title, strings.TrimSpace(text + " " + d.standingText() + " " + teachingText(d.p, d.ready))
}

// verdictText says in words whether the plan fits, with its numbers.
func verdictText(p planner.Plan) (title, text string) {
	if p.ExamDate.IsZero() {
		return "No exam date fits yet.", fmt.Sprintf("%s of study do not fit into the next five years at %s a week: "+
			"add study hours and plan again.", hoursUnit(p.RequiredHours), hoursUnit(p.Inputs.Hours.Total()))
	}
	if p.Feasible {
		return "It fits.", fitsText(p, firstDay(p), p.RequiredHours, p.CapacityHours)
	}
	text = shortfallText(p) + " " + coverageText(p)
	var ways []string
	if !p.EarliestExam.IsZero() {
		ways = append(ways, "move the exam to "+longDate(p.EarliestExam)+" or later")
	}
	if p.FitWeekdays.Total() > 0 {
		ways = append(ways, fmt.Sprintf("study %s a week (%s; at most %s a day)", hoursUnit(p.FitWeekdays.Total()),
			weekText(p.FitWeekdays), hoursUnit(planner.DayLimit(p.Inputs.Hours))))
	}
	if len(ways) > 0 {
		text += " To fit it all, " + strings.Join(ways, ", or ") + "."
	}
	return "It does not fit yet.", text
}

// fitsText says that the study left from day from fits into the hours
// until plan p's exam, with how much to spare.
func fitsText(p planner.Plan, from catalog.Date, left, capacity float64) string {
	text := fmt.Sprintf("From %s, the %s of study left fit into the %s you have until the exam, with %s to spare.",
		shortDate(from), hoursUnit(left), hoursUnit(capacity), hoursUnit(capacity-left))
	if p.ExamDateProposed {
		text += " certplan chose the earliest exam day that fits."
	}
	return text
}

// firstDay is the day plan p was planned from: its RequiredHours and
// CapacityHours count from it (a plan started in the past, or rebalanced,
// is planned from the day it was made).
func firstDay(p planner.Plan) catalog.Date {
	if p.Today.After(p.Start) {
		return p.Today
	}
	return p.Start
}

// shortfallText says how far a plan that does not fit is short, counted
// from the day it was planned from, and why in the planner's one sentence
// for it (Plan.ShortfallText), as the set-up and the warnings say it.
func shortfallText(p planner.Plan) string {
	return fmt.Sprintf("From %s, the plan is %s short. %s", shortDate(firstDay(p)), hoursUnit(p.ShortfallHours), p.ShortfallText())
}

// coverageText says how much of the work a plan that does not fit covers
// and what is thinner or left out, each named as the planner's warning on
// the same cover names it (workName).
func coverageText(p planner.Plan) string {
	out := map[string]bool{}
	var left, thinner []string
	for _, u := range p.LeftOut() {
		out[u.Topic] = true
		left = append(left, workName(p, u))
	}
	for _, u := range p.Unscheduled {
		if !out[u.Topic] {
			thinner = append(thinner, workName(p, u))
		}
	}
	s := fmt.Sprintf("This plan covers %d %% of it.", p.CoveredPercent())
	if len(thinner) > 0 {
		s += " Made thinner: " + strings.Join(thinner, "; ") + "."
	}
	if len(left) > 0 {
		s += " Left out: " + strings.Join(left, "; ") + "."
	}
	return s
}

// workName names unscheduled work as the planner's coverage warning does
// (GOOD TO KNOW, on the same cover): a task by its number in the exam
// guide, as the exam's page lists it beside its title ("3.4"), anything
// else, a review, a practice exam or the fixing after it, by its title
// ("Full timed practice exam 2 of 2 (130 minutes)"), never by an ID such
// as "practice-2". Titles may hold commas, so lists of them take "; ".
func workName(p planner.Plan, u planner.Unscheduled) string {
	for _, t := range p.Topics {
		if t.ID == u.Topic && t.Kind == planner.Study {
			return topicLabel(p, u.Topic)
		}
	}
	return u.Title
}

// weekText writes hours per weekday: "Mon 4, Wed 4, Sat 0.5".
func weekText(w planner.Weekdays) string {
	names := [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	var days []string
	for i, h := range w {
		if h > 0 {
			days = append(days, names[i]+" "+planner.FormatHours(h))
		}
	}
	return strings.Join(days, ", ")
}

// teachingText says from when the plan holds no new material and, when
// practice results were logged, how ready the learner is.
func teachingText(p planner.Plan, r *planner.Readiness) string {
	var parts []string
	if !p.NoNewMaterialFrom.IsZero() {
		parts = append(parts, fmt.Sprintf("From %s: no new material, only review and practice.", longDate(p.NoNewMaterialFrom)))
	}
	if r == nil {
		return strings.Join(parts, " ")
	}
	text := "Readiness from your practice results: " + r.OverallText() + "."
	var weak []string
	for _, x := range r.BelowTarget() {
		weak = append(weak, fmt.Sprintf("domain %d at %s", x.Number, x.EstimateText()))
	}
	if len(weak) > 0 {
		text += " Below target: " + strings.Join(weak, ", ") + "."
	}
	return strings.Join(append(parts, text), " ")
}

// rhythm draws the study hours of each weekday as seven small columns.
func (d *doc) rhythm(top float64) float64 {
	d.text(marginX, top, d.contentW(), "YOUR WEEK", label, "L")
	y := top + label.lineH() + 2
	names := [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	const gap = 2.0
	cw := (d.contentW() - 6*gap) / 7
	for i, h := range d.p.Inputs.Hours {
		x := marginX + float64(i)*(cw+gap)
		d.rule(x, y, x+cw, colAccent, 0.6)
		d.text(x, y+2, cw, names[i], small.bold(), "C")
		v, st := "–", muted.sized(11)
		if h > 0 {
			v, st = hoursUnit(h), subhead.sized(11)
		}
		d.text(x, y+6.5, cw, v, st, "C")
	}
	return top + rhythmH()
}

// rhythmH is the height of the cover's week of study hours.
func rhythmH() float64 { return label.lineH() + 2 + 13 }
