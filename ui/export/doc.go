// Package export turns a study plan into files a learner keeps outside the
// app: a PDF to print and pin on a wall, an iCalendar file for their calendar
// and a CSV file for a spreadsheet. Plan in, bytes out: nothing here draws on
// screen, reads the clock or knows about Fyne, so the same plan and options
// always give the same bytes. WriteFile saves those bytes without ever
// leaving half a file behind.
package export
