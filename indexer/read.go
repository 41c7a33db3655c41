package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/data/imdb"
	"github.com/bobine/bobine/data/movielens"
	"github.com/bobine/bobine/data/tmdb"
)

// now is the clock used by the year rules; tests may pin it.
var now = time.Now

// film is a kept title while reading: the catalogue record and what the
// joins need before it is final, held in two parallel slices so that the
// records become the catalogue's slice without a copy.
type film struct {
	*data.Film
	*joins
}

// joins is what the joins gather for one title before finish.
type joins struct {
	credits, lastCredit int32 // first and last of the title's credits in reading.store, +1; 0 for none
	frTitle             string
	frRank              [2]int // (not imdbDisplay, ordering) of frTitle: lower wins
	tmdbFR              string
	akas                []aka
}

// credit is a principal held compactly until finish (tens of millions of
// them at min_votes 0): person as a number, category and job as numbers of
// words, the characters as their raw text in an arena, and the title's
// credits chained in reading order.
type credit struct {
	person   uint32
	ordering int32
	next     int32  // the title's next credit in reading.store, +1; 0 for none
	category uint32 // in reading.words
	job      uint32 // in reading.words, 0 for none
	chars    textRef
}

// creditStore holds every credit read, in chunks so that growing it never
// copies what it holds.
type creditStore struct{ chunks [][]credit }

const creditChunk = 1 << 16

// add stores c and returns its number +1.
func (s *creditStore) add(c credit) int32 {
	n := len(s.chunks)
	if n == 0 || len(s.chunks[n-1]) == creditChunk {
		s.chunks = append(s.chunks, make([]credit, 0, creditChunk))
		n++
	}
	s.chunks[n-1] = append(s.chunks[n-1], c)
	return int32((n-1)*creditChunk+len(s.chunks[n-1])-1) + 1
}

// at returns the credit numbered i+1.
func (s *creditStore) at(i int32) *credit {
	i--
	return &s.chunks[i/creditChunk][i%creditChunk]
}

// releaser returns a function to call once title i's credits have been
// turned into the catalogue's, in title order: it frees the chunks no
// later title uses. title.principals comes sorted by title, like the
// titles, so the store shrinks as the catalogue's credits grow.
func (s *creditStore) releaser(titles []joins) func(i int) {
	lastUse := make([]int, len(s.chunks))
	for i := range titles {
		for n := titles[i].credits; n != 0; n = s.at(n).next {
			lastUse[(n-1)/creditChunk] = i
		}
	}
	order := make([]int, len(s.chunks))
	for c := range order {
		order[c] = c
	}
	sort.Slice(order, func(a, b int) bool { return lastUse[order[a]] < lastUse[order[b]] })
	next := 0
	return func(i int) {
		for next < len(order) && lastUse[order[next]] <= i {
			s.chunks[order[next]] = nil
			next++
		}
	}
}

// textArena holds texts in chunks of up to 1 MiB, never split, so that
// millions of short texts cost their bytes and eight bytes each.
type textArena struct{ chunks [][]byte }

// textRef is a text of a textArena: its chunk, offset and length; the
// zero textRef is the empty text.
type textRef struct{ at, n uint32 }

const textChunkBits = 20

// add stores s, cut to 1 MiB, and returns its reference.
func (a *textArena) add(s string) textRef {
	if s == "" {
		return textRef{}
	}
	if len(s) > 1<<textChunkBits {
		s = s[:1<<textChunkBits]
	}
	n := len(a.chunks)
	if n == 0 || len(a.chunks[n-1])+len(s) > 1<<textChunkBits {
		a.chunks = append(a.chunks, make([]byte, 0, 1<<textChunkBits))
		n++
	}
	off := len(a.chunks[n-1])
	a.chunks[n-1] = append(a.chunks[n-1], s...)
	return textRef{uint32((n-1)<<textChunkBits | off), uint32(len(s))}
}

// text returns the text of r, as a new string.
func (a *textArena) text(r textRef) string {
	if r.n == 0 {
		return ""
	}
	c, off := r.at>>textChunkBits, r.at&(1<<textChunkBits-1)
	return string(a.chunks[c][off : off+r.n])
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

func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b bitset) has(n uint32) bool {
	w := int(n >> 6)
	return w < len(b) && b[w]&(1<<(n&63)) != 0
}

