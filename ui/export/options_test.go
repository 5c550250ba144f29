package export

import (
	"strings"
	"testing"
)

func TestBadOptionsSayWhatToUse(t *testing.T) {
	p, _ := saaPlan(t)
	for _, c := range []struct {
		name string
		o    Options
		want string
	}{
		{"unknown paper", Options{Paper: "B5"}, "use A4 or Letter"},
		{"hour out of range", Options{StudyTime: "25:00"}, "use HH:MM"},
		{"not a time", Options{StudyTime: "evening"}, "use HH:MM"},
		{"seconds", Options{StudyTime: "18:00:00"}, "use HH:MM"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := PDF(p, c.o); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("PDF error %v, want one saying %q", err, c.want)
			}
			if _, err := ICS(p, c.o); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("ICS error %v, want one saying %q", err, c.want)
			}
		})
	}
}

func TestStudyTimeDefaultsToSixPM(t *testing.T) {
	for _, v := range []string{"", " ", "18:00"} {
		if d, err := parseStudyTime(v); err != nil || d.Hours() != 18 {
			t.Errorf("parseStudyTime(%q) = %v, %v; want 18h", v, d, err)
		}
	}
}
