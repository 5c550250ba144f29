package planner

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"certplan/catalog"
)

// Kind says what a piece of planned work is.
type Kind string

// The kinds of planned work.
const (
	Study    Kind = "study"
	Review   Kind = "review"
	Practice Kind = "practice-exam"
	// Fix is time after a practice exam to study what it showed.
	Fix Kind = "fix-weak-areas"
)

// TopicPlan is one unit of work with its hours and how they came about.
type TopicPlan struct {
	ID     string  `json:"topic"`
	Domain string  `json:"domain"`
	Title  string  `json:"title"`
	Kind   Kind    `json:"kind"`
	Base   float64 `json:"base_hours"` // before credit for held certifications
	// Credit is the fraction removed for held certifications (0.4 = -40 %).
	Credit       float64 `json:"credit"`
	CreditReason string  `json:"credit_reason,omitempty"`
	Hours        float64 `json:"hours"`     // required after credit
	Spent        float64 `json:"spent"`     // already studied
	Done         bool    `json:"done"`      // ticked off
	Remaining    float64 `json:"remaining"` // still to schedule
	// Items are a study topic's study items with their hours; [] when the
	// exam's items are not published, and for review and practice.
	Items        []ItemPlan `json:"items"`
	minutes      int        // required, in whole minutes
	left         int        // remaining, in whole minutes
	domainNumber int
	weight       float64 // share of the exam, for leaving out the lightest first
}

// levelCredit is the most a held certification of a level can take off a
// topic whose skills it fully covers.
var levelCredit = map[catalog.Level]float64{
	catalog.Foundational: 0.15,
	catalog.Associate:    0.40,
	catalog.Professional: 0.50,
	catalog.Specialty:    0.40,
}

// sameCertCredit applies when the learner holds an earlier version of the
// very certification they are studying for (a renewal).
const sameCertCredit = 0.5

// minTagShare is the least share of a held exam a skill must have to count as covered.
const minTagShare = 0.02

// quarter rounds minutes to the nearest quarter hour, at least one quarter.
func quarter(hours float64) int {
	q := int(math.Round(hours * 4))
	return max(q, 1) * 15
}

// buildWork lists the study topics, then the review per domain, then the
// practice work (see practiceWork), with hours after experience and held-certification credit.
func buildWork(c *catalog.Catalog, e *catalog.Exam, in Input, valid []heldExam) []TopicPlan {
	total := e.StudyHours * in.Experience.Factor()
	if in.HoursOverride > 0 {
		total = in.HoursOverride
	}
	shares := e.DomainShares()
	work := make([]TopicPlan, 0, topicCount(e)+len(e.Domains)+2)
	reviewBase := make([]float64, len(e.Domains))
	for i, d := range e.Domains {
		for _, t := range d.Topics {
			base := total * studyShare * shares[i] * t.Share
			credit, why := topicCredit(e, t, valid)
			hours := base * (1 - credit)
			reviewBase[i] += hours
			work = append(work, TopicPlan{ID: t.ID, Domain: d.Name, Title: t.Title, Kind: Study, Base: round2(base),
				Credit: round2(credit), CreditReason: why, minutes: quarter(hours), domainNumber: d.Number,
				weight: shares[i] * t.Share})
		}
	}
	for i, d := range e.Domains {
		hours := reviewBase[i] * (1 - studyShare) / studyShare
		work = append(work, TopicPlan{ID: fmt.Sprintf("%s:review-%d", e.Code, d.Number), Domain: d.Name,
			Title: "Review: " + d.Name, Kind: Review, Base: round2(hours), minutes: quarter(hours), domainNumber: d.Number,
			weight: shares[i]})
	}
	return append(work, practiceWork(c, e)...)
}

func topicCount(e *catalog.Exam) int {
	n := 0
	for _, d := range e.Domains {
		n += len(d.Topics)
	}
	return n
}

// practiceWeight ranks a practice exam above every topic when some work
// has to be left out: a timed exam is the last thing to give up.
const practiceWeight = 2

