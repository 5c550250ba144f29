package cli

import (
	"fmt"
	"io"
	"strings"

	"certplan/planner"
	"certplan/planner/holiday"
)

// writeReport prints a plan as a readable report: header, verdict,
// warnings, hours by domain, credit for held certifications, then the weeks.
func writeReport(w io.Writer, o *planOptions, p planner.Plan) error {
	var b strings.Builder
	writeHeader(&b, o, p)
	fmt.Fprintf(&b, "\n")
	// One sentence a line: each stays under 100 columns and reads whole.
	for _, sentence := range strings.SplitAfter(verdict(p), ". ") {
		b.WriteString(strings.TrimSpace(sentence) + "\n")
	}
	writeList(&b, "Warnings", p.WarningsBesides(p.CoverageText())) // writeFit gives the coverage
	writeFit(&b, p, planFixes(p))
	writeDomainHours(&b, p)
	writeCredit(&b, p)
	writeWeeks(&b, p)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeHeader prints what the plan is for and the inputs it was made from.
func writeHeader(b *strings.Builder, o *planOptions, p planner.Plan) {
	fmt.Fprintf(b, "Study plan for %s  %s\n", p.Exam, p.ExamName)
	field(b, "Start", p.Start.String())
	exam := p.ExamDate.String()
	switch {
	case p.ExamDate.IsZero():
		exam = "none fits within five years at these hours"
	case p.ExamDateProposed:
		exam += " (proposed: " + p.ProposedText() + ")"
	}
	field(b, "Exam", exam)
	field(b, "Hours", o.hoursText(p.Inputs.Hours))
	field(b, "Experience", string(p.Inputs.Experience))
	field(b, "Order", p.Inputs.Order.Describe())
	if !p.NoNewMaterialFrom.IsZero() {
		field(b, "New material", "until "+p.NoNewMaterialFrom.AddDays(-1).String()+", then review and practice only")
	}
	if len(p.Inputs.Held) > 0 {
		field(b, "Held", heldText(p.Inputs.Held))
	}
	if o.country != "" {
		field(b, "Holidays", fmt.Sprintf("%s public holidays", holiday.Name(strings.TrimSpace(o.country))))
	}
	for _, s := range p.Inputs.TimeOff {
		field(b, "Time off", fmt.Sprintf("%s..%s", s.From, s.To))
	}
}

// hoursText describes the weekly study hours for the report header.
func (o *planOptions) hoursText(w planner.Weekdays) string {
	var days []string
	for i, h := range w {
		if h > 0 {
			days = append(days, fmt.Sprintf("%s %s", dayNames[i][:3], hours(h)))
		}
	}
	s := fmt.Sprintf("%s h a week", hours(w.Total()))
	if len(days) > 0 {
		s += " (" + strings.Join(days, ", ") + ")"
	}
	if o.defaultHours {
		s += "; the default: set --hours or --weekdays"
	}
	return s
}

// heldText lists held certifications with the day they were earned when known.
func heldText(held []planner.HeldCert) string {
	var out []string
	for _, h := range held {
		if h.Earned.IsZero() {
			out = append(out, h.Code)
		} else {
			out = append(out, fmt.Sprintf("%s (earned %s)", h.Code, h.Earned))
		}
	}
	return strings.Join(out, ", ")
}

// verdict says in plain words whether the plan fits, and what would make it fit.
func verdict(p planner.Plan) string {
	switch {
	case p.Feasible && p.RequiredHours == 0:
		return "Fits: nothing is left to study; every topic is done."
	case p.Feasible:
		return fmt.Sprintf("Fits: %s h needed, %s h available.", hours(p.RequiredHours), hours(p.CapacityHours))
	case p.ExamDate.IsZero():
		return fmt.Sprintf("Does not fit: %s h needed, and at these hours no exam date within five years fits. "+
			"Add study hours a week.", hours(p.RequiredHours))
	}
	s := fmt.Sprintf("Does not fit: %s h short.", hours(p.ShortfallHours))
	if p.EarliestExam.IsZero() {
		s += " " + p.NoDateFitsText()
	} else {
		s += fmt.Sprintf(" Earliest exam date that fits at these hours: %s", p.EarliestExam)
	}
	if p.HoursPerWeekNeeded > 0 {
		return s + fmt.Sprintf("; or study %s h a week to keep %s.", hours(p.HoursPerWeekNeeded), p.ExamDate)
	}
	return s + "."
}

// writeDomainHours prints the planned hours of each domain and of the practice exams.
func writeDomainHours(b *strings.Builder, p planner.Plan) {
	b.WriteString("\nHours by domain (study and review)\n")
	for _, d := range p.Domains {
		name := clip(fmt.Sprintf("%d. %s", d.Number, d.Name), 50)
		fmt.Fprintf(b, "  %-50s %20s %7s h\n", name, weightText(d.Weight), hours(d.Hours))
	}
	kinds := map[planner.Kind]float64{}
	for _, t := range p.Topics {
		kinds[t.Kind] += t.Hours
	}
	fmt.Fprintf(b, "  %-50s %20s %7s h\n", "Practice exams", "", hours(kinds[planner.Practice]))
	if kinds[planner.Fix] > 0 { // else the rows do not add up to the total
		fmt.Fprintf(b, "  %-50s %20s %7s h\n", "Fixing weak areas after practice exams", "", hours(kinds[planner.Fix]))
	}
	fmt.Fprintf(b, "  %-50s %20s %7s h\n", "Total", "", hours(p.TotalHours))
	if p.DoneHours > 0 {
		fmt.Fprintf(b, "  %-50s %20s %7s h\n", "Done already", "", hours(p.DoneHours))
		fmt.Fprintf(b, "  %-50s %20s %7s h\n", "Still to study", "", hours(p.RequiredHours))
	}
}

// writeCredit prints one line per topic shortened by a held certification.
func writeCredit(b *strings.Builder, p planner.Plan) {
	head := "\nCredit for certifications you hold\n"
	for _, t := range p.Topics {
		if t.Credit > 0 {
			b.WriteString(head)
			head = ""
			prefix := fmt.Sprintf("  %-6s %6s h instead of %6s h  ", shortID(t.ID), hours(t.Hours), hours(t.Base))
			writeWrapped(b, prefix, t.CreditReason)
		}
	}
}

// writeWeeks prints the week-by-week table with each week's items and days off.
func writeWeeks(b *strings.Builder, p planner.Plan) {
	if len(p.Weeks) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%-24s %10s %10s\n", "Week", "Capacity", "Planned")
	for _, w := range p.Weeks {
		fmt.Fprintf(b, "%-24s %8s h %8s h\n", w.Start.String()+".."+w.End.String(),
			hours(w.CapacityHours), hours(w.PlannedHours))
		for _, it := range w.Items {
			fmt.Fprintf(b, "  %6s h  %-13s %-10s %s\n", hours(it.Hours), it.Kind, shortID(it.Topic), clip(it.Title, 60))
		}
		for _, d := range w.DaysOff {
			fmt.Fprintf(b, "  day off   %s %s\n", d.Date, clip(d.Reason, 70))
		}
	}
}

// shortID drops the exam code from a topic ID: "SAA-C03:1.2" becomes "1.2".
func shortID(id string) string {
	if _, rest, ok := strings.Cut(id, ":"); ok {
		return rest
	}
	return id
}

// clip shortens s to n characters, ending with an ellipsis when cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
