package data

import (
	"context"
	"fmt"
	"hash/maphash"
	"slices"
	"sort"
	"unsafe"
)

// Catalogue is the cleaned set of films and people Bobine recommends from.
// Build one with NewCatalogue or read one with OpenCatalogue or
// ReadCatalogue; it is read-only afterwards and safe for concurrent use.
//
// A catalogue read from a file costs what it holds: every string of it
// (ids, titles, names, synopses, keywords...) is a view into one byte arena
// that is mapped from the file or read in one piece, every list of a film
// is a window of one shared array per kind, small vocabularies (types,
// genres, countries, languages, credit categories, professions) are stored
// once, and the lookups by id and the roles of each person are integer
// tables. People, the largest part of a big catalogue (637,000 at 70,000
// films), are pointer-free records: offsets into the arena, integers and
// a code for their professions; a Person is built when asked for
// (PersonAt, Person), and PersonID and PersonName read one field without
// building it. The garbage collector sees a handful of large objects
// instead of millions of small ones, and the arena itself, when mapped, is
// outside the Go heap. The films, credits and their list arrays hold
// string and slice headers (the []Film every package reads); when the
// arena is mapped (Linux) they are decoded outside the Go heap too, so
// that the collector neither counts nor scans them (see OpenCatalogue);
// the people, lookup and role tables hold no pointers.
type Catalogue struct {
	films    []Film
	people   []personRec
	filmAt   idTable // film id -> position in films
	personAt idTable // person id -> position in people
	// KnownFor of person p is knownFor[known[p]:known[p+1]].
	known    []uint32
	knownFor []sref
	profSets [][]string // distinct lists of professions; people refer to them by index
	text     []byte     // the people's strings: the file's arena, or built by NewCatalogue
	// Roles of person p are roles[roleStart[p]:roleStart[p+1]], in film
	// order: integers only, materialised as []Role on request.
	roleStart []int32
	roles     []roleRef
	arena     []byte // backing store of a catalogue read from a file; nil when built in memory
	mapped    bool   // arena is a read-only mapping of the file
	// records, when not nil, is the read-only memory outside the Go heap
	// that holds films, credits and their lists (see decodeCatalogue);
	// its pages are given back once the catalogue is unreachable.
	records     []byte
	recordsFile bool // records map a scratch file (see offHeap)
	// tables, when not nil, is a scratch file's read-only mapping that
	// holds people, roleStart, roles, known, knownFor and the id tables'
	// slots (see mapTables).
	tables []byte
}

// sref is a string of the catalogue's text: text[off:off+n].
type sref struct{ off, n uint32 }

// personRec is a Person without pointers.
type personRec struct {
	id, name     sref
	birth, death int32
	prof         uint32 // index into profSets
}

// str returns the string r of the catalogue's text.
func (c *Catalogue) str(r sref) string {
	if r.n == 0 {
		return ""
	}
	return unsafe.String(&c.text[r.off], int(r.n))
}

// peopleBuilder turns Persons into records; ref gives the sref of a string.
type peopleBuilder struct {
	c       *Catalogue
	ref     func(s string) sref
	profKey map[string]uint32
	key     []byte
}

func newPeopleBuilder(c *Catalogue, n int, ref func(s string) sref) *peopleBuilder {
	c.people = make([]personRec, 0, n)
	c.known = make([]uint32, 1, n+1)
	c.profSets = [][]string{nil}
	return &peopleBuilder{c: c, ref: ref, profKey: map[string]uint32{"": 0}}
}

func (b *peopleBuilder) add(p *Person) {
	c := b.c
	b.key = b.key[:0]
	for _, x := range p.Professions {
		b.key = append(b.key, x...)
		b.key = append(b.key, 0)
	}
	code, ok := b.profKey[string(b.key)]
	if !ok {
		code = uint32(len(c.profSets))
		b.profKey[string(b.key)] = code
		c.profSets = append(c.profSets, slices.Clone(p.Professions))
	}
	c.people = append(c.people, personRec{id: b.ref(p.ID), name: b.ref(p.Name),
		birth: int32(p.BirthYear), death: int32(p.DeathYear), prof: code})
	for _, k := range p.KnownFor {
		c.knownFor = append(c.knownFor, b.ref(k))
	}
	c.known = append(c.known, uint32(len(c.knownFor)))
}

