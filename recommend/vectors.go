package recommend

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"

	"github.com/bobine/bobine/data"
)

// VectorsVersion is the on-disk format version of the vector files. Load
// refuses any other version. Version 2 added the neighbour lists;
// version 3 the support of each collaborative vector, and content terms for
// people across roles, TMDB collections and parodies.
const VectorsVersion = 3

// NearCount is how many nearest films Build stores for each film of each
// space by default: twice the number of neighbours a ranking keeps by
// default, so that a request which excludes a few films or asks for no
// series still finds its ranking there.
const NearCount = 200

// BuildOptions sets how the vectors are computed. Zero values take the
// defaults noted on each field.
type BuildOptions struct {
	ContentDims int     // dimensions of the content vectors; default 64
	CollabDims  int     // dimensions of the collaborative vectors; default 64
	Seed        uint64  // seed of the randomised SVDs; the output depends only on the inputs and the seed
	Positive    float64 // lowest MovieLens rating counted as "liked"; default 3.5
	Near        int     // nearest films stored per film; default NearCount
	// CollabNorm is how far the collaborative vectors are length-normalised,
	// 0 (PureSVD: a dot product favours films liked widely) to 1 (cosine:
	// popularity left out). 0 takes DefaultCollabNorm; negative means none.
	CollabNorm float64
}

// DefaultCollabNorm is the default BuildOptions.CollabNorm, chosen with
// bobine eval (judged set and MovieLens distinct films).
const DefaultCollabNorm = 0.3

func (o BuildOptions) withDefaults() BuildOptions {
	if o.ContentDims <= 0 {
		o.ContentDims = 64
	}
	if o.CollabDims <= 0 {
		o.CollabDims = 64
	}
	if o.Positive <= 0 {
		o.Positive = 3.5
	}
	if o.Near <= 0 {
		o.Near = NearCount
	}
	if o.CollabNorm == 0 {
		o.CollabNorm = DefaultCollabNorm
	} else if o.CollabNorm < 0 {
		o.CollabNorm = 0
	}
	return o
}

// Space is one set of film vectors (content ones L2-normalised): row i of Data (Dims
// float32 values) is the vector of film IDs[i]. IDs are sorted.
//
// Near, when not nil, lists each row's nearest rows, computed once so that
// a request reads a film's neighbours instead of scoring the whole space:
// Near[NearOff[i]:NearOff[i+1]] are the rows with the highest positive dot
// product with row i (itself included), best first, ties by row, at most
// NearN of them.
type Space struct {
	IDs  []string
	Dims int
	Data []float32

	NearN   int
	NearOff []int32
	Near    []int32

	// Support, when not nil, is per row the evidence behind the vector:
	// for collaborative vectors, the number of positive ratings.
	Support []int32

	// nearLE, when not nil, holds the rows of the neighbour lists instead
	// of Near: little-endian int32 in a mapping of the vector file, not
	// yet checked against the number of rows (see readSpace).
	nearLE []byte
}

// Row returns the vector of the i-th film.
func (s *Space) Row(i int) []float32 { return s.Data[i*s.Dims : (i+1)*s.Dims] }

// computeNear fills s.Near with the n nearest rows of every row, scoring
// them exactly as a Recommender does at request time (gemv, then topK), so
// that a stored list and a computed ranking agree to the last tie. The rows
// are shared among GOMAXPROCS goroutines; each writes only its own rows.
func (s *Space) computeNear(ctx context.Context, n int) error {
	rows := len(s.IDs)
	lists := make([][]int32, rows)
	buf := func() []float32 { return make([]float32, rows) }
	spread(rows, runtime.GOMAXPROCS(0), buf, func(any) {}, func(i int, scores []float32) {
		if ctx.Err() != nil {
			return
		}
		gemv(s.Data, rows, s.Dims, s.Row(i), scores)
		lists[i] = topK(scores, n, nil, nil)
	})
	if err := ctx.Err(); err != nil {
		return err
	}
	s.NearN = n
	s.NearOff = make([]int32, 1, rows+1)
	s.Near = s.Near[:0]
	for _, l := range lists {
		s.Near = append(s.Near, l...)
		s.NearOff = append(s.NearOff, int32(len(s.Near)))
	}
	return nil
}

