package advisor

import (
	"fmt"
	"sort"

	"certplan/catalog"
	"certplan/planner"
)

// holding is a certification the learner holds, by the exam that earned it.
type holding struct {
	code   string
	earned catalog.Date
	expiry catalog.Date // zero when the earned date is not known
}

// activeOn reports whether the certification is still valid on day d.
func (h holding) activeOn(d catalog.Date) bool { return h.expiry.IsZero() || d.Before(h.expiry) }

// holdings are the certifications held, by certification key.
type holdings map[string]holding

// expiryOf is the day a certification earned with exam code on earned
// stops being valid, or zero when earned is not known.
func expiryOf(cat *catalog.Catalog, code string, earned catalog.Date) catalog.Date {
	e, ok := cat.Exam(code)
	if !ok {
		e = &catalog.Exam{}
	}
	return cat.ValidUntil(e, earned)
}

// holdingsOf keeps the held certifications still valid today, after the
// renewals their passes made (the planner's Holdings, the rules `certs`
// applies: an Associate pass renews Cloud Practitioner), and warns about
// the expired ones.
func holdingsOf(cat *catalog.Catalog, held []planner.HeldCert, today catalog.Date) (holdings, []string) {
	hs := holdings{}
	var warn []string
	all := planner.Holdings(cat, held)
	for _, k := range sortedKeys(all) {
		h := all[k]
		if !h.Active(today) {
			warn = append(warn, fmt.Sprintf("Your %s expired on %s, so it no longer counts as held: an expired certification cannot be renewed, only earned again.", h.Exam, h.Expiry))
			continue
		}
		hs[k] = holding{code: h.Exam, earned: h.LastPassed(), expiry: h.Expiry}
	}
	return hs, warn
}

// with returns a copy of hs that also holds key, earned by code on earned.
func (hs holdings) with(cat *catalog.Catalog, key, code string, earned catalog.Date) holdings {
	out := make(holdings, len(hs)+1)
	for k, h := range hs {
		out[k] = h
	}
	out[key] = holding{code: code, earned: earned, expiry: expiryOf(cat, code, earned)}
	return out
}

// passed returns a copy of hs after a pass of exam code on day on: it
// earns (or renews) its own certification and renews every other one still
// active that day that the catalog says it renews, as planner.Holdings
// replays passes.
func (hs holdings) passed(cat *catalog.Catalog, code string, on catalog.Date) holdings {
	e, ok := cat.Exam(code)
	if !ok {
		return hs
	}
	out := hs.with(cat, e.Certification, e.Code, on)
	expiry := expiryOf(cat, e.Code, on)
	for _, k := range cat.Renews(e.Code) {
		if h, held := hs[k]; held && k != e.Certification && h.activeOn(on) && !h.expiry.IsZero() && expiry.After(h.expiry) {
			h.expiry = expiry
			out[k] = h
		}
	}
	return out
}

// activeOn returns the keys of the certifications still valid on day d.
func (hs holdings) activeOn(d catalog.Date) map[string]bool {
	out := map[string]bool{}
	for k, h := range hs {
		if h.activeOn(d) {
			out[k] = true
		}
	}
	return out
}

// covered returns the keys a held certification already stands for: its
// own and every one its exam renews (holding SAP covers SAA and CLF). The
// advisor does not suggest those again.
func (hs holdings) covered(cat *catalog.Catalog) map[string]bool {
	out := map[string]bool{}
	for k, h := range hs {
		out[k] = true
		for _, r := range cat.Renews(h.code) {
			out[r] = true
		}
	}
	return out
}

// plannerHeld lists the holdings in the planner's form, in key order.
func (hs holdings) plannerHeld() []planner.HeldCert {
	out := make([]planner.HeldCert, 0, len(hs))
	for _, k := range sortedKeys(hs) {
		out = append(out, planner.HeldCert{Code: hs[k].code, Earned: hs[k].earned})
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
