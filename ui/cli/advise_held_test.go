package cli

import (
	"reflect"
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestAdviseCountsOnlyValidCertifications: a learner on 2026-11-23 whose
// DVA-C02 (2023-06-01) lapsed and whose CLF-C02 (2023-10-01) their SAA-C03
// pass (2025-06-01) renewed until 2028-06-01, the passes ui's
// TestLapsedAndRenewedCertifications logs on the desktop. advise gives the
// desktop's advice, says it used CLF-C02 and SAA-C03, the ones the
// desktop's advisor lists as held (planner.HeldOn), not DVA-C02, and warns
// that DVA-C02 expired; certs calls DVA expired, with no exam or day to
// renew it, and CLF active until 2028-06-01, as the Certifications screen
// lists them.
func TestAdviseCountsOnlyValidCertifications(t *testing.T) {
	dir := t.TempDir()
	for _, p := range [][2]string{{"DVA-C02", "2023-06-01"}, {"CLF-C02", "2023-10-01"}, {"SAA-C03", "2025-06-01"}} {
		mustStore(t, dir, "exam", "add", p[0], p[1], "--status", "passed")
	}
	p := desktopProfile(t, dir)
	basis := wantSameAdvice(t, storeRun(t, dir, "advise", "--role", "developer", "--years", "2", "--json"), p)
	want := []planner.HeldCert{{Code: "CLF-C02", Earned: catalogtest.Date(t, "2025-06-01")}, {Code: "SAA-C03", Earned: catalogtest.Date(t, "2025-06-01")}}
	if !reflect.DeepEqual(basis.Held, want) || basis.HeldFrom != fromData {
		t.Errorf("basis held %+v from %q, want %+v from the data", basis.Held, basis.HeldFrom, want)
	}
	if desktop := desktopHeld(t, dir); !reflect.DeepEqual(basis.Held, desktop) {
		t.Errorf("advise counts %+v as held, the desktop's advisor %+v", basis.Held, desktop)
	}

	out := strings.Join(strings.Fields(mustStore(t, dir, "advise", "--role", "developer", "--years", "2")), " ")
	wantIn(t, "advise", out, "Advising with the certifications you hold (CLF-C02, SAA-C03).",
		"Your DVA-C02 expired on 2026-06-01, so it no longer counts as held")
	if strings.Contains(out, "CLF-C02 expired") || strings.Contains(out, "hold (DVA-C02") {
		t.Errorf("advise counts DVA-C02 as held or calls CLF-C02 expired:\n%s", out)
	}
	certs := strings.Join(strings.Fields(mustStore(t, dir, "certs")), " ")
	wantIn(t, "certs", certs, "DVA DVA-C02 2023-06-01 2026-06-01 expired - - -", "CLF CLF-C02 2023-10-01 2028-06-01 active",
		"SAA SAA-C03 2025-06-01 2028-06-01 active")
}
