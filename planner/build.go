package planner

import (
	"math"
	"slices"

	"certplan/catalog"
)

// Build makes a study plan from the input. It fails only on invalid input;
// a plan that does not fit is an answer (Feasible false), not an error.
func Build(c *catalog.Catalog, in Input) (Plan, error) { return build(c, in, nil, false) }

// Rebalance re-plans the remaining work from in.Today on, keeping every
// session of prev before today as it was and never re-planning done topics.
// A plan the learner is on track with (StandingOf), topic by topic, comes
// back unchanged, unless the input changed what the plan is made of (its
// days, their hours or the topics' hours): then it is re-planned like any
// other. Rebalance also learns: the learner's observed pace scales the open
// study topics (see pace.go) and in.Readiness, when given, moves review
// time toward weak domains (see adjust.go); Plan.Changes says what moved
// and why.
func Rebalance(c *catalog.Catalog, in Input, prev Plan) (Plan, error) {
	if in.Today.IsZero() {
		in.Today = in.Start
	}
	if err := in.Validate(c); err != nil {
		return Plan{}, err
	}
	if in.ExamDate.IsZero() {
		in.ExamDate = prev.ExamDate
	}
	if err := checkNotPassed(in.ExamDate, in.Today); err != nil {
		return Plan{}, err
	}
	in.Today = planFrom(prev, in.Progress, in.Today, in.ExamDate)
	var past []Session
	for _, w := range prev.Weeks {
		for _, s := range w.Sessions {
			if s.Date.Before(in.Today) {
				past = append(past, s)
			}
		}
	}
	next, err := build(c, in, past, true)
	if err == nil && StandingOf(prev, in.Progress, in.Today).State == OnTrack &&
		matchesTopics(prev, in.Progress, in.Today) && sameFrame(prev, next) {
		return prev, nil
	}
	return next, err
}

// sameFrame reports whether two plans have the same inputs and dates, weeks
// with the same capacity and days off, and the same topics of the same hours.
func sameFrame(a, b Plan) bool {
	return sameInputs(a.Inputs, b.Inputs) && a.Start == b.Start && a.ExamDate == b.ExamDate &&
		sameWeekFrames(a.Weeks, b.Weeks) && sameTopicHours(a.Topics, b.Topics)
}

func sameInputs(x, y InputsEcho) bool {
	return x.Hours == y.Hours && x.Experience == y.Experience && x.Override == y.Override && x.Order == y.Order &&
		slices.Equal(x.Held, y.Held) && slices.Equal(x.TimeOff, y.TimeOff)
}

func sameWeekFrames(a, b []Week) bool {
	return slices.EqualFunc(a, b, func(w, v Week) bool {
		return w.Start == v.Start && w.End == v.End && w.CapacityHours == v.CapacityHours && slices.Equal(w.DaysOff, v.DaysOff)
	})
}

func sameTopicHours(a, b []TopicPlan) bool {
	return slices.EqualFunc(a, b, func(t, u TopicPlan) bool { return t.ID == u.ID && t.Hours == u.Hours })
}

