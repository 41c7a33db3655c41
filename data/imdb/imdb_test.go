package imdb_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/data/imdb"
)

// drain reads every row; rejected rows are listed as "line:rule".
func drain[T any](t *testing.T, next func() (T, error), line func() int) (rows []T, rejected []string, fatal error) {
	t.Helper()
	for i := 0; i < 1_000_000; i++ {
		v, err := next()
		if err == io.EOF {
			return rows, rejected, nil
		}
		var pe *data.ParseError
		switch {
		case errors.As(err, &pe):
			if pe.Line != line() {
				t.Errorf("ParseError line %d, reader Line() %d", pe.Line, line())
			}
			rejected = append(rejected, fmt.Sprintf("%d:%s", pe.Line, pe.Rule))
		case err != nil:
			// a fatal error must stick
			if _, err2 := next(); err2 == nil || err2.Error() != err.Error() {
				t.Errorf("fatal error %v not sticky: then %v", err, err2)
			}
			return rows, rejected, err
		default:
			rows = append(rows, v)
		}
	}
	t.Fatal("reader never ends")
	return
}

func open(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestBasicsReader(t *testing.T) {
	carmencita := imdb.Title{ID: "tt0000001", Num: 1, Type: "short", PrimaryTitle: "Carmencita", OriginalTitle: "Carmencita",
		StartYear: 1894, Runtime: 1, Genres: []string{"Documentary", "Short"}}
	tests := []struct {
		name     string
		file     string
		gzip     bool
		want     []imdb.Title
		rejected []string
		lines    int
	}{
		{
			name: "dirty rows", file: "basics.tsv",
			want: []imdb.Title{
				carmencita,
				{ID: "tt0111161", Num: 111161, Type: "movie", PrimaryTitle: `The "Shawshank" Redemption`, OriginalTitle: `The "Shawshank" Redemption`, StartYear: 1994, Runtime: 142, Genres: []string{"Drama"}},
				{ID: "tt0000004", Num: 4},
				{ID: "tt10872600", Num: 10872600, Type: "tvSeries", PrimaryTitle: `"`, OriginalTitle: `"`, Adult: true, StartYear: 2021, EndYear: 2024, Runtime: 45, Genres: []string{"Action", "Adventure", "Sci-Fi"}},
			},
			rejected: []string{"4:column_count", "6:number", "7:id", "8:bool"},
			lines:    9,
		},
		{name: "gzipped", file: "basics.tsv", gzip: true, rejected: []string{"4:column_count", "6:number", "7:id", "8:bool"}, lines: 9},
		{name: "CRLF", file: "basics_crlf.tsv", want: []imdb.Title{carmencita}, lines: 2},
		{name: "columns by name", file: "basics_reordered.tsv", lines: 2, want: []imdb.Title{
			{ID: "tt0000009", Num: 9, Type: "movie", PrimaryTitle: "Reordered", OriginalTitle: "Reordered", StartYear: 1999, Runtime: 88, Genres: []string{"Comedy"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := open(t, tt.file)
			if tt.gzip {
				in = gz(t, in)
			}
			r, err := imdb.NewBasicsReader(bytes.NewReader(in), tt.file)
			if err != nil {
				t.Fatal(err)
			}
			rows, rejected, fatal := drain(t, r.Next, r.Line)
			if fatal != nil {
				t.Fatalf("fatal error: %v", fatal)
			}
			if tt.want != nil && !reflect.DeepEqual(rows, tt.want) {
				t.Errorf("rows:\n got %+v\nwant %+v", rows, tt.want)
			}
			if tt.gzip && len(rows) != 4 {
				t.Errorf("gzipped: %d rows, want 4", len(rows))
			}
			if !reflect.DeepEqual(rejected, tt.rejected) {
				t.Errorf("rejected %v, want %v", rejected, tt.rejected)
			}
			if r.Line() != tt.lines {
				t.Errorf("Line() at EOF = %d, want %d", r.Line(), tt.lines)
			}
		})
	}
}

func TestHeaderErrors(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"empty.tsv", "empty file"},
		{"basics_noheader.tsv", "header lacks column tconst"},
		{"basics_wrongheader.tsv", "header lacks column runtimeMinutes"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := imdb.NewBasicsReader(bytes.NewReader(open(t, tt.file)), tt.file)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.file) {
				t.Fatalf("error %v, want one naming %s and saying %q", err, tt.file, tt.want)
			}
			if !errors.Is(err, imdb.ErrHeader) || !errors.Is(err, data.ErrInvalid) {
				t.Errorf("error %v does not wrap ErrHeader and data.ErrInvalid", err)
			}
		})
	}
}

