package indexer

import (
	"cmp"
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/data/imdb"
	"github.com/bobine/bobine/data/tmdb"
)

// Cleaning rules. Each one that changes a value counts it in Report.Fixed
// under a key saying what and why.
const (
	minYear       = 1870 // first films (Le Prince, Muybridge); earlier years are typos
	futureYears   = 5    // announced titles may be dated a few years ahead
	minBirthYear  = 1800
	maxFilmMins   = 600 // longer "films" are typos or totals of series episodes
	minBudgetUSD  = 1000
	maxCharacters = 64
)

// parseCharacters decodes the characters column, a JSON array of strings.
// ok is false when it is not one: the raw text is then kept as one name.
func parseCharacters(s string) (chars []string, ok bool) {
	if strings.HasPrefix(s, `["`) && strings.HasSuffix(s, `"]`) && !strings.Contains(s, `\`) {
		inner := s[2 : len(s)-2]
		if !strings.Contains(strings.ReplaceAll(inner, `","`, ""), `"`) {
			parts := strings.Split(inner, `","`)
			for i := range parts {
				parts[i] = strings.Clone(parts[i])
			}
			return capChars(parts), true
		}
	}
	if err := json.Unmarshal([]byte(s), &chars); err != nil {
		return []string{strings.Clone(s)}, false
	}
	return capChars(chars), true
}

func capChars(list []string) []string {
	if len(list) > maxCharacters {
		list = list[:maxCharacters]
	}
	if len(list) == 0 {
		return nil
	}
	return list
}

var yearSuffix = regexp.MustCompile(`^(.*\S) \((\d{4})\)$`)

// splitYear splits "Toy Story (1995)" into "Toy Story" and 1995.
func splitYear(title string) (string, int) {
	t := strings.TrimSpace(title)
	if len(t) < 8 || t[len(t)-1] != ')' { // most titles: no regexp
		return title, 0
	}
	m := yearSuffix.FindStringSubmatch(t)
	if m == nil {
		return title, 0
	}
	y, _ := strconv.Atoi(m[2])
	return m[1], y
}

// stripYear removes a " (1995)" suffix that a source added to tell remakes
// apart, when the year is the film's (±1); other parenthesised years are
// part of the title and stay.
func (rd *reading) stripYear(title string, year int, what string) string {
	t, y := splitYear(title)
	if y == 0 || year == 0 || y < year-1 || y > year+1 {
		return title
	}
	rd.rep.Fixed[what+": \" (year)\" suffix removed"]++
	return t
}

