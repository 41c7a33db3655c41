package data

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"runtime"
	"unsafe"
)

// CatalogueVersion is the on-disk format version of a written catalogue.
// Readers refuse any other version. Version 1 was gzipped JSON; version 2
// is the binary form described at WriteCatalogue.
const CatalogueVersion = 2

// ErrCatalogueFormat is wrapped by every error reading a catalogue file
// that is not a complete catalogue of this version: bad magic, other
// version, truncated, checksum mismatch, malformed content.
var ErrCatalogueFormat = errors.New("not a valid catalogue file")

// catalogueMagic opens every catalogue file.
var catalogueMagic = [8]byte{'B', 'O', 'B', 'I', 'N', 'E', 'C', 'A'}

const headerSize = 32

// Vocabularies: fields whose few distinct values are stored once and
// referred to by a code.
const (
	vocType = iota
	vocGenre
	vocCountry
	vocLanguage
	vocCategory
	vocProfession
	vocKinds
)

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// WriteCatalogue writes c in the binary catalogue format, version
// CatalogueVersion. The output is deterministic: the same catalogue always
// gives the same bytes.
//
// Layout, little-endian: a 32-byte header (magic "BOBINECA", uint32
// version, uint32 flags (0), uint64 payload length, uint32 CRC-32C of the
// payload, 4 zero bytes) then the payload: the string arena (uvarint
// length, bytes: every distinct string once), the vocabularies (for each
// kind, uvarint count, then strings), the counts of films, people, list
// items and credits (uvarints), the films and the people, field by field
// in the order of filmFields and personFields, then the roles: for each
// person the number of roles, then for each role the film's position
// (uvarint) and the index of the credit in it, -1 for director, -2 for
// writer (varint). A string is a uvarint
// offset and a uvarint length into the arena; a vocabulary value is a
// uvarint code; an integer is a zig-zag varint; a float is 8 bytes; a list
// is a uvarint count then its items.
func WriteCatalogue(w io.Writer, c *Catalogue) error {
	// A reader refuses ids out of order or repeated: refuse to write them.
	for i := 1; i < len(c.films); i++ {
		if c.films[i-1].ID >= c.films[i].ID {
			return fmt.Errorf("data: write catalogue: film id %q repeated or out of order", c.films[i].ID)
		}
	}
	for i := 1; i < len(c.people); i++ {
		if c.PersonID(i-1) >= c.PersonID(i) {
			return fmt.Errorf("data: write catalogue: person id %q repeated or out of order", c.PersonID(i))
		}
	}
	// The records come after the arena and the counts, which are known
	// only once every record is encoded, and the header's checksum covers
	// them all. Neither the records nor the arena are held (each is
	// hundreds of MB at 1.4 M titles): a first walk checksums the arena's
	// bytes and the records' apart, the checksums are put together, and
	// two more walks, which give the same offsets, write the arena and then
	// the records.
	enc := newEncoder(c)
	arenaCRC, recCRC := crc32.New(crcTable), crc32.New(crcTable)
	var recLen countWriter
	enc.walk(arenaCRC, io.MultiWriter(recCRC, &recLen))
	head, tail := enc.head(), enc.tail(c)
	sum := crc32Combine(crc32.Checksum(head, crcTable), arenaCRC.Sum32(), uint64(enc.alen))
	sum = crc32.Update(sum, crcTable, tail)
	sum = crc32Combine(sum, recCRC.Sum32(), recLen.n)
	body := uint64(len(head)+len(tail)) + uint64(enc.alen) + recLen.n

	var h [headerSize]byte
	copy(h[:8], catalogueMagic[:])
	binary.LittleEndian.PutUint32(h[8:], CatalogueVersion)
	binary.LittleEndian.PutUint64(h[16:], body)
	binary.LittleEndian.PutUint32(h[24:], sum)
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.Write(h[:])
	bw.Write(head)
	again := crc32.New(crcTable)
	enc.walk(io.MultiWriter(bw, again), nil)
	if enc.err == nil && again.Sum32() != arenaCRC.Sum32() {
		enc.err = errors.New("arena encoded differently on the second walk")
	}
	bw.Write(tail)
	again.Reset()
	enc.walk(nil, io.MultiWriter(bw, again))
	if enc.err == nil && again.Sum32() != recCRC.Sum32() {
		enc.err = errors.New("records encoded differently on the third walk")
	}
	if enc.err == nil {
		enc.err = bw.Flush()
	}
	if enc.err != nil {
		return fmt.Errorf("data: write catalogue: %w", enc.err)
	}
	return nil
}

