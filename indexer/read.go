package indexer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/data/imdb"
	"github.com/bobine/bobine/data/movielens"
	"github.com/bobine/bobine/data/tmdb"
)

// now is the clock used by the year rules; tests may pin it.
var now = time.Now

// film is a kept title while reading: the catalogue record plus what the
// joins need before it is final.
type film struct {
	data.Film
	num     uint32
	credits []credit
	frTitle string
	frRank  [2]int // (not imdbDisplay, ordering) of frTitle: lower wins
	tmdbFR  string
	akas    []aka
}

// credit is a principal held compactly: person as a number, strings shared.
type credit struct {
	person   uint32
	ordering int32
	category string
	job      string
	chars    []string
}

type aka struct {
	ordering int
	title    string
}

type rating struct {
	avg   float32
	votes int32
}

// bitset is a set of id numbers; tconst and nconst numbers are dense enough
// (under 2^26 today) that a bit per possible id is the smallest set.
type bitset []uint64

func (b *bitset) set(n uint32) {
	w := int(n >> 6)
	if w >= len(*b) {
		nb := make([]uint64, w+1+w/4)
		copy(nb, *b)
		*b = nb
	}
	(*b)[w] |= 1 << (n & 63)
}

func (b bitset) has(n uint32) bool {
	w := int(n >> 6)
	return w < len(b) && b[w]&(1<<(n&63)) != 0
}

// reading is the state of one Read.
type reading struct {
	ctx     context.Context
	opts    Options
	rep     *Report
	types   map[string]bool
	films   []film
	idx     map[uint32]int32
	ratings map[uint32]rating
	refd    bitset            // people referenced by kept titles
	names   map[uint32]string // nconst strings of the people read
	people  []data.Person
	cats    map[string]string // interned categories and jobs
	mlFilm  map[int]string    // MovieLens movieId -> tconst
	out     []data.Rating
	year    int

	ratingsFile int // index in rep.Files of title.ratings, -1 when absent
}

// Read parses, cleans and joins the files of o.DataDir in memory; it writes
// nothing. See the package documentation for the order and the files.
func Read(ctx context.Context, o Options) (*Result, error) {
	o = o.withDefaults()
	rd := &reading{
		ctx: ctx, opts: o, rep: newReport(o),
		types: map[string]bool{}, idx: map[uint32]int32{}, ratings: map[uint32]rating{},
		names: map[uint32]string{}, cats: map[string]string{}, mlFilm: map[int]string{},
		year: now().Year(), ratingsFile: -1,
	}
	for _, t := range o.TitleTypes {
		rd.types[t] = true
	}
	steps := []func() error{rd.readRatings, rd.readBasics, rd.readCrew, rd.readPrincipals, rd.readAkas,
		rd.readNames, rd.readTMDB, rd.readLinks, rd.readMovies, rd.readMLRatings}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	films := rd.finish()
	cat := data.NewCatalogue(films, rd.people)
	rd.rep.Films = len(cat.Films())
	rd.rep.People = len(cat.People())
	rd.rep.Ratings = len(rd.out)
	for _, f := range cat.Films() {
		rd.rep.FilmsByType[f.Type]++
	}
	rd.rep.finish()
	return &Result{Catalogue: cat, Ratings: rd.out, Report: rd.rep}, nil
}

func isParseError(err error) bool {
	var pe *data.ParseError
	return errors.As(err, &pe)
}

func (rd *reading) intern(s string) string {
	if v, ok := rd.cats[s]; ok {
		return v
	}
	s = strings.Clone(s)
	rd.cats[s] = s
	return s
}

func (rd *reading) film(num uint32) *film {
	if i, ok := rd.idx[num]; ok {
		return &rd.films[i]
	}
	return nil
}

func (rd *reading) kept(num uint32) bool { _, ok := rd.idx[num]; return ok }