// fixWeight ranks fix time above every topic but below the practice exams
// it follows.
const fixWeight = 1

// studyShare is the part of the hours spent on first study; the rest is review.
const studyShare = 0.9

// practiceMinutes is the exam's length, or its predecessor's when unpublished,
// or two hours.
func practiceMinutes(c *catalog.Catalog, e *catalog.Exam) int {
	for x := e; x != nil; {
		if x.Format.Minutes != nil {
			return *x.Format.Minutes
		}
		next, ok := c.Exam(x.Predecessor)
		if !ok {
			break
		}
		x = next
	}
	return 120
}

// heldExam is a held certification still valid on the plan's start.
type heldExam struct {
	exam *catalog.Exam
	tags map[string]float64
}

// validHeld keeps the held certifications unexpired on day, with warnings for the others.
func validHeld(c *catalog.Catalog, held []HeldCert, day catalog.Date) ([]heldExam, []string) {
	var out []heldExam
	var warn []string
	for _, h := range held {
		e, ok := c.Exam(h.Code)
		if !ok {
			continue
		}
		expiry := c.ValidUntil(e, h.Earned)
		if !h.Earned.IsZero() && !day.Before(expiry) {
			warn = append(warn, fmt.Sprintf("%s expired on %s, so it does not shorten this plan.", e.Code, expiry))
			continue
		}
		out = append(out, heldExam{exam: e, tags: e.Tags()})
	}
	return out, warn
}

// withoutAssumed drops the held Associate certifications that a
// Professional target already assumes (those it renews, such as SAA for
// SAP): its study-hour estimate counts on that knowledge, so holding them
// must not take hours off again.
func withoutAssumed(c *catalog.Catalog, target *catalog.Exam, held []heldExam) []heldExam {
	if target.Level != catalog.Professional {
		return held
	}
	renews := map[string]bool{}
	for _, k := range c.Renews(target.Code) {
		renews[k] = true
	}
	out := held[:0:0]
	for _, h := range held {
		if h.exam.Level == catalog.Associate && renews[h.exam.Certification] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// topicCredit returns the best credit any held certification gives a topic,
// with a sentence the learner can read: "-40 %: you hold SAA-C03: iam, networking".
func topicCredit(target *catalog.Exam, t catalog.Topic, held []heldExam) (float64, string) {
	best, why := 0.0, ""
	for _, h := range held {
		var covered []string
		for _, tag := range t.Tags {
			if h.tags[tag] >= minTagShare {
				covered = append(covered, tag)
			}
		}
		credit := levelCredit[h.exam.Level] * float64(len(covered)) / float64(len(t.Tags))
		if h.exam.Certification == target.Certification {
			credit, covered = sameCertCredit, []string{"earlier version of this certification"}
		}
		if credit > best+1e-9 {
			sort.Strings(covered)
			best = credit
			why = fmt.Sprintf("-%d %%: you hold %s: %s", int(math.Round(credit*100)), h.exam.Code, strings.Join(covered, ", "))
		}
	}
	return best, why
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// applyProgress marks done topics and subtracts hours already spent.
func applyProgress(work []TopicPlan, progress map[string]Progress) {
	for i := range work {
		w := &work[i]
		w.Hours = minutesToHours(w.minutes)
		p := progress[w.ID]
		spent := spentMinutes(p, w.minutes)
		w.Spent, w.Done = round2(p.Hours), p.Done
		w.left = w.minutes - spent
		if p.Done {
			w.left = 0
		}
		w.Remaining = minutesToHours(w.left)
	}
}

// spentMinutes is the time spent on a topic of full minutes, at most full
// (clamped before converting, so any number of hours is safe).
func spentMinutes(p Progress, full int) int {
	return int(math.Round(min(p.Hours*60, float64(full))))
}

// remainingMinutes is the work still to schedule, in minutes.
func remainingMinutes(work []TopicPlan) int {
	t := 0
	for _, w := range work {
		t += w.left
	}
	return t
}

func minutesToHours(m int) float64 { return round2(float64(m) / 60) }
