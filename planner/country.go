package planner

import "certplan/planner/holiday"

// CountryHolidays returns the public-holiday calendar of an ISO 3166 country
// code ("DE", "us"); "" means no holidays and returns nil. It is the one
// place a plan's Country becomes its Holidays.
func CountryHolidays(code string) (Holidays, error) {
	c, err := holiday.ForCountry(code)
	if err != nil || c == nil {
		return nil, err
	}
	return c, nil
}

// withHolidays returns in with the calendar of in.Country when no Holidays
// were given; Validate has checked the country.
func (in Input) withHolidays() Input {
	if in.Holidays == nil {
		in.Holidays, _ = CountryHolidays(in.Country)
	}
	return in
}
