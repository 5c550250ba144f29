package catalog

// DefaultValidityYears is how long a pass counts when neither the exam nor
// the programme's rules say: three years, the AWS rule.
const DefaultValidityYears = 3

// ValidityYears is how long a pass of e keeps its certification valid: the
// exam's own validity, else the programme's, else DefaultValidityYears.
// Every layer asks here, so a certification lapses on the same day in the
// planner, the advisor, the stored records and the exports.
func (c *Catalog) ValidityYears(e *Exam) int {
	if e.ValidityYears > 0 {
		return e.ValidityYears
	}
	if v := c.rules.ValidityYears; v > 0 {
		return v
	}
	return DefaultValidityYears
}

// ValidUntil is the day a certification earned or renewed by passing e on
// passed lapses; zero when the pass date is not known.
func (c *Catalog) ValidUntil(e *Exam, passed Date) Date {
	if passed.IsZero() {
		return 0
	}
	return passed.AddYears(c.ValidityYears(e))
}