func build(c *catalog.Catalog, in Input, past []Session, learn bool) (Plan, error) {
	if err := in.Validate(c); err != nil {
		return Plan{}, err
	}
	e, _ := c.Exam(in.Exam)
	in = in.defaulted().withHolidays()
	from := in.Start
	if in.Today.After(from) {
		from = in.Today
	}
	work, heldWarnings := workOf(c, e, in)
	var changes []string
	var fromReadiness bool
	if learn {
		changes, fromReadiness = learnFrom(e, in, work)
	}
	published := attachItems(e, work, in.Progress)
	p := newPlan(e, in, from, work)
	p.Changes, p.FromReadiness = append(p.Changes, changes...), fromReadiness
	if p.ItemsPublished = published; !published {
		p.ItemsNote = itemsNoteText
	}
	need := remainingMinutes(work)
	fc := fitCheck{in: in, from: from, work: work, order: func(w []TopicPlan, seq []int) { orderStudy(e, in.Order, w, seq) }}
	earliest := earliestFit(in, from, need, fc.fits)
	within := withinLastDay(e, from, earliest)
	if lastDayAhead(e, from) {
		p.LastDay = e.LastDay
	}
	p.EarliestExam = firstExamDayFrom(e, in, within, p.LastDay)
	p.ExamDate, p.ExamDateProposed = in.ExamDate, in.ExamDate.IsZero()
	if p.ExamDateProposed {
		p.ExamDate = p.EarliestExam
		if p.ExamDate.IsZero() && !p.LastDay.IsZero() {
			p.ExamDate = LastExamDay(e, in, from.AddDays(1), p.LastDay)
		}
	}
	// Warn about the date the plan is for, the learner's or the proposed one.
	p.Warnings = append(examWarnings(c, e, in.Start, p.ExamDate), heldWarnings...)
	if within != earliest {
		p.FitsAfterLastDay = earliest
		p.Warnings = append(p.Warnings, afterLastDayWarning(c, e, earliest))
	}
	if why := dayOff(in, p.ExamDate); why != "" && !p.ExamDate.IsZero() {
		p.Warnings = append(p.Warnings, examDayOffWarning(p.ExamDate, why))
	}
	if p.ExamDate.IsZero() {
		p.Warnings = append(p.Warnings, noFitWarning(in))
		p.Unscheduled, _ = unscheduledOf(work, nil)
		p.Coverage = coverageOf(0, need)
		return p, nil
	}
	schedule(&p, in, e, fc, work, past, earliest)
	return p, nil
}

// firstExamDayFrom is the first day from d on that the learner can sit
// exam e (FirstExamDay), up to its last day when it has one still to come,
// else within five years of the start; zero when d is.
func firstExamDayFrom(e *catalog.Exam, in Input, d, lastDay catalog.Date) catalog.Date {
	if d.IsZero() {
		return 0
	}
	to := in.Start.AddDays(maxHorizonDays)
	if !lastDay.IsZero() {
		to = lastDay
	}
	return FirstExamDay(e, in, d, to)
}

// defaulted fills in what an input may leave empty: some experience, and
// first study by weight.
func (in Input) defaulted() Input {
	if in.Experience == "" {
		in.Experience = Some
	}
	if in.Order == "" {
		in.Order = ByWeight
	}
	return in
}

// workOf is exam e's work for in, with credit for the certifications
// in.Held holds on in.Start and what in.Progress has done, and warnings
// about the held ones that give none.
func workOf(c *catalog.Catalog, e *catalog.Exam, in Input) ([]TopicPlan, []string) {
	held, warnings := validHeld(c, in.Held, in.Start)
	work := buildWork(c, e, in, withoutAssumed(c, e, held))
	applyProgress(work, in.Progress)
	return work, warnings
}

// learnFrom scales the open study by the learner's pace and moves review
// toward weak domains, and says what it changed and whether the readiness
// estimates changed some of it.
func learnFrom(e *catalog.Exam, in Input, work []TopicPlan) (changes []string, fromReadiness bool) {
	changes = []string{}
	if s := applyPace(work, in.Progress); s != "" {
		changes = append(changes, s)
		applyProgress(work, in.Progress)
	}
	if moved := applyReadiness(e, work, in.Readiness); len(moved) > 0 {
		changes = append(changes, moved...)
		applyProgress(work, in.Progress)
		fromReadiness = true
	}
	return changes, fromReadiness
}

