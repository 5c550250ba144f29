package ui

import (
	"context"

	"certplan/catalog"
	"certplan/planner/advisor"
)

// The fake's AdvisorService, read through its other services as storage
// reads its tables.

// AdvisorData is the fake's certifications, settings, plans and the hours
// its active plans take from today.
func (f *fakeData) AdvisorData(ctx context.Context, today catalog.Date) (advisor.Saved, error) {
	var s advisor.Saved
	var err error
	if s.Held, err = f.Certifications(ctx); err != nil {
		return s, err
	}
	if s.Settings, _, err = f.Settings(ctx); err != nil {
		return s, err
	}
	if s.Plans, err = f.Plans(ctx); err != nil {
		return s, err
	}
	b, err := f.Budget(ctx, 0, today)
	s.Taken = b.Taken
	return s, err
}