func (rd *reading) readRatings() error {
	s, err := rd.open("imdb", "title.ratings")
	if errors.Is(err, data.ErrNotFound) {
		return nil // optional file
	}
	if err != nil {
		return err
	}
	defer s.f.Close()
	r, err := imdb.NewRatingsReader(s, s.name)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	fileIdx := len(rd.rep.Files) - 1
	err = each(rd, s, r.Next, func(x imdb.Rating) {
		if _, dup := rd.ratings[x.Num]; dup {
			rd.rep.Duplicates[s.name+": tconst"]++
			return
		}
		if x.Average < 1 || x.Average > 10 {
			rd.rep.Fixed["rating outside 1-10 dropped"]++
			return
		}
		if x.Votes < 0 || x.Votes > 1<<31-1 {
			rd.rep.Fixed["rating with an impossible vote count dropped"]++
			return
		}
		rd.ratings[x.Num] = rating{float32(x.Average), int32(x.Votes)}
	})
	if err != nil {
		return err
	}
	rd.done(s, 0)
	rd.ratingsFile = fileIdx
	return nil
}

func (rd *reading) readBasics() error {
	s, err := rd.open("imdb", "title.basics")
	if errors.Is(err, data.ErrNotFound) {
		return fmt.Errorf("indexer: %s: title.basics.tsv.gz not found in imdb/ or in the data directory itself: %w", rd.opts.DataDir, data.ErrNotFound)
	}
	if err != nil {
		return err
	}
	defer s.f.Close()
	r, err := imdb.NewBasicsReader(s, s.name)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	var seen bitset
	byType := map[string]int64{}
	var adult, votes int64
	err = each(rd, s, r.Next, func(t imdb.Title) {
		if seen.has(t.Num) {
			rd.rep.Duplicates[s.name+": tconst"]++
			return
		}
		seen.set(t.Num)
		if !rd.types[t.Type] {
			byType[t.Type]++
			return
		}
		if t.Adult && !rd.opts.IncludeAdult {
			adult++
			return
		}
		rt, rated := rd.ratings[t.Num]
		if rd.opts.MinVotes > 0 && int(rt.votes) < rd.opts.MinVotes {
			votes++
			return
		}
		f := film{num: t.Num, Film: data.Film{ID: t.ID, Type: rd.intern(t.Type), Title: t.PrimaryTitle,
			OriginalTitle: t.OriginalTitle, Adult: t.Adult, Year: t.StartYear, EndYear: t.EndYear,
			Runtime: t.Runtime, Genres: t.Genres}}
		if rated {
			f.Rating, f.Votes = float64(rt.avg), int(rt.votes)
			f.Rating = float64(int(f.Rating*10+0.5)) / 10 // float32 -> one decimal, as IMDb gives it
		}
		rd.idx[t.Num] = int32(len(rd.films))
		rd.films = append(rd.films, f)
	})
	if err != nil {
		return err
	}
	for t, n := range byType {
		rd.rep.Filtered["title_type:"+t] = n
	}
	if adult > 0 {
		rd.rep.Filtered["adult"] = adult
	}
	if votes > 0 {
		rd.rep.Filtered["min_votes"] = votes
	}
	rd.done(s, int64(len(rd.films)))
	if rd.ratingsFile >= 0 {
		var used int64
		for num := range rd.ratings {
			if rd.kept(num) {
				used++
			}
		}
		rd.rep.Files[rd.ratingsFile].Used = used
	}
	rd.ratings = nil // no longer needed: free it before the big files
	return nil
}

func (rd *reading) readCrew() error {
	s, err := rd.open("imdb", "title.crew")
	if errors.Is(err, data.ErrNotFound) {
		return nil // optional file
	}
	if err != nil {
		return err
	}
	defer s.f.Close()
	r, err := imdb.NewCrewReader(s, s.name)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	r.Keep(s.filter(rd.kept))
	var seen bitset
	var used int64
	err = each(rd, s, r.Next, func(c imdb.Crew) {
		if seen.has(c.Num) {
			rd.rep.Duplicates[s.name+": tconst"]++
			return
		}
		seen.set(c.Num)
		f := rd.film(c.Num)
		f.Directors = rd.nconsts(s.name, c.Directors)
		f.Writers = rd.nconsts(s.name, c.Writers)
		used++
	})
	if err != nil {
		return err
	}
	rd.done(s, used)
	return nil
}

