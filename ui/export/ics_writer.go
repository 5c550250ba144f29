package export

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// icsWriter writes iCalendar content lines (RFC 5545 section 3.1): CRLF
// line ends, lines folded at 75 octets between whole UTF-8 characters.
//
// certplan writes its own few lines rather than use github.com/arran4/golang-ical:
// that library folds and escapes correctly, but it imports net/http and
// crypto/tls, which added 47 packages' init work and 2.3 MB to every binary
// that exports (the command line has a start-up budget), and it writes LF
// unless asked, escapes parameter values with backslashes (RFC 5545 quotes
// them), and has no floating date-time setter. What certplan needs is below.
type icsWriter struct {
	b bytes.Buffer
}

// maxLine is the longest a content line may be, in octets, without its CRLF.
const maxLine = 75

// begin opens a component: BEGIN:VEVENT.
func (w *icsWriter) begin(name string) { w.line("BEGIN:" + name) }

// end closes a component: END:VEVENT.
func (w *icsWriter) end(name string) { w.line("END:" + name) }

// prop writes a property whose value is already in iCalendar form (a date,
// a duration, a number); nameAndParams is "DTSTART" or "DTSTART;VALUE=DATE".
func (w *icsWriter) prop(nameAndParams, value string) { w.line(nameAndParams + ":" + value) }

// text writes a TEXT property, escaped.
func (w *icsWriter) text(name, value string) { w.line(name + ":" + escapeText(value)) }

// line writes one content line, folded so that no physical line is longer
// than 75 octets and no UTF-8 character is cut.
func (w *icsWriter) line(l string) {
	limit := maxLine
	for len(l) > limit {
		cut := limit
		for cut > limit-utf8.UTFMax && !utf8.RuneStart(l[cut]) {
			cut--
		}
		w.b.WriteString(l[:cut])
		w.b.WriteString("\r\n ")
		l, limit = l[cut:], maxLine-1
	}
	w.b.WriteString(l)
	w.b.WriteString("\r\n")
}

// textEscaper escapes what TEXT values may not hold as such (RFC 5545 3.3.11).
var textEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`)

// escapeText makes s a TEXT value: valid UTF-8, line breaks as \n, other
// control characters (which TEXT may not hold) as spaces, and backslashes,
// semicolons and commas escaped.
func escapeText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = lineBreaks.Replace(s)
	s = strings.Map(func(r rune) rune {
		if (r < ' ' && r != '\n' && r != '\t') || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	return textEscaper.Replace(s)
}

// lineBreaks turns CRLF and CR into LF.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n")
