package ui

import (
	"fmt"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestPreviewSaysWhatHeldCertificationsTakeOff: holding CLF-C02 lowers an
// SAA-C03 plan, and the preview's total says by how much and why: the
// difference from the same plan without it.
func TestPreviewSaysWhatHeldCertificationsTakeOff(t *testing.T) {
	cat := testCatalog(t)
	in := planner.Input{Exam: "SAA-C03", Start: catalog.DateOf(2026, 3, 2), Hours: planner.Even(10),
		Experience: planner.Some}
	without, err := planner.Build(cat, in)
	if err != nil {
		t.Fatal(err)
	}
	in.Held = []planner.HeldCert{{Code: "CLF-C02", Earned: catalog.DateOf(2025, 6, 1)}}
	with, err := planner.Build(cat, in)
	if err != nil {
		t.Fatal(err)
	}
	if with.TotalHours >= without.TotalHours {
		t.Fatalf("holding CLF-C02 gives %v h, without %v h: want fewer", with.TotalHours, without.TotalHours)
	}
	v, err := buildPreview(cat, in)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("Total: %s of study for SAA-C03 (-%s for CLF-C02 you hold)", hours(with.TotalHours),
		hours(without.TotalHours-with.TotalHours))
	if got := totalText(v, in.Held); got != want {
		t.Errorf("total = %q, want %q", got, want)
	}
	in.Held = nil
	plain, _ := buildPreview(cat, in)
	if got := totalText(plain, nil); got != "Total: "+hours(without.TotalHours)+" of study for SAA-C03" {
		t.Errorf("total without credit = %q", got)
	}
}