// nconsts validates a list of nconsts, marks them referenced and returns
// them deduplicated.
func (rd *reading) nconsts(file string, ids []string) []string {
	out := ids[:0]
	for _, id := range ids {
		n, ok := imdb.ParseNameID(id)
		if !ok {
			rd.rep.Fixed[file+": malformed nconst dropped from a list"]++
			continue
		}
		if contains(out, id) {
			rd.rep.Duplicates[file+": nconst repeated in a list"]++
			continue
		}
		rd.refd.set(n)
		out = append(out, id)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func (rd *reading) readPrincipals() error {
	s, err := rd.open("imdb", "title.principals")
	if errors.Is(err, data.ErrNotFound) {
		return nil // optional file
	}
	if err != nil {
		return err
	}
	defer s.f.Close()
	r, err := imdb.NewPrincipalsReader(s, s.name)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	r.Keep(s.filter(rd.kept))
	var used int64
	err = each(rd, s, r.Next, func(p imdb.Principal) {
		f := rd.film(p.TitleNum)
		c := credit{person: p.PersonNum, ordering: int32(p.Ordering), category: rd.intern(p.Category)}
		if p.Job != "" {
			if len(p.Job) <= 24 {
				c.job = rd.intern(p.Job)
			} else {
				c.job = strings.Clone(p.Job)
			}
		}
		if p.Characters != "" {
			var ok bool
			if c.chars, ok = parseCharacters(p.Characters); !ok {
				rd.rep.Fixed[s.name+": characters not a JSON array, kept as one name"]++
			}
		}
		rd.refd.set(p.PersonNum)
		f.credits = append(f.credits, c)
		used++
	})
	if err != nil {
		return err
	}
	rd.done(s, used)
	return nil
}

func (rd *reading) readAkas() error {
	s, err := rd.open("imdb", "title.akas")
	if errors.Is(err, data.ErrNotFound) {
		return nil // optional file
	}
	if err != nil {
		return err
	}
	defer s.f.Close()
	r, err := imdb.NewAkasReader(s, s.name)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	r.Keep(s.filter(rd.kept))
	var used int64
	err = each(rd, s, r.Next, func(a imdb.Aka) {
		if a.Title == "" {
			return
		}
		f := rd.film(a.TitleNum)
		if a.Region == "FR" {
			rank := [2]int{1, a.Ordering}
			if contains(a.Types, "imdbDisplay") {
				rank[0] = 0
			}
			if f.frTitle == "" || rank[0] < f.frRank[0] || (rank[0] == f.frRank[0] && rank[1] < f.frRank[1]) {
				f.frTitle, f.frRank = strings.Clone(a.Title), rank
			}
			used++
			return
		}
		if a.IsOriginal || akaRegions[a.Region] || a.Language == "fr" || a.Language == "en" {
			f.akas = append(f.akas, aka{a.Ordering, strings.Clone(a.Title)})
			used++
		}
	})
	if err != nil {
		return err
	}
	rd.done(s, used)
	return nil
}

// akaRegions are the regions whose titles are kept as akas: where French or
// English is spoken, plus IMDb's worldwide pseudo-region. Other regions'
// titles (dozens per film in the full dump) would multiply the memory and
// the search index for customers who do not use them.
var akaRegions = map[string]bool{"FR": true, "BE": true, "CH": true, "CA": true, "LU": true, "US": true, "GB": true, "IE": true, "AU": true, "XWW": true}

func (rd *reading) readNames() error {
	s, err := rd.open("imdb", "name.basics")
	if errors.Is(err, data.ErrNotFound) {
		return nil // optional file
	}
	if err != nil {
		return err
	}
	defer s.f.Close()
	r, err := imdb.NewNamesReader(s, s.name)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	r.Keep(s.filter(rd.refd.has))
	err = each(rd, s, r.Next, func(n imdb.Name) {
		if _, dup := rd.names[n.Num]; dup {
			rd.rep.Duplicates[s.name+": nconst"]++
			return
		}
		rd.names[n.Num] = n.ID
		rd.people = append(rd.people, rd.cleanPerson(n))
	})
	if err != nil {
		return err
	}
	rd.done(s, int64(len(rd.people)))
	return nil
}

func (rd *reading) readTMDB() error {
	s, err := rd.open("tmdb", "movies")
	if errors.Is(err, data.ErrNotFound) {
		return nil // optional file
	}
	if err != nil {
		return err
	}
	defer s.f.Close()
	r, err := tmdb.NewReader(s, s.name)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	var seen bitset
	var used, absent int64
	err = each(rd, s, r.Next, func(m tmdb.Movie) {
		num, ok := imdb.ParseTitleID(m.IMDbID)
		if !ok {
			rd.rep.reject(rd.fileStats(), &data.ParseError{File: s.name, Line: r.Line(), Rule: "id", Err: fmt.Errorf("imdb_id %q is not a canonical tconst", m.IMDbID)})
			return
		}
		if seen.has(num) {
			rd.rep.Duplicates[s.name+": imdb_id"]++
			return
		}
		seen.set(num)
		f := rd.film(num)
		if f == nil {
			absent++
			return
		}
		rd.applyTMDB(f, m)
		used++
	})
	if err != nil {
		return err
	}
	if absent > 0 {
		rd.rep.Filtered[s.name+": title not in the catalogue"] = absent
	}
	rd.done(s, used)
	return nil
}

func (rd *reading) readLinks() error {
	s, err := rd.open("movielens", "links")
	if errors.Is(err, data.ErrNotFound) {
		return nil // optional file
	}
	if err != nil {
		return err
	}
	defer s.f.Close()
	r, err := movielens.NewLinksReader(s, s.name)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	var used int64
	err = each(rd, s, r.Next, func(l movielens.Link) {
		if _, dup := rd.mlFilm[l.MovieID]; dup {
			rd.rep.Duplicates[s.name+": movieId"]++
			return
		}
		rd.mlFilm[l.MovieID] = l.IMDbID
		num, _ := imdb.ParseTitleID(l.IMDbID)
		f := rd.film(num)
		if f == nil {
			return
		}
		used++
		if f.MovieLensID != 0 {
			rd.rep.Duplicates[s.name+": imdbId linked from several movieIds (lowest kept)"]++
			if l.MovieID > f.MovieLensID {
				return
			}
		}
		f.MovieLensID = l.MovieID
	})
	if err != nil {
		return err
	}
	rd.done(s, used)
	return nil
}

func (rd *reading) readMovies() error {
	s, err := rd.open("movielens", "movies")
	if errors.Is(err, data.ErrNotFound) {
		return nil // optional file
	}
	if err != nil {
		return err
	}
	defer s.f.Close()
	r, err := movielens.NewMoviesReader(s, s.name)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	var used int64
	err = each(rd, s, r.Next, func(m movielens.Movie) {
		tconst, ok := rd.mlFilm[m.ID]
		if !ok {
			return
		}
		num, _ := imdb.ParseTitleID(tconst)
		f := rd.film(num)
		if f == nil || f.MovieLensID != m.ID {
			return
		}
		used++
		_, year := splitYear(m.Title)
		if f.Year == 0 && year != 0 {
			f.Year = year
			rd.rep.Filled["year from MovieLens title"]++
		}
		if len(f.Genres) == 0 {
			if g := movieLensGenres(m.Genres); len(g) > 0 {
				f.Genres = g
				rd.rep.Filled["genres from MovieLens"]++
			}
		}
	})
	if err != nil {
		return err
	}
	rd.done(s, used)
	return nil
}

func (rd *reading) readMLRatings() error {
	s, err := rd.open("movielens", "ratings")
	if errors.Is(err, data.ErrNotFound) {
		return nil // optional file
	}
	if err != nil {
		return err
	}
	defer s.f.Close()
	r, err := movielens.NewRatingsReader(s, s.name)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	var unlinked, absent int64
	err = each(rd, s, r.Next, func(x movielens.Rating) {
		if x.Rating < 0.5 || x.Rating > 5 {
			rd.rep.Fixed[s.name+": rating outside 0.5-5 dropped"]++
			return
		}
		id, ok := rd.mlFilm[x.Movie]
		if !ok {
			unlinked++
		} else if num, _ := imdb.ParseTitleID(id); !rd.kept(num) {
			absent++
		}
		rd.out = append(rd.out, data.Rating{User: x.User, Movie: x.Movie, FilmID: id, Score: x.Rating, Time: x.Time})
	})
	if err != nil {
		return err
	}
	if unlinked > 0 {
		rd.rep.Missing["ratings: movie without an IMDb link"] = unlinked
	}
	if absent > 0 {
		rd.rep.Missing["ratings: film not in the catalogue"] = absent
	}
	rd.done(s, int64(len(rd.out)))
	return nil
}