// crc32Combine returns the CRC-32C of a+b from crc1 of a, crc2 of b and
// the length of b (zlib's crc32_combine: appending n zero bits to a CRC is
// a linear map, squared up from one bit).
func crc32Combine(crc1, crc2 uint32, len2 uint64) uint32 {
	if len2 == 0 {
		return crc1
	}
	times := func(m *[32]uint32, v uint32) uint32 {
		var s uint32
		for i := 0; v != 0; i, v = i+1, v>>1 {
			if v&1 != 0 {
				s ^= m[i]
			}
		}
		return s
	}
	square := func(sq, m *[32]uint32) {
		for i := range sq {
			sq[i] = times(m, m[i])
		}
	}
	var even, odd [32]uint32
	odd[0] = crc32.Castagnoli // the operator of one zero bit
	for i, row := 1, uint32(1); i < 32; i, row = i+1, row<<1 {
		odd[i] = row
	}
	square(&even, &odd) // two zero bits
	square(&odd, &even) // four
	for {
		square(&even, &odd)
		if len2&1 != 0 {
			crc1 = times(&even, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
		square(&odd, &even)
		if len2&1 != 0 {
			crc1 = times(&odd, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
	}
	return crc1 ^ crc2
}

type countWriter struct{ n uint64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += uint64(len(p)); return len(p), nil }

// ReadCatalogue reads a catalogue written by WriteCatalogue, in one piece
// into memory. Errors wrap ErrCatalogueFormat when the bytes are not a
// catalogue of this version.
func ReadCatalogue(r io.Reader) (*Catalogue, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("data: read catalogue: %w", err)
	}
	c, err := decodeCatalogue(context.Background(), b, false)
	if err != nil {
		return nil, fmt.Errorf("data: read catalogue: %w", err)
	}
	return c, nil
}

// OpenCatalogue reads the catalogue file at path. On unix it maps the file
// read-only, so that its strings are never copied nor on the Go heap, and
// on Linux it decodes the films, their credits and their lists into
// read-only memory outside the Go heap (see decodeCatalogue): they must
// never be written to, and a *Film kept after the catalogue is unreachable
// reads as an empty film. The
// mapping lives as long as the process, since strings of the catalogue may
// be kept anywhere; the file must be replaced by a rename (as the indexer
// does), never rewritten in place, or reads of the mapping may fault.
// Elsewhere, or when mapping fails, it reads the file in
// one piece. Errors name the file and wrap ErrCatalogueFormat when it is
// not a catalogue of this version.
func OpenCatalogue(path string) (*Catalogue, error) {
	return OpenCatalogueContext(context.Background(), path)
}

// OpenCatalogueContext is OpenCatalogue, stopped when ctx ends: a
// cancelled decoding returns ctx's error within a few thousand records
// (at the full IMDb size the whole takes minutes).
func OpenCatalogueContext(ctx context.Context, path string) (*Catalogue, error) {
	b, mapped, err := MapFile(path)
	if err != nil {
		return nil, fmt.Errorf("data: open catalogue: %w", err)
	}
	c, err := decodeCatalogue(ctx, b, mapped)
	if err != nil {
		if mapped {
			unmapFile(b)
		}
		return nil, fmt.Errorf("data: open catalogue %s: %w", path, err)
	}
	c.mapped = mapped
	// Decoding read every page; a server then reads the strings its
	// requests show (titles of a few films, synopses of fewer).
	Evict(b, mapped)
	return c, nil
}

// Evict lets the pages of a mapped catalogue file leave the resident set
// (see the function Evict): to call once whatever reads the whole
// catalogue at start (search and recommendation indexes) has read it;
// requests then bring back only the pages they read. A no-op for a
// catalogue not mapped.
//
// The films and credits decoded outside the Go heap, the people and the
// integer tables leave it too when they are a scratch file's pages (see
// offHeap, mapTables): the kernel reads them back from the page cache, or
// from the file once it has taken the pages back.
func (c *Catalogue) Evict() {
	Evict(c.arena, c.mapped)
	Evict(c.records, c.recordsFile)
	Evict(c.tables, len(c.tables) > 0)
}

// Records returns the address and size of the memory outside the Go heap
// that holds the films, their credits and their lists (see OpenCatalogue),
// 0 and 0 when they are on the heap: for a report of where resident memory
// goes.
func (c *Catalogue) Records() (start uintptr, size int) {
	if len(c.records) == 0 {
		return 0, 0
	}
	return uintptr(unsafe.Pointer(&c.records[0])), len(c.records)
}

// RecordsInFile reports whether the memory Records describes is a mapping
// of a scratch file, whose pages the kernel can take back (see Evict),
// rather than anonymous memory that stays resident.
func (c *Catalogue) RecordsInFile() bool { return c.recordsFile }

// Mapped reports whether the catalogue's strings live in a read-only
// mapping of its file rather than on the Go heap.
func (c *Catalogue) Mapped() bool { return c.mapped }

func formatErr(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrCatalogueFormat}, args...)...)
}

