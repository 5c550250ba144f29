package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"certplan/catalog"
)

// catalogJSON is what `catalog --json` prints: the whole catalog's facts.
type catalogJSON struct {
	Exams          []*catalog.Exam             `json:"exams"`
	Certifications []*catalog.Certification    `json:"certifications"`
	Rules          catalog.Rules               `json:"rules"`
	Accreditations []catalog.AccreditationInfo `json:"accreditations"`
}

// runCatalog lists the exams, shows one, or searches them by service.
func runCatalog(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	asJSON := fs.Bool("json", false, "print the catalog data as JSON")
	var today catalog.Date
	dateVar(fs, &today, "today", "give each exam's status as of this date, YYYY-MM-DD (default today)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if today.IsZero() {
		today = e.today
	}
	switch {
	case len(pos) == 0:
		exams := examsOn(e.cat.Exams(), today)
		if *asJSON {
			return writeJSON(e.stdout, catalogJSON{Exams: exams, Certifications: e.cat.Certifications(),
				Rules: e.cat.Rules(), Accreditations: e.cat.Accreditations()})
		}
		return writeExamList(e.stdout, exams)
	case pos[0] == "show" && len(pos) == 2:
		ex, err := examCode(e, pos[1])
		if err != nil {
			return err
		}
		ex = examsOn([]*catalog.Exam{ex}, today)[0]
		if *asJSON {
			return writeJSON(e.stdout, examWithItems(ex))
		}
		return writeExam(e.stdout, e.cat, ex)
	case pos[0] == "search" && len(pos) >= 2:
		return writeSearch(e, strings.Join(pos[1:], " "), *asJSON)
	case pos[0] == "show":
		return badInput("catalog show needs one exam code, for example: certplan catalog show SAA-C03")
	default:
		return badInput("catalog: unexpected %q: use certplan catalog, certplan catalog show CODE or certplan catalog search SERVICE", pos[0])
	}
}

// examsOn returns copies of exams for printing: the Status worked out from
// their dates on today (catalog.Exam.StatusOn), notes and sources in the
// learner's words.
func examsOn(exams []*catalog.Exam, today catalog.Date) []*catalog.Exam {
	out := make([]*catalog.Exam, len(exams))
	for i, x := range exams {
		c := *x
		c.Status = x.StatusOn(today)
		c.Notes, c.Sources = x.LearnerNotes(), x.LearnerSources()
		out[i] = &c
	}
	return out
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// writeExamList prints every exam under a heading per level: the code and
// name on one line, its status and format facts indented on the next.
func writeExamList(w io.Writer, exams []*catalog.Exam) error {
	var b strings.Builder
	level := catalog.Level("")
	for _, x := range exams {
		if x.Level != level {
			if level != "" {
				b.WriteString("\n")
			}
			level = x.Level
			fmt.Fprintf(&b, "%s\n", level)
		}
		f := x.Format
		fmt.Fprintf(&b, "  %-8s %s\n", x.Code, x.Name)
		fmt.Fprintf(&b, "  %-8s %s · %s · %s · %s\n", "", statusText(x), intOr(f.Minutes, "", " minutes", "minutes"),
			intOr(f.PassingScore, "passing score ", "", "passing score"), intOr(f.PriceUSD, "US$", "", "price"))
	}
	b.WriteString("\ncertplan catalog show CODE gives the details of one exam.\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// statusText is the exam's status, with its last day when it is retiring or
// retired, and its first day when it is scheduled.
func statusText(x *catalog.Exam) string {
	s := string(x.Status)
	switch {
	case (x.Status == catalog.Retiring || x.Status == catalog.Retired) && !x.LastDay.IsZero():
		s += " " + x.LastDay.String()
	case x.Status == catalog.Scheduled && !x.AvailableFrom.IsZero():
		s += " from " + x.AvailableFromText
	}
	return s
}

// intOr formats a published number with its prefix and suffix, or says
// that what is not published.
func intOr(n *int, prefix, suffix, what string) string {
	if n == nil {
		return what + " not published"
	}
	return prefix + strconv.Itoa(*n) + suffix
}
