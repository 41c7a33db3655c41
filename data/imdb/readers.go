package imdb

import (
	"io"
)

// Title is one row of title.basics. Zero values mean \N.
type Title struct {
	ID            string // tconst
	Num           uint32 // the tconst's number
	Type          string // titleType: movie, short, tvSeries, tvEpisode...
	PrimaryTitle  string
	OriginalTitle string
	Adult         bool
	StartYear     int
	EndYear       int
	Runtime       int // runtimeMinutes
	Genres        []string
}

// Rating is one row of title.ratings.
type Rating struct {
	ID      string
	Num     uint32
	Average float64 // averageRating
	Votes   int     // numVotes
}

// Principal is one row of title.principals.
type Principal struct {
	TitleID    string // tconst
	TitleNum   uint32
	Ordering   int
	PersonID   string // nconst
	PersonNum  uint32
	Category   string
	Job        string
	Characters string // raw JSON array text, e.g. ["Prof. Barbenfouillis","The Moon"]; "" for \N
}

// Crew is one row of title.crew.
type Crew struct {
	ID        string
	Num       uint32
	Directors []string // nconsts
	Writers   []string
}

// Aka is one row of title.akas.
type Aka struct {
	TitleID    string // titleId (a tconst)
	TitleNum   uint32
	Ordering   int
	Title      string
	Region     string // e.g. "FR"
	Language   string // e.g. "fr"
	Types      []string
	Attributes []string
	IsOriginal bool
}

// Name is one row of name.basics.
type Name struct {
	ID          string // nconst
	Num         uint32
	Name        string // primaryName
	BirthYear   int
	DeathYear   int
	Professions []string // primaryProfession
	KnownFor    []string // knownForTitles, tconsts
}

// reader is what every typed reader embeds.
type reader struct{ t *table }

// Line returns the line number of the row last returned or rejected by
// Next; the header is line 1. After io.EOF it is the last line of the file.
func (r *reader) Line() int { return r.t.line }

// File returns the file name used in errors.
func (r *reader) File() string { return r.t.file }

// Keep installs a filter on the key column (the first column: a tconst, or
// the nconst for name.basics): rows whose id number it rejects are skipped
// without being parsed, after their column count and key have been checked.
// It lets a caller read a 95M-row file and keep only the rows it needs.
func (r *reader) Keep(f func(num uint32) bool) { r.t.keep = f }

// BasicsReader streams title.basics. Not safe for concurrent use.
type BasicsReader struct{ reader }

// NewBasicsReader reads the header of a title.basics file (plain or
// gzipped); file names the file in errors.
func NewBasicsReader(r io.Reader, file string) (*BasicsReader, error) {
	t, err := newTable(r, file, "tt", []string{"tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear", "endYear", "runtimeMinutes", "genres"})
	if err != nil {
		return nil, err
	}
	return &BasicsReader{reader{t}}, nil
}

// Next returns the next row. A malformed row gives a *data.ParseError and
// reading can continue; io.EOF ends the file; any other error is fatal.
func (r *BasicsReader) Next() (Title, error) {
	t := r.t
	if err := t.next(); err != nil {
		return Title{}, err
	}
	adult, err := t.boolean(4)
	if err != nil {
		return Title{}, err
	}
	var ints [3]int
	for i := range ints {
		if ints[i], err = t.integer(5 + i); err != nil {
			return Title{}, err
		}
	}
	num, _ := parseID(t.field(0), "tt")
	s := t.strings()
	return Title{ID: s.str(0), Num: num, Type: s.str(1), PrimaryTitle: s.str(2), OriginalTitle: s.str(3),
		Adult: adult, StartYear: ints[0], EndYear: ints[1], Runtime: ints[2], Genres: s.list(8)}, nil
}

// KeepTitle installs a filter on the id number and titleType of each row:
// rows it rejects are skipped without being parsed further (not even
// checked), after their column count and key have been. Twelve million
// rows of the full dump are mostly episodes that a caller drops by type.
func (r *BasicsReader) KeepTitle(f func(num uint32, titleType []byte) bool) {
	t := r.t
	t.keep = func(num uint32) bool { return f(num, t.field(1)) }
}

// RatingsReader streams title.ratings. Not safe for concurrent use.
type RatingsReader struct{ reader }

// NewRatingsReader reads the header of a title.ratings file.
func NewRatingsReader(r io.Reader, file string) (*RatingsReader, error) {
	t, err := newTable(r, file, "tt", []string{"tconst", "averageRating", "numVotes"})
	if err != nil {
		return nil, err
	}
	return &RatingsReader{reader{t}}, nil
}

