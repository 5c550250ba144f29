package ui

import (
	"context"
	"slices"
	"sort"

	"certplan/catalog"
	"certplan/planner"
)

// The fake's RecordService: held certifications and exam attempts.

// Certifications lists the held (and lapsed) certifications by expiry,
// described from the catalog with how each is renewed given the fake's
// plans (planner.DescribeRenewal, as storage does; every plan's exam date
// counts, the fake having no clock).
func (f *fakeData) Certifications(ctx context.Context) ([]planner.HeldCertification, error) {
	plans, _ := f.Plans(ctx)
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]planner.HeldCertification, 0, len(f.held))
	for _, h := range f.held {
		out = append(out, f.describe(h, plans))
	}
	return out, f.failing("Certifications")
}

// describe fills in the catalog's name and level of h and how it is
// renewed given plans, as storage's describe does.
func (f *fakeData) describe(h planner.HeldCertification, plans []planner.PlanSummary) planner.HeldCertification {
	if c, ok := f.cat.Certification(h.Key); ok {
		h.Name, h.Level = c.Name, c.Level
	}
	return planner.DescribeRenewal(f.cat, h, plans, nil, 0)
}

// AddHeldCertification adds a certification.
func (f *fakeData) AddHeldCertification(_ context.Context, exam string, earned catalog.Date) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.earn(exam, earned)
	return f.failing("AddHeldCertification")
}

// earn logs a pass of exam on day on and returns the certification it
// belongs to, as the passes now leave it.
func (f *fakeData) earn(exam string, on catalog.Date) planner.HeldCertification {
	f.attempts = append(f.attempts, planner.Attempt{ID: f.nextAttemptID(), Exam: exam, Date: on, Status: planner.Passed})
	f.rework()
	return f.heldFor(exam)
}

// rework works the certifications out again from the passes logged, with
// the renewal rule storage keeps them by (planner.HeldFromPasses), by
// expiry as storage lists them.
func (f *fakeData) rework() {
	f.held = planner.HeldFromPasses(f.cat, f.attempts)
	sort.SliceStable(f.held, func(i, j int) bool { return f.held[i].Expiry < f.held[j].Expiry })
}

// heldFor is the certification exam belongs to, described; zero when no
// pass earns it.
func (f *fakeData) heldFor(exam string) planner.HeldCertification {
	e, ok := f.cat.Exam(exam)
	i := slices.IndexFunc(f.held, func(h planner.HeldCertification) bool { return ok && h.Key == e.Certification })
	if i < 0 {
		return planner.HeldCertification{}
	}
	return f.describe(f.held[i], nil)
}

// Attempts lists the attempts.
func (f *fakeData) Attempts(context.Context) ([]planner.Attempt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]planner.Attempt(nil), f.attempts...), f.failing("Attempts")
}

// SaveAttempt adds or updates an attempt and says what it did to the
// certifications (planner.CertChanges, as storage says it).
func (f *fakeData) SaveAttempt(_ context.Context, a planner.Attempt) (planner.AttemptResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.failing("SaveAttempt"); err != nil {
		return planner.AttemptResult{}, err
	}
	if a.Status == planner.Failed {
		a.RetakeFrom = f.cat.RetakeFrom(a.Exam, a.Date)
	}
	if a.ID == 0 {
		a.ID = f.nextAttemptID()
		f.attempts = append(f.attempts, a)
	} else {
		f.attempts[slices.IndexFunc(f.attempts, func(x planner.Attempt) bool { return x.ID == a.ID })] = a
	}
	before := f.held
	f.rework()
	out := planner.CertChanges(f.cat, before, f.held, a)
	for _, list := range [][]planner.HeldCertification{out.Earned, out.Renewed, out.Changed, out.Lost} {
		for i := range list {
			list[i] = f.describe(list[i], nil)
		}
	}
	out.Attempt = a
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
// from the passes left.
func (f *fakeData) DeleteAttempt(_ context.Context, id int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.failing("DeleteAttempt"); err != nil {
		return err
	}
	f.attempts = slices.DeleteFunc(f.attempts, func(a planner.Attempt) bool { return a.ID == id })
	f.rework()
	return nil
}
