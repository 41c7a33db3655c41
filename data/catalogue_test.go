package data_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
)

// fixture is a small catalogue written by hand: two films sharing people,
// a credit naming someone absent from the people, and empty lists.
func fixture() *data.Catalogue {
	films := []data.Film{
		{ID: "tt0211915", Type: "movie", Title: "Amélie", OriginalTitle: "Le fabuleux destin d'Amélie Poulain",
			FrenchTitle: "Le Fabuleux Destin d'Amélie Poulain", Akas: []string{"Amelie", "Die fabelhafte Welt der Amélie"},
			Year: 2001, Runtime: 122, Genres: []string{"Comedy", "Romance"}, Rating: 8.3, Votes: 780000,
			Directors: []string{"nm0000466"}, Writers: []string{"nm0000466", "nm0499724"},
			Credits: []data.Credit{
				{PersonID: "nm0851582", Category: "actress", Characters: []string{"Amélie Poulain"}, Ordering: 1},
				{PersonID: "nm0000466", Category: "director", Ordering: 5},
				{PersonID: "nm9999999", Category: "composer", Job: "music", Ordering: 9},
			},
			TMDBID: 194, OriginalLanguage: "fr", OverviewFR: "Amélie, une jeune serveuse…", OverviewEN: "Amélie is an innocent…",
			PosterPath: "/amelie.jpg", Budget: 10_000_000, Revenue: -1, Countries: []string{"FR", "DE"},
			Keywords: []string{"paris", "montmartre"}, Popularity: 31.5, CollectionID: 0, ReleaseDate: "2001-04-25"},
		{ID: "tt0101765", Type: "movie", Title: "Delicatessen", Year: 1991, Genres: []string{"Comedy"},
			Directors: []string{"nm0000466"}, Adult: false, Countries: []string{"FR"}, OriginalLanguage: "fr",
			Credits: []data.Credit{{PersonID: "nm0000466", Category: "director", Ordering: 1}}},
		{ID: "tt0000001", Type: "short", Title: "Carmencita", Adult: true, Year: 1894, EndYear: -3},
	}
	people := []data.Person{
		{ID: "nm0851582", Name: "Audrey Tautou", BirthYear: 1976, Professions: []string{"actress"}, KnownFor: []string{"tt0211915", "tt9999999"}},
		{ID: "nm0000466", Name: "Jean-Pierre Jeunet", BirthYear: 1953, Professions: []string{"director", "writer"}},
		{ID: "nm0499724", Name: "Guillaume Laurant", DeathYear: 0},
	}
	return data.NewCatalogue(films, people)
}

