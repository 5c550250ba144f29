package catalog

import "testing"

// TestValidUntil: a pass counts for the exam's validity, else the
// programme's, else three years; a pass of unknown date has no end.
func TestValidUntil(t *testing.T) {
	passed := DateOf(2025, 6, 1)
	cases := []struct {
		name        string
		exam, rules int
		want        Date
	}{
		{"the exam's own validity", 2, 3, DateOf(2027, 6, 1)},
		{"the programme's validity when the exam has none", 0, 4, DateOf(2029, 6, 1)},
		{"three years when neither says", 0, 0, DateOf(2028, 6, 1)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := &Catalog{rules: Rules{ValidityYears: tc.rules}}
			if got := c.ValidUntil(&Exam{ValidityYears: tc.exam}, passed); got != tc.want {
				t.Errorf("ValidUntil = %s, want %s", got, tc.want)
			}
		})
	}
	if got := (&Catalog{}).ValidUntil(&Exam{ValidityYears: 3}, 0); !got.IsZero() {
		t.Errorf("ValidUntil of an undated pass = %s, want zero", got)
	}
}
