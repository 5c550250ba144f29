package cli

import (
	"strings"
	"testing"
	"unicode"
)

// TestErrorLinesStartLowerCase (QA): every error line after "certplan: "
// starts in lower case (an exam code excepted) and says what to change,
// storage's sentences included.
func TestErrorLinesStartLowerCase(t *testing.T) {
	dir := newSavedPlan(t)
	cases := []struct {
		args  []string
		names string
	}{
		{[]string{"show", "9"}, "there is no plan 9: list the plans"},
		{[]string{"restore", "/nonexistent/b.db"}, "there is no file /nonexistent/b.db: give the path"},
		{[]string{"import-data", "/nonexistent/x.json"}, "import-data: there is no file /nonexistent/x.json: give the path"},
		{[]string{"plan", "--cert", "SAA-C03", "--hours", "abc"}, `--hours "abc" is not a number of hours: use a number`},
		{[]string{"plan", "--cert", "SAA-C03", "--hours", "500"}, "--hours 500 is not possible: use 0 to 80 hours"},
		{[]string{"plan", "--cert", "ANS-C01", "--exam", "2027-12-01"},
			"--exam 2027-12-01 is after ANS-C01's last day, 2026-12-31: choose an exam date up to 2026-12-31"},
		{[]string{"plan", "--cert", "DVA-C02", "--exam", "2026-12-20"},
			"--exam 2026-12-20 is after DVA-C02's last day, 2026-11-30: choose an exam date up to 2026-11-30, or plan DVA-C03"},
		{[]string{"plan", "--cert", "SCS-C02", "--exam", "2026-12-20"}, "SCS-C02 cannot be taken after 2025-12-01; plan SCS-C03 instead"},
	}
	for _, c := range cases {
		r := storeRun(t, dir, c.args...)
		wantBadInput(t, r, c.names)
		msg := strings.TrimPrefix(r.stderr, "certplan: ")
		if first := []rune(msg)[0]; unicode.IsUpper(first) && !strings.HasPrefix(msg, c.names[:3]) {
			t.Errorf("%v: %q starts upper-case", c.args, msg)
		}
	}
}

// TestCatalogShowSaysTheStatusOnce: ANS-C01's status line says "retiring"
// once, with the note beside it saying only what the status does not.
func TestCatalogShowSaysTheStatusOnce(t *testing.T) {
	out := cliRun(t, "catalog", "show", "ANS-C01").stdout
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "Status:") && strings.Count(line, "retiring") != 1 {
			t.Errorf("status line %q, want \"retiring\" once", line)
		}
	}
}
