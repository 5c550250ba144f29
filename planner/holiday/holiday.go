// Package holiday maps country codes to the public-holiday calendars of
// github.com/rickar/cal/v2 and adapts them to planner.Holidays, which asks
// only whether a civil date is a holiday and its name. Only public and bank
// holidays count; school, religious-only and other observances do not.
// Australia uses the Australian Capital Territory list.
package holiday

import (
	"fmt"
	"sort"
	"strings"

	"github.com/rickar/cal/v2"

	"certplan/catalog"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/au"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cy"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/ee"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fi"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/hu"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/is"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/ke"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lu"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mt"
	"github.com/rickar/cal/v2/mw"
	"github.com/rickar/cal/v2/mx"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/pt"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/rs"
	"github.com/rickar/cal/v2/ru"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/th"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"
)

// country is one country rickar/cal knows, with its national holidays.
type country struct {
	name     string
	holidays []*cal.Holiday
}

var countries = map[string]country{
	"AT": {"Austria", at.Holidays}, "AU": {"Australia (ACT)", au.HolidaysACT}, "BE": {"Belgium", be.Holidays},
	"BG": {"Bulgaria", bg.Holidays}, "BR": {"Brazil", br.Holidays}, "CA": {"Canada", ca.Holidays},
	"CH": {"Switzerland", ch.Holidays}, "CY": {"Cyprus", cy.Holidays}, "CZ": {"Czechia", cz.Holidays},
	"DE": {"Germany", de.Holidays}, "DK": {"Denmark", dk.Holidays}, "EE": {"Estonia", ee.Holidays},
	"ES": {"Spain", es.Holidays}, "FI": {"Finland", fi.Holidays}, "FR": {"France", fr.Holidays},
	"GB": {"United Kingdom", gb.Holidays}, "GR": {"Greece", gr.Holidays}, "HR": {"Croatia", hr.Holidays},
	"HU": {"Hungary", hu.Holidays}, "IE": {"Ireland", ie.Holidays}, "IS": {"Iceland", is.Holidays},
	"IT": {"Italy", it.Holidays}, "JP": {"Japan", jp.Holidays}, "KE": {"Kenya", ke.Holidays},
	"LT": {"Lithuania", lt.Holidays}, "LU": {"Luxembourg", lu.Holidays}, "LV": {"Latvia", lv.Holidays},
	"MT": {"Malta", mt.Holidays}, "MW": {"Malawi", mw.Holidays}, "MX": {"Mexico", mx.Holidays},
	"NL": {"Netherlands", nl.Holidays}, "NO": {"Norway", no.Holidays}, "NZ": {"New Zealand", nz.Holidays},
	"PL": {"Poland", pl.Holidays}, "PT": {"Portugal", pt.Holidays}, "RO": {"Romania", ro.Holidays},
	"RS": {"Serbia", rs.Holidays}, "RU": {"Russia", ru.Holidays}, "SE": {"Sweden", se.Holidays},
	"SI": {"Slovenia", si.Holidays}, "SK": {"Slovakia", sk.Holidays}, "TH": {"Thailand", th.Holidays},
	"UA": {"Ukraine", ua.Holidays}, "US": {"United States", us.Holidays}, "ZA": {"South Africa", za.Holidays},
}

// Calendar is one country's public holidays, adapted from a rickar/cal
// calendar to planner.Holidays. A nil *Calendar has no holidays.
type Calendar struct{ cal *cal.Calendar }

// Adapt wraps a rickar/cal calendar; nil gives a calendar without holidays.
func Adapt(c *cal.Calendar) *Calendar {
	if c == nil {
		return nil
	}
	return &Calendar{cal: c}
}

// HolidayOn returns the name of the holiday on d, actual or observed (a
// holiday on a Sunday may be observed on the Monday), and whether there is one.
func (c *Calendar) HolidayOn(d catalog.Date) (name string, ok bool) {
	if c == nil {
		return "", false
	}
	if act, obs, h := c.cal.IsHoliday(d.Time()); (act || obs) && h != nil {
		return h.Name, true
	}
	return "", false
}

// ForCountry returns the public-holiday calendar of an ISO 3166 alpha-2
// country code ("DE", "us"; "UK" is read as "GB"). An empty code means no
// holidays and returns nil.
func ForCountry(code string) (*Calendar, error) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" {
		return nil, nil
	}
	if code == "UK" {
		code = "GB"
	}
	c, ok := countries[code]
	if !ok {
		return nil, fmt.Errorf("country %q has no holiday calendar: use one of %s, or none", code, strings.Join(Codes(), " "))
	}
	calendar := &cal.Calendar{Name: c.name, Cacheable: true}
	for _, h := range c.holidays {
		if h.Type == cal.ObservancePublic || h.Type == cal.ObservanceBank {
			calendar.AddHoliday(h)
		}
	}
	return Adapt(calendar), nil
}

// Codes lists the supported country codes in order.
func Codes() []string {
	out := make([]string, 0, len(countries))
	for k := range countries {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Name returns a country's English name, or "" for an unknown code.
func Name(code string) string { return countries[strings.ToUpper(code)].name }