func TestTruncatedGzip(t *testing.T) {
	// a long file so that the cut falls in the middle of the stream
	var b strings.Builder
	b.WriteString("tconst\taverageRating\tnumVotes\n")
	for i := 1; i <= 5000; i++ {
		fmt.Fprintf(&b, "tt%07d\t%d.%d\t%d\n", i, i%9+1, i%10, i*37)
	}
	full := gz(t, []byte(b.String()))
	cut := full[:len(full)*2/3]
	r, err := imdb.NewRatingsReader(bytes.NewReader(cut), "title.ratings.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	rows, rejected, fatal := drain(t, r.Next, r.Line)
	if fatal == nil {
		t.Fatalf("no error after %d rows of a truncated gzip", len(rows))
	}
	if imdb.IsParseError(fatal) || !errors.Is(fatal, io.ErrUnexpectedEOF) {
		t.Errorf("truncation error %v: want a fatal error wrapping io.ErrUnexpectedEOF", fatal)
	}
	if msg := fatal.Error(); !strings.Contains(msg, "title.ratings.tsv.gz") || !strings.Contains(msg, fmt.Sprintf("line %d", r.Line()+1)) {
		t.Errorf("error %q does not name the file and line %d", msg, r.Line()+1)
	}
	if len(rows) == 0 || len(rows) >= 5000 || len(rejected) > 1 {
		t.Errorf("read %d rows (%d rejected) before the cut; want some but not all", len(rows), len(rejected))
	}
}

func TestRatingsReader(t *testing.T) {
	r, err := imdb.NewRatingsReader(bytes.NewReader(open(t, "ratings.tsv")), "ratings.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows, rejected, fatal := drain(t, r.Next, r.Line)
	want := []imdb.Rating{{ID: "tt0000001", Num: 1, Average: 5.7, Votes: 2090}, {ID: "tt0000003", Num: 3}}
	if fatal != nil || !reflect.DeepEqual(rows, want) || !reflect.DeepEqual(rejected, []string{"3:number", "5:number"}) {
		t.Errorf("got %+v rejected %v fatal %v", rows, rejected, fatal)
	}
}

func TestPrincipalsReader(t *testing.T) {
	r, err := imdb.NewPrincipalsReader(bytes.NewReader(open(t, "principals.tsv")), "principals.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows, rejected, fatal := drain(t, r.Next, r.Line)
	want := []imdb.Principal{
		{TitleID: "tt0000001", TitleNum: 1, Ordering: 1, PersonID: "nm1588970", PersonNum: 1588970, Category: "self", Characters: `["Self"]`},
		{TitleID: "tt0000001", TitleNum: 1, Ordering: 2, PersonID: "nm0005690", PersonNum: 5690, Category: "director"},
		{TitleID: "tt0000003", TitleNum: 3, Ordering: 1, PersonID: "nm0000002", PersonNum: 2, Category: "actor", Characters: `["Sherlock, Jr.","a \"quoted\" name"]`},
	}
	if fatal != nil || !reflect.DeepEqual(rows, want) || !reflect.DeepEqual(rejected, []string{"4:number", "5:id"}) {
		t.Errorf("got %+v\nrejected %v fatal %v", rows, rejected, fatal)
	}
}

func TestCrewReader(t *testing.T) {
	r, err := imdb.NewCrewReader(bytes.NewReader(open(t, "crew.tsv")), "crew.tsv")
	if err != nil {
		t.Fatal(err)
	}
	r.Keep(func(n uint32) bool { return n != 1 })
	rows, rejected, fatal := drain(t, r.Next, r.Line)
	want := []imdb.Crew{
		{ID: "tt0000002", Num: 2, Directors: []string{"nm0721526", "nm0000002"}, Writers: []string{"nm0721526"}},
		{ID: "tt0000003", Num: 3},
	}
	if fatal != nil || !reflect.DeepEqual(rows, want) || rejected != nil {
		t.Errorf("got %+v rejected %v fatal %v", rows, rejected, fatal)
	}
	if r.Line() != 4 {
		t.Errorf("Line() = %d after skipping rows, want 4", r.Line())
	}
}

func TestAkasReader(t *testing.T) {
	r, err := imdb.NewAkasReader(bytes.NewReader(open(t, "akas.tsv")), "akas.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows, rejected, fatal := drain(t, r.Next, r.Line)
	want := []imdb.Aka{
		{TitleID: "tt0000001", TitleNum: 1, Ordering: 1, Title: "Carmencita", Types: []string{"original"}, IsOriginal: true},
		{TitleID: "tt0000001", TitleNum: 1, Ordering: 2, Title: "Carmencita - spanyol tánc", Region: "HU", Types: []string{"imdbDisplay"}},
		{TitleID: "tt0211915", TitleNum: 211915, Ordering: 3, Title: "Le Fabuleux Destin d'Amélie Poulain", Region: "FR", Language: "fr",
			Types: []string{"imdbDisplay"}, Attributes: []string{"literal title", "short title"}},
	}
	if fatal != nil || !reflect.DeepEqual(rows, want) || !reflect.DeepEqual(rejected, []string{"5:number"}) {
		t.Errorf("got %+v\nrejected %v fatal %v", rows, rejected, fatal)
	}
}

func TestNamesReader(t *testing.T) {
	r, err := imdb.NewNamesReader(bytes.NewReader(gz(t, open(t, "names.tsv"))), "names.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	rows, rejected, fatal := drain(t, r.Next, r.Line)
	want := []imdb.Name{
		{ID: "nm0000001", Num: 1, Name: "Fred Astaire", BirthYear: 1899, DeathYear: 1987,
			Professions: []string{"soundtrack", "actor", "miscellaneous"}, KnownFor: []string{"tt0072308", "tt0050419"}},
		{ID: "nm0000002", Num: 2, Name: `Lauren "Betty" Bacall`},
	}
	if fatal != nil || !reflect.DeepEqual(rows, want) || !reflect.DeepEqual(rejected, []string{"4:number"}) {
		t.Errorf("got %+v\nrejected %v fatal %v", rows, rejected, fatal)
	}
}

func TestIDs(t *testing.T) {
	tests := []struct {
		in  string
		num uint32
		ok  bool
	}{
		{"tt0111161", 111161, true},
		{"tt10872600", 10872600, true},
		{"tt0000001", 1, true},
		{"tt111161", 0, false},   // too short
		{"tt00111161", 0, false}, // padded beyond 7 digits
		{"nm0000001", 0, false},  // wrong prefix
		{"tt01111a1", 0, false},
		{"tt99999999999", 0, false},
	}
	for _, tt := range tests {
		num, ok := imdb.ParseTitleID(tt.in)
		if num != tt.num || ok != tt.ok {
			t.Errorf("ParseTitleID(%q) = %d, %v; want %d, %v", tt.in, num, ok, tt.num, tt.ok)
		}
		if ok && imdb.TitleID(num) != tt.in {
			t.Errorf("TitleID(%d) = %q, want %q", num, imdb.TitleID(num), tt.in)
		}
	}
	if imdb.NameID(1) != "nm0000001" {
		t.Errorf("NameID(1) = %q", imdb.NameID(1))
	}
}

func TestLongLine(t *testing.T) {
	long := strings.Repeat("é", 100_000)
	in := "tconst\tdirectors\twriters\ntt0000001\t" + long + "\t\\N\ntt0000002\t\\N\t\\N\n"
	r, err := imdb.NewCrewReader(strings.NewReader(in), "crew.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows, _, fatal := drain(t, r.Next, r.Line)
	if fatal != nil || len(rows) != 2 || rows[0].Directors[0] != long {
		t.Fatalf("long line: %d rows, fatal %v", len(rows), fatal)
	}
}
