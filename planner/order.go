package planner

import (
	"cmp"
	"fmt"
	"slices"

	"certplan/catalog"
)

// Order is the order in which a plan takes the exam's domains for first study.
type Order string

// The orders a learner can choose from.
const (
	// ByWeight studies the most heavily weighted domains first (the default),
	// so the domain worth most of the exam is not left to the end.
	ByWeight Order = "weight"
	// ByGuide follows the exam guide's domain order.
	ByGuide Order = "guide"
)

// ParseOrder reads weight or guide; empty means weight.
func ParseOrder(s string) (Order, error) {
	switch o := Order(s); o {
	case ByWeight, ByGuide:
		return o, nil
	case "":
		return ByWeight, nil
	}
	return "", fmt.Errorf("order %q is not known: use weight (heaviest domains first) or guide (the exam guide's order)", s)
}

// Describe says in words which order a plan used.
func (o Order) Describe() string {
	if o == ByGuide {
		return "the exam guide's domain order"
	}
	return "heaviest domains first"
}

// orderStudy sorts the study items seq by their domain's place in the
// order: by weight, heaviest first (unpublished weights count as the share
// they get, ties in guide order); by guide, as listed.
func orderStudy(e *catalog.Exam, o Order, work []TopicPlan, seq []int) {
	if o == ByGuide {
		return
	}
	shares := e.DomainShares()
	rank := map[int]int{}
	idx := make([]int, len(e.Domains))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(shares[b], shares[a]) })
	for r, i := range idx {
		rank[e.Domains[i].Number] = r
	}
	slices.SortStableFunc(seq, func(a, b int) int { return cmp.Compare(rank[work[a].domainNumber], rank[work[b].domainNumber]) })
}