func encode(t testing.TB, c *data.Catalogue) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := data.WriteCatalogue(&buf, c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sameCatalogue(t *testing.T, got, want *data.Catalogue) {
	t.Helper()
	if !reflect.DeepEqual(got.Films(), want.Films()) {
		t.Errorf("films differ:\n got %+v\nwant %+v", got.Films(), want.Films())
	}
	if !reflect.DeepEqual(got.People(), want.People()) {
		t.Errorf("people differ:\n got %+v\nwant %+v", got.People(), want.People())
	}
	for _, p := range want.People() {
		if !reflect.DeepEqual(got.Roles(p.ID), want.Roles(p.ID)) {
			t.Errorf("roles of %s: got %+v, want %+v", p.ID, got.Roles(p.ID), want.Roles(p.ID))
		}
		// RoleFilms walks the same roles by position.
		var ids []string
		got.RoleFilms(got.PersonIndex(p.ID), func(f int) { ids = append(ids, got.Films()[f].ID) })
		var wantIDs []string
		for _, r := range want.Roles(p.ID) {
			wantIDs = append(wantIDs, r.FilmID)
		}
		if !reflect.DeepEqual(ids, wantIDs) {
			t.Errorf("RoleFilms of %s: %q, want the films of its roles %q", p.ID, ids, wantIDs)
		}
	}
}

func TestCatalogueRoundTrip(t *testing.T) {
	want := fixture()
	b := encode(t, want)
	if !bytes.Equal(b, encode(t, fixture())) {
		t.Error("two writes of the same catalogue differ")
	}
	got, err := data.ReadCatalogue(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	sameCatalogue(t, got, want)

	path := filepath.Join(t.TempDir(), "catalogue.bin")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	opened, err := data.OpenCatalogue(path)
	if err != nil {
		t.Fatal(err)
	}
	sameCatalogue(t, opened, want)
}

func TestCatalogueLookups(t *testing.T) {
	c, err := data.ReadCatalogue(bytes.NewReader(encode(t, fixture())))
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 3 || c.NumPeople() != 3 {
		t.Fatalf("Len %d, people %d, want 3 and 3", c.Len(), c.NumPeople())
	}
	f, err := c.Film("tt0211915")
	if err != nil || f.Title != "Amélie" || c.Films()[c.FilmIndex("tt0211915")].ID != "tt0211915" {
		t.Fatalf("Film(tt0211915) = %v, %v", f, err)
	}
	if _, err := c.Film("tt0211916"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown film: err %v, want ErrNotFound", err)
	}
	if _, err := c.Person("nm9999999"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("credited person absent from people: err %v, want ErrNotFound", err)
	}
	if c.FilmIndex("") != -1 || c.Roles("nm9999999") != nil || c.PersonIndex("nm9999999") != -1 {
		t.Error("an unknown id must give -1 and no roles")
	}
	for i, p := range c.People() {
		if c.PersonIndex(p.ID) != i {
			t.Errorf("PersonIndex(%s) = %d, want %d", p.ID, c.PersonIndex(p.ID), i)
		}
	}
	// Jeunet directed both films and wrote one: one role per film and
	// category, in film id order, the director credit counted once.
	var got []string
	for _, r := range c.Roles("nm0000466") {
		got = append(got, r.FilmID+" "+r.Category)
	}
	want := []string{"tt0101765 director", "tt0211915 director", "tt0211915 writer"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("roles of Jeunet: %q, want %q", got, want)
	}
	if n := c.RoleCount("nm0000466"); n != 3 {
		t.Errorf("RoleCount of Jeunet = %d, want 3", n)
	}
	if r := c.Roles("nm0851582"); len(r) != 1 || r[0].Characters[0] != "Amélie Poulain" {
		t.Errorf("roles of Tautou: %+v, want Amélie Poulain in tt0211915", r)
	}
	// A window of a shared array must not let an append overwrite the next film.
	g := c.Films()[1].Genres // Delicatessen's, just before Amélie's
	_ = append(g, "Horror")
	if c.Films()[2].Genres[0] != "Comedy" {
		t.Error("appending to a film's genres changed another film")
	}
}

func TestOpenCatalogueRefusesBadFiles(t *testing.T) {
	good := encode(t, fixture())
	patch := func(off int, v uint32) []byte {
		b := bytes.Clone(good)
		binary.LittleEndian.PutUint32(b[off:], v)
		return b
	}
	flip := bytes.Clone(good)
	flip[len(flip)/2] ^= 0x40
	// The last byte is the credit of the last role: 63, past its film's credits.
	badRole := bytes.Clone(good)
	badRole[len(badRole)-1] = 63 << 1
	binary.LittleEndian.PutUint32(badRole[24:], crc32c(badRole[32:]))
	oldJSON := []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff") // a gzip header: format 1
	cases := []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "truncated: 0 bytes"},
		{"header cut", good[:20], "truncated: 20 bytes"},
		{"payload cut", good[:len(good)-7], "truncated: header announces"},
		{"trailing bytes", append(bytes.Clone(good), 0, 0), "2 bytes after the end"},
		{"bad magic", append([]byte("NOTBOBIN"), good[8:]...), "bad magic"},
		{"format 1 gzip JSON", append(oldJSON, good[10:]...), "bad magic"},
		{"other version", patch(8, 99), "format version 99, this build reads 2"},
		{"flipped byte", flip, "checksum mismatch"},
		{"role out of range", badRole, "credit 63 out of range"},
	}
	dir := t.TempDir()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".bin")
			if err := os.WriteFile(path, tc.b, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := data.OpenCatalogue(path)
			if !errors.Is(err, data.ErrCatalogueFormat) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("err %v, want ErrCatalogueFormat naming %s and saying %q", err, path, tc.want)
			}
		})
	}
}

// FuzzReadCatalogue feeds damaged catalogues to the reader, including ones
// whose checksum is made right again so that the content checks are
// reached: it must return an error or a catalogue, never panic.
func FuzzReadCatalogue(f *testing.F) {
	good := encode(f, fixture())
	f.Add(good, false)
	f.Add(good[:100], true)
	f.Fuzz(func(t *testing.T, b []byte, fixSum bool) {
		if fixSum && len(b) >= 32 {
			b = bytes.Clone(b)
			binary.LittleEndian.PutUint64(b[16:], uint64(len(b)-32))
			binary.LittleEndian.PutUint32(b[24:], crc32c(b[32:]))
		}
		c, err := data.ReadCatalogue(bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, data.ErrCatalogueFormat) {
				t.Fatalf("error %v does not wrap ErrCatalogueFormat", err)
			}
			return
		}
		for _, f := range c.Films() {
			_ = c.FilmIndex(f.ID)
		}
		for _, p := range c.People() {
			_ = c.Roles(p.ID)
		}
	})
}

