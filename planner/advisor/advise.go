package advisor

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// Advice is the advisor's answer: the exam to take next and why, other good
// first exams, a roadmap of two to four exams on one calendar, and what the
// learner should watch out for.
type Advice struct {
	Next         Pick     `json:"next"`
	Alternatives []Pick   `json:"alternatives"`
	Roadmap      []Step   `json:"roadmap"`
	Warnings     []string `json:"warnings"`
}

// Pick is a suggested exam with the reasons for it, in plain sentences tied
// to the learner's answers.
type Pick struct {
	Code    string   `json:"code"`
	Name    string   `json:"name"`
	Reasons []string `json:"reasons"`
	// LeadsTo, for an alternative, is the roadmap that would follow it:
	// the exam codes after it, in order.
	LeadsTo []string `json:"leads_to"`
}

// Step is one exam of the roadmap: study from Start, sit the exam on Exam,
// Hours of study (already shortened by what earlier steps and held
// certifications cover), and the keys of the held certifications that
// passing it renews.
type Step struct {
	Code   string       `json:"code"`
	Start  catalog.Date `json:"start"`
	Exam   catalog.Date `json:"exam"`
	Hours  float64      `json:"hours"`
	Renews []string     `json:"renews"`
}

// maxAlternatives is how many other first exams the advice offers.
const maxAlternatives = 3

// Advise answers "which certification next?" for the profile. It fails only
// on invalid input, with a message that names the allowed values.
func Advise(cat *catalog.Catalog, p Profile) (Advice, error) {
	p, err := p.normalised()
	if err != nil {
		return Advice{}, err
	}
	if err := p.Validate(cat); err != nil {
		return Advice{}, err
	}
	hs, warnings := holdingsOf(cat, p.Held, p.Today)
	ps := preparingOf(cat, p.Plans)
	warnings = append(warnings, ps.warnings(p)...)
	cands := withoutPreparing(eligible(score(cat, p), hs.covered(cat)), ps)
	r := &roadmapper{cat: cat, p: p, missed: map[string]planner.Plan{}}
	steps := r.roadmap(cands, hs)
	if renew := withoutPreparing(renewals(cat, hs, steps, p), ps); len(renew) > 0 {
		cands = append(renew, cands...)
		rank(cands)
		r.missed = map[string]planner.Plan{}
		steps = r.roadmap(cands, hs)
	}
	a := Advice{Next: Pick{Reasons: []string{}, LeadsTo: []string{}}, Alternatives: []Pick{}, Roadmap: r.steps(steps, hs, ps), Warnings: warnings}
	if len(steps) > 0 {
		a.Next = r.pick(steps[0], hs, false)
		a.Alternatives = r.alternatives(cands, steps[0].cand.key, hs)
	} else {
		a.Warnings = append(a.Warnings, nothingToSuggestFor(p))
	}
	a.Warnings = append(a.Warnings, r.warnings(cands, steps, hs)...)
	if a.Warnings == nil {
		a.Warnings = []string{}
	}
	return a, nil
}

// nothingToSuggest is the warning when no exam fits the profile.
const nothingToSuggest = "Nothing to suggest: you hold every certification that suits these answers, " +
	"or none can be booked in time at these hours. "

// nothingToSuggestFor is nothingToSuggest with what to try next: another
// goal or focus, or, when the learner chose neither, one of them.
func nothingToSuggestFor(p Profile) string {
	if p.Goal == "" && len(p.Focus) == 0 {
		return nothingToSuggest + "Choose a goal or a focus, or more hours a week."
	}
	return nothingToSuggest + "Try another goal or focus, or more hours a week."
}

// normalised returns the profile with role, goal and focus in their
// canonical spelling.
func (p Profile) normalised() (Profile, error) {
	var err error
	if p.Role, err = ParseRole(string(p.Role)); err != nil {
		return p, err
	}
	if p.Goal, err = ParseGoal(string(p.Goal)); err != nil {
		return p, err
	}
	p.Focus, err = ParseFocus(strings.Join(p.Focus, ","))
	return p, err
}

// eligible drops the candidates a held certification already covers.
func eligible(cands []candidate, covered map[string]bool) []candidate {
	return slices.DeleteFunc(cands, func(c candidate) bool { return covered[c.key] })
}

