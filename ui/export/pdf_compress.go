package export

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"regexp"
	"strconv"
)

// gofpdf starts a new zlib writer, a megabyte of state, for every page it
// compresses; on a year's plan that garbage costs more than the layout. So
// the document is written uncompressed and compressStreams compresses its
// page contents afterwards with one writer, then rebuilds the cross-reference
// table for the new offsets. It reads only what gofpdf writes: objects one
// after another, each "N 0 obj" ... "endobj", streams sized by /Length.

var (
	objStart   = regexp.MustCompile(`\A(\d+) 0 obj\n`)
	plainPage  = regexp.MustCompile(`\A<</Length (\d+)>>\nstream\n`)
	lengthKey  = regexp.MustCompile(`/Length (\d+)\b`)
	xrefHeader = regexp.MustCompile(`\Axref\n0 (\d+)\n`)
)

// pdfStreams compresses a PDF's plain streams; see above.
type pdfStreams struct {
	out     bytes.Buffer
	src     []byte
	pos     int
	offsets map[int]int
	zw      *zlib.Writer
	zbuf    bytes.Buffer
}

// compressStreams returns src with its uncompressed streams deflated.
func compressStreams(src []byte) ([]byte, error) {
	c := &pdfStreams{src: src, offsets: map[int]int{}}
	c.zw, _ = zlib.NewWriterLevel(&c.zbuf, zlib.BestSpeed)
	c.out.Grow(len(src) / 2)
	header := bytes.IndexByte(src, '\n') + 1
	c.out.Write(src[:header])
	c.pos = header
	for !bytes.HasPrefix(src[c.pos:], []byte("xref\n")) {
		if err := c.object(); err != nil {
			return nil, fmt.Errorf("compress PDF at byte %d: %w", c.pos, err)
		}
	}
	if err := c.xref(); err != nil {
		return nil, fmt.Errorf("compress PDF: %w", err)
	}
	return c.out.Bytes(), nil
}

// object copies one object, deflating it when it is a plain page stream.
func (c *pdfStreams) object() error {
	m := objStart.FindSubmatch(c.src[c.pos:])
	if m == nil {
		return fmt.Errorf("no object starts here")
	}
	n, _ := strconv.Atoi(string(m[1]))
	c.offsets[n] = c.out.Len()
	c.out.Write(m[0])
	c.pos += len(m[0])
	if p := plainPage.FindSubmatch(c.src[c.pos:]); p != nil {
		return c.deflate(p)
	}
	return c.copyObject()
}

// deflate writes the plain stream that p matched, compressed.
func (c *pdfStreams) deflate(p [][]byte) error {
	length, _ := strconv.Atoi(string(p[1]))
	start := c.pos + len(p[0])
	if start+length > len(c.src) {
		return fmt.Errorf("stream runs past the end")
	}
	c.zbuf.Reset()
	c.zw.Reset(&c.zbuf)
	_, _ = c.zw.Write(c.src[start : start+length])
	if err := c.zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(&c.out, "<</Filter /FlateDecode /Length %d>>\nstream\n", c.zbuf.Len())
	c.out.Write(c.zbuf.Bytes())
	c.pos = start + length
	return c.copyObject()
}

// copyObject copies the rest of an object up to and including "endobj\n",
// skipping over a stream by its /Length so binary data cannot mislead it.
func (c *pdfStreams) copyObject() error {
	rest := c.src[c.pos:]
	end := bytes.Index(rest, []byte("endobj\n"))
	stream := bytes.Index(rest, []byte("stream\n"))
	if end < 0 {
		return fmt.Errorf("object without endobj")
	}
	if stream >= 0 && stream < end && !bytes.HasPrefix(rest, []byte("\nendstream")) {
		m := lengthKey.FindSubmatch(rest[:stream])
		if m == nil {
			return fmt.Errorf("stream without /Length")
		}
		length, _ := strconv.Atoi(string(m[1]))
		skip := stream + len("stream\n") + length
		if skip > len(rest) {
			return fmt.Errorf("stream runs past the end")
		}
		end = skip + bytes.Index(rest[skip:], []byte("endobj\n"))
	}
	c.out.Write(rest[:end+len("endobj\n")])
	c.pos += end + len("endobj\n")
	return nil
}

// xref writes a new cross-reference table and trailer for the new offsets.
func (c *pdfStreams) xref() error {
	rest := c.src[c.pos:]
	m := xrefHeader.FindSubmatch(rest)
	if m == nil {
		return fmt.Errorf("no cross-reference table")
	}
	size, _ := strconv.Atoi(string(m[1]))
	trailer := bytes.Index(rest, []byte("trailer\n"))
	startxref := bytes.LastIndex(rest, []byte("startxref\n"))
	if trailer < 0 || startxref < trailer || len(c.offsets) != size-1 {
		return fmt.Errorf("cross-reference table does not match %d objects", len(c.offsets))
	}
	at := c.out.Len()
	fmt.Fprintf(&c.out, "xref\n0 %d\n0000000000 65535 f \n", size)
	for n := 1; n < size; n++ {
		off, ok := c.offsets[n]
		if !ok {
			return fmt.Errorf("object %d is missing", n)
		}
		fmt.Fprintf(&c.out, "%010d 00000 n \n", off)
	}
	c.out.Write(rest[trailer:startxref])
	fmt.Fprintf(&c.out, "startxref\n%d\n%%%%EOF\n", at)
	return nil
}
