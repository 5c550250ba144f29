package catalog

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// link fills provisional domains and indexes the certification families.
func (c *Catalog) link() error {
	for _, e := range c.exams {
		if e.ProvisionalFrom == "" {
			continue
		}
		src, ok := c.byCode[e.ProvisionalFrom]
		if !ok || len(src.Domains) == 0 {
			return fmt.Errorf("catalog: %s borrows domains from %q, which has none", e.Code, e.ProvisionalFrom)
		}
		if len(e.Domains) > 0 {
			return fmt.Errorf("catalog: %s has its own domains and also borrows %s's", e.Code, e.ProvisionalFrom)
		}
		e.Domains = rekey(src.Domains, src.Code, e.Code)
	}
	for _, f := range c.certs {
		if _, dup := c.byCert[f.Key]; dup {
			return fmt.Errorf("catalog: certification %s appears twice", f.Key)
		}
		c.byCert[f.Key] = f
	}
	return nil
}

// rekey copies domains so that topic IDs carry the borrowing exam's code.
func rekey(ds []Domain, from, to string) []Domain {
	out := make([]Domain, len(ds))
	for i, d := range ds {
		d.Topics = append([]Topic(nil), d.Topics...)
		for j := range d.Topics {
			d.Topics[j].ID = to + strings.TrimPrefix(d.Topics[j].ID, from)
		}
		out[i] = d
	}
	return out
}

// validate checks the whole catalog; every problem is listed, not just the first.
func (c *Catalog) validate() error {
	var errs []error
	for _, e := range c.exams {
		errs = append(errs, c.validateExam(e)...)
	}
	errs = append(errs, c.validateCerts()...)
	return errors.Join(errs...)
}

// validateExam lists what is wrong with one exam: its status and dates, the
// exams it names, its study hours and its domains.
func (c *Catalog) validateExam(e *Exam) []error {
	errs := validateExamStatus(e)
	errs = append(errs, c.validateExamRefs(e)...)
	return append(errs, validateDomains(e)...)
}

// examErr is one problem with exam e, prefixed with its code.
func examErr(e *Exam, format string, a ...any) error {
	return fmt.Errorf("catalog: %s: "+format, append([]any{e.Code}, a...)...)
}

// validateExamStatus checks the status, level and the dates that go with them.
func validateExamStatus(e *Exam) []error {
	var errs []error
	switch e.Status {
	case Active, Retiring, Beta, Scheduled, Retired:
	default:
		errs = append(errs, examErr(e, "unknown status %q", e.Status))
	}
	if e.Level.Rank() == 0 && e.Level != Specialty {
		errs = append(errs, examErr(e, "unknown level %q", e.Level))
	}
	if e.Status == Retiring && e.LastDay.IsZero() {
		errs = append(errs, examErr(e, "retiring but has no last day"))
	}
	if !e.AvailableFrom.IsZero() && !e.LastDay.IsZero() && e.LastDay.Before(e.AvailableFrom) {
		errs = append(errs, examErr(e, "last day %s is before first day %s", e.LastDay, e.AvailableFrom))
	}
	return errs
}

// validateExamRefs checks the predecessor and successor exist, and that the
// exam has study hours with a reason and domains of its own or borrowed.
func (c *Catalog) validateExamRefs(e *Exam) []error {
	var errs []error
	for _, ref := range []string{e.Predecessor, e.Successor} {
		if _, ok := c.byCode[ref]; ref != "" && !ok && ref != "ANS-C00" {
			errs = append(errs, examErr(e, "refers to unknown exam %q", ref))
		}
	}
	if e.StudyHours <= 0 || e.StudyHoursRationale == "" {
		errs = append(errs, examErr(e, "needs a positive study-hours estimate with its rationale"))
	}
	if len(e.Domains) == 0 {
		errs = append(errs, examErr(e, "has no domains and borrows none"))
	}
	return errs
}

// validateDomains checks domain numbering, topic placement, tags, shares and
// published weights.
func validateDomains(e *Exam) []error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, examErr(e, format, a...)) }
	sum, seen := 0.0, map[string]bool{}
	for i, d := range e.Domains {
		if d.Number != i+1 {
			bad("domain %q is numbered %d, want %d", d.Name, d.Number, i+1)
		}
		if d.Weight != nil {
			sum += *d.Weight
		}
		shares := 0.0
		for _, t := range d.Topics {
			if seen[t.ID] {
				bad("topic %s appears twice", t.ID)
			}
			seen[t.ID] = true
			if !strings.HasPrefix(t.Number, fmt.Sprintf("%d.", d.Number)) {
				bad("task %s sits in domain %d", t.Number, d.Number)
			}
			if len(t.Tags) == 0 {
				bad("topic %s has no skill tags", t.ID)
			}
			shares += t.Share
		}
		if math.Abs(shares-1) > 1e-9 {
			bad("domain %d topic shares sum to %.3f, want 1", d.Number, shares)
		}
	}
	if e.WeightsPublished() && math.Abs(sum-100) > 1e-9 {
		bad("domain weights sum to %g, want 100", sum)
	}
	return errs
}

// validateCerts checks every certification lists known exams that point back
// to it, is renewed by something known, and that no exam is left without one.
func (c *Catalog) validateCerts() []error {
	var errs []error
	owner := map[string]string{}
	for _, f := range c.certs {
		for _, code := range f.Versions {
			e, ok := c.byCode[code]
			if !ok {
				errs = append(errs, fmt.Errorf("catalog: certification %s lists unknown exam %s", f.Key, code))
				continue
			}
			if e.Certification != f.Key {
				errs = append(errs, fmt.Errorf("catalog: exam %s says certification %s but is listed under %s", code, e.Certification, f.Key))
			}
			owner[code] = f.Key
		}
		for _, r := range f.RenewedBy {
			if _, ok := c.byCert[r]; !ok && r != "level:Associate" && r != "level:Professional" {
				errs = append(errs, fmt.Errorf("catalog: certification %s is renewed by unknown %q", f.Key, r))
			}
		}
	}
	for _, e := range c.exams {
		if owner[e.Code] == "" {
			errs = append(errs, fmt.Errorf("catalog: exam %s belongs to no certification", e.Code))
		}
	}
	return errs
}
