package planner

import (
	"fmt"
	"slices"
	"strings"

	"certplan/catalog"
)

// PlannedRenewal is an active plan whose exam, passed on its exam date,
// renews a held certification before it expires.
type PlannedRenewal struct {
	PlanID   int64        `json:"plan"`
	Exam     string       `json:"exam"`
	ExamDate catalog.Date `json:"exam_date"`
}

// RenewingPlan is the one rule for which active plan renews certification
// key, valid until expiry: the earliest plan still preparing (not archived,
// its exam not passed: PlanSummary.Preparing) whose exam the
// catalog counts as renewing key (its own certification's, or a
// higher-tier exam's per the catalog's renewal map, which leaves out the
// pairs AWS has not confirmed) and whose exam date falls from today on and
// before the expiry (an expired certification is not renewed, only earned
// again). ok is false when no plan does, or key holds without expiry.
func RenewingPlan(cat *catalog.Catalog, key string, expiry, today catalog.Date, plans []PlanSummary) (PlannedRenewal, bool) {
	var best PlanSummary
	found := false
	for _, p := range plans {
		if !p.Preparing() || p.ExamDate.IsZero() || p.ExamDate.Before(today) || !p.ExamDate.Before(expiry) ||
			!slices.Contains(cat.Renews(p.Exam), key) {
			continue
		}
		if !found || p.ExamDate.Before(best.ExamDate) || p.ExamDate == best.ExamDate && p.ID < best.ID {
			best, found = p, true
		}
	}
	if !found {
		return PlannedRenewal{}, false
	}
	return PlannedRenewal{PlanID: best.ID, Exam: catalog.NormalizeCode(best.Exam), ExamDate: best.ExamDate}, true
}

// DescribeRenewal fills in how c is renewed: the version of its own exam
// bookable just before it expires (RenewWith), the other exams the catalog
// counts as renewing it (RenewAlso), and the active plan among plans that
// renews it in time (RenewingPlan), if any, as of today.
func DescribeRenewal(cat *catalog.Catalog, c HeldCertification, plans []PlanSummary, today catalog.Date) HeldCertification {
	c.RenewWith, c.RenewAlso, c.RenewingPlan = "", renewAlso(cat, c.Key, c.Expiry.AddDays(-1)), PlannedRenewal{}
	if e := cat.Current(c.Key, c.Expiry.AddDays(-1)); e != nil {
		c.RenewWith = e.Code
	}
	if !c.Expiry.IsZero() {
		c.RenewingPlan, _ = RenewingPlan(cat, c.Key, c.Expiry, today, plans)
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
// 2027-02-19 (your plan 1)" when an active plan does it in time, else
// "Renew it by passing CLF-C02 (or any Associate or Professional exam)
// before 2029-05-16". Fill c with DescribeRenewal first.
func (c HeldCertification) Renewal() string {
	if p := c.RenewingPlan; p.Exam != "" {
		return fmt.Sprintf("Renewed when you pass %s on %s (your plan %d)", p.Exam, p.ExamDate, p.PlanID)
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

// Planned reports whether an active plan renews c in time (RenewingPlan).
func (c HeldCertification) Planned() bool { return c.RenewingPlan.Exam != "" }