// NewCatalogue indexes films and people. It sorts both by id and takes
// ownership of the slices (people is emptied as it is read into the
// catalogue's records). Credits naming a person absent from people are
// kept on the film but give no Role.
func NewCatalogue(films []Film, people []Person) *Catalogue {
	// The dumps come sorted by id: checking is linear, sorting millions of
	// records is not.
	if !sort.SliceIsSorted(films, func(i, j int) bool { return films[i].ID < films[j].ID }) {
		sort.Slice(films, func(i, j int) bool { return films[i].ID < films[j].ID })
	}
	if !sort.SliceIsSorted(people, func(i, j int) bool { return people[i].ID < people[j].ID }) {
		sort.Slice(people, func(i, j int) bool { return people[i].ID < people[j].ID })
	}
	c := &Catalogue{films: films}
	size := 0
	for i := range people {
		size += len(people[i].ID) + len(people[i].Name)
		for _, k := range people[i].KnownFor {
			size += len(k)
		}
	}
	c.text = make([]byte, 0, size)
	b := newPeopleBuilder(c, len(people), func(s string) sref {
		r := sref{off: uint32(len(c.text)), n: uint32(len(s))}
		c.text = append(c.text, s...)
		return r
	})
	for i := range people {
		b.add(&people[i])
		people[i] = Person{} // let its strings go as the records take them
	}
	c.indexIDs()
	c.indexRoles()
	return c
}

// indexIDs builds the lookup tables by id.
func (c *Catalogue) indexIDs() {
	c.indexIDsContext(context.Background()) // a background context is never cancelled
}

// indexIDsContext is indexIDs, stopped with ctx's error when ctx ends (the
// people's table takes seconds at the full IMDb size).
func (c *Catalogue) indexIDsContext(ctx context.Context) error {
	var err error
	if c.filmAt, err = newIDTable(ctx, len(c.films), func(i int) string { return c.films[i].ID }); err != nil {
		return err
	}
	c.personAt, err = newIDTable(ctx, len(c.people), c.PersonID)
	return err
}

// roleRef is one role of a person: the film's position and the credit of
// it (an index into Credits, or roleDirector or roleWriter).
type roleRef struct {
	film, credit int32
}

const (
	roleDirector = -1
	roleWriter   = -2
)

// indexRoles builds the roles of every person from the films' credits,
// directors and writers: what WriteCatalogue stores, so that reading a
// catalogue does not redo it.
func (c *Catalogue) indexRoles() {
	// Two passes over the credits: count the roles of each person, then
	// fill one shared array, so that roles cost one allocation.
	type seenRole struct {
		person   int32
		category string
	}
	count := make([]int32, len(c.people)+1)
	var seen []seenRole
	each := func(fi int, fn func(p int32, r roleRef)) {
		f := &c.films[fi]
		seen = seen[:0]
		add := func(pid, category string, credit int32) {
			p := c.personAt.find(pid)
			if p < 0 {
				return
			}
			for _, s := range seen {
				if s.person == p && s.category == category {
					return
				}
			}
			seen = append(seen, seenRole{p, category})
			fn(p, roleRef{film: int32(fi), credit: credit})
		}
		for k, cr := range f.Credits {
			add(cr.PersonID, cr.Category, int32(k))
		}
		for _, d := range f.Directors {
			add(d, "director", roleDirector)
		}
		for _, w := range f.Writers {
			add(w, "writer", roleWriter)
		}
	}
	for i := range c.films {
		each(i, func(p int32, _ roleRef) { count[p+1]++ })
	}
	for p := 1; p < len(count); p++ {
		count[p] += count[p-1]
	}
	c.roleStart = count
	c.roles = make([]roleRef, count[len(count)-1])
	next := make([]int32, len(c.people))
	copy(next, count)
	for i := range c.films {
		each(i, func(p int32, r roleRef) {
			c.roles[next[p]] = r
			next[p]++
		})
	}
}

// Len returns the number of films.
func (c *Catalogue) Len() int { return len(c.films) }

// Films returns every title, sorted by id. The slice must not be modified.
func (c *Catalogue) Films() []Film { return c.films }

// NumPeople returns the number of people.
func (c *Catalogue) NumPeople() int { return len(c.people) }

// PersonID returns the id of the person at position i (0 <= i < NumPeople()).
func (c *Catalogue) PersonID(i int) string { return c.str(c.people[i].id) }

// PersonName returns the name of the person at position i.
func (c *Catalogue) PersonName(i int) string { return c.str(c.people[i].name) }

// PersonBirthYear returns the birth year of the person at position i, 0
// when unknown.
func (c *Catalogue) PersonBirthYear(i int) int { return int(c.people[i].birth) }

// PersonAt returns the person at position i, built from its record: its
// strings are the catalogue's, its KnownFor is a new slice, and its
// Professions must not be modified (every person of the same professions
// shares them).
func (c *Catalogue) PersonAt(i int) Person {
	var p Person
	c.personInto(i, &p, nil)
	return p
}

