package catalog_test

import (
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
)

// BenchmarkLoad is the catalog's share of start-up: decoding and checking
// every exam; study items are not decoded here.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := catalog.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeItems is what one exam's items cost on first use: decoding
// and checking the fixture's 146 items of SAA-C03 in a fresh catalog.
func BenchmarkDecodeItems(b *testing.B) {
	catalogtest.Load(b)
	for b.Loop() {
		b.StopTimer()
		c, err := catalogtest.Fresh()
		if err != nil {
			b.Fatal(err)
		}
		e, _ := c.Exam("SAA-C03")
		b.StartTimer()
		if _, err := e.StudyItems(); err != nil {
			b.Fatal(err)
		}
	}
}