// Vectors are the two vector spaces Build writes and Load reads, and the
// films of the cinema's art-et-essai list (WriteArtEtEssai), if any.
type Vectors struct {
	Content    Space // every title with at least one content feature
	Collab     Space // films with enough positive MovieLens ratings
	ArtEtEssai []string
}

// Build computes the vectors of cat (collaborative ones from ratings) and
// writes them into dir (created if needed) as content.vec and collab.vec.
// The files are deterministic: the same inputs and seed give the same bytes.
func Build(ctx context.Context, dir string, cat *data.Catalogue, ratings []data.Rating, o BuildOptions) error {
	v, err := Compute(ctx, cat, ratings, o)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("recommend: build vectors: %w", err)
	}
	if err := writeSpace(filepath.Join(dir, "content.vec"), &v.Content); err != nil {
		return err
	}
	if err := writeSpace(filepath.Join(dir, "collab.vec"), &v.Collab); err != nil {
		return err
	}
	return writeBuildInfo(filepath.Join(dir, BuildInfoFile), o.withDefaults())
}

// BuildInfoFile is the file Build writes beside the vectors, recording the
// parameters they were computed with (the index's manifest of the vectors).
const BuildInfoFile = "build.json"

// writeBuildInfo records o and the format version as JSON.
func writeBuildInfo(path string, o BuildOptions) error {
	b, err := json.MarshalIndent(struct {
		Version     int     `json:"version"`
		ContentDims int     `json:"content_dims"`
		CollabDims  int     `json:"collab_dims"`
		Seed        uint64  `json:"seed"`
		Positive    float64 `json:"positive"`
		Near        int     `json:"near"`
		CollabNorm  float64 `json:"collab_norm"`
	}{VectorsVersion, o.ContentDims, o.CollabDims, o.Seed, o.Positive, o.Near, o.CollabNorm}, "", "  ")
	if err == nil {
		err = os.WriteFile(path, append(b, '\n'), 0o644)
	}
	if err != nil {
		return fmt.Errorf("recommend: write %s: %w", BuildInfoFile, err)
	}
	return nil
}

// Compute computes the vectors of cat in memory; ratings whose FilmID is not
// in cat are ignored. Build is Compute plus writing.
func Compute(ctx context.Context, cat *data.Catalogue, ratings []data.Rating, o BuildOptions) (*Vectors, error) {
	return ComputeWith(ctx, cat, ratings, nil, o)
}

// ComputeWith is Compute reusing content vectors computed before with the
// same options (ContentSpace), when content is not nil.
func ComputeWith(ctx context.Context, cat *data.Catalogue, ratings []data.Rating, content *Space, o BuildOptions) (*Vectors, error) {
	o = o.withDefaults()
	if content == nil {
		var err error
		if content, err = contentSpace(ctx, cat, o); err != nil {
			return nil, fmt.Errorf("recommend: content vectors: %w", err)
		}
	} else {
		c := *content
		c.Near, c.NearOff = nil, nil // computed below, without touching content's
		content = &c
	}
	collab, err := collabSpace(ctx, cat, ratings, o)
	if err != nil {
		return nil, fmt.Errorf("recommend: collaborative vectors: %w", err)
	}
	for _, sp := range []*Space{content, collab} {
		if err := sp.computeNear(ctx, o.Near); err != nil {
			return nil, fmt.Errorf("recommend: nearest films: %w", err)
		}
	}
	return &Vectors{Content: *content, Collab: *collab}, nil
}

// Content field weights: a shared director says more about a film than a
// shared country. People share one namespace whatever their role, so that
// an actor who wrote one film and directed another links the two (Les
// Nuls, Chabat); each person term weighs by the strongest role, and idf
// does the rest (a director of 10 films says more than an actor of 135).
// Synopsis words are many and noisy, so they weigh little each.
const (
	wKeyword    = 1.0
	wGenre      = 1.0
	wDirector   = 2.0
	wWriter     = 1.5
	wLead       = 1.2 // the first mainCast actors, in credit order
	wCollection = 2.5 // TMDB collection: a saga, a trilogy
	wDecade     = 0.8
	wCountry    = 1.0
	wLanguage   = 1.2 // original language; the dominant one (English) has no term (df > half)
	wSynopsis   = 0.35
	mainCast    = 3
	// wParodied is the weight of the genres of a parody other than Comedy:
	// La Cité de la peur is a comedy about a horror film, not horror.
	wParodied = 0.2
)

