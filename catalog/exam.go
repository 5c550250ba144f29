package catalog

// BookableOn reports whether the exam can be sat on date on: neither
// retired nor still scheduled on that day (StatusOn).
func (e *Exam) BookableOn(on Date) bool {
	s := e.StatusOn(on)
	return s != Retired && s != Scheduled
}

// Topics returns every topic of the exam in domain and task order.
func (e *Exam) Topics() []Topic {
	var out []Topic
	for _, d := range e.Domains {
		out = append(out, d.Topics...)
	}
	return out
}

// Topic returns the topic with the given ID ("SAA-C03:1.2").
func (e *Exam) Topic(id string) (Topic, bool) {
	for _, d := range e.Domains {
		for _, t := range d.Topics {
			if t.ID == id {
				return t, true
			}
		}
	}
	return Topic{}, false
}

// Tags returns the set of skill tags the exam's topics exercise, with the
// share of the exam's content behind each (by domain weight).
func (e *Exam) Tags() map[string]float64 {
	out := map[string]float64{}
	weights := e.DomainShares()
	for i, d := range e.Domains {
		for _, t := range d.Topics {
			for _, tag := range t.Tags {
				out[tag] += weights[i] * t.Share
			}
		}
	}
	return out
}

// DomainShares returns each domain's fraction of the exam (summing to 1).
// Domains whose weight is not published share what the published ones leave.
func (e *Exam) DomainShares() []float64 {
	out := make([]float64, len(e.Domains))
	known, unknown := 0.0, 0
	for _, d := range e.Domains {
		if d.Weight != nil {
			known += *d.Weight
		} else {
			unknown++
		}
	}
	rest := 0.0
	if unknown > 0 {
		rest = max(100-known, 0) / float64(unknown)
	}
	total := 0.0
	for i, d := range e.Domains {
		out[i] = rest
		if d.Weight != nil {
			out[i] = *d.Weight
		}
		total += out[i]
	}
	for i := range out {
		if total > 0 {
			out[i] /= total
		}
	}
	return out
}

// WeightsPublished reports whether every domain has a published weight.
func (e *Exam) WeightsPublished() bool {
	for _, d := range e.Domains {
		if d.Weight == nil {
			return false
		}
	}
	return len(e.Domains) > 0
}

// Provisional reports whether the exam's domains stand in from another exam.
func (e *Exam) Provisional() bool { return e.ProvisionalFrom != "" }