// decodeCatalogue decodes a whole catalogue file; the strings of the
// result are views into b, which must never change afterwards. When b is a
// mapping of the file (mapped), the films, their credits and their lists
// are decoded outside the Go heap too (see offHeap): they then point only
// at the mapping and at each other, and the garbage collector, which would
// otherwise count them in the live heap and mark them at every cycle (1.4
// GB at the full IMDb size), never sees them.
func decodeCatalogue(ctx context.Context, b []byte, mapped bool) (*Catalogue, error) {
	if len(b) < headerSize {
		if len(b) >= 8 && !bytes.Equal(b[:8], catalogueMagic[:]) {
			return nil, formatErr("bad magic %q (not a catalogue, or one written before format 2: re-run `bobine index`)", b[:8])
		}
		return nil, formatErr("truncated: %d bytes, shorter than the %d-byte header", len(b), headerSize)
	}
	if !bytes.Equal(b[:8], catalogueMagic[:]) {
		return nil, formatErr("bad magic %q (not a catalogue, or one written before format 2: re-run `bobine index`)", b[:8])
	}
	if v := binary.LittleEndian.Uint32(b[8:]); v != CatalogueVersion {
		return nil, formatErr("format version %d, this build reads %d: re-run `bobine index`", v, CatalogueVersion)
	}
	n := binary.LittleEndian.Uint64(b[16:])
	body := b[headerSize:]
	if uint64(len(body)) != n {
		if uint64(len(body)) < n {
			return nil, formatErr("truncated: header announces %d bytes of payload, file holds %d", n, len(body))
		}
		return nil, formatErr("%d bytes after the end of the payload", uint64(len(body))-n)
	}
	var sum uint32
	for rest := body; len(rest) > 0; {
		// By pieces, so that a cancellation is seen: the whole is
		// 700 MB at the full IMDb size, read from disk the first time.
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		piece := rest[:min(len(rest), 4<<20)]
		sum, rest = crc32.Update(sum, crcTable, piece), rest[len(piece):]
	}
	if sum != binary.LittleEndian.Uint32(b[24:]) {
		return nil, formatErr("checksum mismatch (damaged file)")
	}
	d := &decoder{in: body}
	alen := d.uvarint("arena length")
	if d.err == nil && alen > uint64(len(d.in)) {
		d.fail("arena of %d bytes past the end", alen)
	}
	if d.err != nil {
		return nil, d.err
	}
	if alen > math.MaxUint32 {
		return nil, formatErr("arena of %d bytes, more than 4 GiB", alen)
	}
	d.arena, d.in = d.in[:alen], d.in[alen:]
	for k := range d.vocab {
		m := d.count("vocabulary")
		d.vocab[k] = make([]string, 0, m)
		for range m {
			d.vocab[k] = append(d.vocab[k], d.string("vocabulary value"))
		}
	}
	nFilms, nPeople, nItems, nCredits := d.count("films"), d.count("people"), d.count("list items"), d.count("credits")
	if d.err != nil {
		return nil, d.err
	}
	d.itemsLeft = nItems
	c := &Catalogue{arena: b, text: d.arena}
	filmSize, creditSize, itemSize := unsafe.Sizeof(Film{}), unsafe.Sizeof(Credit{}), unsafe.Sizeof("")
	var h offHeap
	if mapped {
		h, mapped = newOffHeap(int(uintptr(nFilms)*filmSize+uintptr(nCredits)*creditSize+uintptr(nItems)*itemSize) + 32)
	}
	if mapped {
		c.records, c.recordsFile = h.all, h.file
		c.films = unsafe.Slice((*Film)(h.take(uintptr(nFilms)*filmSize)), nFilms)
		d.creditPool = unsafe.Slice((*Credit)(h.take(uintptr(nCredits)*creditSize)), nCredits)
		// One window per list, taken in turn; the people's lists go to
		// the scratch array, so the end of this one is never written nor
		// resident.
		d.items = unsafe.Slice((*string)(h.take(uintptr(nItems)*itemSize)), nItems)
	} else {
		c.films = make([]Film, nFilms)
		d.creditPool = make([]Credit, nCredits)
	}
	fail := func(err error) (*Catalogue, error) {
		h.discard()
		return nil, err
	}
	for i := range c.films {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return fail(ctx.Err())
		}
		filmFields(d, &c.films[i])
		if d.err != nil {
			return fail(fmt.Errorf("film %d: %w", i, d.err))
		}
	}
	// People become records (personRec): their strings are views of the
	// arena, so a string's place in it is its offset; their lists are read
	// into a scratch array reused from one person to the next.
	var base uintptr
	if len(d.arena) > 0 {
		base = uintptr(unsafe.Pointer(&d.arena[0]))
	}
	pb := newPeopleBuilder(c, nPeople, func(s string) sref {
		if s == "" {
			return sref{}
		}
		return sref{off: uint32(uintptr(unsafe.Pointer(unsafe.StringData(s))) - base), n: uint32(len(s))}
	})
	d.scratch = true
	for i := range nPeople {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return fail(ctx.Err())
		}
		var p Person
		d.scratchUsed = 0
		personFields(d, &p)
		if d.err != nil {
			return fail(fmt.Errorf("person %d: %w", i, d.err))
		}
		pb.add(&p)
	}
	d.scratch = false
	if d.itemsLeft != 0 || len(d.creditPool) != 0 {
		return fail(formatErr("counts announce %d list items and %d credits more than the records hold", d.itemsLeft, len(d.creditPool)))
	}
	if err := d.roles(ctx, c); err != nil {
		return fail(err)
	}
	if len(d.in) != 0 {
		return fail(formatErr("%d bytes left after the roles", len(d.in)))
	}
	for i := 1; i < len(c.films); i++ {
		if c.films[i-1].ID >= c.films[i].ID {
			return fail(formatErr("films not sorted by id at %q", c.films[i].ID))
		}
	}
	for i := 1; i < len(c.people); i++ {
		if c.PersonID(i-1) >= c.PersonID(i) {
			return fail(formatErr("people not sorted by id at %q", c.PersonID(i)))
		}
	}
	if err := c.indexIDsContext(ctx); err != nil {
		return fail(err)
	}
	if c.records != nil {
		h.done()
		runtime.AddCleanup(c, release, c.records)
		if c.recordsFile {
			c.mapTables()
		}
	}
	return c, nil
}

