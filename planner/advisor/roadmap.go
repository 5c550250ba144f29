package advisor

import (
	"slices"

	"certplan/catalog"
	"certplan/planner"
)

// Roadmap limits: at least minSteps exams when there is anything to
// suggest, at most maxSteps, and beyond minSteps only candidates whose
// rules weigh at least minScore.
const (
	minSteps = 2
	maxSteps = 4
	minScore = 20
)

// scheduled is a candidate planned on the calendar.
type scheduled struct {
	cand candidate
	exam *catalog.Exam
	plan planner.Plan
}

// roadmapper lays exams out one after another at the learner's hours.
type roadmapper struct {
	cat *catalog.Catalog
	p   Profile
	// missed are candidates that no bookable version could be planned for,
	// with the plan that showed it (zero when none could be made).
	missed map[string]planner.Plan
}

// roadmap picks up to maxSteps exams from the ranked candidates: each time
// the strongest one whose usual priors are taken (renewals need none) and
// that can be booked on its date, starting the day after the previous exam
// and shortened by every exam held or passed before it (a renewed older
// version still counts for what it covered). An exam the learner already
// has an active plan for counts as passed on its exam day: when nothing is
// ready before, the roadmap waits for it.
func (r *roadmapper) roadmap(cands []candidate, hs holdings) []scheduled {
	return r.roadmapFrom(cands, hs, nil)
}

// roadmapFrom is roadmap with its first step already chosen when first is
// not nil.
func (r *roadmapper) roadmapFrom(cands []candidate, hs holdings, first *scheduled) []scheduled {
	var out []scheduled
	start := r.p.Today
	credit := hs.plannerHeld()
	pending := preparingOf(r.cat, r.p.Plans).byDate()
	for len(out) < maxSteps {
		for len(pending) > 0 && pending[0].ExamDate.Before(start) {
			hs, credit = r.passed(hs, credit, pending[0].Exam, pending[0].ExamDate)
			pending = pending[1:]
		}
		s, ok := r.nextStep(cands, out, hs.activeOn(start), credit, start)
		if first != nil && len(out) == 0 {
			s, ok = *first, true
		}
		if !ok && len(pending) > 0 {
			start = pending[0].ExamDate.AddDays(1) // wait for an exam already being prepared
			continue
		}
		if !ok {
			break
		}
		out = append(out, s)
		hs, credit = r.passed(hs, credit, s.exam.Code, s.plan.ExamDate)
		start = s.plan.ExamDate.AddDays(1)
	}
	return out
}

// passed returns the holdings and credit once exam code is passed on day.
func (r *roadmapper) passed(hs holdings, credit []planner.HeldCert, code string, day catalog.Date) (holdings, []planner.HeldCert) {
	e, _ := r.cat.Exam(code)
	hs = hs.with(r.cat, e.Certification, e.Code, day)
	return hs, append(credit, planner.HeldCert{Code: e.Code, Earned: day})
}

// nextStep returns the strongest candidate that fits after the steps so
// far, given the certifications valid at start (have) and every exam held
// or passed before it (credit), which shortens its plan. Candidates that
// can be sat as soon as they are studied come first; a Professional whose
// exam must wait for the learner's experience comes only when none does.
func (r *roadmapper) nextStep(cands []candidate, steps []scheduled, have map[string]bool, credit []planner.HeldCert, start catalog.Date) (scheduled, bool) {
	for _, wait := range []bool{false, true} {
		if s, ok := r.firstFit(cands, steps, have, credit, start, wait); ok {
			return s, true
		}
	}
	return scheduled{}, false
}

// firstFit is nextStep's search, with or without candidates whose exam
// waits for the experience its level asks.
func (r *roadmapper) firstFit(cands []candidate, steps []scheduled, have map[string]bool, credit []planner.HeldCert, start catalog.Date, wait bool) (scheduled, bool) {
	for _, c := range cands {
		if len(steps) >= minSteps && c.score < minScore {
			break
		}
		if _, gone := r.missed[c.key]; gone || r.taken(steps, c.key) {
			continue
		}
		if c.renewBy.IsZero() && !ready(c.key, have, r.p.yearsOn(start), true) {
			continue
		}
		e, plan, ok := r.schedule(c.key, start, credit)
		if ok && !wait && r.waited(e, plan) {
			continue
		}
		if !ok || (!c.renewBy.IsZero() && !plan.ExamDate.Before(c.renewBy)) {
			r.missed[c.key] = plan
			continue
		}
		return scheduled{cand: c, exam: e, plan: plan}, true
	}
	return scheduled{}, false
}

// taken reports whether an earlier step is key or already stands for it
// (an Associate step renews, so covers, Cloud Practitioner).
func (r *roadmapper) taken(steps []scheduled, key string) bool {
	return slices.ContainsFunc(steps, func(s scheduled) bool {
		return s.cand.key == key || slices.Contains(r.cat.Renews(s.exam.Code), key)
	})
}

