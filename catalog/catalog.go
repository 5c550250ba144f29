package catalog

import (
	"sort"
	"strings"
)

// Catalog is every certification exam certplan knows, keyed by exam code.
// It is read-only after Load and safe to share between goroutines.
type Catalog struct {
	exams          []*Exam
	byCode         map[string]*Exam
	certs          []*Certification
	byCert         map[string]*Certification
	accreditations []AccreditationInfo
	rules          Rules
}

// Exam returns the exam with the given code, ignoring case and spaces.
func (c *Catalog) Exam(code string) (*Exam, bool) {
	e, ok := c.byCode[NormalizeCode(code)]
	return e, ok
}

// NormalizeCode turns user input such as " saa-c03" into the catalog's form.
func NormalizeCode(code string) string { return strings.ToUpper(strings.TrimSpace(code)) }

// Exams returns every exam, grouped by level (Foundational first) and then by code.
func (c *Catalog) Exams() []*Exam {
	out := append([]*Exam(nil), c.exams...)
	sort.SliceStable(out, func(i, j int) bool {
		li, lj := levelOrder(out[i].Level), levelOrder(out[j].Level)
		if li != lj {
			return li < lj
		}
		return out[i].Code < out[j].Code
	})
	return out
}

func levelOrder(l Level) int {
	switch l {
	case Specialty:
		return 4
	case Accreditation:
		return 5
	}
	return l.Rank()
}

// Certifications returns every certification family in catalog order.
func (c *Catalog) Certifications() []*Certification { return append([]*Certification(nil), c.certs...) }

// Certification returns the family with the given key ("SAA").
func (c *Catalog) Certification(key string) (*Certification, bool) {
	f, ok := c.byCert[strings.ToUpper(key)]
	return f, ok
}

// CertificationOf returns the family an exam code belongs to.
func (c *Catalog) CertificationOf(code string) *Certification {
	if e, ok := c.Exam(code); ok {
		return c.byCert[e.Certification]
	}
	return nil
}

// Current returns the version of a certification a learner would book for a
// sitting on date on: bookable that day (not before AvailableFrom, not after
// LastDay, not retired), preferring the newest. Nil when none is bookable.
func (c *Catalog) Current(key string, on Date) *Exam {
	f, ok := c.Certification(key)
	if !ok {
		return nil
	}
	for i := len(f.Versions) - 1; i >= 0; i-- {
		if e := c.byCode[f.Versions[i]]; e.BookableOn(on) {
			return e
		}
	}
	return nil
}

// Accreditations returns the no-cost partner accreditations and courses.
func (c *Catalog) Accreditations() []AccreditationInfo {
	return append([]AccreditationInfo(nil), c.accreditations...)
}

// Rules returns the programme-wide rules (validity, retake wait, renewal).
func (c *Catalog) Rules() Rules { return c.rules }

// RetakeFrom is the first day exam code can be sat again after a fail on
// failed: the rules' retake wait later. It is zero when the exam cannot
// be taken by then (its last day comes first).
func (c *Catalog) RetakeFrom(code string, failed Date) Date {
	day := failed.AddDays(c.rules.RetakeWaitDays)
	if e, ok := c.Exam(code); ok && !e.LastDay.IsZero() && day.After(e.LastDay) {
		return 0
	}
	return day
}

// Renews returns the keys of the certifications that passing exam code
// renews, its own included, per the catalog's renewal map.
func (c *Catalog) Renews(code string) []string {
	e, ok := c.Exam(code)
	if !ok {
		return nil
	}
	var out []string
	for _, f := range c.certs {
		if renewedBy(f, e) {
			out = append(out, f.Key)
		}
	}
	return out
}

func renewedBy(f *Certification, e *Exam) bool {
	for _, r := range f.RenewedBy {
		if r == e.Certification || r == "level:"+string(e.Level) {
			return true
		}
	}
	return false
}

// Closest returns up to n exam codes that look most like the (unknown) input,
// for "did you mean" messages.
func (c *Catalog) Closest(input string, n int) []string {
	in := NormalizeCode(input)
	type scored struct {
		code string
		d    int
	}
	var all []scored
	for _, e := range c.exams {
		d := EditDistance(in, e.Code)
		if strings.HasPrefix(e.Code, in) || (len(in) >= 3 && strings.Contains(e.Code, in)) {
			d = 0
		}
		all = append(all, scored{e.Code, d})
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].d != all[j].d {
			return all[i].d < all[j].d
		}
		return all[i].code < all[j].code
	})
	out := make([]string, 0, n)
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].code)
	}
	return out
}

// EditDistance is the Levenshtein distance between a and b: how many
// single-byte edits turn one into the other. It ranks "did you mean" answers.
func EditDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