// cancelEvery is how many records decoding reads between two looks at its
// context: a few milliseconds' work.
const cancelEvery = 1 << 12

// roles reads the roles table, checking every reference.
func (d *decoder) roles(ctx context.Context, c *Catalogue) error {
	c.roleStart = make([]int32, len(c.people)+1)
	for p := range c.people {
		if p%cancelEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		n := d.count("roles")
		if d.err != nil {
			return fmt.Errorf("roles of person %d: %w", p, d.err)
		}
		if int64(c.roleStart[p])+int64(n) > math.MaxInt32 {
			return formatErr("too many roles")
		}
		c.roleStart[p+1] = c.roleStart[p] + int32(n)
	}
	c.roles = make([]roleRef, c.roleStart[len(c.people)])
	for i := range c.roles {
		if i%(16*cancelEvery) == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		film, credit := d.uvarint("role film"), d.varint()
		if d.err != nil {
			return fmt.Errorf("role %d: %w", i, d.err)
		}
		if film >= uint64(len(c.films)) || credit < roleWriter || credit >= int64(len(c.films[film].Credits)) {
			return formatErr("role %d: film %d, credit %d out of range", i, film, credit)
		}
		c.roles[i] = roleRef{film: int32(film), credit: int32(credit)}
	}
	return nil
}

