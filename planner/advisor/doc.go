// Package advisor answers "which certification next?": from a learner's
// role, experience, focus, goal, weekly hours and held certifications it
// picks the next exam with plain reasons, offers alternatives and lays out a
// roadmap of two to four exams on one calendar.
//
// The shape of the AWS programme is advice, not a wall, and lives here as
// data: a table of rules that argue for certifications, a ladder of the
// steps that usually come first, and small pure functions that weigh them.
// Dates come from the catalog (only bookable versions are ever suggested)
// and hours from the planner. Like the planner, the package is pure: no I/O
// and no clock; today is part of the Profile.
package advisor