// schedule places the remaining work between the first day (fc.from) and
// the exam and gives the verdict on whether it fits; earliest is the first
// exam date the work fits before (zero when none does), whether or not
// the exam can be sat that day.
func schedule(p *Plan, in Input, e *catalog.Exam, fc fitCheck, work []TopicPlan, past []Session, earliest catalog.Date) {
	from := fc.from
	days := calendar(in, in.Hours, from, p.ExamDate)
	need := remainingMinutes(work)
	fitted, pl := fc.placeByExam(work, days, earliest)
	for i := range work {
		work[i].Title = fitted[i].Title // a practice exam placed in parts says so
	}
	unscheduled, scheduled := unscheduledOf(work, pl.pieces)
	p.CapacityHours = minutesToHours(capacity(days))
	p.ShortfallHours = minutesToHours(need - scheduled)
	p.Unscheduled, p.Coverage = unscheduled, coverageOf(scheduled, need)
	p.Feasible = scheduled == need
	if !p.Feasible {
		p.ShortfallBy = shortfallOf(need, scheduled, capacity(days), pl)
		fits := func(hours Weekdays) bool { return fc.fits(hours, p.ExamDate) }
		p.HoursPerWeekNeeded = weeklyHoursNeeded(in, from, p.ExamDate, need, fits)
		p.FitWeekdays = weekdaysThatFit(in, from, p.ExamDate, need, fits)
	}
	if pl.newUntil >= 0 {
		p.NoNewMaterialFrom = days[pl.newUntil].date
	}
	p.Warnings = append(p.Warnings, scheduleWarnings(in, e, days, pl.parts > 0, *p)...)
	p.Weeks = makeWeeks(in, from, p.ExamDate, work, days, pl.pieces, past)
	fillSessionItems(p.Weeks, work, from)
}

// newPlan fills the plan's header, topics and domain hours.
func newPlan(e *catalog.Exam, in Input, from catalog.Date, work []TopicPlan) Plan {
	p := Plan{Exam: e.Code, ExamName: e.Name, Start: in.Start, Today: from, Topics: work, DomainsFrom: e.ProvisionalFrom, Changes: []string{},
		Inputs: InputsEcho{Hours: in.Hours, Held: in.Held, Experience: in.Experience, TimeOff: in.TimeOff, Override: in.HoursOverride, Order: in.Order}}
	left, total, done := 0, 0, 0
	perDomain := map[int]int{}
	for _, w := range work {
		left, total, done = left+w.left, total+w.minutes, done+w.minutes-w.left
		perDomain[w.domainNumber] += w.minutes
	}
	p.RequiredHours, p.TotalHours, p.DoneHours = minutesToHours(left), minutesToHours(total), minutesToHours(done)
	p.Domains = make([]DomainHours, 0, len(e.Domains))
	for _, d := range e.Domains {
		p.Domains = append(p.Domains, DomainHours{Number: d.Number, Name: d.Name, Weight: d.Weight, Hours: minutesToHours(perDomain[d.Number])})
	}
	return p
}

// matchesTopics reports whether the learner's progress matches, topic by
// topic, what prev counted as done (TopicPlan.DoneHours, study items
// included) plus what it planned before today, with
// exactly the topics ticked off that prev had done or planned in full. It
// is not a standing (StandingOf is): it says whether prev's past sessions
// still describe what was done, so that keeping prev loses nothing.
func matchesTopics(prev Plan, progress map[string]Progress, today catalog.Date) bool {
	if len(prev.Topics) == 0 {
		return false
	}
	planned := map[string]int{}
	for _, w := range prev.Weeks {
		for _, s := range w.Sessions {
			if s.Date.Before(today) {
				planned[s.WorkTopic()] += int(math.Round(s.Hours * 60))
			}
		}
	}
	for _, t := range prev.Topics {
		full := int(math.Round(t.Hours * 60))
		want := full - int(math.Round(t.Remaining*60)) + planned[t.ID]
		p, got := progress[t.ID], t.doneMinutes(progress)
		if t.Done {
			want = full
		}
		if got != want || p.Done != (t.Done || (want == full && full > 0)) {
			return false
		}
	}
	return true
}
