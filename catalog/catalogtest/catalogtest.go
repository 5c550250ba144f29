// Package catalogtest gives tests a catalog whose study items are a small
// fixture (SAA-C03 published with 146 made-up items over its 14 tasks, CLF-C02 unpublished,
// every other exam without a file), so tests of the planner, storage and
// screens do not depend on the real items, which other people refresh.
package catalogtest

import (
	"embed"
	"sync"
	"testing"

	"certplan/catalog"
)

//go:embed testdata/items
var items embed.FS

var (
	once sync.Once
	cat  *catalog.Catalog
	err  error
)

// Catalog returns the shared fixture catalog, for package-level test setup.
func Catalog() (*catalog.Catalog, error) {
	once.Do(func() { cat, err = catalog.LoadWithItems(items, "testdata/items") })
	return cat, err
}

// Fresh loads a new fixture catalog whose items are not decoded yet, for
// benchmarks of the first use.
func Fresh() (*catalog.Catalog, error) { return catalog.LoadWithItems(items, "testdata/items") }

// Load returns the shared fixture catalog; it fails the test when it does
// not load.
func Load(tb testing.TB) *catalog.Catalog {
	tb.Helper()
	if _, err := Catalog(); err != nil {
		tb.Fatalf("fixture catalog: %v", err)
	}
	return cat
}

// Date reads a YYYY-MM-DD date written in a test; it fails the test when
// the text is no date.
func Date(tb testing.TB, s string) catalog.Date {
	tb.Helper()
	d, err := catalog.ParseDate(s)
	if err != nil {
		tb.Fatalf("date %q: %v", s, err)
	}
	return d
}