func TestWriteCatalogueRefusesRepeatedIDs(t *testing.T) {
	c := data.NewCatalogue([]data.Film{{ID: "tt0000002", Title: "Le Clown et ses chiens"}, {ID: "tt0000002", Title: "Pauvre Pierrot"}}, nil)
	err := data.WriteCatalogue(io.Discard, c)
	if err == nil || !strings.Contains(err.Error(), `film id "tt0000002" repeated`) {
		t.Errorf("err %v, want the repeated id named", err)
	}
}

// fill sets every field of the struct v points to a non-zero value, so
// that a field added to Film, Credit or Person but forgotten by the
// catalogue file shows in the round trip below.
func fill(t *testing.T, v reflect.Value, n int) {
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString(fmt.Sprintf("%s-%d", v.Type().Field(i).Name, n))
		case reflect.Int, reflect.Int64:
			f.SetInt(int64(n + i + 1))
		case reflect.Float64:
			f.SetFloat(float64(n+i) + 0.5)
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Slice:
			switch f.Type().Elem().Kind() {
			case reflect.String:
				f.Set(reflect.ValueOf([]string{fmt.Sprintf("%s-%d-a", v.Type().Field(i).Name, n), "b"}))
			case reflect.Struct:
				s := reflect.MakeSlice(f.Type(), 1, 1)
				fill(t, s.Index(0), n)
				f.Set(s)
			default:
				t.Fatalf("field %s: no test value for %s", v.Type().Field(i).Name, f.Type())
			}
		default:
			t.Fatalf("field %s: no test value for %s", v.Type().Field(i).Name, f.Type())
		}
	}
}

func TestCatalogueKeepsEveryField(t *testing.T) {
	films, people := make([]data.Film, 2), make([]data.Person, 2)
	for i := range films {
		fill(t, reflect.ValueOf(&films[i]).Elem(), i)
		fill(t, reflect.ValueOf(&people[i]).Elem(), i)
	}
	want := data.NewCatalogue(films, people)
	got, err := data.ReadCatalogue(bytes.NewReader(encode(t, want)))
	if err != nil {
		t.Fatal(err)
	}
	sameCatalogue(t, got, want)
}

// The file stores each id and each short repeated string once, however
// many records name it: a full catalogue's people are credited millions of
// times. Writing twice gives the same bytes.
func TestWriteCatalogueStoresStringsOnce(t *testing.T) {
	var films []data.Film
	for i := range 50 {
		films = append(films, data.Film{ID: fmt.Sprintf("tt%07d", i+1), Title: fmt.Sprintf("Film %d", i),
			Directors: []string{"nm0000001"}, Keywords: []string{"heist"},
			Credits: []data.Credit{{PersonID: "nm0000001", Category: "actor", Characters: []string{"Himself"}},
				{PersonID: "nm0000009", Category: "actress", Job: "voice"}}})
	}
	// NewCatalogue empties the people it is given: each catalogue gets its own.
	people := func() []data.Person {
		return []data.Person{{ID: "nm0000001", Name: "Jean Gabin", KnownFor: []string{"tt0000003", "tt0000007"}}}
	}
	var a, b bytes.Buffer
	if err := data.WriteCatalogue(&a, data.NewCatalogue(films, people())); err != nil {
		t.Fatal(err)
	}
	if err := data.WriteCatalogue(&b, data.NewCatalogue(films, people())); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of one catalogue differ")
	}
	for s, want := range map[string]int{"nm0000001": 1, "nm0000009": 1, "tt0000003": 1, "heist": 1, "Himself": 1, "voice": 1, "Film 1": 11} {
		if got := bytes.Count(a.Bytes(), []byte(s)); got != want {
			t.Errorf("%q stored %d times, want %d", s, got, want)
		}
	}
	c, err := data.ReadCatalogue(&a)
	if err != nil {
		t.Fatal(err)
	}
	f, err := c.Film("tt0000050")
	if err != nil || f.Credits[0].PersonID != "nm0000001" || f.Credits[1].PersonID != "nm0000009" || f.Directors[0] != "nm0000001" {
		t.Errorf("film read back: %+v, %v", f, err)
	}
	if p, _ := c.Person("nm0000001"); p == nil || p.KnownFor[1] != "tt0000007" {
		t.Errorf("person read back: %+v", p)
	}
}
