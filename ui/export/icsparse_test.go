package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// This file is a small iCalendar reader written for the tests from RFC 5545
// alone, independent of the library the writer uses, so a bug in one does
// not hide in the other. It is strict about what ICS promises: CRLF line
// ends, physical lines of at most 75 octets that are valid UTF-8, and
// balanced BEGIN/END.

// icsProp is one unfolded content line: NAME;PARAM=V:VALUE.
type icsProp struct {
	name   string
	params map[string]string
	value  string
}

// icsComp is a component (VCALENDAR, VEVENT, VALARM) with its properties
// and the components inside it.
type icsComp struct {
	name  string
	props []icsProp
	subs  []*icsComp
}

// prop returns the first property called name.
func (c *icsComp) prop(name string) (icsProp, bool) {
	for _, p := range c.props {
		if p.name == name {
			return p, true
		}
	}
	return icsProp{}, false
}

// value returns the raw value of the first property called name, or "".
func (c *icsComp) value(name string) string {
	p, _ := c.prop(name)
	return p.value
}

// text returns the unescaped TEXT value of the first property called name.
func (c *icsComp) text(name string) (string, error) { return unescapeICS(c.value(name)) }

// all returns the sub-components called name.
func (c *icsComp) all(name string) []*icsComp {
	var out []*icsComp
	for _, s := range c.subs {
		if s.name == name {
			out = append(out, s)
		}
	}
	return out
}

// parseICS reads an iCalendar stream and returns its single VCALENDAR.
func parseICS(data []byte) (*icsComp, error) {
	lines, err := physicalLines(data)
	if err != nil {
		return nil, err
	}
	root := &icsComp{}
	stack := []*icsComp{root}
	for _, l := range unfold(lines) {
		p, err := parseContentLine(l)
		if err != nil {
			return nil, err
		}
		top := stack[len(stack)-1]
		switch p.name {
		case "BEGIN":
			c := &icsComp{name: p.value}
			top.subs = append(top.subs, c)
			stack = append(stack, c)
		case "END":
			if len(stack) == 1 || top.name != p.value {
				return nil, fmt.Errorf("END:%s does not close %q", p.value, top.name)
			}
			stack = stack[:len(stack)-1]
		default:
			top.props = append(top.props, p)
		}
	}
	if len(stack) != 1 || len(root.subs) != 1 || root.subs[0].name != "VCALENDAR" {
		return nil, fmt.Errorf("want one closed VCALENDAR, got %d open components and %d top-level", len(stack)-1, len(root.subs))
	}
	return root.subs[0], nil
}

// physicalLines splits on CRLF and checks each line's ending, length and encoding.
func physicalLines(data []byte) ([]string, error) {
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		return nil, fmt.Errorf("the stream does not end in CRLF")
	}
	lines := strings.Split(string(data[:len(data)-2]), "\r\n")
	for i, l := range lines {
		switch {
		case strings.ContainsAny(l, "\r\n"):
			return nil, fmt.Errorf("line %d has a bare CR or LF: %q", i+1, l)
		case len(l) > 75:
			return nil, fmt.Errorf("line %d is %d octets, more than 75: %q", i+1, len(l), l)
		case !utf8.ValidString(l):
			return nil, fmt.Errorf("line %d splits a UTF-8 sequence: %q", i+1, l)
		case l == "":
			return nil, fmt.Errorf("line %d is empty", i+1)
		}
	}
	return lines, nil
}

// unfold joins each line that starts with a space or tab to the one before.
func unfold(lines []string) []string {
	var out []string
	for _, l := range lines {
		if (l[0] == ' ' || l[0] == '\t') && len(out) > 0 {
			out[len(out)-1] += l[1:]
			continue
		}
		out = append(out, l)
	}
	return out
}

// parseContentLine splits NAME;P1=V1;P2="V2":VALUE, honouring quoted
// parameter values that may hold ':' and ';'.
func parseContentLine(l string) (icsProp, error) {
	var parts []string
	quoted, start, colon := false, 0, -1
	for i := 0; i < len(l) && colon < 0; i++ {
		switch {
		case l[i] == '"':
			quoted = !quoted
		case !quoted && l[i] == ';':
			parts, start = append(parts, l[start:i]), i+1
		case !quoted && l[i] == ':':
			parts, colon = append(parts, l[start:i]), i
		}
	}
	if colon < 0 || parts[0] == "" {
		return icsProp{}, fmt.Errorf("content line without a name and colon: %q", l)
	}
	p := icsProp{name: strings.ToUpper(parts[0]), params: map[string]string{}, value: l[colon+1:]}
	for _, kv := range parts[1:] {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return icsProp{}, fmt.Errorf("parameter without '=' in %q", l)
		}
		p.params[strings.ToUpper(k)] = strings.Trim(v, `"`)
	}
	return p, nil
}

// unescapeICS undoes RFC 5545 TEXT escaping: \\ \; \, \n \N.
func unescapeICS(v string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == ',' || c == ';' {
			return "", fmt.Errorf("unescaped %q in TEXT %q", c, v)
		}
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		if i++; i == len(v) {
			return "", fmt.Errorf("TEXT %q ends in a lone backslash", v)
		}
		switch v[i] {
		case '\\', ';', ',':
			b.WriteByte(v[i])
		case 'n', 'N':
			b.WriteByte('\n')
		default:
			return "", fmt.Errorf("unknown escape \\%c in TEXT %q", v[i], v)
		}
	}
	return b.String(), nil
}

// TestParseICSRejectsBrokenFiles makes sure the checks above can fail.
func TestParseICSRejectsBrokenFiles(t *testing.T) {
	long := "SUMMARY:" + strings.Repeat("x", 70)
	split := "SUMMARY:" + strings.Repeat("x", 65) + "ö"[:1] + "\r\n " + "ö"[1:]
	for name, in := range map[string]string{
		"LF line ends":        "BEGIN:VCALENDAR\nEND:VCALENDAR\n",
		"line over 75 octets": "BEGIN:VCALENDAR\r\n" + long + "\r\nEND:VCALENDAR\r\n",
		"split UTF-8":         "BEGIN:VCALENDAR\r\n" + split + "\r\nEND:VCALENDAR\r\n",
		"unclosed component":  "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n",
		"no colon":            "BEGIN:VCALENDAR\r\nSUMMARY\r\nEND:VCALENDAR\r\n",
	} {
		if _, err := parseICS([]byte(in)); err == nil {
			t.Errorf("%s: parsed, want an error", name)
		}
	}
	if _, err := unescapeICS(`a,b`); err == nil {
		t.Error("an unescaped comma in TEXT passed")
	}
}
