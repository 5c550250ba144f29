package planner

import "fmt"

// StudyTime is the part of the day the learner prefers to study.
type StudyTime string

// The study times a learner can choose; "" is no preference.
const (
	Morning   StudyTime = "morning"
	Afternoon StudyTime = "afternoon"
	Evening   StudyTime = "evening"
)

// DefaultWeekHours is what a learner who has set no hours starts from, on
// the desktop and the command line alike: ten hours a week, Monday to
// Friday (Even).
const DefaultWeekHours = 10

// Settings are the learner's defaults for new plans and renewal estimates.
type Settings struct {
	Hours      Weekdays   `json:"hours"`      // study hours per weekday, Monday first
	Country    string     `json:"country"`    // ISO 3166 code for public holidays; "" for none
	Experience Experience `json:"experience"` // new, some or experienced
	StudyTime  StudyTime  `json:"study_time"` // preferred time of day; "" for none
}

// WithDefaults fills what the learner has not set yet, so every screen and
// command starts new plans from the same hours.
func (s Settings) WithDefaults() Settings {
	if s.Hours.Total() == 0 {
		s.Hours = Even(DefaultWeekHours)
	}
	return s
}

// Validate checks the settings and says, in a sentence for the learner,
// what to change.
func (s Settings) Validate() error {
	for i, h := range s.Hours {
		if err := CheckDayHours(i, h); err != nil {
			return sentencef("%v.", err)
		}
	}
	if _, err := ParseExperience(string(s.Experience)); err != nil {
		return sentencef("Experience must be new, some or experienced.")
	}
	switch s.StudyTime {
	case "", Morning, Afternoon, Evening:
	default:
		return sentencef("Preferred study time must be morning, afternoon or evening (or none).")
	}
	if _, err := CountryHolidays(s.Country); err != nil {
		return sentencef("Country %q has no public-holiday calendar: choose one from the list, or none.", s.Country)
	}
	return nil
}

// sentence is an error worded as a whole sentence for the learner.
type sentence string

// Error is the sentence.
func (s sentence) Error() string { return string(s) }

// sentencef formats a sentence for the learner as an error.
func sentencef(format string, a ...any) error { return sentence(fmt.Sprintf(format, a...)) }
