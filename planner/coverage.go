package planner

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Unscheduled is work a plan that does not fit leaves out of its weeks:
// part of a topic made thinner, or all of a topic left out.
type Unscheduled struct {
	Topic string  `json:"topic"`
	Title string  `json:"title"`
	Hours float64 `json:"hours"`
}

// quarterMinutes is the smallest piece of study the planner schedules: no
// study session is shorter, unless it is all its topic has left (see walk).
const quarterMinutes = 15

// fitWork returns a copy of work whose remaining minutes fit in capMin.
// When they do not, it spends the hours on the work worth most a minute.
// It leaves out a full practice exam after the first still to do (with its
// fix time) only when the minutes lacking cover it whole
// (leaveOutCoveredPractice): leaving one out to save fewer minutes than it
// takes would give up a timed exam for minutes and leave the hours it frees
// with nothing to hold, as nothing else is left out to fill them. When it
// keeps such an exam, the minutes lacking come off the study and review,
// made thinner in proportion (thinStudy), and the practice exams and fix
// time stay whole, as they rank above every topic (practiceWeight,
// fixWeight). Otherwise (the exam left out, none to leave out, or study
// and review unable to give the minutes while each keeps a quarter hour)
// every item is scaled down, practice included, and the lightest left out
// when even a quarter hour each does not fit.
func fitWork(work []TopicPlan, capMin int) []TopicPlan {
	out := slices.Clone(work)
	if remainingMinutes(out) <= capMin {
		return out
	}
	if leaveOutCoveredPractice(out, remainingMinutes(out)-capMin) && thinStudy(out, capMin) {
		return out
	}
	if remainingMinutes(out) <= capMin {
		return out
	}
	leaveOutLightest(out, capMin/quarterMinutes)
	scaleDown(out, capMin)
	retitleShortPractice(out, work)
	return out
}

// thinStudy makes the study and review thinner in proportion (scaleDown)
// so that, with the practice work whole, the work fits in capMin; false,
// leaving work as it was, when study and review cannot give the minutes
// lacking while each keeps a quarter hour.
func thinStudy(work []TopicPlan, capMin int) bool {
	study := slices.Clone(work)
	room, items := capMin, 0
	for i := range study {
		switch {
		case isPracticeWork(study[i]):
			room -= study[i].left
			study[i].left = 0
		case study[i].left > 0:
			items++
		}
	}
	if room < items*quarterMinutes {
		return false
	}
	scaleDown(study, room)
	for i := range work {
		if !isPracticeWork(work[i]) {
			work[i].left = study[i].left
		}
	}
	return true
}

// isPracticeWork reports whether w is a practice exam or set, or fix time.
func isPracticeWork(w TopicPlan) bool { return w.Kind == Practice || w.Kind == Fix }

// retitleShortPractice renames a practice exam or set cut shorter to fit:
// a 60-minute session of a 90-minute exam is not a full timed exam.
func retitleShortPractice(out, before []TopicPlan) {
	for i := range out {
		w := &out[i]
		if w.Kind != Practice || w.left == 0 || w.left >= before[i].left {
			continue
		}
		w.Title = fmt.Sprintf("Shortened practice set (%d of %d minutes): the full timed exam does not fit these hours",
			w.left, before[i].left)
		if strings.HasSuffix(w.ID, ":diagnostic") {
			w.Title = fmt.Sprintf("Diagnostic practice set, shortened (%d of %d minutes): find your weak domains",
				w.left, before[i].left)
		}
	}
}

// leaveOutCoveredPractice leaves out the full practice exams still to do
// after the first (and the diagnostic), each with its fix time, the last
// first, while the minutes lacking cover each whole, so that what it
// frees is all needed. It reports whether it kept one that the minutes
// lacking do not cover.
func leaveOutCoveredPractice(work []TopicPlan, lacking int) (kept bool) {
	var later []int
	for i, w := range work {
		if w.Kind == Practice && w.left > 0 && !strings.HasSuffix(w.ID, ":diagnostic") {
			later = append(later, i)
		}
	}
	for k := len(later) - 1; k > 0; k-- {
		i, fix := later[k], later[k]+1
		m := work[i].left
		if fix < len(work) && work[fix].Kind == Fix {
			m += work[fix].left
		}
		if m > lacking {
			return true
		}
		work[i].left, lacking = 0, lacking-m
		if fix < len(work) && work[fix].Kind == Fix {
			work[fix].left = 0
		}
	}
	return false
}

// leaveOutLightest leaves out items, lowest exam weight first (the later
// of equals first), until at most quarters items remain.
func leaveOutLightest(work []TopicPlan, quarters int) {
	for n := countLeft(work); n > quarters; n-- {
		lightest := -1
		for i, w := range work {
			if w.left > 0 && (lightest < 0 || w.weight <= work[lightest].weight) {
				lightest = i
			}
		}
		work[lightest].left = 0
	}
}

func countLeft(work []TopicPlan) int {
	n := 0
	for _, w := range work {
		if w.left > 0 {
			n++
		}
	}
	return n
}

