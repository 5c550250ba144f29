package export

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestICSLinesFoldAt75OctetsBetweenCharacters(t *testing.T) {
	for _, c := range []struct {
		name  string
		line  string
		lines int
	}{
		{"short", "SUMMARY:hello", 1},
		{"exactly 75", "SUMMARY:" + strings.Repeat("x", 67), 1},
		{"76", "SUMMARY:" + strings.Repeat("x", 68), 2},
		{"two-octet characters", "SUMMARY:" + strings.Repeat("é", 100), 3},
		{"three-octet characters", "SUMMARY:" + strings.Repeat("語", 60), 3},
		{"four-octet characters", "SUMMARY:" + strings.Repeat("🚀", 40), 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			var w icsWriter
			w.line(c.line)
			out := w.b.String()
			if !strings.HasSuffix(out, "\r\n") {
				t.Fatalf("%q does not end in CRLF", out)
			}
			phys := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
			for _, l := range phys {
				if len(l) > 75 || !utf8.ValidString(l) {
					t.Errorf("physical line of %d octets, valid UTF-8 %v: %q", len(l), utf8.ValidString(l), l)
				}
			}
			if len(phys) != c.lines {
				t.Errorf("%d physical lines, want %d", len(phys), c.lines)
			}
			if got := strings.Join(unfold(phys), ""); got != c.line {
				t.Errorf("unfolds to %q, want %q", got, c.line)
			}
		})
	}
}

func TestEscapeText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":               "plain",
		`a,b;c\d`:             `a\,b\;c\\d`,
		"one\ntwo\r\nthree\r": `one\ntwo\nthree\n`,
		"tab\there\x00\x1b":   "tab\there  ",
		"bad \xff byte":       "bad \uFFFD byte",
	} {
		if got := escapeText(in); got != want {
			t.Errorf("escapeText(%q) = %q, want %q", in, got, want)
		}
	}
}
