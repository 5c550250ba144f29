package advisor

import (
	"fmt"
	"slices"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// warnings says what the learner should watch: held certifications that
// expire within the roadmap, strong candidates that cannot be booked in
// time, and roadmap exams that are in beta, retiring or provisional.
func (r *roadmapper) warnings(cands []candidate, steps []scheduled, hs holdings) []string {
	out := r.expiryWarnings(steps, hs)
	for _, c := range cands {
		plan, missed := r.missed[c.key]
		if missed && c.renewBy.IsZero() && c.score >= minScore {
			out = append(out, r.missedWarning(c.key, plan))
		}
	}
	for _, s := range steps {
		out = appendIf(out, betaNote(s.exam, s.plan.ExamDate))
		out = appendIf(out, lastDayNote(s))
		if r.waited(s.exam, s.plan) {
			out = append(out, fmt.Sprintf("%s is planned for %s, when you will have about %d years of hands-on AWS work, as Professional exams expect: the study can wait until nearer the date.",
				s.exam.Code, s.plan.ExamDate, professionalYears))
		}
		if s.exam.Provisional() {
			out = append(out, fmt.Sprintf("%s's domains are not published yet, so its hours are estimated from %s's.", s.exam.Code, s.exam.ProvisionalFrom))
		}
	}
	return appendIf(out, r.shortRoadmap(steps))
}

// shortRoadmap says why the roadmap holds fewer than minSteps exams, or
// returns "" when it holds enough or nothing at all (nothingToSuggest
// covers that).
func (r *roadmapper) shortRoadmap(steps []scheduled) string {
	if len(steps) != 1 {
		return ""
	}
	why := "no other certification suits these answers beyond what you hold"
	if len(preparingOf(r.cat, r.p.Plans)) > 0 {
		why += " or already prepare for"
	}
	if len(r.missed) > 0 {
		why += " and can be booked in time"
	}
	next := "Choose a goal or a focus to see further steps."
	if r.p.Goal != "" || len(r.p.Focus) > 0 {
		next = "Try another goal or focus to see further steps."
	}
	return fmt.Sprintf("The roadmap holds only %s: %s. %s", steps[0].exam.Code, why, next)
}

// expiryWarnings covers every held certification that expires within the
// roadmap's window: renewed in time, renewed too late, or not at all.
func (r *roadmapper) expiryWarnings(steps []scheduled, hs holdings) []string {
	end := windowEnd(r.p.Today, steps)
	var out []string
	for _, k := range sortedKeys(hs) {
		h := hs[k]
		if h.expiry.IsZero() || h.expiry.After(end) {
			continue
		}
		if w := r.plannedRenewal(k, h); w != "" {
			out = append(out, w)
			continue
		}
		if s := renewedInTime(r.cat, k, h, steps); s != nil {
			out = append(out, fmt.Sprintf("Your %s expires on %s; the roadmap's %s exam on %s renews it, so keep to that date.",
				h.code, h.expiry, s.exam.Code, s.plan.ExamDate))
			continue
		}
		out = append(out, r.notRenewed(k, h, steps))
	}
	return out
}

// renewal describes how held certification key is renewed, given the
// learner's plans today, in the words the certifications screen, `certplan
// certs` and the PDF use (planner.DescribeRenewal).
func (r *roadmapper) renewal(key string, h holding) planner.HeldCertification {
	c := planner.HeldCertification{Key: key, Exam: h.code, Expiry: h.expiry}
	return planner.DescribeRenewal(r.cat, c, r.p.Plans, r.p.Booked, r.p.Today)
}

// plannedRenewal says that an active plan renews held certification key:
// the one planner.RenewingPlan names (its exam before the expiry, of this
// or a higher certification), in the description's words, or else a plan
// for key itself with no exam date yet, which renews it if its exam comes
// in time; "" when no plan does.
func (r *roadmapper) plannedRenewal(key string, h holding) string {
	d := r.renewal(key, h)
	if d.Planned() {
		return fmt.Sprintf("Your %s expires on %s: %s.", h.code, h.expiry, lowerFirst(d.Renewal()))
	}
	p, ok := preparingOf(r.cat, r.p.Plans)[key]
	if !ok || !p.ExamDate.IsZero() {
		return ""
	}
	return fmt.Sprintf("Your %s expires on %s: %s; your plan %d for %s has no exam date yet, so give it one before then.",
		h.code, h.expiry, lowerFirst(d.Renewal()), p.ID, p.Exam)
}

// notRenewed warns about a held certification that expires before any
// roadmap step renews it, and says how to renew it.
func (r *roadmapper) notRenewed(key string, h holding, steps []scheduled) string {
	renew := renewalExam(r.cat, key, r.p.Today, h.expiry)
	if renew == nil {
		return fmt.Sprintf("Your %s expires on %s and cannot be renewed: no version of its exam can be booked any more.", h.code, h.expiry)
	}
	how := r.howToRenew(key, h, renew)
	for _, s := range steps {
		if slices.Contains(r.cat.Renews(s.exam.Code), key) {
			return fmt.Sprintf("Your %s expires on %s, before the roadmap's %s exam on %s: %s, or move %s earlier; once expired it can only be earned again.",
				h.code, h.expiry, s.exam.Code, s.plan.ExamDate, how, s.exam.Code)
		}
	}
	return fmt.Sprintf("Your %s expires on %s, and no step of this roadmap renews it: %s; once expired it can only be earned again.",
		h.code, h.expiry, how)
}

// howToRenew says how to renew held certification key, which no plan
// renews: add hours when at the learner's hours renew could not be ready
// in time, else in the description's words (planner.DescribeRenewal) when
// the catalog names an exam for it before the expiry, else by passing
// renew (the version bookable today, or the next one announced).
func (r *roadmapper) howToRenew(key string, h holding, renew *catalog.Exam) string {
	if _, tried := r.missed[key]; tried {
		return fmt.Sprintf("at %s hours a week %s could not be ready before then, so add hours to renew it", number(r.p.HoursPerWeek), renew.Code)
	}
	if d := r.renewal(key, h); d.RenewWith != "" || d.RenewAlso != "" {
		return lowerFirst(d.Renewal())
	}
	return fmt.Sprintf("pass %s before then to renew it", renew.Code)
}

// renewalReason is the reason a renewal is suggested.
func renewalReason(cat *catalog.Catalog, key string, h holding) string {
	name := key
	if f, ok := cat.Certification(key); ok {
		name = f.Name
	}
	return fmt.Sprintf("Your %s expires on %s: passing the current %s exam before then renews it for another %d years; once expired it can only be earned again.",
		h.code, h.expiry, name, cat.Rules().ValidityYears)
}

// renewalExam is the exam that renews key before it expires: the version
// bookable the day before expiry, else today's or the next one announced;
// nil when there is none.
func renewalExam(cat *catalog.Catalog, key string, today, expiry catalog.Date) *catalog.Exam {
	if e := current(cat, key, expiry.AddDays(-1)); e != nil {
		return e
	}
	if e := current(cat, key, today); e != nil {
		return e
	}
	return upcoming(cat, key, today)
}

// missedWarning explains why a strong candidate is not suggested: it is
// retired, or its last day comes before the learner could be ready.
func (r *roadmapper) missedWarning(key string, plan planner.Plan) string {
	f, _ := r.cat.Certification(key)
	last, _ := r.cat.Exam(f.Versions[len(f.Versions)-1])
	switch {
	case last.StatusOn(r.p.Today) == catalog.Retired:
		return fmt.Sprintf("%s (%s) would suit you, but it is retired and can no longer be taken.", f.Name, last.Code)
	case readyOn(plan).IsZero():
		return fmt.Sprintf("%s (%s) would suit you, but at %s hours a week it does not fit within five years: add hours per week.", f.Name, last.Code, number(r.p.HoursPerWeek))
	case !last.LastDay.IsZero():
		msg := fmt.Sprintf("%s (%s) would suit you, but it can be taken only until %s, and at %s hours a week you would be ready around %s.",
			f.Name, last.Code, last.LastDay, number(r.p.HoursPerWeek), readyOn(plan))
		if last.Successor == "" {
			msg += " No successor has been announced."
		}
		return msg
	}
	return fmt.Sprintf("%s (%s) would suit you, but no version of it can be booked on the date you could be ready (%s).", f.Name, last.Code, readyOn(plan))
}

// betaNote warns about an exam still in beta on the exam day, or returns "".
func betaNote(e *catalog.Exam, on catalog.Date) string {
	if e.StatusOn(on) != catalog.Beta {
		return ""
	}
	return fmt.Sprintf("%s is a beta exam: it can be taken only once, and results come after the beta closes.", e.Code)
}

// lastDayNote warns that a step's exam is retiring, or returns "".
func lastDayNote(s scheduled) string {
	if s.exam.LastDay.IsZero() {
		return ""
	}
	msg := fmt.Sprintf("%s can be taken only until %s: keep to the roadmap's date of %s.", s.exam.Code, s.exam.LastDay, s.plan.ExamDate)
	if s.exam.Successor == "" {
		msg += " No successor has been announced."
	}
	return msg
}

// lowerFirst starts a sentence's text in lower case, to go after a colon.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
