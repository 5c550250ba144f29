package planner

import (
	"fmt"

	"certplan/catalog"
)

// Plan is a week-by-week study schedule and the verdict on whether it fits.
type Plan struct {
	Exam     string       `json:"cert"`
	ExamName string       `json:"name"`
	Start    catalog.Date `json:"start"`
	ExamDate catalog.Date `json:"exam"`
	// ExamDateProposed is true when the learner gave no date and the planner chose the earliest that fits.
	ExamDateProposed bool `json:"exam_proposed"`
	Feasible         bool `json:"feasible"`
	// RequiredHours is the work still to schedule; TotalHours includes what is done.
	RequiredHours  float64 `json:"required_hours"`
	TotalHours     float64 `json:"total_hours"`
	DoneHours      float64 `json:"done_hours"`
	CapacityHours  float64 `json:"capacity_hours"`
	ShortfallHours float64 `json:"shortfall_hours"`
	// ShortfallBy is ShortfallHours by cause (see Plan.Shortfall); zero
	// when the plan fits.
	ShortfallBy Shortfall `json:"shortfall_by,omitzero"`
	// EarliestExam is the first exam date the remaining work fits before, at
	// these hours; zero when none does up to LastDay or within five years.
	EarliestExam catalog.Date `json:"earliest_exam"`
	// LastDay is the last day the exam can be taken, when it has one still
	// to come: no date after it fits, and a proposed date is at most it.
	LastDay catalog.Date `json:"last_day,omitzero"`
	// FitsAfterLastDay is the earliest exam date the work would fit before
	// when that is after LastDay (EarliestExam is zero then): when the
	// learner could be ready, had the exam no last day.
	FitsAfterLastDay catalog.Date `json:"fits_after_last_day,omitzero"`
	// HoursPerWeekNeeded is what a week must hold for the work to fit the chosen date.
	HoursPerWeekNeeded float64 `json:"hours_per_week_needed"`
	// FitWeekdays is the fewest hours per weekday that fit the work before
	// the chosen date, spread over the week within DayLimit (SpreadHours);
	// all zero when the plan fits or no such week does.
	FitWeekdays Weekdays `json:"fit_weekdays"`
	// Coverage is the share of RequiredHours the weeks schedule: 1 when the
	// plan fits, less when its topics are thinner or some are left out.
	Coverage float64 `json:"coverage"`
	// Unscheduled is the work the weeks leave out, topic by topic: a part
	// of a thinner topic, or all of one left out. Scheduled plus
	// unscheduled hours are RequiredHours.
	Unscheduled []Unscheduled `json:"unscheduled"`
	// NoNewMaterialFrom is the first day of the plan's last 15 %, which
	// holds only review, practice and fix time; zero when the work needs it.
	NoNewMaterialFrom catalog.Date `json:"no_new_material_from"`
	// DomainsFrom names the exam whose domains the plan follows because the
	// exam's own are not published ("SAP-C02" for SAP-C03); "" otherwise.
	DomainsFrom string        `json:"domains_from,omitempty"`
	Domains     []DomainHours `json:"domains"`
	Topics      []TopicPlan   `json:"topics"`
	Weeks       []Week        `json:"weeks"`
	Warnings    []string      `json:"warnings"`
	// ItemsPublished is whether the exam's study items are published; when
	// not, ItemsNote says so and sessions name only their task statements.
	ItemsPublished bool   `json:"items_published"`
	ItemsNote      string `json:"items_note"`
	// Changes says what a rebalance changed beyond moving days, and why:
	// the pace it learnt, review moved toward weak domains.
	Changes []string `json:"changes"`
	// FromReadiness is whether some of Changes move review by the learner's
	// practice results (their readiness estimates), so that a screen can
	// say how those are estimated.
	FromReadiness bool         `json:"from_readiness,omitempty"`
	Today         catalog.Date `json:"today"`
	Inputs        InputsEcho   `json:"inputs"`
	// Passed is the day the learner passed the exam, for a schedule cut
	// at it (UpToPass): it holds nothing after that day. Zero otherwise.
	Passed catalog.Date `json:"passed,omitzero"`
	// AfterPass are the sessions UpToPass took out, after the pass day:
	// never due, but a calendar exported before the pass may hold them.
	AfterPass []Session `json:"-"`
}

