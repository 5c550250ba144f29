package export

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"testing"
)

var streamDict = regexp.MustCompile(`(\d+) 0 obj\n(<<[^>]*(?:>[^>][^>]*)*>>)\nstream\n`)

// TestPDFStreamsAndCrossReferences checks what compressStreams rewrites,
// byte by byte: startxref finds the table, every entry finds its object,
// every stream is as long as its /Length says and deflated, and inflates.
func TestPDFStreamsAndCrossReferences(t *testing.T) {
	p, c := saaPlan(t)
	b := mustPDF(t, p, Options{Catalog: c, Held: heldCerts(t)})
	at := bytes.LastIndex(b, []byte("startxref\n"))
	xref, _ := strconv.Atoi(string(bytes.Fields(b[at+len("startxref\n"):])[0]))
	if !bytes.HasPrefix(b[xref:], []byte("xref\n0 ")) {
		t.Fatalf("startxref %d does not point at the xref table", xref)
	}
	lines := bytes.Split(b[xref:], []byte("\n"))
	size, _ := strconv.Atoi(string(bytes.Fields(lines[1])[1]))
	for n := 1; n < size; n++ {
		off, _ := strconv.Atoi(string(lines[2+n][:10]))
		if !bytes.HasPrefix(b[off:], fmt.Appendf(nil, "%d 0 obj\n", n)) {
			t.Errorf("xref entry %d points at byte %d, which is not its object", n, off)
		}
	}
	streams := 0
	for _, m := range streamDict.FindAllSubmatchIndex(b, -1) {
		streams++
		checkStream(t, b, string(b[m[2]:m[3]]), string(b[m[4]:m[5]]), m[1])
	}
	if streams < len(p.Weeks) {
		t.Errorf("found %d streams, want at least one per page", streams)
	}
}

// checkStream checks one stream's length, filter and data.
func checkStream(t *testing.T, b []byte, obj, dict string, start int) {
	t.Helper()
	m := regexp.MustCompile(`/Length (\d+)\b`).FindStringSubmatch(dict)
	if m == nil || !regexp.MustCompile(`/Filter /FlateDecode`).MatchString(dict) {
		t.Errorf("object %s %s: want a /Length and FlateDecode", obj, dict)
		return
	}
	n, _ := strconv.Atoi(m[1])
	if !bytes.HasPrefix(b[start+n:], []byte("\nendstream\nendobj\n")) {
		t.Errorf("object %s: /Length %d does not end at endstream", obj, n)
		return
	}
	r, err := zlib.NewReader(bytes.NewReader(b[start : start+n]))
	if err == nil {
		_, err = io.Copy(io.Discard, r)
	}
	if err != nil {
		t.Errorf("object %s does not inflate: %v", obj, err)
	}
}

func TestCompressStreamsRejectsWhatItCannotRead(t *testing.T) {
	for name, in := range map[string]string{
		"no objects":        "%PDF-1.3\ngarbage\n",
		"stream too long":   "%PDF-1.3\n1 0 obj\n<</Length 999>>\nstream\nabc\nendstream\nendobj\nxref\n0 2\n",
		"no endobj":         "%PDF-1.3\n1 0 obj\n<</Type /X>>\n",
		"no xref trailer":   "%PDF-1.3\n1 0 obj\n<</Type /X>>\nendobj\nxref\n0 2\n",
		"xref size differs": "%PDF-1.3\n1 0 obj\n<</Type /X>>\nendobj\nxref\n0 5\ntrailer\n<<>>\nstartxref\n9\n%%EOF\n",
	} {
		if _, err := compressStreams([]byte(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