// scaleDown cuts every item to its share of capMin in quarter hours, at
// least a quarter hour each, then hands out what rounding left over to
// the items cut most, never past an item's own remaining minutes.
func scaleDown(work []TopicPlan, capMin int) {
	need := remainingMinutes(work)
	if need <= capMin || need == 0 {
		return
	}
	k := float64(capMin) / float64(need)
	target, limit := make([]float64, len(work)), make([]int, len(work))
	sum := 0
	for i := range work {
		w := &work[i]
		if w.left == 0 {
			continue
		}
		target[i], limit[i] = float64(w.left)*k, w.left
		m := int(target[i]) / quarterMinutes * quarterMinutes
		w.left = min(w.left, max(m, quarterMinutes))
		sum += w.left
	}
	for sum > capMin && trimLargest(work) {
		sum -= quarterMinutes
	}
	for sum+quarterMinutes <= capMin && growMostCut(work, target, limit) {
		sum += quarterMinutes
	}
}

// trimLargest takes a quarter hour off the largest item that keeps at
// least a quarter hour; false when none can give one.
func trimLargest(work []TopicPlan) bool {
	best := -1
	for i, w := range work {
		if w.left >= 2*quarterMinutes && (best < 0 || w.left > work[best].left) {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	work[best].left -= quarterMinutes
	return true
}

// growMostCut adds a quarter hour to the item furthest below its target
// that has room for it under its limit; false when none has.
func growMostCut(work []TopicPlan, target []float64, limit []int) bool {
	best, gap := -1, 0.0
	for i, w := range work {
		if w.left == 0 || w.left+quarterMinutes > limit[i] {
			continue
		}
		if g := target[i] - float64(w.left); best < 0 || g > gap {
			best, gap = i, g
		}
	}
	if best < 0 {
		return false
	}
	work[best].left += quarterMinutes
	return true
}

// unscheduledOf lists, for each item, the remaining minutes the pieces do
// not schedule, and returns the minutes they do.
func unscheduledOf(work []TopicPlan, pieces []piece) ([]Unscheduled, int) {
	placed := make([]int, len(work))
	total := 0
	for _, pc := range pieces {
		placed[pc.item] += pc.minutes
		total += pc.minutes
	}
	out := []Unscheduled{}
	for i, w := range work {
		if rest := w.left - placed[i]; rest > 0 {
			out = append(out, Unscheduled{Topic: w.ID, Title: w.Title, Hours: minutesToHours(rest)})
		}
	}
	return out, total
}

// coverageOf is scheduled over required minutes, to two decimals; 1 when
// nothing is required.
func coverageOf(scheduled, required int) float64 {
	if required <= 0 {
		return 1
	}
	// Rounded down: a plan that leaves ten minutes of 80 h out does not
	// cover "100 %" of it.
	return float64(scheduled*100/required) / 100
}

// CoveredPercent is the share of the work the plan places, in whole
// percent rounded down, and never 100 while any work is left out (plans
// saved before coverage was rounded down kept 1.00 for 99.6 %): the one
// figure every place that says how much a plan covers gives.
func (p *Plan) CoveredPercent() int {
	pc := int(math.Round(p.Coverage * 100))
	if len(p.Unscheduled) > 0 {
		pc = min(pc, 99)
	}
	return pc
}

// LeftOut lists the unscheduled work that is a whole topic, as opposed to
// the part of a topic made thinner.
func (p *Plan) LeftOut() []Unscheduled {
	var out []Unscheduled
	for _, u := range p.Unscheduled {
		for _, t := range p.Topics {
			if t.ID == u.Topic && u.Hours >= t.Remaining {
				out = append(out, u)
			}
		}
	}
	return out
}

// CoverageText is the warning that says, in one sentence a learner can act
// on, how much of the work a plan that does not fit covers and what it
// leaves out; "" when all the work has a place.
func (p *Plan) CoverageText() string {
	if len(p.Unscheduled) == 0 {
		return ""
	}
	s := fmt.Sprintf("The hours do not fit: this plan covers %d %% of the estimated %s h",
		p.CoveredPercent(), FormatHours(p.RequiredHours))
	out := p.LeftOut()
	if len(out) < len(p.Unscheduled) {
		s += ", its topics thinner"
	}
	if len(out) > 0 {
		names := make([]string, len(out))
		for i, u := range out {
			names[i] = p.topicName(u)
		}
		s += fmt.Sprintf("; left out: %s", strings.Join(names, "; "))
	}
	return s + "."
}

// topicName names unscheduled work as a learner knows it: a task by its
// number in the exam guide ("1.2"), anything else (a practice exam, the
// fixing after it, a review) by its title, never by an internal ID.
func (p *Plan) topicName(u Unscheduled) string {
	for _, t := range p.Topics {
		if t.ID == u.Topic && t.Kind == Study {
			return shortID(p.Exam, u.Topic)
		}
	}
	return u.Title
}

// shortID is a topic's id without its exam's code: "1.2", "review-3".
func shortID(exam, id string) string { return strings.TrimPrefix(id, exam+":") }
