package cli

import (
	"strings"
	"unicode"
)

// column writes s in a column n terminal cells wide: clipped with "…" when
// it needs more, padded with spaces when it needs fewer. Chinese, Japanese
// and Korean characters and emoji take two cells, combining marks and
// joiners none, so a table of names keeps its columns in every script.
func column(s string, n int) string {
	w, cut := 0, -1
	for i, r := range s {
		if cut < 0 && w+cellWidth(r) > n-1 {
			cut = i // where the text stops if it must be clipped, leaving a cell for "…"
		}
		w += cellWidth(r)
	}
	if w > n {
		s = s[:cut] + "…"
		w = textWidth(s)
	}
	return s + strings.Repeat(" ", max(n-w, 0))
}

// textWidth is how many terminal cells s takes.
func textWidth(s string) int {
	w := 0
	for _, r := range s {
		w += cellWidth(r)
	}
	return w
}

// cellWidth is how many terminal cells r takes: 0 for a combining mark or
// an invisible format character (a joiner), 2 for a wide one, else 1.
func cellWidth(r rune) int {
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case wide(r):
		return 2
	}
	return 1
}

// wide reports whether r is shown two cells wide: CJK ideographs, kana,
// Hangul, full-width forms and the pictographic emoji.
func wide(r rune) bool {
	switch {
	case unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana):
		return true
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6:
		return true // CJK punctuation and full-width forms
	case r >= 0x1F300 && r <= 0x1FAFF:
		return true // emoji
	}
	return false
}