// Next returns the next row; errors as BasicsReader.Next.
func (r *RatingsReader) Next() (Rating, error) {
	t := r.t
	if err := t.next(); err != nil {
		return Rating{}, err
	}
	avg, err := t.float(1)
	if err != nil {
		return Rating{}, err
	}
	votes, err := t.integer(2)
	if err != nil {
		return Rating{}, err
	}
	num, _ := parseID(t.field(0), "tt")
	return Rating{ID: string(t.field(0)), Num: num, Average: avg, Votes: votes}, nil
}

// PrincipalsReader streams title.principals. Not safe for concurrent use.
type PrincipalsReader struct{ reader }

// NewPrincipalsReader reads the header of a title.principals file.
func NewPrincipalsReader(r io.Reader, file string) (*PrincipalsReader, error) {
	t, err := newTable(r, file, "tt", []string{"tconst", "ordering", "nconst", "category", "job", "characters"})
	if err != nil {
		return nil, err
	}
	return &PrincipalsReader{reader{t}}, nil
}

// Next returns the next row; errors as BasicsReader.Next.
func (r *PrincipalsReader) Next() (Principal, error) {
	t := r.t
	if err := t.next(); err != nil {
		return Principal{}, err
	}
	ord, err := t.integer(1)
	if err != nil {
		return Principal{}, err
	}
	pnum, ok := parseID(t.field(2), "nm")
	if !ok {
		return Principal{}, t.errf("id", "nconst %q is not nm followed by at least 7 digits", t.field(2))
	}
	num, _ := parseID(t.field(0), "tt")
	s := t.strings()
	return Principal{TitleID: s.str(0), TitleNum: num, Ordering: ord, PersonID: s.str(2), PersonNum: pnum,
		Category: s.str(3), Job: s.str(4), Characters: s.str(5)}, nil
}

// CrewReader streams title.crew. Not safe for concurrent use.
type CrewReader struct{ reader }

// NewCrewReader reads the header of a title.crew file.
func NewCrewReader(r io.Reader, file string) (*CrewReader, error) {
	t, err := newTable(r, file, "tt", []string{"tconst", "directors", "writers"})
	if err != nil {
		return nil, err
	}
	return &CrewReader{reader{t}}, nil
}

// Next returns the next row; errors as BasicsReader.Next.
func (r *CrewReader) Next() (Crew, error) {
	t := r.t
	if err := t.next(); err != nil {
		return Crew{}, err
	}
	num, _ := parseID(t.field(0), "tt")
	s := t.strings()
	return Crew{ID: s.str(0), Num: num, Directors: s.list(1), Writers: s.list(2)}, nil
}

// AkasReader streams title.akas. Not safe for concurrent use.
type AkasReader struct{ reader }

// NewAkasReader reads the header of a title.akas file.
func NewAkasReader(r io.Reader, file string) (*AkasReader, error) {
	t, err := newTable(r, file, "tt", []string{"titleId", "ordering", "title", "region", "language", "types", "attributes", "isOriginalTitle"})
	if err != nil {
		return nil, err
	}
	return &AkasReader{reader{t}}, nil
}

// Next returns the next row; errors as BasicsReader.Next.
func (r *AkasReader) Next() (Aka, error) {
	t := r.t
	if err := t.next(); err != nil {
		return Aka{}, err
	}
	ord, err := t.integer(1)
	if err != nil {
		return Aka{}, err
	}
	orig, err := t.boolean(7)
	if err != nil {
		return Aka{}, err
	}
	num, _ := parseID(t.field(0), "tt")
	s := t.strings()
	return Aka{TitleID: s.str(0), TitleNum: num, Ordering: ord, Title: s.str(2), Region: s.str(3), Language: s.str(4),
		Types: s.list(5), Attributes: s.list(6), IsOriginal: orig}, nil
}

// NamesReader streams name.basics. Not safe for concurrent use.
type NamesReader struct{ reader }

// NewNamesReader reads the header of a name.basics file.
func NewNamesReader(r io.Reader, file string) (*NamesReader, error) {
	t, err := newTable(r, file, "nm", []string{"nconst", "primaryName", "birthYear", "deathYear", "primaryProfession", "knownForTitles"})
	if err != nil {
		return nil, err
	}
	return &NamesReader{reader{t}}, nil
}

// Next returns the next row; errors as BasicsReader.Next.
func (r *NamesReader) Next() (Name, error) {
	t := r.t
	if err := t.next(); err != nil {
		return Name{}, err
	}
	birth, err := t.integer(2)
	if err != nil {
		return Name{}, err
	}
	death, err := t.integer(3)
	if err != nil {
		return Name{}, err
	}
	num, _ := parseID(t.field(0), "nm")
	s := t.strings()
	return Name{ID: s.str(0), Num: num, Name: s.str(1), BirthYear: birth, DeathYear: death,
		Professions: s.list(4), KnownFor: s.list(5)}, nil
}