// codec walks the fields of a record: the encoder writes them, the decoder
// fills them. One walk per record type serves both, so that they cannot
// drift apart.
type codec interface {
	str(s *string)
	id(kind int, s *string) // a film's or a person's id
	voc(kind int, s *string)
	int(v *int)
	i64(v *int64)
	f64(v *float64)
	bool(v *bool)
	strs(s *[]string)
	ids(kind int, s *[]string)
	vocs(kind int, s *[]string)
	credits(cs *[]Credit)
}

func filmFields(c codec, f *Film) {
	c.id(idFilm, &f.ID)
	c.voc(vocType, &f.Type)
	c.str(&f.Title)
	c.str(&f.OriginalTitle)
	c.str(&f.FrenchTitle)
	c.strs(&f.Akas)
	c.bool(&f.Adult)
	c.int(&f.Year)
	c.int(&f.EndYear)
	c.int(&f.Runtime)
	c.vocs(vocGenre, &f.Genres)
	c.f64(&f.Rating)
	c.int(&f.Votes)
	c.ids(idPerson, &f.Directors)
	c.ids(idPerson, &f.Writers)
	c.credits(&f.Credits)
	c.int(&f.TMDBID)
	c.int(&f.MovieLensID)
	c.voc(vocLanguage, &f.OriginalLanguage)
	c.str(&f.OverviewFR)
	c.str(&f.OverviewEN)
	c.str(&f.PosterPath)
	c.i64(&f.Budget)
	c.i64(&f.Revenue)
	c.vocs(vocCountry, &f.Countries)
	c.strs(&f.Keywords)
	c.f64(&f.Popularity)
	c.int(&f.CollectionID)
	c.str(&f.ReleaseDate)
	c.str(&f.TrailerURL)
}

func creditFields(c codec, cr *Credit) {
	c.id(idPerson, &cr.PersonID)
	c.voc(vocCategory, &cr.Category)
	c.str(&cr.Job)
	c.strs(&cr.Characters)
	c.int(&cr.Ordering)
}

func personFields(c codec, p *Person) {
	c.id(idPerson, &p.ID)
	c.str(&p.Name)
	c.int(&p.BirthYear)
	c.int(&p.DeathYear)
	c.vocs(vocProfession, &p.Professions)
	c.ids(idFilm, &p.KnownFor)
}

type vocabulary struct {
	code   map[string]uint32
	values []string
	offs   []uint32 // arena offset of each value
}

// Kinds of id strings: the encoder stores each film's and each person's id
// once in the arena, however many records refer to it.
const (
	idFilm = iota
	idPerson
)

// Other strings are shared when equal and short (a keyword, a job, a
// character: the repeated ones), among the first dedupeMax distinct ones,
// so that the table stays small whatever the catalogue's size.
const (
	dedupeLen = 32
	dedupeMax = 1 << 20
)

// encoder walks the records of a catalogue: it assigns every string its
// offset in the arena (the same ones on every walk) and writes the arena's
// bytes and the records to the walk's writers.
type encoder struct {
	c         *Catalogue
	arenaW    io.Writer // where the arena's bytes go; nil drops them
	alen      uint32
	filmOff   []uint32 // arena offset+1 of each film's id, 0 before it is stored
	personOff []uint32
	// Positions the walk already knows, so that id need not look them up
	// (three hash probes into tables of millions, each a cache miss, per
	// credit and per walk): hint is the position+1 of the record the next
	// id of kind hintKind names, 0 when unknown; creditPerson holds the
	// position+1 of each credit's person, films' credits end to end from
	// creditStart[film].
	hintKind     int
	hint         int32
	curFilm      int
	creditStart  []int32
	creditPerson []int32
	strings      map[string]uint32 // short strings -> offset in arena, filled by the first walk
	frozen       bool              // a later walk: strings is only read
	vocab        [vocKinds]vocabulary
	listItems    int
	nCredits     int
	out          []byte    // records not yet written
	w            io.Writer // where records go; nil drops them
	abuf         []byte    // arena bytes not yet written
	err          error
}

