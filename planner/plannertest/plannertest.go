// Package plannertest gives the tests of the planner and of the layers
// above it a plan built by the real planner in one call, so a test states
// the input it plans and nothing of the error handling around it.
package plannertest

import (
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// MustBuild builds the plan of in on catalog c; it fails the test, naming
// the input, when the planner refuses it.
func MustBuild(tb testing.TB, c *catalog.Catalog, in planner.Input) planner.Plan {
	tb.Helper()
	p, err := planner.Build(c, in)
	if err != nil {
		tb.Fatalf("Build(%+v): %v", in, err)
	}
	return p
}
