// Package programme reads a cinema's showtimes: what it shows, when, in
// which room and in which version, from the files cinema software and
// calendars export.
//
// # CSV
//
// UTF-8 (a BOM is skipped), comma- or semicolon-separated (whichever the
// header line has more of), RFC 4180 quoting. The header names the columns,
// in French or English, case and accents ignored; extra columns are ignored:
//
//	titre | title | film                 the film's title (or)
//	imdb | imdb_id | tconst              its IMDb id, tt0211915 (at least one of the two)
//	date | jour | day                    2026-12-12, 12/12/2026 or 12/12/26
//	heure | time | horaire | seance      20:30, 20h30 or 20h
//	salle | room | screen                optional
//	version | langue | language | vo/vf  optional: VF, VOST (VOSTFR), VO
//
// # iCalendar
//
// RFC 5545 .ics: each VEVENT is a showing. SUMMARY is the title (a trailing
// "(VOST)", "- VF"... gives the version), DTSTART the start (UTC with "Z",
// otherwise in the cinema's time zone; a TZID parameter naming a zone
// overrides it), LOCATION the room; an IMDb id anywhere in DESCRIPTION, URL
// or SUMMARY is taken as the film's.
//
// # Errors
//
// A row or event that cannot be read (no title nor id, a bad date or time)
// is a *data.ParseError (rules: column_count, title, date, time, csv_syntax)
// collected in Result.Rejected; reading goes on. A missing header column or
// an unreadable file is an error.
package programme
