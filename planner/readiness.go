package planner

import (
	"fmt"
	"math"
	"slices"

	"certplan/catalog"
)

// Readiness from practice scores. Each domain's estimate is a weighted mean
// of the logged results (the domain's own percentage when the result gives
// one, else the overall percentage), where a result's weight halves every
// scoreHalfLife days of age, so recent results count most; the study done
// counts as studyPriorWeight of one fresh result scoring 30 % with no study
// of the domain and 80 % with all of it. The overall estimate weighs the
// domains by their share of the exam. Ready means the overall estimate has
// reached the target (DefaultTarget unless the learner chose another).

// DefaultTarget is the readiness target in percent, the level practice-test
// makers advise reaching before booking.
const DefaultTarget = 80.0

// scoreHalfLife is the age in days at which a result counts half.
const scoreHalfLife = 21.0

// studyPriorWeight is how many fresh results the study done counts as.
const studyPriorWeight = 0.5

// Score is one logged practice result in percent correct, overall and, when
// known, per exam domain number.
type Score struct {
	Date    catalog.Date    `json:"date"`
	Overall float64         `json:"overall"`
	Domains map[int]float64 `json:"domains,omitempty"`
	Source  string          `json:"source,omitempty"`
}

// ValidateScore checks a result against the exam and today, and says what
// to change.
func ValidateScore(e *catalog.Exam, s Score, today catalog.Date) error {
	switch {
	case s.Date.IsZero():
		return fmt.Errorf("a score needs the date it was taken")
	case s.Date.After(today):
		return scoreAfterToday(s.Date, today)
	case !isPercent(s.Overall):
		return fmt.Errorf("overall %g is not a percentage: use 0 to 100", s.Overall)
	}
	for _, n := range sortedKeys(s.Domains) {
		if !slices.ContainsFunc(e.Domains, func(d catalog.Domain) bool { return d.Number == n }) {
			return fmt.Errorf("%s has no domain %d: use 1 to %d", e.Code, n, len(e.Domains))
		}
		if v := s.Domains[n]; !isPercent(v) {
			return fmt.Errorf("domain %d score %g is not a percentage: use 0 to 100", n, v)
		}
	}
	return nil
}

func isPercent(v float64) bool { return v >= 0 && v <= 100 } // false for NaN

func sortedKeys(m map[int]float64) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Readiness is the estimate of how ready the learner is, per domain and overall.
type Readiness struct {
	Overall  float64           `json:"overall"`
	Target   float64           `json:"target"`
	Ready    bool              `json:"ready"`
	ByDomain []DomainReadiness `json:"by_domain"`
}

// DomainReadiness is one domain's estimate and how many results informed it.
type DomainReadiness struct {
	Number   int     `json:"number"`
	Name     string  `json:"name"`
	Estimate float64 `json:"estimate"`
	Scores   int     `json:"scores"`
}

// EstimateReadiness estimates readiness on today from the results and the
// share of each domain's study done (by domain number, 0 to 1), against
// target (DefaultTarget when 0).
func EstimateReadiness(e *catalog.Exam, scores []Score, studied map[int]float64, target float64, today catalog.Date) Readiness {
	if target <= 0 {
		target = DefaultTarget
	}
	r := Readiness{Target: target, ByDomain: make([]DomainReadiness, 0, len(e.Domains))}
	shares := e.DomainShares()
	for i, d := range e.Domains {
		sum, weights, n := 0.0, 0.0, 0
		for _, s := range scores {
			if s.Date.After(today) {
				continue
			}
			x, ok := s.Domains[d.Number]
			if !ok {
				x = s.Overall
			}
			w := math.Pow(0.5, float64(s.Date.DaysUntil(today))/scoreHalfLife)
			sum, weights, n = sum+w*x, weights+w, n+1
		}
		prior := 30 + 50*min(max(studied[d.Number], 0), 1)
		est := (sum + studyPriorWeight*prior) / (weights + studyPriorWeight)
		r.ByDomain = append(r.ByDomain, DomainReadiness{Number: d.Number, Name: d.Name, Estimate: round1(est), Scores: n})
		r.Overall += shares[i] * est
	}
	r.Overall = round1(r.Overall)
	r.Ready = r.Overall >= target
	return r
}

// BelowTarget lists the domains whose estimate is under the target, in
// the exam's order: the ones a rebalance gives more time.
func (r Readiness) BelowTarget() []DomainReadiness {
	var out []DomainReadiness
	for _, d := range r.ByDomain {
		if d.Estimate < r.Target {
			out = append(out, d)
		}
	}
	return out
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// StudiedShare is, per domain number, the share of the plan's study hours
// done: a ticked topic counts whole, an open one its hours spent.
func StudiedShare(e *catalog.Exam, p Plan, progress map[string]Progress) map[int]float64 {
	number := map[string]int{}
	for _, d := range e.Domains {
		number[d.Name] = d.Number
	}
	done, total := map[int]float64{}, map[int]float64{}
	for _, t := range p.Topics {
		if t.Kind != Study {
			continue
		}
		n := number[t.Domain]
		total[n] += t.Hours
		if pr := progress[t.ID]; pr.Done {
			done[n] += t.Hours
		} else {
			done[n] += min(pr.Hours, t.Hours)
		}
	}
	out := map[int]float64{}
	for n, h := range total {
		if h > 0 {
			out[n] = done[n] / h
		}
	}
	return out
}
