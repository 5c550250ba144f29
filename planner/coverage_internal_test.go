package planner

import "testing"

// TestCoveredPercentNeverRoundsUpToAll: a plan that leaves ten minutes of
// 80 h out covers 99 %, not 100 % (coverage is rounded down), a plan
// saved with the old rounding (1.00 with work left out) says 99 % too,
// and shares that are whole percents stay as they are.
func TestCoveredPercentNeverRoundsUpToAll(t *testing.T) {
	left := []Unscheduled{{Topic: "SAA-C03:1.1", Hours: 0.25}}
	cases := []struct {
		name string
		p    Plan
		want int
	}{
		{"ten minutes of 80 h left out", Plan{Coverage: coverageOf(80*60-10, 80*60), Unscheduled: left}, 99},
		{"saved as 1.00 with work left out", Plan{Coverage: 1, Unscheduled: left}, 99},
		{"all placed", Plan{Coverage: coverageOf(80*60, 80*60)}, 100},
		{"57 % placed", Plan{Coverage: coverageOf(57*48, 100*48), Unscheduled: left}, 57},
		{"just under 57 %", Plan{Coverage: coverageOf(57*48-1, 100*48), Unscheduled: left}, 56},
	}
	for _, c := range cases {
		if got := c.p.CoveredPercent(); got != c.want {
			t.Errorf("%s: covers %d %%, want %d %%", c.name, got, c.want)
		}
	}
}