// schedule plans certification key from start and picks the version a
// learner would book on the proposed exam date: the newest bookable then,
// a scheduled version counting from its first day. It reports false when no
// version can be booked on the date the learner could be ready.
func (r *roadmapper) schedule(key string, start catalog.Date, held []planner.HeldCert) (*catalog.Exam, planner.Plan, bool) {
	e := current(r.cat, key, start)
	if e == nil {
		e = upcoming(r.cat, key, start)
	}
	var plan planner.Plan
	for tries := 0; e != nil && tries < 3; tries++ {
		var ok bool
		if plan, ok = r.plan(e, start, held); !ok {
			return nil, plan, false
		}
		ready := readyOn(plan)
		if takeableOn(e, ready) && current(r.cat, key, ready) == e {
			return e, plan, true
		}
		e = current(r.cat, key, ready)
	}
	return nil, plan, false
}

// plan builds the study plan for exam e from start, proposing the earliest
// exam date that fits, but not before the exam's first day nor before the
// learner has the experience its level asks (see experiencedFrom).
func (r *roadmapper) plan(e *catalog.Exam, start catalog.Date, held []planner.HeldCert) (planner.Plan, bool) {
	in := planner.Input{Exam: e.Code, Start: start, Hours: planner.Even(r.p.HoursPerWeek), Held: held,
		Experience: r.p.Experience(), Taken: r.p.Taken}
	plan, err := planner.Build(r.cat, in)
	if err != nil || readyOn(plan).IsZero() {
		return plan, false
	}
	if readyOn(plan) != plan.ExamDate {
		return plan, true // not ready by the exam's last day: the next version, if any
	}
	earliest := e.AvailableFrom
	if gate := r.p.experiencedFrom(e.Level); gate.After(earliest) {
		earliest = gate
	}
	if plan.ExamDate.Before(earliest) {
		in.ExamDate = earliest
		if plan, err = planner.Build(r.cat, in); err != nil {
			return plan, false
		}
	}
	return plan, true
}

// waited reports whether the plan's exam date was moved later to wait for
// the experience the exam's level asks.
func (r *roadmapper) waited(e *catalog.Exam, plan planner.Plan) bool {
	gate := r.p.experiencedFrom(e.Level)
	return gate.After(r.p.Today) && plan.ExamDate == gate
}

// upcoming returns the newest version of key announced to start after day,
// or nil.
func upcoming(cat *catalog.Catalog, key string, day catalog.Date) *catalog.Exam {
	f, ok := cat.Certification(key)
	if !ok {
		return nil
	}
	for i := len(f.Versions) - 1; i >= 0; i-- {
		e, _ := cat.Exam(f.Versions[i])
		if !retiredOn(e, day) && e.AvailableFrom.After(day) {
			return e
		}
	}
	return nil
}

// windowEnd is the last day the roadmap looks after: its last exam, but at
// least a year from today, since a renewal takes months to prepare.
func windowEnd(today catalog.Date, steps []scheduled) catalog.Date {
	end := today.AddYears(1)
	if len(steps) > 0 && steps[len(steps)-1].plan.ExamDate.After(end) {
		end = steps[len(steps)-1].plan.ExamDate
	}
	return end
}

// renewals lists the certifications held today that expire within the
// roadmap's window with neither a step nor an active plan or booked exam
// renewing them in time (planner.RenewingExam), as candidates to sit first: renewal is their
// reason.
func renewals(cat *catalog.Catalog, hs holdings, steps []scheduled, p Profile) []candidate {
	end := windowEnd(p.Today, steps)
	var out []candidate
	for _, k := range sortedKeys(hs) {
		h := hs[k]
		if h.expiry.IsZero() || h.expiry.After(end) || renewedInTime(cat, k, h, steps) != nil {
			continue
		}
		if _, planned := planner.RenewingExam(cat, k, h.expiry, p.Today, p.Plans, p.Booked); planned {
			continue
		}
		out = append(out, candidate{key: k, score: renewalScore, renewBy: h.expiry, heldAs: h.code,
			reasons: []string{renewalReason(cat, k, h)}})
	}
	return out
}

// renewalScore puts a renewal ahead of everything else: once a
// certification expires it cannot be renewed, only earned again.
const renewalScore = 100

// renewedInTime returns the first step that renews key before it expires.
func renewedInTime(cat *catalog.Catalog, key string, h holding, steps []scheduled) *scheduled {
	for i, s := range steps {
		if s.plan.ExamDate.Before(h.expiry) && slices.Contains(cat.Renews(s.exam.Code), key) {
			return &steps[i]
		}
	}
	return nil
}

// readyOn is the day the learner could sit plan's exam at these hours: the
// proposed exam date, or when the work fits only after the exam's last day,
// the date it would fit (zero when it fits nowhere within five years).
func readyOn(plan planner.Plan) catalog.Date {
	if plan.ExamDateProposed && plan.EarliestExam.IsZero() && !plan.LastDay.IsZero() {
		return plan.FitsAfterLastDay
	}
	return plan.ExamDate
}