// reading is the state of one Read.
type reading struct {
	ctx        context.Context
	opts       Options
	rep        *Report
	types      map[string]bool
	films      []data.Film // kept titles, in title.basics order
	joins      []joins     // parallel to films
	idx        map[uint32]int32
	ratings    map[uint32]rating
	refd       bitset            // people referenced by kept titles
	people     []data.Person     // referenced people, in name.basics order
	nums       []uint32          // nconst numbers of people, parallel
	sorted     bool              // nums ascending (name.basics is sorted by nconst)
	cats       map[string]string // interned categories, genres, types, professions
	store      creditStore       // principals of kept titles, see joins
	chars      textArena         // their characters, raw
	words      []string          // credit categories and jobs by number; 0 is ""
	wordNum    map[string]uint32
	charsFile  string               // title.principals as named in the report
	creditBuf  []credit             // one title's credits, in finish
	genreLists map[string]genreList // see cleanGenres
	charLists  map[string][]string  // see characters
	profLists  map[string][]string  // see professions
	mlFilm     map[int]string       // MovieLens movieId -> tconst
	out        []data.Rating
	year       int

	ratingsFile int // index in rep.Files of title.ratings, -1 when absent
}

// Read parses, cleans and joins the files of o.DataDir in memory; it writes
// nothing. See the package documentation for the order and the files.
func Read(ctx context.Context, o Options) (*Result, error) {
	o = o.withDefaults()
	rd := &reading{
		ctx: ctx, opts: o, rep: newReport(o),
		types: map[string]bool{}, idx: map[uint32]int32{}, ratings: map[uint32]rating{},
		sorted: true, cats: map[string]string{}, mlFilm: map[int]string{},
		words: []string{""}, wordNum: map[string]uint32{"": 0},
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
	if o.Progress != nil {
		o.Progress(Progress{Step: "join"})
	}
	var cat *data.Catalogue
	err := Cancellable(ctx, func() error {
		films, err := rd.finish()
		if err != nil {
			return err
		}
		cat = data.NewCatalogue(films, rd.people)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("indexer: join: %w", err)
	}
	if o.Progress != nil {
		o.Progress(Progress{Step: "join", Done: true})
	}
	rd.rep.Films = len(cat.Films())
	rd.rep.People = cat.NumPeople()
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

// film returns the kept title numbered num; ok is false when it is not kept.
func (rd *reading) film(num uint32) (f film, ok bool) {
	i, ok := rd.idx[num]
	if !ok {
		return film{}, false
	}
	return film{&rd.films[i], &rd.joins[i]}, true
}

// personID returns the nconst of the person numbered num, shared with the
// person's record; ok is false when name.basics does not hold them.
func (rd *reading) personID(num uint32) (string, bool) {
	i, found := slices.BinarySearch(rd.nums, num)
	if !found {
		return "", false
	}
	return rd.people[i].ID, true
}

// word returns the number of a credit category or job, given to it on
// first use. Jobs are free text: a long one (rarely repeated) is not
// looked up, only stored.
func (rd *reading) word(s string) uint32 {
	if n, ok := rd.wordNum[s]; ok {
		return n
	}
	n := uint32(len(rd.words))
	s = strings.Clone(s)
	rd.words = append(rd.words, s)
	if len(s) <= 24 {
		rd.wordNum[s] = n
	}
	return n
}

func (rd *reading) kept(num uint32) bool { _, ok := rd.idx[num]; return ok }

func (rd *reading) readRatings() error {
	return readFile(rd, input[imdb.Rating]{kind: "imdb", base: "title.ratings",
		open: reader[imdb.Rating](imdb.NewRatingsReader),
		row: func(s *source, x imdb.Rating) {
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
		},
		// Which ratings were used is known once title.basics is read.
		done: func(*source) int64 { rd.ratingsFile = len(rd.rep.Files) - 1; return 0 },
	})
}

func (rd *reading) readBasics() error {
	var seen bitset
	byType := map[string]*int64{}
	var adult, votes, dups int64
	return readFile(rd, input[imdb.Title]{kind: "imdb", base: "title.basics", required: true,
		open: reader[imdb.Title](imdb.NewBasicsReader),
		// Most rows are of types not kept (episodes): they are counted and
		// skipped before being parsed.
		keepTitle: func(num uint32, typ []byte) bool {
			if seen.has(num) {
				dups++
				return false
			}
			if rd.types[string(typ)] {
				return true // row marks it seen once it parses
			}
			seen.set(num)
			if n := byType[string(typ)]; n != nil {
				*n++
			} else {
				n := int64(1)
				byType[string(typ)] = &n
			}
			return false
		},
		row: func(s *source, t imdb.Title) {
			if seen.has(t.Num) {
				dups++
				return
			}
			seen.set(t.Num)
			if t.Adult && !rd.opts.IncludeAdult {
				adult++
				return
			}
			rt, rated := rd.ratings[t.Num]
			if rd.opts.MinVotes > 0 && int(rt.votes) < rd.opts.MinVotes {
				votes++
				return
			}
			f := data.Film{ID: t.ID, Type: rd.intern(t.Type), Title: t.PrimaryTitle,
				OriginalTitle: t.OriginalTitle, Adult: t.Adult, Year: t.StartYear, EndYear: t.EndYear,
				Runtime: t.Runtime, Genres: rd.cleanGenres(t.Genres)}
			if rated {
				f.Rating, f.Votes = float64(rt.avg), int(rt.votes)
				f.Rating = float64(int(f.Rating*10+0.5)) / 10 // float32 -> one decimal, as IMDb gives it
			}
			rd.idx[t.Num] = int32(len(rd.films))
			rd.films = append(rd.films, f)
			rd.joins = append(rd.joins, joins{})
		},
		done: func(s *source) int64 {
			for t, n := range byType {
				rd.rep.Filtered["title_type:"+t] = *n
			}
			if dups > 0 {
				rd.rep.Duplicates[s.name+": tconst"] += dups
			}
			if adult > 0 {
				rd.rep.Filtered["adult"] = adult
			}
			if votes > 0 {
				rd.rep.Filtered["min_votes"] = votes
			}
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
			return int64(len(rd.films))
		},
	})
}

func (rd *reading) readCrew() error {
	var seen bitset
	var used int64
	return readFile(rd, input[imdb.Crew]{kind: "imdb", base: "title.crew",
		open: reader[imdb.Crew](imdb.NewCrewReader), keep: rd.kept,
		row: func(s *source, c imdb.Crew) {
			if seen.has(c.Num) {
				rd.rep.Duplicates[s.name+": tconst"]++
				return
			}
			seen.set(c.Num)
			f, _ := rd.film(c.Num) // kept: see keep
			f.Directors = rd.nconsts(s.name, c.Directors)
			f.Writers = rd.nconsts(s.name, c.Writers)
			used++
		},
		done: func(*source) int64 { return used },
	})
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
	var used int64
	return readFile(rd, input[imdb.Principal]{kind: "imdb", base: "title.principals",
		open: reader[imdb.Principal](imdb.NewPrincipalsReader), keep: rd.kept,
		row: func(s *source, p imdb.Principal) {
			f, _ := rd.film(p.TitleNum)
			rd.charsFile = s.name
			c := credit{person: p.PersonNum, ordering: int32(p.Ordering), category: rd.word(p.Category),
				job: rd.word(p.Job), chars: rd.chars.add(p.Characters)}
			rd.refd.set(p.PersonNum)
			n := rd.store.add(c)
			if f.lastCredit == 0 {
				f.credits = n
			} else {
				rd.store.at(f.lastCredit).next = n
			}
			f.lastCredit = n
			used++
		},
		done: func(*source) int64 { return used },
	})
}

func (rd *reading) readAkas() error {
	var used int64
	return readFile(rd, input[imdb.Aka]{kind: "imdb", base: "title.akas",
		open: reader[imdb.Aka](imdb.NewAkasReader), keep: rd.kept,
		row: func(_ *source, a imdb.Aka) {
			if a.Title == "" {
				return
			}
			f, _ := rd.film(a.TitleNum)
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
		},
		done: func(*source) int64 { return used },
	})
}

// akaRegions are the regions whose titles are kept as akas: where French or
// English is spoken, plus IMDb's worldwide pseudo-region. Other regions'
// titles (dozens per film in the full dump) would multiply the memory and
// the search index for customers who do not use them.
var akaRegions = map[string]bool{"FR": true, "BE": true, "CH": true, "CA": true, "LU": true, "US": true, "GB": true, "IE": true, "AU": true, "XWW": true}

func (rd *reading) readNames() error {
	var seen bitset
	// Every referenced person is read at most once: sized for them all, the
	// people never move as they grow (millions at min_votes 0).
	refd := rd.refd.count()
	rd.people = make([]data.Person, 0, refd)
	rd.nums = make([]uint32, 0, refd)
	return readFile(rd, input[imdb.Name]{kind: "imdb", base: "name.basics",
		open: reader[imdb.Name](imdb.NewNamesReader), keep: rd.refd.has,
		row: func(s *source, n imdb.Name) {
			if seen.has(n.Num) {
				rd.rep.Duplicates[s.name+": nconst"]++
				return
			}
			seen.set(n.Num)
			if len(rd.nums) > 0 && n.Num < rd.nums[len(rd.nums)-1] {
				rd.sorted = false
			}
			rd.people = append(rd.people, rd.cleanPerson(n))
			rd.nums = append(rd.nums, n.Num)
		},
		done: func(*source) int64 {
			if !rd.sorted { // personID searches nums
				order := make([]int, len(rd.nums))
				for i := range order {
					order[i] = i
				}
				sort.Slice(order, func(a, b int) bool { return rd.nums[order[a]] < rd.nums[order[b]] })
				people, nums := make([]data.Person, len(order)), make([]uint32, len(order))
				for i, j := range order {
					people[i], nums[i] = rd.people[j], rd.nums[j]
				}
				rd.people, rd.nums, rd.sorted = people, nums, true
			}
			return int64(len(rd.people))
		},
	})
}

func (rd *reading) readTMDB() error {
	var seen bitset
	var used, absent int64
	return readFile(rd, input[tmdb.Movie]{kind: "tmdb", base: "movies",
		open: reader[tmdb.Movie](tmdb.NewReader),
		row: func(s *source, m tmdb.Movie) {
			num, ok := imdb.ParseTitleID(m.IMDbID)
			if !ok {
				rd.rep.reject(rd.fileStats(), &data.ParseError{File: s.name, Line: s.line(), Rule: "id", Err: fmt.Errorf("imdb_id %q is not a canonical tconst", m.IMDbID)})
				return
			}
			if seen.has(num) {
				rd.rep.Duplicates[s.name+": imdb_id"]++
				return
			}
			seen.set(num)
			f, ok := rd.film(num)
			if !ok {
				absent++
				return
			}
			rd.applyTMDB(f, m)
			used++
		},
		done: func(s *source) int64 {
			if absent > 0 {
				rd.rep.Filtered[s.name+": title not in the catalogue"] = absent
			}
			return used
		},
	})
}

func (rd *reading) readLinks() error {
	var used int64
	return readFile(rd, input[movielens.Link]{kind: "movielens", base: "links",
		open: reader[movielens.Link](movielens.NewLinksReader),
		row: func(s *source, l movielens.Link) {
			if _, dup := rd.mlFilm[l.MovieID]; dup {
				rd.rep.Duplicates[s.name+": movieId"]++
				return
			}
			rd.mlFilm[l.MovieID] = l.IMDbID
			num, _ := imdb.ParseTitleID(l.IMDbID)
			f, ok := rd.film(num)
			if !ok {
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
		},
		done: func(*source) int64 { return used },
	})
}

func (rd *reading) readMovies() error {
	var used int64
	return readFile(rd, input[movielens.Movie]{kind: "movielens", base: "movies",
		open: reader[movielens.Movie](movielens.NewMoviesReader),
		row: func(_ *source, m movielens.Movie) {
			tconst, ok := rd.mlFilm[m.ID]
			if !ok {
				return
			}
			num, _ := imdb.ParseTitleID(tconst)
			f, ok := rd.film(num)
			if !ok || f.MovieLensID != m.ID {
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
		},
		done: func(*source) int64 { return used },
	})
}

func (rd *reading) readMLRatings() error {
	var unlinked, absent int64
	return readFile(rd, input[movielens.Rating]{kind: "movielens", base: "ratings",
		open: reader[movielens.Rating](movielens.NewRatingsReader),
		row: func(s *source, x movielens.Rating) {
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
		},
		done: func(*source) int64 {
			if unlinked > 0 {
				rd.rep.Missing["ratings: movie without an IMDb link"] = unlinked
			}
			if absent > 0 {
				rd.rep.Missing["ratings: film not in the catalogue"] = absent
			}
			return int64(len(rd.out))
		},
	})
}
