package planner

import (
	"time"

	"certplan/catalog"
)

// StudyPlan is one of the learner's plans as storage keeps it and the
// screens and the command line show it: what they asked for (Input), the
// schedule the planner made from it and what they have done. It is defined
// here once; storage fills it, the layers above read it.
type StudyPlan struct {
	ID      int64
	Name    string
	Exam    string
	Created time.Time
	Version int       // the current schedule's version, from 1
	Updated time.Time // when the current version was made
	Reason  Reason    // why the current version was made
	// Input is what the plan was made from, as stored: without holidays
	// (rebuilt from Input.Country), progress or today.
	Input    Input
	Schedule Plan
	// Progress is by topic ID; a topic not in it has not been started.
	Progress map[string]TopicProgress
	// Archived plans keep their history but take no study hours.
	Archived bool
	// Items is the progress of each study item, by item ID ("SAA-C03:1.1.3").
	Items map[string]TopicProgress
	// Taken is the study time the learner's other active plans put on each
	// day from the day the plan was read (WeekBudget.Taken), which its
	// Standing takes out of the study time left; nil when it was read
	// alone. It is never stored.
	Taken map[catalog.Date]float64
	// Passed is the day the learner passed the plan's exam, as
	// PlanSummary.Passed says; zero when not. Storage loads a passed plan
	// with its Schedule cut at that day (Plan.UpToPass): it is done and
	// offers nothing to study after it.
	Passed catalog.Date
}

// Reason says why a plan version was made.
type Reason string

// The reasons for a new plan version.
const (
	ReasonNew    Reason = "new"    // the plan was created
	ReasonReplan Reason = "replan" // the remaining work was rebalanced
	ReasonEdit   Reason = "edit"   // the learner changed the inputs
)

// TopicProgress is what the learner has done on one topic (or study item)
// of a plan.
type TopicProgress struct {
	Done   bool         `json:"done"`
	DoneOn catalog.Date `json:"done_on"` // the day it was ticked; zero when not done
	Hours  float64      `json:"hours"`   // hours spent
}

// PlanSummary is one plan in the list of plans.
type PlanSummary struct {
	ID         int64
	Name       string
	Exam       string
	ExamDate   catalog.Date
	Version    int
	Updated    time.Time
	Topics     int
	TopicsDone int
	Archived   bool // keeps its history, takes no hours
	// Passed is the day the learner passed the plan's exam, when a pass of
	// it was logged on or after the day the plan was made; zero otherwise.
	Passed catalog.Date
}

// Preparing reports whether plan p still prepares for its exam: it is not
// archived and its exam is not passed. A plan whose exam is passed is
// done: it is no renewal to come and nothing to study for.
func (p PlanSummary) Preparing() bool { return !p.Archived && p.Passed.IsZero() }

// PlanVersion is one schedule in a plan's history.
type PlanVersion struct {
	Version int          `json:"version"`
	Created time.Time    `json:"created"`
	Reason  Reason       `json:"reason"`
	Today   catalog.Date `json:"today"` // the day it was planned from
	// ExamDate is the schedule's exam date; an export keeps the whole
	// schedule instead.
	ExamDate catalog.Date `json:"-"`
}

// WeekBudget is how the learner's one week of study is shared out among
// the active plans from today on.
type WeekBudget struct {
	// Taken is the study time the active plans (but the one asked about)
	// put on each day.
	Taken map[catalog.Date]float64
	// Shares are those plans' shares of the week, by plan, for saying
	// "4 h a week already go to DVA-C03 until 2027-03-01".
	Shares []PlanShare
	// Weeks is the week each of those plans whose exam is still to come
	// is planned within, by plan: a plan with another week makes its own
	// the learner's and re-fits them (Refits).
	Weeks map[int64]LearnerWeek
	// Shared is the week the plan asked about shares with those plans:
	// the hours that fit it are tried in it (SharedWeek.Fix).
	Shared SharedWeek
}

// PlanShare is one active plan's share of the week.
type PlanShare struct {
	PlanID int64
	Commitment
	// First is whether this plan has priority over the plan the budget was
	// asked about: it takes its hours first, and that one is planned
	// around it.
	First bool
}

// PlannerProgress returns the plan's progress in the planner's terms: the
// topics started or done, and the study items done.
func (p StudyPlan) PlannerProgress() map[string]Progress {
	out := make(map[string]Progress, len(p.Progress))
	for id, t := range p.Progress {
		if t.Done || t.Hours > 0 {
			out[id] = Progress{Done: t.Done, Hours: t.Hours}
		}
	}
	for id, t := range p.Items {
		if t.Done {
			out[id] = Progress{Done: true}
		}
	}
	return out
}

// Standing is the plan's standing at the start of today for its current
// schedule and progress, beside the other plans' hours when they were read
// with it (StandingBeside with p.Taken).
func (p StudyPlan) Standing(today catalog.Date) Standing {
	return StandingBeside(p.Schedule, p.PlannerProgress(), today, p.Taken)
}

// WithProgress returns the schedule with every topic's and study item's
// current ticks and hours, so that printouts, calendars and `show --json`
// show what is done today, not what was done when the version was made:
// each topic's Done, Spent and Remaining and the plan's DoneHours count
// done work as StandingOf does (TopicPlan.DoneHours). What the version
// planned stays as it was: the weeks, RequiredHours (the work left to
// schedule on the day it was planned), Coverage and Unscheduled.
func (p StudyPlan) WithProgress() Plan {
	s := p.Schedule
	progress := p.PlannerProgress()
	s.Topics = append([]TopicPlan(nil), s.Topics...)
	done := 0
	for i, t := range s.Topics {
		g, m := p.Progress[t.ID], t.doneMinutes(progress)
		s.Topics[i].Done, s.Topics[i].Spent = g.Done, g.Hours
		s.Topics[i].Remaining = minutesToHours(hoursToMinutes(t.Hours) - m)
		done += m
		s.Topics[i].Items = append([]ItemPlan(nil), t.Items...)
		for k, it := range t.Items {
			s.Topics[i].Items[k].Done = g.Done || p.Items[it.ID].Done
		}
	}
	s.DoneHours = minutesToHours(done)
	return s
}

// ScoreRecord is a practice result as kept for a plan: the score, its
// record's ID and when it was logged.
type ScoreRecord struct {
	ID     int64
	PlanID int64
	Score
	Created time.Time
}

// DesktopState is what the desktop app remembers about one data folder
// (storage keeps it in that folder, beside the data it belongs to).
type DesktopState struct {
	LastPlan   int64  `json:"last_plan,omitempty"`
	LastScreen string `json:"last_screen,omitempty"`
	// ReminderAt is the time of day ("HH:MM") of the daily study
	// reminder; "" when the learner wants none.
	ReminderAt string `json:"reminder_at,omitempty"`
}