func newEncoder(c *Catalogue) *encoder {
	e := &encoder{c: c, filmOff: make([]uint32, len(c.films)), personOff: make([]uint32, len(c.people))}
	// The roles NewCatalogue built say which person each credit names
	// (all but a person's repeated credits in the same category on one
	// film, which id then looks up).
	e.creditStart = make([]int32, len(c.films)+1)
	for i := range c.films {
		e.creditStart[i+1] = e.creditStart[i] + int32(len(c.films[i].Credits))
	}
	e.creditPerson = make([]int32, e.creditStart[len(c.films)])
	for p := range c.people {
		for _, r := range c.roles[c.roleStart[p]:c.roleStart[p+1]] {
			if r.credit >= 0 {
				e.creditPerson[e.creditStart[r.film]+r.credit] = int32(p) + 1
			}
		}
	}
	return e
}

// walk encodes every record, writing the arena's bytes to arena and the
// records to w (nil: nowhere).
func (e *encoder) walk(arena, w io.Writer) {
	e.alen, e.listItems, e.nCredits, e.w, e.out, e.arenaW = 0, 0, 0, w, e.out[:0], arena
	e.abuf = e.abuf[:0]
	clear(e.filmOff)
	clear(e.personOff)
	if e.strings == nil {
		e.strings = map[string]uint32{}
	} else {
		e.frozen = true // offsets are those of the first walk
	}
	for k := range e.vocab {
		e.vocab[k] = vocabulary{code: map[string]uint32{}}
	}
	for i := range e.c.films {
		e.curFilm, e.hintKind, e.hint = i, idFilm, int32(i)+1
		filmFields(e, &e.c.films[i])
		e.flush(false)
	}
	// One Person and one KnownFor slice serve every person: a walk over
	// millions of them would otherwise leave as many small slices to
	// collect, three walks over, near the build's memory limit.
	var p Person
	known := make([]string, 0, 16)
	for i := range e.c.people {
		e.c.personInto(i, &p, known)
		e.hintKind, e.hint = idPerson, int32(i)+1
		personFields(e, &p)
		if cap(p.KnownFor) > cap(known) {
			known = p.KnownFor
		}
		e.flush(false)
	}
	// The roles of each person, as built by NewCatalogue: the number of
	// each person's roles, then (film position, credit) pairs.
	for p := range e.c.people {
		e.uvarint(uint64(e.c.roleStart[p+1] - e.c.roleStart[p]))
	}
	for i, r := range e.c.roles {
		e.uvarint(uint64(r.film))
		e.out = binary.AppendVarint(e.out, int64(r.credit))
		if i&0xffff == 0 {
			e.flush(false)
		}
	}
	e.flush(true)
	e.flushArena(true)
}

// flushArena writes the arena's bytes gathered so far when they fill a
// buffer, or always when all is set.
func (e *encoder) flushArena(all bool) {
	if len(e.abuf) < 1<<16 && !all {
		return
	}
	if e.arenaW != nil && e.err == nil {
		_, e.err = e.arenaW.Write(e.abuf)
	}
	e.abuf = e.abuf[:0]
}

// flush writes the records encoded so far when they fill a buffer, or
// always when all is set.
func (e *encoder) flush(all bool) {
	if len(e.out) < 1<<16 && !all {
		return
	}
	if e.w != nil && e.err == nil {
		_, e.err = e.w.Write(e.out)
	}
	e.out = e.out[:0]
}

// head is the start of the payload: the arena's length.
func (e *encoder) head() []byte { return binary.AppendUvarint(nil, uint64(e.alen)) }

// tail is what follows the arena: the vocabularies and the counts.
func (e *encoder) tail(c *Catalogue) []byte {
	var b []byte
	for k := range e.vocab {
		b = binary.AppendUvarint(b, uint64(len(e.vocab[k].values)))
		for i, v := range e.vocab[k].values {
			b = binary.AppendUvarint(b, uint64(e.vocab[k].offs[i]))
			b = binary.AppendUvarint(b, uint64(len(v)))
		}
	}
	for _, n := range []int{len(c.films), len(c.people), e.listItems, e.nCredits} {
		b = binary.AppendUvarint(b, uint64(n))
	}
	return b
}

func (e *encoder) uvarint(v uint64) { e.out = binary.AppendUvarint(e.out, v) }

// add appends s to the arena and returns its offset.
func (e *encoder) add(s string) uint32 {
	off := e.alen
	if uint64(off)+uint64(len(s)) > math.MaxUint32 && e.err == nil {
		e.err = errors.New("string arena over 4 GiB")
	}
	e.alen += uint32(len(s))
	if e.arenaW != nil {
		e.abuf = append(e.abuf, s...)
		e.flushArena(false)
	}
	return off
}

