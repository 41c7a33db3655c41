package programme

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/bobine/bobine/data"
)

// Showing is one showtime.
type Showing struct {
	Title   string    // as the file gives it
	IMDbID  string    // tconst, when the file gives one
	Start   time.Time // in the cinema's time zone
	Room    string
	Version string // "VF", "VOST", "VO" or as given; "" unknown
	Line    int    // where it was read, for the staff
}

// Result is what a file gave.
type Result struct {
	Showings []Showing
	Rejected []*data.ParseError
}

// Read reads a programme file: iCalendar when name ends in .ics or the
// content starts with BEGIN:VCALENDAR, CSV otherwise. loc is the cinema's
// time zone.
func Read(r io.Reader, name string, loc *time.Location) (Result, error) {
	b, err := io.ReadAll(io.LimitReader(r, 32<<20))
	if err != nil {
		return Result{}, fmt.Errorf("programme: read %s: %w", name, err)
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if strings.EqualFold(filepath.Ext(name), ".ics") || bytes.HasPrefix(bytes.TrimSpace(b), []byte("BEGIN:VCALENDAR")) {
		return readICS(b, name, loc)
	}
	return readCSV(b, name, loc)
}

var (
	tconstRE  = regexp.MustCompile(`\btt\d{7,9}\b`)
	versionRE = regexp.MustCompile(`(?i)\s*(?:[-–(\[]\s*)?\b(vostfr|vost|vf|vo)\b\s*[)\]]?\s*$`)
)

// unaccent covers the accents of French header names and versions.
var unaccent = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "ç", "c",
	"î", "i", "ï", "i", "ô", "o", "û", "u", "ù", "u", " ", "", "_", "", "-", "", ".", "")

// fold lowercases and drops accents, spaces and punctuation, for header
// names and versions.
func fold(s string) string { return unaccent.Replace(strings.ToLower(strings.TrimSpace(s))) }

var headerNames = map[string][]string{
	"title":   {"titre", "title", "film", "titredufilm"},
	"imdb":    {"imdb", "imdbid", "tconst", "idimdb"},
	"date":    {"date", "jour", "day"},
	"time":    {"heure", "time", "horaire", "seance", "debut", "start"},
	"room":    {"salle", "room", "screen", "ecran"},
	"version": {"version", "langue", "language", "vo/vf", "vf/vo", "vf/vost", "vost/vf"},
}

func readCSV(b []byte, name string, loc *time.Location) (Result, error) {
	var res Result
	first, _, _ := bytes.Cut(b, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(b))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		r.Comma = ';'
	}
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return res, fmt.Errorf("programme: %s: no header line: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		f := fold(h)
		for key, names := range headerNames {
			for _, n := range names {
				if f == fold(n) {
					if _, seen := col[key]; !seen {
						col[key] = i
					}
				}
			}
		}
	}
	_, hasTitle := col["title"]
	_, hasID := col["imdb"]
	var missing []string
	if !hasTitle && !hasID {
		missing = append(missing, "titre (title) or imdb")
	}
	for _, k := range []string{"date", "time"} {
		if _, ok := col[k]; !ok {
			missing = append(missing, map[string]string{"date": "date", "time": "heure (time)"}[k])
		}
	}
	if len(missing) > 0 {
		return res, fmt.Errorf("programme: %s: header %q lacks %s: %w", name, strings.Join(header, string(r.Comma)), strings.Join(missing, ", "), data.ErrInvalid)
	}
	get := func(rec []string, key string) string {
		if i, ok := col[key]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return res, nil
		}
		line, _ := r.FieldPos(0)
		reject := func(rule string, err error) {
			res.Rejected = append(res.Rejected, &data.ParseError{File: name, Line: line, Rule: rule, Err: err})
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			reject("csv_syntax", pe.Err)
			continue
		}
		if err != nil {
			return res, fmt.Errorf("programme: %s: %w", name, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // blank line
		}
		s := Showing{Title: get(rec, "title"), Room: get(rec, "room"), Version: normVersion(get(rec, "version")), Line: line}
		if id := get(rec, "imdb"); id != "" {
			if m := tconstRE.FindString(id); m != "" {
				s.IMDbID = m
			} else {
				reject("title", fmt.Errorf("imdb %q is not an IMDb id such as tt0211915", id))
				continue
			}
		}
		if s.Title == "" && s.IMDbID == "" {
			reject("title", errors.New("neither a title nor an IMDb id"))
			continue
		}
		day, err := parseDate(get(rec, "date"))
		if err != nil {
			reject("date", err)
			continue
		}
		h, m, err := parseClock(get(rec, "time"))
		if err != nil {
			reject("time", err)
			continue
		}
		s.Start = time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, loc)
		res.Showings = append(res.Showings, s)
	}
}

func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "02/01/2006", "2/1/2006", "02/01/06", "2/1/06", "02.01.2006", "02-01-2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD nor DD/MM/YYYY", s)
}

