package cli

import (
	"fmt"
	"strings"
	"testing"

	"certplan/planner"
)

// TestHoursByDomainAddUpToTheTotal: the rows of plan's "Hours by domain"
// (domains, practice exams, fixing weak areas) add up to its Total; the
// fix time after practice exams was in the total but in no row (QA).
func TestHoursByDomainAddUpToTheTotal(t *testing.T) {
	for _, exam := range []string{"SAA-C03", "ANS-C01", "CLF-C02"} {
		out := cliRun(t, "plan", "--cert", exam, "--hours", "10").stdout
		_, table, ok := strings.Cut(out, "Hours by domain (study and review)\n")
		if !ok {
			t.Fatalf("plan %s prints no hours by domain:\n%s", exam, out)
		}
		sum, total := 0, -1
		for _, line := range strings.Split(table, "\n") {
			fields := strings.Fields(line)
			if len(fields) < 3 || fields[len(fields)-1] != "h" {
				break
			}
			m := minutesOf(t, fields[len(fields)-2])
			if fields[0] == "Total" {
				total = m
				break
			}
			sum += m
		}
		if d := sum - total; d < -2 || d > 2 { // each row rounds to the minute
			t.Errorf("plan %s: the rows add up to %s h, the total says %s h:\n%s", exam,
				planner.FormatHours(float64(sum)/60), planner.FormatHours(float64(total)/60), table)
		}
	}
}

// minutesOf reads hours as certplan writes them ("24.25", "6:40").
func minutesOf(t *testing.T, s string) int {
	t.Helper()
	var h, m int
	if _, err := fmt.Sscanf(s, "%d:%d", &h, &m); err == nil {
		return h*60 + m
	}
	var f float64
	if _, err := fmt.Sscan(s, &f); err != nil {
		t.Fatalf("hours %q: %v", s, err)
	}
	return int(f*60 + 0.5)
}
