package export

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// poppler runs one of poppler-utils' tools on the PDF bytes and returns its
// standard output. A missing tool fails the test: `make deps` installs it.
func poppler(t *testing.T, pdf []byte, tool string, args ...string) string {
	t.Helper()
	bin, err := exec.LookPath(tool)
	if err != nil {
		t.Fatalf("%s is not installed: run `make deps`, which installs poppler-utils", tool)
	}
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	cmd := exec.Command(bin, append(args, path, "-")...)
	if tool == "pdfinfo" {
		cmd = exec.Command(bin, append(args, path)...)
	}
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s could not read the PDF: %v\n%s", tool, err, errOut.String())
	}
	if strings.Contains(errOut.String(), "Error") {
		t.Errorf("%s complained about the PDF:\n%s", tool, errOut.String())
	}
	return out.String()
}

// pdfText is the PDF's text as pdftotext extracts it, page by page.
func pdfText(t *testing.T, pdf []byte) []string {
	t.Helper()
	pages := strings.Split(poppler(t, pdf, "pdftotext", "-enc", "UTF-8"), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

// pdfInfo is what pdfinfo says: page count and page size in points.
type pdfInfo struct {
	pages         int
	width, height float64
}

var (
	pagesLine = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)
	sizeLine  = regexp.MustCompile(`(?m)^Page size:\s+([\d.]+) x ([\d.]+) pts`)
)

// info runs pdfinfo and reads its page count and size.
func info(t *testing.T, pdf []byte) pdfInfo {
	t.Helper()
	out := poppler(t, pdf, "pdfinfo")
	var i pdfInfo
	m, s := pagesLine.FindStringSubmatch(out), sizeLine.FindStringSubmatch(out)
	if m == nil || s == nil {
		t.Fatalf("pdfinfo output has no page count or size:\n%s", out)
	}
	i.pages, _ = strconv.Atoi(m[1])
	i.width, _ = strconv.ParseFloat(s[1], 64)
	i.height, _ = strconv.ParseFloat(s[2], 64)
	return i
}