func (e *encoder) intern(s string) uint32 {
	if s == "" {
		return 0
	}
	if len(s) > dedupeLen {
		return e.add(s)
	}
	off, ok := e.strings[s]
	switch {
	case !ok:
		off = e.add(s)
		if !e.frozen && len(e.strings) < dedupeMax {
			e.strings[s] = off
		}
	case e.frozen && off == e.alen:
		// Its first use in this walk: the arena's end is where the first
		// walk put it (afterwards the end is past it).
		e.add(s)
	}
	return off
}

func (e *encoder) str(s *string) {
	e.uvarint(uint64(e.intern(*s)))
	e.uvarint(uint64(len(*s)))
}

// id stores a film's or a person's id: once in the arena, found by the
// record's position; an id of no record (a credit of a person absent from
// name.basics) is an ordinary string.
func (e *encoder) id(kind int, s *string) {
	var slot *uint32
	hint := e.hint - 1
	if kind != e.hintKind {
		hint = -1
	}
	e.hint = 0 // a hint serves the next id only
	if *s != "" {
		if kind == idFilm && hint >= 0 && e.c.films[hint].ID == *s {
			slot = &e.filmOff[hint]
		} else if kind == idPerson && hint >= 0 && e.c.PersonID(int(hint)) == *s {
			slot = &e.personOff[hint]
		} else if kind == idFilm {
			if i := e.c.filmAt.find(*s); i >= 0 {
				slot = &e.filmOff[i]
			}
		} else if i := e.c.personAt.find(*s); i >= 0 {
			slot = &e.personOff[i]
		}
	}
	if slot == nil {
		e.str(s)
		return
	}
	if *slot == 0 {
		*slot = e.add(*s) + 1
	}
	e.uvarint(uint64(*slot - 1))
	e.uvarint(uint64(len(*s)))
}

func (e *encoder) voc(kind int, s *string) {
	v := &e.vocab[kind]
	code, ok := v.code[*s]
	if !ok {
		code = uint32(len(v.values))
		v.code[*s] = code
		v.values = append(v.values, *s)
		v.offs = append(v.offs, e.intern(*s))
	}
	e.uvarint(uint64(code))
}

func (e *encoder) int(v *int)   { e.out = binary.AppendVarint(e.out, int64(*v)) }
func (e *encoder) i64(v *int64) { e.out = binary.AppendVarint(e.out, *v) }
func (e *encoder) f64(v *float64) {
	e.out = binary.LittleEndian.AppendUint64(e.out, math.Float64bits(*v))
}
func (e *encoder) bool(v *bool) {
	if *v {
		e.out = append(e.out, 1)
	} else {
		e.out = append(e.out, 0)
	}
}

func (e *encoder) strs(s *[]string) {
	e.uvarint(uint64(len(*s)))
	e.listItems += len(*s)
	for i := range *s {
		e.str(&(*s)[i])
	}
}

func (e *encoder) ids(kind int, s *[]string) {
	e.uvarint(uint64(len(*s)))
	e.listItems += len(*s)
	for i := range *s {
		e.id(kind, &(*s)[i])
	}
}

func (e *encoder) vocs(kind int, s *[]string) {
	e.uvarint(uint64(len(*s)))
	e.listItems += len(*s)
	for i := range *s {
		e.voc(kind, &(*s)[i])
	}
}

func (e *encoder) credits(cs *[]Credit) {
	e.uvarint(uint64(len(*cs)))
	e.nCredits += len(*cs)
	start := e.creditStart[e.curFilm]
	for i := range *cs {
		e.hintKind, e.hint = idPerson, e.creditPerson[start+int32(i)]
		creditFields(e, &(*cs)[i])
	}
}

// decoder reads records from in; lists are windows of the shared pools
// items and creditPool, taken from their front. items is allocated in
// chunks as films need it; people's lists (scratch) go to a scratch array
// reused from one person to the next. itemsLeft is what the header's count
// of list items has not yet seen.
type decoder struct {
	in          []byte
	arena       []byte
	vocab       [vocKinds][]string
	items       []string
	itemsLeft   int
	scratch     bool
	scratchBuf  []string
	scratchUsed int
	creditPool  []Credit
	err         error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = formatErr(format, args...)
	}
}