// personInto sets *p to the person at position i, its KnownFor appended to
// known[:0] (nil: a new slice), so that a walk over millions of people can
// reuse one slice instead of allocating one each.
func (c *Catalogue) personInto(i int, p *Person, known []string) {
	r := &c.people[i]
	*p = Person{ID: c.str(r.id), Name: c.str(r.name), BirthYear: int(r.birth), DeathYear: int(r.death), Professions: c.profSets[r.prof]}
	if lo, hi := c.known[i], c.known[i+1]; hi > lo {
		if known == nil {
			known = make([]string, 0, hi-lo)
		}
		known = known[:0]
		for _, ref := range c.knownFor[lo:hi] {
			known = append(known, c.str(ref))
		}
		p.KnownFor = known
	}
}

// People returns every person, sorted by id, built anew on each call: for
// tests and tools; a server walks NumPeople with PersonAt, PersonID or
// PersonName instead.
func (c *Catalogue) People() []Person {
	out := make([]Person, len(c.people))
	for i := range out {
		out[i] = c.PersonAt(i)
	}
	return out
}

// PersonIndex returns the position of a person (see PersonAt), or -1.
func (c *Catalogue) PersonIndex(id string) int { return int(c.personAt.find(id)) }

// Film returns the title with the given tconst, or an error wrapping ErrNotFound.
func (c *Catalogue) Film(id string) (*Film, error) {
	i := c.filmAt.find(id)
	if i < 0 {
		return nil, fmt.Errorf("data: %w", NotFoundf("film %q", id))
	}
	return &c.films[i], nil
}

// Person returns the person with the given nconst, built anew (see
// PersonAt), or an error wrapping ErrNotFound.
func (c *Catalogue) Person(id string) (*Person, error) {
	i := c.personAt.find(id)
	if i < 0 {
		return nil, fmt.Errorf("data: %w", NotFoundf("person %q", id))
	}
	p := c.PersonAt(int(i))
	return &p, nil
}

// Roles returns the credits of a person across the catalogue (principals,
// directors and writers, one Role per film and category), in film id order,
// nil for an unknown person. The slice is the caller's: it is built on each
// call (one allocation), the strings in it are the films'. RoleCount is the
// cheap way to ask how many.
func (c *Catalogue) Roles(personID string) []Role {
	p := c.personAt.find(personID)
	if p < 0 || c.roleStart[p] == c.roleStart[p+1] {
		return nil
	}
	refs := c.roles[c.roleStart[p]:c.roleStart[p+1]]
	out := make([]Role, len(refs))
	for i, r := range refs {
		f := &c.films[r.film]
		switch r.credit {
		case roleDirector:
			out[i] = Role{FilmID: f.ID, Category: "director"}
		case roleWriter:
			out[i] = Role{FilmID: f.ID, Category: "writer"}
		default:
			cr := &f.Credits[r.credit]
			out[i] = Role{FilmID: f.ID, Category: cr.Category, Job: cr.Job, Characters: cr.Characters}
		}
	}
	return out
}

// RoleFilms calls fn with the position in Films() of the film of each
// role of the person at position i (0 <= i < NumPeople()), in the order of
// Roles: what a walk over millions of people needs from their roles,
// without building them or looking anything up by id.
func (c *Catalogue) RoleFilms(i int, fn func(film int)) {
	for _, r := range c.roles[c.roleStart[i]:c.roleStart[i+1]] {
		fn(int(r.film))
	}
}

// RoleCount returns len(Roles(personID)) without building them.
func (c *Catalogue) RoleCount(personID string) int {
	p := c.personAt.find(personID)
	if p < 0 {
		return 0
	}
	return int(c.roleStart[p+1] - c.roleStart[p])
}

// FilmIndex returns the position of a film in Films(), or -1.
func (c *Catalogue) FilmIndex(id string) int { return int(c.filmAt.find(id)) }

// idTable finds the position of an id among n sorted ids with an
// open-addressing hash table of positions: integers only, so the garbage
// collector never scans it, unlike a map[string]int.
type idTable struct {
	seed  maphash.Seed
	slots []int32 // position+1, 0 for an empty slot; len is a power of two
	id    func(i int) string
}

func newIDTable(ctx context.Context, n int, id func(i int) string) (idTable, error) {
	size := 1
	for size < 2*n {
		size <<= 1
	}
	t := idTable{seed: maphash.MakeSeed(), slots: make([]int32, size), id: id}
	mask := uint64(size - 1)
	for i := 0; i < n; i++ {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return idTable{}, ctx.Err()
		}
		h := maphash.String(t.seed, id(i)) & mask
		for t.slots[h] != 0 {
			h = (h + 1) & mask
		}
		t.slots[h] = int32(i + 1)
	}
	return t, nil
}

// find returns the position of id, or -1. The first of equal ids wins.
func (t *idTable) find(id string) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint64(len(t.slots) - 1)
	for h := maphash.String(t.seed, id) & mask; t.slots[h] != 0; h = (h + 1) & mask {
		if i := t.slots[h] - 1; t.id(int(i)) == id {
			return i
		}
	}
	return -1
}
