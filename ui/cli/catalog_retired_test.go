package cli

import (
	"strings"
	"testing"
)

// TestRetiredExamSaysWhatCertplanDoesNotCarry: a retired exam whose guide
// published task statements and items says certplan does not carry them,
// never that they were not published (issue 11).
func TestRetiredExamSaysWhatCertplanDoesNotCarry(t *testing.T) {
	for _, code := range []string{"PAS-C01", "BDS-C00"} {
		out := cliRun(t, "catalog", "show", code).stdout
		if strings.Contains(out, "task statements not published") || strings.Contains(out, "Study items not published") {
			t.Errorf("catalog show %s says its tasks or items were not published:\n%s", code, out)
		}
		if !strings.Contains(out, "(task statements not carried by certplan)") ||
			!strings.Contains(out, "Study items not carried by certplan") {
			t.Errorf("catalog show %s does not say what certplan does not carry:\n%s", code, out)
		}
	}
	if out := cliRun(t, "catalog", "show", "MLA-C02").stdout; !strings.Contains(out, "not published yet") {
		t.Errorf("MLA-C02, whose guide is not out, no longer says its items are not published yet:\n%s", out)
	}
}
