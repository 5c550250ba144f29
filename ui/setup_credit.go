package ui

import (
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// previewed is a preview's plan, the total the same plan would have
// without the held certifications, to say why the total changed, and the
// other plans it shares the week with.
type previewed struct {
	plan        planner.Plan
	withoutHeld float64
	shares      []planner.PlanShare
	refits      int // the other plans creating this one re-fits within its week
}

// buildPreview plans in, and, when it credits held certifications, the
// same without them.
func buildPreview(cat *catalog.Catalog, in planner.Input) (previewed, error) {
	p, err := planner.Build(cat, in)
	if err != nil || len(in.Held) == 0 {
		return previewed{plan: p, withoutHeld: p.TotalHours}, err
	}
	in.Held = nil
	base, err := planner.Build(cat, in)
	if err != nil {
		return previewed{plan: p, withoutHeld: p.TotalHours}, nil // the credit line is only a nicety
	}
	return previewed{plan: p, withoutHeld: base.TotalHours}, nil
}

// totalText is the preview's total line, with what held certifications
// took off: "(-8.75 h for CLF-C02 you hold)".
func totalText(v previewed, held []planner.HeldCert) string {
	s := fmt.Sprintf("Total: %s of study for %s", hours(v.plan.TotalHours), v.plan.Exam)
	off := v.withoutHeld - v.plan.TotalHours
	if off < 0.005 || len(held) == 0 {
		return s
	}
	codes := make([]string, 0, len(held))
	for _, h := range held {
		codes = append(codes, h.Code)
	}
	return fmt.Sprintf("%s (-%s for %s you hold)", s, hours(off), strings.Join(codes, ", "))
}