// parodyKeywords are TMDB keywords that change what a film's genres mean.
var parodyKeywords = []string{"parody", "spoof", "satire", "mockumentary", "dark comedy"}

// features calls add for every content term of f with its field weight.
// Terms are prefixed by field so that "drama" the genre and "drama" the
// synopsis word stay apart.
func features(f *data.Film, add func(term string, w float64)) {
	parody := false
	for _, k := range f.Keywords {
		add("k:"+k, wKeyword)
		parody = parody || slices.Contains(parodyKeywords, k)
	}
	parody = parody && slices.Contains(f.Genres, "Comedy")
	for _, g := range f.Genres {
		w := wGenre
		if parody && g != "Comedy" {
			w = wParodied
		}
		add("g:"+g, w)
	}
	for _, d := range f.Directors {
		add("p:"+d, wDirector)
	}
	for _, w := range f.Writers {
		add("p:"+w, wWriter)
	}
	for _, c := range mainCastOf(f) {
		add("p:"+c, wLead)
	}
	if f.CollectionID != 0 {
		add("s:"+strconv.Itoa(f.CollectionID), wCollection)
	}
	if f.Year > 0 {
		add("y:"+strconv.Itoa(f.Year/10*10), wDecade)
	}
	for _, c := range f.Countries {
		add("n:"+c, wCountry)
	}
	if f.OriginalLanguage != "" {
		add("l:"+f.OriginalLanguage, wLanguage)
	}
	syn := func(w string) { add("t:"+w, wSynopsis) }
	words(f.OverviewFR, syn)
	words(f.OverviewEN, syn)
}

// mainCastOf returns the first actors of f in credit order, without repeats.
func mainCastOf(f *data.Film) []string {
	var out []string
	for _, c := range f.Credits {
		if c.Category != "actor" && c.Category != "actress" {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == c.PersonID
		}
		if !dup {
			out = append(out, c.PersonID)
		}
		if len(out) == mainCast {
			break
		}
	}
	return out
}

func contentSpace(ctx context.Context, cat *data.Catalogue, o BuildOptions) (*Space, error) {
	a, ids := contentMatrix(cat)
	emb, _, err := rowEmbeddings(ctx, a, o.ContentDims, o.Seed)
	if err != nil {
		return nil, err
	}
	return normalizedSpace(ids, o.ContentDims, emb), nil
}

// contentMatrix returns the L2-normalised tf-idf matrix of the films with at
// least one content term (one row per film, of ids), columns in term order.
// The same catalogue gives the same bits.
func contentMatrix(cat *data.Catalogue) (*csr, []string) {
	films := cat.Films()
	type entry struct {
		count  int
		weight float64
	}
	docs := make([]map[string]*entry, len(films))
	df := map[string]int{}
	for i := range films {
		d := map[string]*entry{}
		features(&films[i], func(t string, w float64) {
			e := d[t]
			if e == nil {
				e = &entry{weight: w}
				d[t] = e
				df[t]++
			}
			e.count++
		})
		docs[i] = d
	}
	// Terms of one film cannot relate two films; terms of most films carry
	// no information.
	vocab := make([]string, 0, len(df))
	for t, n := range df {
		if n >= 2 && n <= len(films)/2 {
			vocab = append(vocab, t)
		}
	}
	sort.Strings(vocab)
	col := make(map[string]int32, len(vocab))
	for i, t := range vocab {
		col[t] = int32(i)
	}
	a := &csr{cols: len(vocab), ptr: []int{0}}
	var ids []string
	type cell struct {
		c int32
		v float64
	}
	for i := range films {
		var row []cell
		var nrm float64
		for t, e := range docs[i] {
			c, ok := col[t]
			if !ok {
				continue
			}
			v := e.weight * (1 + math.Log(float64(e.count))) * math.Log(float64(len(films))/float64(df[t]))
			row = append(row, cell{c, v})
		}
		if len(row) == 0 {
			continue
		}
		// The norm is summed in column order, not in the map's random
		// order: a floating-point sum depends on its order, and a last-bit
		// difference here changed a few vectors from one build to the next.
		sort.Slice(row, func(x, y int) bool { return row[x].c < row[y].c })
		for _, r := range row {
			nrm += r.v * r.v
		}
		nrm = math.Sqrt(nrm)
		for _, r := range row {
			a.idx = append(a.idx, r.c)
			a.val = append(a.val, r.v/nrm)
		}
		a.ptr = append(a.ptr, len(a.idx))
		ids = append(ids, films[i].ID)
	}
	a.rows = len(ids)
	return a, ids
}

