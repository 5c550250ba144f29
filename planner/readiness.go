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
// of the domain and 80 % with all of it. So an estimate sits below the
// scores typed while the study is still to do: one result of 70 % before
// any study is about 57 %. A domain no result gave its own percentage is
// estimated from the overall percentages alone (FromOverall). The overall estimate weighs the
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
	// FromOverall is whether results were logged but none gave this
	// domain's own percentage, so its estimate rests on the overall ones.
	FromOverall bool `json:"from_overall,omitempty"`
	// Move is what a rebalance does now for a domain below target (see
	// readiness_moves.go); empty at or above it.
	Move ReviewMove `json:"move,omitempty"`
}

// EstimateReadiness estimates readiness on today from the results and how
// far each domain's study has got (by domain number, see StudyOf), against
// target (DefaultTarget when 0), and says what a rebalance does for each
// domain below target.
func EstimateReadiness(e *catalog.Exam, scores []Score, study map[int]DomainStudy, target float64, today catalog.Date) Readiness {
	if target <= 0 {
		target = DefaultTarget
	}
	r := Readiness{Target: target, ByDomain: make([]DomainReadiness, 0, len(e.Domains))}
	shares := e.DomainShares()
	for i, d := range e.Domains {
		x := domainEstimate(d.Number, scores, study[d.Number].Studied, today)
		x.Name, x.Move = d.Name, moveOf(x.Estimate, target, study[d.Number])
		r.ByDomain = append(r.ByDomain, x.DomainReadiness)
		r.Overall += shares[i] * x.exact
	}
	r.Overall = round1(r.Overall)
	r.Ready = r.Overall >= target
	return r
}

// domainEstimate is domain number's estimate on today from the results
// and the share of its study done.
func domainEstimate(number int, scores []Score, studied float64, today catalog.Date) domainFigure {
	sum, weights, n, own := 0.0, 0.0, 0, 0
	for _, s := range scores {
		if s.Date.After(today) {
			continue
		}
		x, ok := s.Domains[number]
		if ok {
			own++
		} else {
			x = s.Overall
		}
		w := math.Pow(0.5, float64(s.Date.DaysUntil(today))/scoreHalfLife)
		sum, weights, n = sum+w*x, weights+w, n+1
	}
	prior := 30 + 50*min(max(studied, 0), 1)
	est := (sum + studyPriorWeight*prior) / (weights + studyPriorWeight)
	return domainFigure{DomainReadiness{Number: number, Estimate: round1(est), Scores: n, FromOverall: n > 0 && own == 0}, est}
}

// domainFigure is a domain's estimate with its unrounded value, which the
// overall estimate weighs.
type domainFigure struct {
	DomainReadiness
	exact float64
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
