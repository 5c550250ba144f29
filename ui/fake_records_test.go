package ui

import (
	"context"
	"slices"
	"sort"

	"certplan/catalog"
	"certplan/planner"
)

// The fake's RecordService: held certifications and exam attempts.

// Certifications lists the held certifications, with how each is renewed
// given the fake's plans (planner.DescribeRenewal, as storage does; every
// plan's exam date counts, the fake having no clock).
func (f *fakeData) Certifications(ctx context.Context) ([]planner.HeldCertification, error) {
	plans, _ := f.Plans(ctx)
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]planner.HeldCertification, 0, len(f.held))
	for _, h := range f.held {
		out = append(out, planner.DescribeRenewal(f.cat, h, plans, nil, 0))
	}
	return out, f.failing("Certifications")
}

// AddHeldCertification adds a certification.
func (f *fakeData) AddHeldCertification(_ context.Context, exam string, earned catalog.Date) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.attempts = append(f.attempts, planner.Attempt{ID: f.nextAttemptID(), Exam: exam, Date: earned, Status: planner.Passed})
	f.earn(exam, earned)
	return f.failing("AddHeldCertification")
}

// earn adds (or renews) the certification exam belongs to.
func (f *fakeData) earn(exam string, on catalog.Date) planner.HeldCertification {
	e, _ := f.cat.Exam(exam)
	c, _ := f.cat.Certification(e.Certification)
	h := planner.HeldCertification{Key: c.Key, Name: c.Name, Exam: e.Code, Earned: on,
		Expiry: f.cat.ValidUntil(e, on), RenewWith: e.Code}
	for i := range f.held {
		if f.held[i].Key == h.Key {
			h.Earned, h.RenewedOn, h.RenewedBy = f.held[i].Earned, on, e.Code
			f.held[i] = h
			return h
		}
	}
	f.held = append(f.held, h)
	sort.Slice(f.held, func(i, j int) bool { return f.held[i].Expiry < f.held[j].Expiry })
	return h
}

// Attempts lists the attempts.
func (f *fakeData) Attempts(context.Context) ([]planner.Attempt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]planner.Attempt(nil), f.attempts...), f.failing("Attempts")
}

// SaveAttempt adds or updates an attempt; a pass earns the certification.
func (f *fakeData) SaveAttempt(_ context.Context, a planner.Attempt) (planner.AttemptResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.failing("SaveAttempt"); err != nil {
		return planner.AttemptResult{}, err
	}
	if a.Status == planner.Failed {
		a.RetakeFrom = f.cat.RetakeFrom(a.Exam, a.Date)
	}
	var out planner.AttemptResult
	if a.ID == 0 {
		a.ID = f.nextAttemptID()
		f.attempts = append(f.attempts, a)
	} else {
		f.attempts[slices.IndexFunc(f.attempts, func(x planner.Attempt) bool { return x.ID == a.ID })] = a
	}
	out.Attempt = a
	if a.Status == planner.Passed {
		out.Earned = append(out.Earned, f.earn(a.Exam, a.Date))
	}
	return out, nil
}

// nextAttemptID is one more than the highest attempt ID.
func (f *fakeData) nextAttemptID() int64 {
	var id int64
	for _, a := range f.attempts {
		id = max(id, a.ID)
	}
	return id + 1
}

// DeleteAttempt removes an attempt and works the certifications out again
// from the passes left, in date order.
func (f *fakeData) DeleteAttempt(_ context.Context, id int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.failing("DeleteAttempt"); err != nil {
		return err
	}
	f.attempts = slices.DeleteFunc(f.attempts, func(a planner.Attempt) bool { return a.ID == id })
	passes := slices.Clone(f.attempts)
	sort.SliceStable(passes, func(i, j int) bool { return passes[i].Date < passes[j].Date })
	f.held = nil
	for _, a := range passes {
		if a.Status == planner.Passed {
			f.earn(a.Exam, a.Date)
		}
	}
	return nil
}
