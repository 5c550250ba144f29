package catalog

import (
	"regexp"
	"strings"
)

// Research shorthand that must never reach a learner, and what a learner
// reads instead. The catalog data is being rewritten in plain words; this
// keeps any shorthand left in it (or added later) off the screen.
var (
	sourceIDs   = regexp.MustCompile(`(?i)(notes )?(source )?ids? [0-9][0-9, ]*[0-9]|source id`)
	researchIDs = regexp.MustCompile(`(via )?(\b(CAT|PT)-[0-9]+\b|\bJP-SAP\b|\bS-[A-Z]{2,}[0-9]*\b:?)`)
	emptyParens = regexp.MustCompile(`\(\s*[,;]?\s*\)|\s+-\s*(\.|$)`)
	strayComma  = regexp.MustCompile(`\(\s*,\s*|\s*,\s*\)`)
	spaces      = regexp.MustCompile(`\s+([,;.)])|\(\s+|\s{2,}`)
	plainWords  = strings.NewReplacer(
		"UNCONFIRMED", "not confirmed by AWS",
		"CONFLICT:", "sources disagree:",
		"CONFLICT", "sources disagree",
		"(3P)", "(reported by others)",
		"3P", "third-party", "3p", "third-party",
		"not present in corpus", "not yet available to certplan",
		"not in corpus", "not yet available to certplan",
		"do not ship weights", "",
	)
)

// ForLearners rewrites one note or source in the learner's words, without
// research identifiers or tags; "" when nothing is left worth reading.
func ForLearners(s string) string {
	s = sourceIDs.ReplaceAllString(s, "")
	s = researchIDs.ReplaceAllString(s, "")
	s = plainWords.Replace(s)
	s = strayComma.ReplaceAllStringFunc(s, func(m string) string { return strings.Trim(strings.TrimSpace(m), ", ") })
	s = emptyParens.ReplaceAllStringFunc(s, func(m string) string { return strings.Trim(strings.TrimSpace(m), "()-, ") })
	s = spaces.ReplaceAllStringFunc(s, func(m string) string {
		if t := strings.TrimSpace(m); t != "" && t != "(" {
			return t
		}
		if strings.HasPrefix(m, "(") {
			return "("
		}
		return " "
	})
	s = strings.Trim(strings.TrimSpace(s), ",;:")
	if len(strings.Trim(s, " .,;:()")) < 3 {
		return ""
	}
	return strings.TrimSpace(s)
}

// LearnerNotes are the exam's notes in the learner's words.
func (e *Exam) LearnerNotes() []string { return forLearners(e.Notes) }

// LearnerSources are the exam's sources in the learner's words: the pages'
// names or addresses, without research identifiers.
func (e *Exam) LearnerSources() []string { return forLearners(e.Sources) }

func forLearners(in []string) []string {
	var out []string
	for _, s := range in {
		if t := ForLearners(s); t != "" {
			out = append(out, t)
		}
	}
	return out
}