// steps turns the scheduled exams into the roadmap's steps. What a step
// renews counts the passes before it: the active plans' exams (ps) on
// their exam dates and the earlier steps, each renewing what it renews.
func (r *roadmapper) steps(ss []scheduled, hs holdings, ps preparing) []Step {
	out := []Step{}
	plans := slices.DeleteFunc(ps.byDate(), func(p planner.PlanSummary) bool { return p.ExamDate.Before(r.p.Today) })
	for _, s := range ss {
		for ; len(plans) > 0 && plans[0].ExamDate.Before(s.plan.ExamDate); plans = plans[1:] {
			hs = hs.passed(r.cat, plans[0].Exam, plans[0].ExamDate)
		}
		active := hs.activeOn(s.plan.ExamDate)
		renews := []string{}
		for _, k := range r.cat.Renews(s.exam.Code) {
			if active[k] {
				renews = append(renews, k)
			}
		}
		out = append(out, Step{Code: s.exam.Code, Start: s.plan.Start, Exam: s.plan.ExamDate, Hours: s.plan.TotalHours, Renews: renews})
		hs = hs.passed(r.cat, s.exam.Code, s.plan.ExamDate)
	}
	return out
}

// alternatives offers other first exams, strongest first: ready by what the
// learner holds (soft priors are only a nudge here) and bookable in time.
func (r *roadmapper) alternatives(cands []candidate, next string, hs holdings) []Pick {
	out := []Pick{}
	have := hs.activeOn(r.p.Today)
	for _, c := range cands {
		if len(out) == maxAlternatives {
			break
		}
		if c.key == next || (c.renewBy.IsZero() && !ready(c.key, have, r.p.Years, false)) {
			continue
		}
		e, plan, ok := r.schedule(c.key, r.p.Today, hs.plannerHeld())
		// An exam that waits for experience is no alternative, whether its
		// date is the wait's end or a later one that its hours need.
		if !ok || r.p.experiencedFrom(e.Level).After(r.p.Today) || (!c.renewBy.IsZero() && !plan.ExamDate.Before(c.renewBy)) {
			continue
		}
		s := scheduled{cand: c, exam: e, plan: plan}
		p := r.pick(s, hs, true)
		p.LeadsTo = r.leadsTo(cands, hs, s)
		out = append(out, p)
	}
	return out
}

// pick explains a scheduled exam: the rules' reasons, the step it follows,
// why this version, and when the learner could sit it. Alternatives also
// say when they skip the usual first step or are in beta.
func (r *roadmapper) pick(s scheduled, hs holdings, alternative bool) Pick {
	reasons := slices.Clone(s.cand.reasons)
	if s.cand.renewBy.IsZero() {
		reasons = appendIf(reasons, priorReason(r.cat, s.cand.key, hs))
	}
	if alternative {
		reasons = appendIf(reasons, softReason(s.cand.key, hs.activeOn(r.p.Today), r.p.Years))
		reasons = appendIf(reasons, betaNote(s.exam, s.plan.ExamDate))
	}
	reasons = appendIf(reasons, versionReason(r.cat, s.exam, r.p.Today))
	week := number(r.p.HoursPerWeek) + " hours a week"
	if r.p.SharesWeek() {
		week += ", less what your active plans take,"
	}
	reasons = append(reasons, fmt.Sprintf("At %s you could sit it on %s, after about %s hours of study.",
		week, s.plan.ExamDate, number(math.Round(s.plan.TotalHours))))
	return Pick{Code: s.exam.Code, Name: s.exam.Name, Reasons: reasons, LeadsTo: []string{}}
}

// leadsTo lists the exams a roadmap starting with first would go on to.
func (r *roadmapper) leadsTo(cands []candidate, hs holdings, first scheduled) []string {
	other := &roadmapper{cat: r.cat, p: r.p, missed: map[string]planner.Plan{}}
	out := []string{}
	for _, s := range other.roadmapFrom(cands, hs, &first)[1:] {
		out = append(out, s.exam.Code)
	}
	return out
}

// versionReason explains why the pick is not the version bookable today.
func versionReason(cat *catalog.Catalog, e *catalog.Exam, today catalog.Date) string {
	cur := current(cat, e.Certification, today)
	switch {
	case cur == nil:
		return fmt.Sprintf("%s is the version to book: it can be taken from %s.", e.Code, e.AvailableFrom)
	case cur != e && !cur.LastDay.IsZero():
		return fmt.Sprintf("%s's last day is %s, before you could be ready, so this is the new version %s, bookable from %s.",
			cur.Code, cur.LastDay, e.Code, e.AvailableFrom)
	case cur != e:
		return fmt.Sprintf("%s replaces %s from %s.", e.Code, cur.Code, e.AvailableFrom)
	}
	return ""
}

func appendIf(xs []string, s string) []string {
	if s == "" {
		return xs
	}
	return append(xs, s)
}

// number formats hours without trailing zeros: 10, 7.5.
func number(x float64) string { return fmt.Sprintf("%g", math.Round(x*100)/100) }