var clockRE = regexp.MustCompile(`^(\d{1,2})\s*[:hH.]\s*(\d{2})?$`)

func parseClock(s string) (int, int, error) {
	m := clockRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, 0, fmt.Errorf("time %q is not HH:MM nor 20h30", s)
	}
	h, _ := strconv.Atoi(m[1])
	min := 0
	if m[2] != "" {
		min, _ = strconv.Atoi(m[2])
	}
	if h > 23 || min > 59 {
		return 0, 0, fmt.Errorf("time %q is out of range", s)
	}
	return h, min, nil
}

// normVersion maps the usual spellings to VF, VOST and VO.
func normVersion(s string) string {
	switch f := fold(s); f {
	case "":
		return ""
	case "vf", "francais", "french", "versionfrancaise":
		return "VF"
	case "vost", "vostfr", "vosta", "vostf", "vo/st", "vostsubtitled", "subtitled":
		return "VOST"
	case "vo", "original", "versionoriginale":
		return "VO"
	}
	return strings.ToUpper(strings.TrimSpace(s))
}

// readICS reads the VEVENTs of an iCalendar file.
func readICS(b []byte, name string, loc *time.Location) (Result, error) {
	var res Result
	// Unfold: a line starting with a space or tab continues the previous one.
	var lines []string
	var starts []int
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimRight(sc.Text(), "\r")
		if (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")) && len(lines) > 0 {
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
		starts = append(starts, n)
	}
	if err := sc.Err(); err != nil {
		return res, fmt.Errorf("programme: %s: %w", name, err)
	}
	if len(lines) == 0 || !strings.EqualFold(strings.TrimSpace(lines[0]), "BEGIN:VCALENDAR") {
		return res, fmt.Errorf("programme: %s: not an iCalendar file (no BEGIN:VCALENDAR): %w", name, data.ErrInvalid)
	}
	type prop struct{ params, value string }
	var ev map[string]prop
	evLine := 0
	for i, l := range lines {
		key, value, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		params := ""
		if k, p, ok := strings.Cut(key, ";"); ok {
			key, params = k, p
		}
		key = strings.ToUpper(key)
		switch {
		case key == "BEGIN" && strings.EqualFold(value, "VEVENT"):
			ev, evLine = map[string]prop{}, starts[i]
		case key == "END" && strings.EqualFold(value, "VEVENT") && ev != nil:
			s, err := icsShowing(ev["SUMMARY"].value, ev["DTSTART"].params, ev["DTSTART"].value, ev["LOCATION"].value,
				ev["DESCRIPTION"].value+" "+ev["URL"].value, loc)
			if err != nil {
				res.Rejected = append(res.Rejected, &data.ParseError{File: name, Line: evLine, Rule: err.rule, Err: err.err})
			} else {
				s.Line = evLine
				res.Showings = append(res.Showings, s)
			}
			ev = nil
		case ev != nil:
			if _, seen := ev[key]; !seen {
				ev[key] = prop{params, value}
			}
		}
	}
	return res, nil
}

type icsError struct {
	rule string
	err  error
}

func icsText(s string) string {
	return strings.TrimSpace(strings.NewReplacer(`\n`, " ", `\N`, " ", `\,`, ",", `\;`, ";", `\\`, `\`).Replace(s))
}

func icsShowing(summary, params, start, location, more string, loc *time.Location) (Showing, *icsError) {
	s := Showing{Title: icsText(summary), Room: icsText(location)}
	if m := versionRE.FindStringSubmatchIndex(s.Title); m != nil {
		s.Version = normVersion(s.Title[m[2]:m[3]])
		s.Title = strings.TrimSpace(s.Title[:m[0]])
	}
	if id := tconstRE.FindString(more + " " + summary); id != "" {
		s.IMDbID = id
	}
	if s.Title == "" && s.IMDbID == "" {
		return s, &icsError{"title", errors.New("event without SUMMARY")}
	}
	zone := loc
	for _, p := range strings.Split(params, ";") {
		if k, v, ok := strings.Cut(p, "="); ok && strings.EqualFold(k, "TZID") {
			if z, err := time.LoadLocation(strings.Trim(v, `"`)); err == nil {
				zone = z
			}
		}
	}
	var t time.Time
	var err error
	switch {
	case strings.HasSuffix(start, "Z"):
		t, err = time.Parse("20060102T150405Z", start)
		t = t.In(loc)
	case len(start) == 8:
		return s, &icsError{"time", fmt.Errorf("DTSTART %q is a whole day, not a showtime", start)}
	default:
		t, err = time.ParseInLocation("20060102T150405", start, zone)
		t = t.In(loc)
	}
	if err != nil || start == "" {
		return s, &icsError{"date", fmt.Errorf("DTSTART %q is not a date-time such as 20261212T203000", start)}
	}
	s.Start = t
	return s, nil
}
