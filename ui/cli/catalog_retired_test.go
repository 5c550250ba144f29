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

// TestServiceGroupsKeepASpaceAfterTheirName: a group name as long as the
// label column ("Application Integration") is followed by a space, not run
// into its first service ("Application Integration:Amazon EventBridge").
func TestServiceGroupsKeepASpaceAfterTheirName(t *testing.T) {
	out := cliRun(t, "catalog", "show", "ANS-C01").stdout
	_, services, ok := strings.Cut(out, "Services in scope\n")
	if !ok {
		t.Fatalf("catalog show ANS-C01 lists no services in scope:\n%s", out)
	}
	services, _, _ = strings.Cut(services, "\n\n") // the section ends at a blank line
	for _, line := range strings.Split(services, "\n") {
		if _, rest, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(rest, " ") {
			t.Errorf("a service group runs into its services: %q", line)
		}
	}
}
