package data

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// CatalogueVersion is the on-disk format version of a written catalogue.
// ReadCatalogue refuses any other version.
const CatalogueVersion = 1

// Catalogue is the cleaned set of films and people Bobine recommends from.
// Build one with NewCatalogue; it is read-only afterwards and safe for
// concurrent use.
type Catalogue struct {
	films     []Film
	people    []Person
	filmIdx   map[string]int
	personIdx map[string]int
	roles     map[string][]Role // person id -> roles, films in catalogue order
}

// NewCatalogue indexes films and people. It sorts both by id and takes
// ownership of the slices. Credits naming a person absent from people are
// kept on the film but give no Role.
func NewCatalogue(films []Film, people []Person) *Catalogue {
	sort.Slice(films, func(i, j int) bool { return films[i].ID < films[j].ID })
	sort.Slice(people, func(i, j int) bool { return people[i].ID < people[j].ID })
	c := &Catalogue{
		films:     films,
		people:    people,
		filmIdx:   make(map[string]int, len(films)),
		personIdx: make(map[string]int, len(people)),
		roles:     make(map[string][]Role),
	}
	for i := range films {
		c.filmIdx[films[i].ID] = i
	}
	for i := range people {
		c.personIdx[people[i].ID] = i
	}
	for i := range films {
		f := &films[i]
		seen := make(map[[2]string]bool)
		add := func(r Role, pid string) {
			k := [2]string{pid, r.Category}
			if seen[k] {
				return
			}
			seen[k] = true
			if _, ok := c.personIdx[pid]; ok {
				c.roles[pid] = append(c.roles[pid], r)
			}
		}
		for _, cr := range f.Credits {
			add(Role{FilmID: f.ID, Category: cr.Category, Job: cr.Job, Characters: cr.Characters}, cr.PersonID)
		}
		for _, d := range f.Directors {
			add(Role{FilmID: f.ID, Category: "director"}, d)
		}
		for _, w := range f.Writers {
			add(Role{FilmID: f.ID, Category: "writer"}, w)
		}
	}
	return c
}

// Films returns every title, sorted by id. The slice must not be modified.
func (c *Catalogue) Films() []Film { return c.films }

// People returns every person, sorted by id. The slice must not be modified.
func (c *Catalogue) People() []Person { return c.people }

// Film returns the title with the given tconst, or an error wrapping ErrNotFound.
func (c *Catalogue) Film(id string) (*Film, error) {
	i, ok := c.filmIdx[id]
	if !ok {
		return nil, fmt.Errorf("data: %w", NotFoundf("film %q", id))
	}
	return &c.films[i], nil
}

// Person returns the person with the given nconst, or an error wrapping ErrNotFound.
func (c *Catalogue) Person(id string) (*Person, error) {
	i, ok := c.personIdx[id]
	if !ok {
		return nil, fmt.Errorf("data: %w", NotFoundf("person %q", id))
	}
	return &c.people[i], nil
}

// Roles returns the credits of a person across the catalogue (principals,
// directors and writers, one Role per film and category), in film id order.
func (c *Catalogue) Roles(personID string) []Role { return c.roles[personID] }

// FilmIndex returns the position of a film in Films(), or -1.
func (c *Catalogue) FilmIndex(id string) int {
	if i, ok := c.filmIdx[id]; ok {
		return i
	}
	return -1
}

type catalogueFile struct {
	Version int      `json:"version"`
	Films   []Film   `json:"films"`
	People  []Person `json:"people"`
}

// WriteCatalogue writes c as gzipped JSON. The output is deterministic: the
// same catalogue always gives the same bytes.
func WriteCatalogue(w io.Writer, c *Catalogue) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestSpeed)
	if err != nil {
		return fmt.Errorf("data: write catalogue: %w", err)
	}
	bw := bufio.NewWriterSize(zw, 1<<20)
	enc := json.NewEncoder(bw)
	if err := enc.Encode(catalogueFile{Version: CatalogueVersion, Films: c.films, People: c.people}); err != nil {
		return fmt.Errorf("data: write catalogue: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("data: write catalogue: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("data: write catalogue: %w", err)
	}
	return nil
}

// ReadCatalogue reads a catalogue written by WriteCatalogue.
func ReadCatalogue(r io.Reader) (*Catalogue, error) {
	zr, err := gzip.NewReader(bufio.NewReaderSize(r, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("data: read catalogue: %w", err)
	}
	defer zr.Close()
	var f catalogueFile
	if err := json.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("data: read catalogue: %w", err)
	}
	if f.Version != CatalogueVersion {
		return nil, fmt.Errorf("data: read catalogue: format version %d, this build reads %d: re-run `bobine index`", f.Version, CatalogueVersion)
	}
	return NewCatalogue(f.Films, f.People), nil
}