func collabSpace(ctx context.Context, cat *data.Catalogue, ratings []data.Rating, o BuildOptions) (*Space, error) {
	// Confidence grows with the rating: 3.5 stars counts 1, 5 stars 2.5.
	// Each user's row is scaled by 1/sqrt(positives) so that a few very
	// active users do not define every film's neighbourhood.
	type pos struct {
		film int
		conf float64
	}
	byUser := map[int][]pos{}
	for _, r := range ratings {
		if r.Score < o.Positive || r.FilmID == "" {
			continue
		}
		fi := cat.FilmIndex(r.FilmID)
		if fi < 0 {
			continue
		}
		byUser[r.User] = append(byUser[r.User], pos{fi, 1 + r.Score - o.Positive})
	}
	users := make([]int, 0, len(byUser))
	for u := range byUser {
		users = append(users, u)
	}
	sort.Ints(users)
	type cell struct {
		user int32
		v    float64
	}
	rows := map[int][]cell{}
	for ui, u := range users {
		ps := byUser[u]
		s := 1 / math.Pow(float64(len(ps)), collabUserNorm)
		for _, p := range ps {
			rows[p.film] = append(rows[p.film], cell{int32(ui), p.conf * s})
		}
	}
	filmIdx := make([]int, 0, len(rows))
	for fi, r := range rows {
		if len(r) >= 2 {
			filmIdx = append(filmIdx, fi)
		}
	}
	sort.Ints(filmIdx)
	films := cat.Films()
	a := &csr{rows: len(filmIdx), cols: len(users), ptr: []int{0}}
	ids := make([]string, len(filmIdx))
	for i, fi := range filmIdx {
		r := rows[fi]
		sort.Slice(r, func(x, y int) bool { return r[x].user < r[y].user })
		for _, c := range r {
			a.idx = append(a.idx, c.user)
			a.val = append(a.val, c.v)
		}
		a.ptr = append(a.ptr, len(a.idx))
		ids[i] = films[fi].ID
	}
	if a.rows == 0 {
		return &Space{Dims: o.CollabDims}, nil
	}
	emb, sigma, err := rowEmbeddings(ctx, a, o.CollabDims, o.Seed+1)
	if err != nil {
		return nil, err
	}
	k := o.CollabDims
	for c := 0; c < k; c++ {
		scale := 0.0
		if sigma[c] > 0 {
			scale = math.Pow(sigma[c], collabBeta-1)
		}
		for i := 0; i < a.rows; i++ {
			emb[i*k+c] *= scale
		}
	}
	if o.CollabNorm > 0 {
		// Dividing every vector by its length^CollabNorm damps popularity
		// in the rankings: a liked film's own length scales all its dot
		// products alike, so only the candidates' lengths count.
		for i := 0; i < a.rows; i++ {
			row := emb[i*k : (i+1)*k]
			var n float64
			for _, v := range row {
				n += v * v
			}
			if n > 0 {
				d := math.Pow(n, o.CollabNorm/2)
				for c := range row {
					row[c] /= d
				}
			}
		}
	}
	s := &Space{IDs: ids, Dims: k, Data: make([]float32, len(emb)), Support: make([]int32, len(ids))}
	for i, fi := range filmIdx {
		s.Support[i] = int32(len(rows[fi]))
	}
	for i, v := range emb {
		s.Data[i] = float32(v)
	}
	return s, nil
}