// InputsEcho records the inputs a plan was made from, for display and storage.
type InputsEcho struct {
	Hours      Weekdays   `json:"hours"`
	Held       []HeldCert `json:"held"`
	Experience Experience `json:"experience"`
	TimeOff    []Span     `json:"time_off"`
	Override   float64    `json:"hours_override"`
	// Order is the order of first study the plan used: "weight" or "guide".
	Order Order `json:"order"`
}

// DomainHours is the planned hours of one exam domain.
type DomainHours struct {
	Number int      `json:"number"`
	Name   string   `json:"name"`
	Weight *float64 `json:"weight"`
	Hours  float64  `json:"hours"`
}

// Week is one ISO week (Monday to Sunday) of the plan, cut to the plan's window.
type Week struct {
	Start         catalog.Date `json:"start"`
	End           catalog.Date `json:"end"`
	CapacityHours float64      `json:"capacity_hours"`
	PlannedHours  float64      `json:"planned_hours"`
	Items         []Item       `json:"items"`
	Sessions      []Session    `json:"sessions"`
	DaysOff       []DayOff     `json:"days_off,omitempty"`
}

// Item is the week's total for one topic (for reviews, one topic and task reviewed).
type Item struct {
	Topic  string  `json:"topic"`
	Domain string  `json:"domain"`
	Title  string  `json:"title"`
	Hours  float64 `json:"hours"`
	Kind   Kind    `json:"kind"`
	// Reviews is the task a review goes over, "SAA-C03:1.2"; empty for other kinds.
	Reviews string `json:"reviews,omitempty"`
}

// Session is study of one topic on one real day. A review session's Topic
// (and Reviews, kept for readers of older plan JSON) is the task it goes
// over, CountsToward the domain review whose hours it spends, and Title
// says so ("Review: Design secure access to AWS resources").
type Session struct {
	Date    catalog.Date `json:"date"`
	Topic   string       `json:"topic"`
	Title   string       `json:"title"`
	Domain  string       `json:"domain"`
	Hours   float64      `json:"hours"`
	Kind    Kind         `json:"kind"`
	Reviews string       `json:"reviews,omitempty"`
	// CountsToward is the plan topic a review's hours and tick belong to
	// ("SAA-C03:review-1"); empty for other kinds (see WorkTopic).
	CountsToward string `json:"counts_toward,omitempty"`
	// Items are the study items the session covers, in order; a review's
	// are the items of the task it goes over, each marked Revisit.
	Items []SessionItem `json:"items"`
}

// DayOff is a weekday with study hours that the plan leaves free, and why.
type DayOff struct {
	Date   catalog.Date `json:"date"`
	Reason string       `json:"reason"`
}

// ProvisionalText says plainly, for a plan whose exam's domains are not
// published, whose domains it follows and until when; "" otherwise.
func (p *Plan) ProvisionalText() string {
	if p.DomainsFrom == "" {
		return ""
	}
	return fmt.Sprintf("%s's domains are not published yet: this plan follows %s's domains and weights until AWS's exam guide for %s is available.",
		p.Exam, p.DomainsFrom, p.Exam)
}

// Done reports whether every topic of the plan is ticked off.
func (p *Plan) Done() bool {
	for _, t := range p.Topics {
		if !t.Done {
			return false
		}
	}
	return len(p.Topics) > 0
}

// Week returns the index of the week holding date d, or -1.
func (p *Plan) Week(d catalog.Date) int {
	for i, w := range p.Weeks {
		if !d.Before(w.Start) && !d.After(w.End) {
			return i
		}
	}
	return -1
}

// WithFixesOf returns the plan with the fixes of now, the same plan made
// again today around what the other plans take now (see TakenBy): its
// earliest exam date, hours a week needed and hours that fit. A stored
// plan's own fixes were worked out when it was planned, before the other
// plans' sessions changed, and need not fit any more.
func (p Plan) WithFixesOf(now Plan) Plan {
	p.EarliestExam, p.HoursPerWeekNeeded, p.FitWeekdays = now.EarliestExam, now.HoursPerWeekNeeded, now.FitWeekdays
	return p
}