// movieLensGenres maps MovieLens genres to IMDb's vocabulary.
func movieLensGenres(g []string) []string {
	var out []string
	for _, x := range g {
		switch x {
		case "Children":
			x = "Family"
		case "IMAX":
			continue
		}
		if !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func (rd *reading) validYear(y int) bool { return y >= minYear && y <= rd.year+futureYears }

func (rd *reading) cleanPerson(n imdb.Name) data.Person {
	// The reader's strings share the row's memory: one small copy of the id
	// and name lets the row go. Professions are a few words, shared;
	// known-for titles are kept only when in the catalogue (no one can
	// open the others), as the catalogue's own id strings.
	name := strings.TrimSpace(n.Name)
	both := strings.Clone(n.ID + name)
	p := data.Person{ID: both[:len(n.ID)], Name: both[len(n.ID):], BirthYear: n.BirthYear, DeathYear: n.DeathYear}
	if len(n.Professions) > 0 {
		p.Professions = rd.professions(n.Professions)
	}
	kept := 0
	for _, id := range n.KnownFor {
		if num, ok := imdb.ParseTitleID(id); ok && rd.kept(num) {
			kept++
		}
	}
	if kept > 0 {
		p.KnownFor = make([]string, 0, kept)
		for _, id := range n.KnownFor {
			if num, ok := imdb.ParseTitleID(id); ok {
				if f, ok := rd.film(num); ok {
					p.KnownFor = append(p.KnownFor, f.ID)
				}
			}
		}
	}
	if p.BirthYear != 0 && (p.BirthYear < minBirthYear || p.BirthYear > rd.year) {
		rd.rep.Fixed["person birth year outside 1800-now dropped"]++
		p.BirthYear = 0
	}
	if p.DeathYear != 0 && (p.DeathYear < minBirthYear || p.DeathYear > rd.year || (p.BirthYear != 0 && p.DeathYear < p.BirthYear)) {
		rd.rep.Fixed["person death year impossible (before birth or in the future) dropped"]++
		p.DeathYear = 0
	}
	if p.Name == "" {
		rd.rep.Missing["person name"]++
	}
	if p.BirthYear == 0 {
		rd.rep.Missing["person birth_year"]++
	}
	if len(p.Professions) == 0 {
		rd.rep.Missing["person professions"]++
	}
	return p
}

// professions returns a person's list of professions, shared with every
// person of the same list (a few thousand lists for millions of people).
func (rd *reading) professions(raw []string) []string {
	key := strings.Join(raw, ",")
	if l, ok := rd.profLists[key]; ok {
		return l
	}
	l := make([]string, len(raw))
	for i, x := range raw {
		l[i] = rd.intern(x)
	}
	if len(rd.profLists) < maxSharedLists {
		if rd.profLists == nil {
			rd.profLists = map[string][]string{}
		}
		rd.profLists[strings.Clone(key)] = l
	}
	return l
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func (rd *reading) applyTMDB(f film, m tmdb.Movie) {
	f.TMDBID = m.TMDBID
	f.tmdbFR = strings.TrimSpace(m.TitleFR)
	f.OriginalLanguage = strings.ToLower(strings.TrimSpace(m.OriginalLanguage))
	f.OverviewFR = strings.TrimSpace(m.OverviewFR)
	f.OverviewEN = strings.TrimSpace(m.OverviewEN)
	f.PosterPath = rd.posterPath(m.PosterPath)
	f.Budget, f.Revenue = m.Budget, m.Revenue
	if f.Budget > 0 && f.Budget < minBudgetUSD {
		rd.rep.Fixed["budget under 1,000 dollars (typed in millions) dropped"]++
		f.Budget = 0
	}
	if f.Revenue > 0 && f.Revenue < minBudgetUSD {
		rd.rep.Fixed["revenue under 1,000 dollars dropped"]++
		f.Revenue = 0
	}
	for _, c := range m.Countries {
		c = strings.ToUpper(strings.TrimSpace(c))
		if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
			rd.rep.Fixed["country not an ISO 3166 alpha-2 code dropped"]++
			continue
		}
		if contains(f.Countries, c) {
			rd.rep.Fixed["duplicate country removed"]++
			continue
		}
		f.Countries = append(f.Countries, c)
	}
	for _, k := range m.Keywords {
		if contains(f.Keywords, k) {
			rd.rep.Fixed["duplicate keyword removed"]++
			continue
		}
		f.Keywords = append(f.Keywords, k)
	}
	f.Popularity = m.Popularity
	f.CollectionID = m.CollectionID
	if d := strings.TrimSpace(m.ReleaseDate); d != "" {
		if isoDate.MatchString(d) {
			f.ReleaseDate = d
		} else {
			rd.rep.Fixed["release date not YYYY-MM-DD dropped"]++
		}
	}
	f.TrailerURL = strings.TrimSpace(m.TrailerURL)
}

// posterPath keeps a bare TMDB path; full image URLs become their path.
func (rd *reading) posterPath(p string) string {
	p = strings.TrimSpace(p)
	if p == "" || (strings.HasPrefix(p, "/") && !strings.Contains(p[1:], "/")) {
		return p
	}
	if u, err := url.Parse(p); err == nil && u.Host != "" {
		rd.rep.Fixed["poster URL turned into a TMDB path"]++
		return "/" + path.Base(u.Path)
	}
	rd.rep.Fixed["poster path malformed dropped"]++
	return ""
}

// finish cleans every kept title, resolves credits and counts what is
// still missing. It returns the films in a fresh slice.
func (rd *reading) finish() ([]data.Film, error) {
	release := rd.store.releaser(rd.joins)
	for i := range rd.films {
		if i&0xfff == 0 {
			if err := rd.ctx.Err(); err != nil {
				return nil, err
			}
		}
		rd.cleanFilm(film{&rd.films[i], &rd.joins[i]})
		rd.joins[i] = joins{} // let the joins' leftovers go
		release(i)
	}
	out := rd.films
	rd.films, rd.joins, rd.idx = nil, nil, nil
	rd.store, rd.chars, rd.creditBuf = creditStore{}, textArena{}, nil
	rd.charLists, rd.profLists, rd.genreLists = nil, nil, nil
	return out, nil
}

// genreList is a cleaned list of genres, shared by every title with the
// same raw list, and how many entries cleaning removed from it.
type genreList struct {
	genres  []string
	removed int64
}

// cleanGenres returns raw without blanks and repeats. A dump has a few
// hundred distinct lists for millions of titles: each is cleaned once and
// the titles share the result (read-only, like every list of the
// catalogue).
func (rd *reading) cleanGenres(raw []string) []string {
	key := strings.Join(raw, ",")
	l, ok := rd.genreLists[key]
	if !ok {
		g := make([]string, 0, len(raw))
		for _, x := range raw {
			x = strings.TrimSpace(x)
			if x == "" || contains(g, x) {
				l.removed++
				continue
			}
			g = append(g, rd.intern(x))
		}
		if len(g) > 0 {
			l.genres = g
		}
		if rd.genreLists == nil {
			rd.genreLists = map[string]genreList{}
		}
		rd.genreLists[strings.Clone(key)] = l
	}
	if l.removed > 0 {
		rd.rep.Fixed["genre list duplicate removed"] += l.removed
	}
	return l.genres
}

func (rd *reading) cleanFilm(f film) {
	fx := rd.rep.Fixed
	f.Title = strings.TrimSpace(f.Title)
	f.OriginalTitle = strings.TrimSpace(f.OriginalTitle)
	if f.Year != 0 && !rd.validYear(f.Year) {
		fx[fmt.Sprintf("year outside %d-%d dropped", minYear, rd.year+futureYears)]++
		f.Year = 0
	}
	if f.Year == 0 && len(f.ReleaseDate) >= 4 {
		if y, _ := strconv.Atoi(f.ReleaseDate[:4]); rd.validYear(y) {
			f.Year = y
			rd.rep.Filled["year from TMDB release date"]++
		}
	}
	if f.EndYear != 0 && (!rd.validYear(f.EndYear) || (f.Year != 0 && f.EndYear < f.Year)) {
		fx["end year impossible (out of range or before start) dropped"]++
		f.EndYear = 0
	}
	if f.Runtime != 0 && (f.Runtime < 1 || (f.Runtime > maxFilmMins && !f.IsSeries())) {
		fx[fmt.Sprintf("runtime outside 1-%d min dropped (series exempt)", maxFilmMins)]++
		f.Runtime = 0
	}
	if len(f.Genres) > 0 {
		f.Genres = rd.cleanGenres(f.Genres)
	}
	f.Title = rd.stripYear(f.Title, f.Year, "title")

	// French title: IMDb's FR aka, else TMDB's, else the original title of
	// a French-language film.
	switch {
	case f.frTitle != "":
		f.FrenchTitle = f.frTitle
	case f.tmdbFR != "":
		f.FrenchTitle = f.tmdbFR
		rd.rep.Filled["French title from TMDB"]++
	case f.OriginalLanguage == "fr" && f.OriginalTitle != "":
		f.FrenchTitle = f.OriginalTitle
		rd.rep.Filled["French title = original title of a French-language film"]++
	}
	if f.FrenchTitle != "" {
		f.FrenchTitle = rd.stripYear(strings.TrimSpace(f.FrenchTitle), f.Year, "French title")
	}

	slices.SortStableFunc(f.akas, func(a, b aka) int { return cmp.Compare(a.ordering, b.ordering) })
	for _, a := range f.akas {
		t := rd.stripYear(strings.TrimSpace(a.title), f.Year, "aka")
		if t == "" || t == f.Title || t == f.OriginalTitle || t == f.FrenchTitle || contains(f.Akas, t) {
			continue
		}
		f.Akas = append(f.Akas, t)
	}

	rd.credits(f)
	rd.shareIDs(f.Directors)
	rd.shareIDs(f.Writers)

	ms := rd.rep.Missing
	if f.Year == 0 {
		ms["film year"]++
	}
	if f.Runtime == 0 {
		ms["film runtime"]++
	}
	if len(f.Genres) == 0 {
		ms["film genres"]++
	}
	if f.Votes == 0 {
		ms["film rating"]++
	}
	if f.FrenchTitle == "" {
		ms["film french_title"]++
	}
	if len(f.Directors) == 0 {
		ms["film directors"]++
	}
	if len(f.Credits) == 0 {
		ms["film credits (principals)"]++
	}
	if f.TMDBID == 0 && f.PosterPath == "" && f.OverviewEN == "" {
		ms["film TMDB data"]++
	}
	if f.PosterPath == "" {
		ms["film poster"]++
	}
	if f.OverviewFR == "" {
		ms["film overview_fr"]++
	}
	if f.OverviewEN == "" {
		ms["film overview_en"]++
	}
	if f.MovieLensID == 0 {
		ms["film movielens_id"]++
	}
}

// shareIDs replaces each nconst of ids by the person's own id string: the
// ones read from title.crew hold its whole row in memory.
func (rd *reading) shareIDs(ids []string) {
	for i, id := range ids {
		if num, ok := imdb.ParseNameID(id); ok {
			if pid, ok := rd.personID(num); ok {
				ids[i] = pid
			}
		}
	}
}

// maxSharedLists bounds the lists of characters and professions that
// titles and people share (see characters).
const maxSharedLists = 1 << 18

// characters decodes a credit's characters. The same few lists ("Himself",
// "Narrator") come back millions of times in the full dumps: the first
// maxSharedLists distinct ones are decoded once and shared (read-only).
func (rd *reading) characters(raw string) []string {
	if l, ok := rd.charLists[raw]; ok {
		return l
	}
	l, ok := parseCharacters(raw)
	if !ok {
		rd.rep.Fixed[rd.charsFile+": characters not a JSON array, kept as one name"]++
	}
	if len(rd.charLists) < maxSharedLists && ok {
		if rd.charLists == nil {
			rd.charLists = map[string][]string{}
		}
		rd.charLists[raw] = l
	}
	return l
}

// credits orders the principals by IMDb ordering, merges duplicate
// (person, category) pairs and shares the person id strings.
func (rd *reading) credits(f film) {
	if f.joins.credits == 0 {
		return
	}
	cs := rd.creditBuf[:0]
	for n := f.joins.credits; n != 0; n = rd.store.at(n).next {
		cs = append(cs, *rd.store.at(n))
	}
	rd.creditBuf = cs
	slices.SortStableFunc(cs, func(a, b credit) int { return cmp.Compare(a.ordering, b.ordering) })
	f.Credits = make([]data.Credit, 0, len(cs))
	for i, c := range cs {
		// A title has a few credits: looking back is cheaper than a set.
		if slices.ContainsFunc(cs[:i], func(d credit) bool { return d.person == c.person && d.category == c.category }) {
			rd.rep.Duplicates["title.principals: same person and category in a title"]++
			continue
		}
		id, ok := rd.personID(c.person)
		if !ok {
			id = imdb.NameID(c.person)
			rd.rep.Missing["credit person absent from name.basics"]++
		}
		cr := data.Credit{PersonID: id, Category: rd.words[c.category], Job: rd.words[c.job], Ordering: int(c.ordering)}
		if c.chars.n > 0 {
			cr.Characters = rd.characters(rd.chars.text(c.chars))
		}
		f.Credits = append(f.Credits, cr)
	}
	f.joins.credits, f.lastCredit = 0, 0
}