func (d *decoder) uvarint(what string) uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.in)
	if n <= 0 {
		d.fail("truncated or malformed %s", what)
		return 0
	}
	d.in = d.in[n:]
	return v
}

// count reads a number of things each taking at least one byte, so that a
// damaged count cannot ask for more memory than the file could describe.
func (d *decoder) count(what string) int {
	v := d.uvarint(what)
	if v > uint64(len(d.in))+uint64(len(d.arena)) {
		d.fail("%s count %d larger than the file", what, v)
		return 0
	}
	return int(v)
}

func (d *decoder) string(what string) string {
	off, n := d.uvarint(what), d.uvarint(what)
	if d.err != nil || n == 0 {
		return ""
	}
	if off > uint64(len(d.arena)) || n > uint64(len(d.arena))-off {
		d.fail("%s [%d:+%d] outside the %d-byte arena", what, off, n, len(d.arena))
		return ""
	}
	return unsafe.String(&d.arena[off], int(n))
}

func (d *decoder) str(s *string)          { *s = d.string("string") }
func (d *decoder) id(_ int, s *string)    { d.str(s) }
func (d *decoder) ids(_ int, s *[]string) { d.strs(s) }

func (d *decoder) voc(kind int, s *string) {
	code := d.uvarint("vocabulary code")
	if d.err != nil {
		return
	}
	if code >= uint64(len(d.vocab[kind])) {
		d.fail("vocabulary code %d out of %d", code, len(d.vocab[kind]))
		return
	}
	*s = d.vocab[kind][code]
}

func (d *decoder) int(v *int) {
	x := d.varint()
	*v = int(x)
}

func (d *decoder) i64(v *int64) { *v = d.varint() }

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Varint(d.in)
	if n <= 0 {
		d.fail("truncated or malformed integer")
		return 0
	}
	d.in = d.in[n:]
	return x
}

func (d *decoder) f64(v *float64) {
	if d.err != nil {
		return
	}
	if len(d.in) < 8 {
		d.fail("truncated float")
		return
	}
	*v = math.Float64frombits(binary.LittleEndian.Uint64(d.in))
	d.in = d.in[8:]
}

func (d *decoder) bool(v *bool) {
	if d.err != nil {
		return
	}
	if len(d.in) < 1 || d.in[0] > 1 {
		d.fail("truncated or malformed boolean")
		return
	}
	*v = d.in[0] == 1
	d.in = d.in[1:]
}

// itemsChunk is how many list items the decoder allocates at once.
const itemsChunk = 1 << 16

// list takes a window of n items from the pool; nil for none, as a
// catalogue built in memory has.
func (d *decoder) list(n uint64) []string {
	if d.err != nil || n == 0 {
		return nil
	}
	if n > uint64(d.itemsLeft) {
		d.fail("list of %d items past the announced count", n)
		return nil
	}
	d.itemsLeft -= int(n)
	if d.scratch {
		if d.scratchUsed+int(n) > len(d.scratchBuf) {
			// Lists already taken keep the old array.
			d.scratchBuf = make([]string, max(2*len(d.scratchBuf), int(n), 64))
			d.scratchUsed = 0
		}
		s := d.scratchBuf[d.scratchUsed : d.scratchUsed+int(n) : d.scratchUsed+int(n)]
		d.scratchUsed += int(n)
		return s
	}
	if n > uint64(len(d.items)) {
		// A new chunk; the rest of the previous one stays unused.
		d.items = make([]string, max(int(n), min(itemsChunk, d.itemsLeft+int(n))))
	}
	s := d.items[:n:n]
	d.items = d.items[n:]
	return s
}

func (d *decoder) strs(s *[]string) {
	*s = d.list(d.uvarint("list length"))
	for i := range *s {
		d.str(&(*s)[i])
	}
}

func (d *decoder) vocs(kind int, s *[]string) {
	*s = d.list(d.uvarint("list length"))
	for i := range *s {
		d.voc(kind, &(*s)[i])
	}
}

func (d *decoder) credits(cs *[]Credit) {
	n := d.uvarint("credit count")
	if d.err != nil || n == 0 {
		*cs = nil
		return
	}
	if n > uint64(len(d.creditPool)) {
		d.fail("%d credits past the announced count", n)
		return
	}
	*cs = d.creditPool[:n:n]
	d.creditPool = d.creditPool[n:]
	for i := range *cs {
		creditFields(d, &(*cs)[i])
	}
}
