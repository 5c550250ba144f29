package planner

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"certplan/catalog"
)

// PlannedRenewal is an exam the learner is headed for that, passed on its
// date, renews a held certification before it expires: an active plan's
// exam (PlanID), or an attempt logged as booked (Attempt), or both when the
// booked sitting is the plan's exam on its date.
type PlannedRenewal struct {
	PlanID   int64        `json:"plan"`
	Attempt  int64        `json:"attempt,omitempty"`
	Exam     string       `json:"exam"`
	ExamDate catalog.Date `json:"exam_date"`
}

// RenewingExam is the one rule for which exam the learner is headed for
// renews certification key, valid until expiry: the earliest of the plans
// still preparing (not archived, its exam not passed: PlanSummary.Preparing)
// with an exam date and the attempts still booked, whose exam the catalog
// counts as renewing key (its own certification's, or a higher-tier exam's
// per the catalog's renewal map, which leaves out the pairs AWS has not
// confirmed) and whose date falls from today on and before the expiry (an
// expired certification is not renewed, only earned again). On one day a
// plan comes first, by ID, and a booked attempt of its exam that day is
// named with it. ok is false when none does, or key holds without expiry.
func RenewingExam(cat *catalog.Catalog, key string, expiry, today catalog.Date, plans []PlanSummary, booked []Attempt) (PlannedRenewal, bool) {
	renews := func(exam string, on catalog.Date) bool {
		return !on.IsZero() && !on.Before(today) && on.Before(expiry) && slices.Contains(cat.Renews(exam), key)
	}
	best := renewingPlan(plans, renews)
	for _, a := range booked {
		if a.Status == Booked && renews(a.Exam, a.Date) {
			best = best.orBooked(a)
		}
	}
	return best, best.Exam != ""
}

// renewingPlan is the earliest of plans still preparing whose exam renews
// (on its date), the lowest ID first on one day; zero when none.
func renewingPlan(plans []PlanSummary, renews func(exam string, on catalog.Date) bool) PlannedRenewal {
	var best PlannedRenewal
	for _, p := range plans {
		if !p.Preparing() || !renews(p.Exam, p.ExamDate) {
			continue
		}
		if best.Exam == "" || p.ExamDate.Before(best.ExamDate) || p.ExamDate == best.ExamDate && p.ID < best.PlanID {
			best = PlannedRenewal{PlanID: p.ID, Exam: catalog.NormalizeCode(p.Exam), ExamDate: p.ExamDate}
		}
	}
	return best
}

// orBooked is r, or booked attempt a when it comes first; r with a named
// when a is r's exam on its day.
func (r PlannedRenewal) orBooked(a Attempt) PlannedRenewal {
	exam := catalog.NormalizeCode(a.Exam)
	switch {
	case a.Date == r.ExamDate && exam == r.Exam:
		r.Attempt = cmp.Or(r.Attempt, a.ID)
	case r.Exam == "" || a.Date.Before(r.ExamDate):
		r = PlannedRenewal{Attempt: a.ID, Exam: exam, ExamDate: a.Date}
	}
	return r
}

// DescribeRenewal fills in how c is renewed: the version of its own exam
// bookable just before it expires (RenewWith), the other exams the catalog
// counts as renewing it (RenewAlso), and the exam among the active plans'
// and the attempts booked that renews it in time (RenewingExam), if any, as
// of today.
func DescribeRenewal(cat *catalog.Catalog, c HeldCertification, plans []PlanSummary, booked []Attempt, today catalog.Date) HeldCertification {
	c.RenewWith, c.RenewAlso, c.RenewingPlan = "", renewAlso(cat, c.Key, c.Expiry.AddDays(-1)), PlannedRenewal{}
	if e := cat.Current(c.Key, c.Expiry.AddDays(-1)); e != nil {
		c.RenewWith = e.Code
	}
	if !c.Expiry.IsZero() {
		c.RenewingPlan, _ = RenewingExam(cat, c.Key, c.Expiry, today, plans, booked)
	}
	return c
}

// renewAlso names the exams besides key's own that renew it, as a learner
// would book them on day on: "any Associate or Professional exam",
// "SAP-C02"; "" when only its own exam does.
func renewAlso(cat *catalog.Catalog, key string, on catalog.Date) string {
	f, ok := cat.Certification(key)
	if !ok {
		return ""
	}
	var levels, exams []string
	for _, r := range f.RenewedBy {
		switch level, isLevel := strings.CutPrefix(r, "level:"); {
		case isLevel:
			levels = append(levels, level)
		case r == key:
		case cat.Current(r, on) != nil:
			exams = append(exams, cat.Current(r, on).Code)
		default:
			exams = append(exams, r)
		}
	}
	if len(levels) > 0 {
		exams = append([]string{"any " + strings.Join(levels, " or ") + " exam"}, exams...)
	}
	return strings.Join(exams, " or ")
}

// Renewal says how c is renewed, without a final stop, the same on every
// screen, command and printout: "Renewed when you pass SAA-C03 on
// 2027-02-19 (your plan 1)" when an active plan does it in time, "(booked)"
// for an attempt booked with no plan for it, else
// "Renew it by passing CLF-C02 (or any Associate or Professional exam)
// before 2029-05-16". Fill c with DescribeRenewal first.
func (c HeldCertification) Renewal() string {
	switch p := c.RenewingPlan; {
	case p.PlanID != 0:
		return fmt.Sprintf("Renewed when you pass %s on %s (your plan %d)", p.Exam, p.ExamDate, p.PlanID)
	case p.Exam != "":
		return fmt.Sprintf("Renewed when you pass %s on %s (booked)", p.Exam, p.ExamDate)
	}
	exams := c.RenewWith
	switch {
	case exams == "" && c.RenewAlso == "":
		return "No exam in the catalog renews it yet"
	case exams == "":
		exams = c.RenewAlso
	case c.RenewAlso != "":
		exams += " (or " + c.RenewAlso + ")"
	}
	if c.Expiry.IsZero() {
		return "Renew it by passing " + exams
	}
	return fmt.Sprintf("Renew it by passing %s before %s", exams, c.Expiry)
}

// Planned reports whether an active plan or a booked attempt renews c in
// time (RenewingExam).
func (c HeldCertification) Planned() bool { return c.RenewingPlan.Exam != "" }