func normalizedSpace(ids []string, dims int, emb []float64) *Space {
	s := &Space{Dims: dims, Data: make([]float32, 0, len(ids)*dims)}
	for i, id := range ids {
		row := emb[i*dims : (i+1)*dims]
		var n float64
		for _, v := range row {
			n += v * v
		}
		if n == 0 {
			continue
		}
		n = math.Sqrt(n)
		s.IDs = append(s.IDs, id)
		for _, v := range row {
			s.Data = append(s.Data, float32(v/n))
		}
	}
	return s
}

var vecMagic = [6]byte{'B', 'O', 'B', 'V', 'E', 'C'}

// writeSpace writes a vector file: magic "BOBVEC", uint16 version, uint32
// count, uint32 dims, then count ids (uint8 length + bytes), then
// count*dims float32, then uint32 NearN (0: no lists) and, when not 0, the
// count+1 int32 offsets and the int32 rows of the lists, then uint32 S (0 or
// count) and S int32 supports, all little-endian.
func writeSpace(path string, s *Space) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("recommend: write vectors: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("recommend: write vectors: %w", cerr)
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	le := binary.LittleEndian
	w.Write(vecMagic[:])
	binary.Write(w, le, uint16(VectorsVersion))
	binary.Write(w, le, uint32(len(s.IDs)))
	binary.Write(w, le, uint32(s.Dims))
	for _, id := range s.IDs {
		if len(id) > 255 {
			return fmt.Errorf("recommend: write vectors: id %q too long", id)
		}
		w.WriteByte(byte(len(id)))
		w.WriteString(id)
	}
	if err := binary.Write(w, le, s.Data); err != nil {
		return fmt.Errorf("recommend: write vectors: %w", err)
	}
	if s.Near == nil {
		binary.Write(w, le, uint32(0))
	} else {
		binary.Write(w, le, uint32(s.NearN))
		binary.Write(w, le, s.NearOff)
		if err := binary.Write(w, le, s.Near); err != nil {
			return fmt.Errorf("recommend: write vectors: %w", err)
		}
	}
	binary.Write(w, le, uint32(len(s.Support)))
	if err := binary.Write(w, le, s.Support); err != nil {
		return fmt.Errorf("recommend: write vectors: %w", err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("recommend: write vectors: %w", err)
	}
	return nil
}

// readSpace reads a vector file written by writeSpace. With mapNear, the
// file is mapped (data.MapFile) and the neighbour lists stay in the
// mapping, in nearLE, instead of being copied onto the heap: they are most
// of a vector file (200 rows per film), and a serving process reads the
// lists of the few films it is asked about. Their rows are then checked
// where they are read (nearLists), not here, so that loading does not page
// them all in; the index manifest's checksums vouch for the file. (Reading
// them with a pread per list instead kept them out of the resident set,
// where the kernel's fault-around maps 64 KB around each list read, but
// cost 5-10 times as much per list under load.)
func readSpace(path string, mapNear bool) (*Space, error) {
	var b []byte
	var err error
	mapped := false
	if mapNear {
		b, mapped, err = data.MapFile(path)
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("recommend: read vectors: %w", err)
	}
	s, err := parseSpace(b, mapped)
	if err != nil {
		if mapped {
			data.UnmapFile(b)
		}
		return nil, fmt.Errorf("recommend: read vectors %s: %w", path, err)
	}
	// The vectors were copied out; the lists are read a few at a time.
	data.Evict(b, mapped)
	return s, nil
}

// vecReader reads the little-endian fields of a vector file.
type vecReader struct {
	b   []byte
	err error
}

func (r *vecReader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = fmt.Errorf("%s: %w", what, io.ErrUnexpectedEOF)
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

func (r *vecReader) u32(what string) uint32 {
	if b := r.take(4, what); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

// int32s decodes n int32 values.
func (r *vecReader) int32s(n int, what string) []int32 {
	b := r.take(4*n, what)
	if b == nil {
		return nil
	}
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}

// parseSpace decodes a vector file; with mapped, b is a mapping that lives
// as long as the process and the neighbour lists are left in it.
func parseSpace(b []byte, mapped bool) (*Space, error) {
	r := &vecReader{b: b}
	le := binary.LittleEndian
	hdr := r.take(16, "header")
	if hdr == nil {
		return nil, fmt.Errorf("header: %w", io.ErrUnexpectedEOF)
	}
	if [6]byte(hdr[:6]) != vecMagic {
		return nil, fmt.Errorf("not a vector file")
	}
	if v := le.Uint16(hdr[6:]); v != VectorsVersion {
		return nil, fmt.Errorf("format version %d, this build reads %d: re-run `bobine index`", v, VectorsVersion)
	}
	count, dims := le.Uint32(hdr[8:]), le.Uint32(hdr[12:])
	if dims == 0 || dims > 4096 || count > 1<<26 {
		return nil, fmt.Errorf("implausible header (%d x %d)", count, dims)
	}
	s := &Space{Dims: int(dims), IDs: make([]string, count)}
	for i := range s.IDs {
		n := r.take(1, "ids")
		if n == nil {
			return nil, r.err
		}
		s.IDs[i] = string(r.take(int(n[0]), "ids"))
	}
	raw := r.take(4*int(count)*int(dims), "vectors")
	if r.err != nil {
		return nil, r.err
	}
	s.Data = make([]float32, int(count)*int(dims))
	for i := range s.Data {
		s.Data[i] = math.Float32frombits(le.Uint32(raw[4*i:]))
	}
	if err := readNear(r, s, mapped); err != nil {
		return nil, fmt.Errorf("neighbour lists: %w", err)
	}
	if support := r.u32("support"); support != 0 {
		if support != count {
			return nil, fmt.Errorf("support of %d rows, want %d", support, count)
		}
		s.Support = r.int32s(int(support), "support")
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("trailing data")
	}
	return s, nil
}

// readNear reads the neighbour lists that follow the vectors, checking that
// they fit the space; with inPlace, the rows of the lists are left in the
// file's bytes (nearLE) and checked where they are read.
func readNear(r *vecReader, s *Space, inPlace bool) error {
	n := r.u32("length")
	if r.err != nil || n == 0 {
		return r.err
	}
	rows := len(s.IDs)
	if n > 1<<16 {
		return fmt.Errorf("implausible length %d", n)
	}
	s.NearN = int(n)
	s.NearOff = r.int32s(rows+1, "offsets")
	if r.err != nil {
		return r.err
	}
	for i := 0; i < rows; i++ {
		if s.NearOff[i] < 0 || s.NearOff[i+1] < s.NearOff[i] || s.NearOff[i+1]-s.NearOff[i] > int32(n) {
			return fmt.Errorf("bad offsets at row %d", i)
		}
	}
	if s.NearOff[0] != 0 {
		return fmt.Errorf("bad offsets at row 0")
	}
	if inPlace {
		s.nearLE = r.take(4*int(s.NearOff[rows]), "rows")
		return r.err
	}
	s.Near = r.int32s(int(s.NearOff[rows]), "rows")
	if r.err != nil {
		return r.err
	}
	for _, x := range s.Near {
		if x < 0 || int(x) >= rows {
			return fmt.Errorf("row %d out of range", x)
		}
	}
	return nil
}

// ReadVectors reads the vectors Build wrote into dir, wholly into memory,
// every neighbour row checked.
func ReadVectors(dir string) (*Vectors, error) { return readVectors(dir, false) }

// readVectors reads the vectors in dir; with mapNear, the neighbour lists
// stay in a mapping of the files (see readSpace).
func readVectors(dir string, mapNear bool) (*Vectors, error) {
	c, err := readSpace(filepath.Join(dir, "content.vec"), mapNear)
	if err != nil {
		return nil, err
	}
	f, err := readSpace(filepath.Join(dir, "collab.vec"), mapNear)
	if err != nil {
		return nil, err
	}
	ae, err := ReadArtEtEssai(dir)
	if err != nil {
		return nil, err
	}
	return &Vectors{Content: *c, Collab: *f, ArtEtEssai: ae}, nil
}

// Collaborative embedding shape, chosen by Evaluate on the MovieLens split
// (bobine eval): film vectors are U*Sigma^collabBeta of
// the film x user matrix, NOT length-normalised, so that a dot product
// keeps the popularity a cosine would throw away (as PureSVD does); each
// user's row is scaled by positives^-collabUserNorm.
const (
	collabBeta     = 0.5
	collabUserNorm = 0.5
)
