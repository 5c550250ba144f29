package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// lineWidth is the most columns a line of text output takes.
const lineWidth = 96

// writeExam prints everything certplan knows about one exam.
func writeExam(w io.Writer, c *catalog.Catalog, x *catalog.Exam) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s\n", x.Code, x.Name)
	writeExamFacts(&b, x)
	writeDomains(&b, x)
	writeItems(&b, x)
	writeRenewal(&b, c, x)
	writeList(&b, "Notes", x.LearnerNotes())
	writeList(&b, "Sources", x.LearnerSources())
	_, err := io.WriteString(w, b.String())
	return err
}

// writeExamFacts prints the level, status, format and study-hour estimate.
func writeExamFacts(b *strings.Builder, x *catalog.Exam) {
	field(b, "Level", join(string(x.Level), x.LevelNote))
	field(b, "Status", join(statusLine(x), x.StatusNote))
	if x.Predecessor != "" {
		field(b, "Replaces", x.Predecessor)
	}
	if x.Successor != "" {
		field(b, "Successor", join(x.Successor, x.SuccessorNote))
	}
	field(b, "Format", formatText(x.Format))
	if x.StandardFormat != nil {
		field(b, "Usual format", formatText(*x.StandardFormat))
	}
	if len(x.QuestionTypes) > 0 {
		field(b, "Questions", strings.Join(x.QuestionTypes, ", "))
	}
	field(b, "Valid for", fmt.Sprintf("%d years", x.ValidityYears))
	if x.RecommendedExperience != "" {
		field(b, "Experience", x.RecommendedExperience)
	}
	field(b, "Study hours", fmt.Sprintf("about %s h for a learner with some AWS experience (certplan's estimate). %s",
		hours(x.StudyHours), x.StudyHoursRationale))
}

// statusLine says whether and when the exam can be taken.
func statusLine(x *catalog.Exam) string {
	s := string(x.Status)
	if !x.AvailableFrom.IsZero() {
		from := x.AvailableFromText
		if from == "" {
			from = x.AvailableFromText
		}
		s += "; available from " + from
	}
	if !x.LastDay.IsZero() {
		s += "; last day " + x.LastDay.String()
	}
	return s
}

// formatText describes the delivery format, naming what is not published.
func formatText(f catalog.Format) string {
	q := intOr(f.Questions, "", " questions", "number of questions")
	if f.ScoredQuestions != nil || f.UnscoredQuestions != nil {
		q += fmt.Sprintf(" (%s, %s)", intOr(f.ScoredQuestions, "", " scored", "scored"),
			intOr(f.UnscoredQuestions, "", " unscored", "unscored"))
	}
	return strings.Join([]string{q, intOr(f.Minutes, "", " minutes", "length"),
		intOr(f.PassingScore, "passing score ", " of 1000", "passing score"), intOr(f.PriceUSD, "US$", "", "price")}, ", ")
}

// writeDomains prints each domain with its weight and its topics' titles and tags.
func writeDomains(b *strings.Builder, x *catalog.Exam) {
	head := "Domains"
	if x.Provisional() {
		head += fmt.Sprintf(" (provisional: %s's, until %s's are published)", x.ProvisionalFrom, x.Code)
	}
	fmt.Fprintf(b, "\n%s\n", head)
	for _, d := range x.Domains {
		fmt.Fprintf(b, "  %d. %s (%s)\n", d.Number, d.Name, weightText(d.Weight))
		for _, t := range d.Topics {
			text := t.Title
			if len(t.Tags) > 0 {
				text += " [" + strings.Join(t.Tags, ", ") + "]"
			}
			writeWrapped(b, fmt.Sprintf("     %-5s ", t.Number), text)
		}
	}
}

// weightText is a domain's share of the scored content.
func weightText(w *float64) string {
	if w == nil {
		return "weight not published"
	}
	return strconv.FormatFloat(*w, 'f', -1, 64) + " %"
}

// writeRenewal says what renews the exam's certification and what passing it renews.
func writeRenewal(b *strings.Builder, c *catalog.Catalog, x *catalog.Exam) {
	b.WriteString("\nRenewal\n")
	if f := c.CertificationOf(x.Code); f != nil {
		var by []string
		for _, r := range f.RenewedBy {
			by = append(by, renewerText(c, r))
		}
		field(b, "Renewed by", join("passing the current exam of "+strings.Join(by, ", or "), f.RenewalNote))
	}
	var renews []string
	for _, key := range c.Renews(x.Code) {
		renews = append(renews, certText(c, key))
	}
	if len(renews) == 0 {
		renews = []string{"nothing else"}
	}
	field(b, "Passing renews", strings.Join(renews, ", "))
}

// renewerText reads a RenewedBy entry: a certification key or "level:Associate".
func renewerText(c *catalog.Catalog, r string) string {
	if level, ok := strings.CutPrefix(r, "level:"); ok {
		return "any " + level + " certification"
	}
	return certText(c, r)
}

// certText names a certification by its key and name.
func certText(c *catalog.Catalog, key string) string {
	if f, ok := c.Certification(key); ok {
		return fmt.Sprintf("%s (%s)", f.Key, f.Name)
	}
	return key
}

// writeList prints a heading and one wrapped bullet per item; nothing when empty.
func writeList(b *strings.Builder, head string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", head)
	for _, it := range items {
		writeWrapped(b, "  - ", it)
	}
}

// field prints "Label:  text", wrapping text under itself.
func field(b *strings.Builder, label, text string) {
	writeWrapped(b, fmt.Sprintf("%-16s", label+": "), text)
}

// join appends a note to a text in parentheses when there is one.
func join(text, note string) string {
	if note == "" {
		return text
	}
	return text + " (" + note + ")"
}

// writeWrapped prints text after prefix, wrapped to lineWidth and indented
// under its first word.
func writeWrapped(b *strings.Builder, prefix, text string) {
	indent := strings.Repeat(" ", len(prefix))
	line := prefix
	empty := true
	for _, word := range strings.Fields(text) {
		if !empty && len(line)+1+len(word) > lineWidth {
			b.WriteString(line + "\n")
			line, empty = indent, true
		}
		if !empty {
			line += " "
		}
		line, empty = line+word, false
	}
	b.WriteString(strings.TrimRight(line, " ") + "\n")
}

// hours formats hours the one way certplan writes them (planner.FormatHours):
// 80, 8.75, 4:20.
func hours(h float64) string { return planner.FormatHours(h) }

// dayDate names a day with its weekday, as the command line lists days:
// "Thu 2026-12-03".
func dayDate(d catalog.Date) string { return d.Weekday().String()[:3] + " " + d.String() }
