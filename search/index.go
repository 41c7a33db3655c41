package search

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/bobine/bobine/data"
)

// ErrSchemaVersion is returned by Open for an index written by a build of
// Bobine with another SchemaVersion. Callers test for it with errors.Is.
var ErrSchemaVersion = errors.New("search index schema version mismatch")

// schemaFile is written next to the Bleve files by Build.
const schemaFile = "bobine_schema.json"

type schemaInfo struct {
	SchemaVersion int `json:"schema_version"`
	Films         int `json:"films"`
	People        int `json:"people"`
}

// Index finds films and people of a catalogue. It is safe for concurrent
// use; Close it when done.
type Index struct {
	bleve bleve.Index
	im    mapping.IndexMapping
	cat   *data.Catalogue

	films      []filmInfo // by catalogue position
	titleRefs  []titleRef // the films' titles, see filmInfo
	titleWords []int32    // the titles' words, see titleRef
	titleExtra []string   // see termRef
	mlt        mltIndex
	personPop  []float64 // person position -> prior
	nFilms     int

	titles *textIndex // every title of every film, see textindex.go
	names  *textIndex // every person's name

	themes  *themeModel        // learnt at build time, see themes.go
	kwFilms map[string][]int32 // lower-case TMDB keyword -> catalogue positions
}

// filmInfo is what rescoring needs about a film, computed once.
type filmInfo struct {
	prior  float64 // popularity prior plus title-type penalty
	t0, nt int32   // its titles are x.titleRefs[t0:t0+nt] (titlesOf)
	skip   bool    // never a resolution answer (episodes, games)
}

// titleRef is a titleInfo held as numbers: its words and keys are terms of
// the title index (x.titles), referred to by their index in its word or key
// list (termRef). At the full IMDb size the titles of 1.37 M films as
// titleInfo values, each with its slice of words and four keys, were 600 MB
// of the heap; as references, about a fifth.
type titleRef struct {
	w0, nw   int32    // its words are x.titleWords[w0:w0+nw]
	keys     [4]int32 // termRefs of its keys
	original bool
}

// A termRef is a term's index in a term list, -1 for the empty string, or
// -2-i for x.titleExtra[i], a string that is not a term (none is expected:
// the title index holds every title's words and keys).
func (x *Index) termRef(l *termList, s string) int32 {
	if s == "" {
		return -1
	}
	if i := l.find(s); i >= 0 {
		return int32(i)
	}
	x.titleExtra = append(x.titleExtra, s)
	return int32(-1 - len(x.titleExtra))
}

// termOf returns the string of termRef r in list l.
func (x *Index) termOf(l *termList, r int32) string {
	switch {
	case r >= 0:
		return l.term(int(r))
	case r == -1:
		return ""
	}
	return x.titleExtra[-r-2]
}

// titleBuf is the scratch space titlesOf fills; one per query.
type titleBuf struct {
	ts []titleInfo
	ws []string
}

// titlesOf returns the titles of the film at catalogue position i, built
// from their references into b (valid until b's next use).
func (x *Index) titlesOf(i int, b *titleBuf) []titleInfo {
	b.ts, b.ws = b.ts[:0], b.ws[:0]
	fi := &x.films[i]
	for _, r := range x.titleRefs[fi.t0 : fi.t0+fi.nt] {
		start := len(b.ws)
		for _, w := range x.titleWords[r.w0 : r.w0+r.nw] {
			b.ws = append(b.ws, x.termOf(&x.titles.words, w))
		}
		t := titleInfo{words: b.ws[start:len(b.ws):len(b.ws)], original: r.original}
		for k, key := range r.keys {
			t.keys[k] = x.termOf(&x.titles.keys, key)
		}
		b.ts = append(b.ts, t)
	}
	return b.ts
}

// titleInfo is one title of a film (or a person's name) as words and keys.
type titleInfo struct {
	words    []string
	keys     [4]string // see makeKeys
	original bool      // the title in the film's original language
}

// newTitleInfo analyses a title, or a name when numerals is false.
func newTitleInfo(s string, numerals bool) titleInfo {
	ws := words(s, numerals)
	return titleInfo{words: ws, keys: makeKeys(ws, words(s, false))}
}

// makeKeys returns the keys of words (numerals as digits) and raw (as
// written): each without, then with, a leading article.
func makeKeys(ws, raw []string) [4]string {
	return [4]string{key(ws), strings.Join(ws, ""), key(raw), strings.Join(raw, "")}
}

// closeBuilder closes b, which merges its segments: minutes on a full
// catalogue, and bleve's builder cannot stop a merge. On cancellation it
// returns at once and leaves the merge to finish in the background, writing
// only inside the directories given to the builder (which the caller then
// removes).
func closeBuilder(ctx context.Context, b bleve.Builder) error {
	done := make(chan error, 1)
	go func() { done <- b.Close() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Build writes a search index of cat into dir, which must not exist yet,
// with a schema-version file that Open checks.
func Build(ctx context.Context, dir string, cat *data.Catalogue) error {
	if _, err := os.Stat(dir); err == nil {
		return fmt.Errorf("search: build %s: directory already exists", dir)
	}
	im, err := newMapping()
	if err != nil {
		return err
	}
	// The builder's temporary segments go beside dir (inside the index's
	// temporary directory, removed with it), not in the system's /tmp. It
	// writes a segment per batch and merges them mergeMax at a time when
	// closed, each round rewriting everything: at 1.4 M films, batches of
	// 1,000 made 1,400 segments and four rounds; batches of 10,000 (a few
	// MB of analysed documents) merged 20 at a time make two.
	b, err := bleve.NewBuilder(dir, im, map[string]interface{}{"batchSize": 10000, "mergeMax": 20, "buildPathPrefix": filepath.Dir(dir)})
	if err != nil {
		return fmt.Errorf("search: build %s: %w", dir, err)
	}
	// The theme model reads the catalogue only: it is learnt on the other
	// core while Bleve indexes (each is about half of the step).
	type themeResult struct {
		tm  *themeModel
		err error
	}
	themeDone := make(chan themeResult, 1)
	go func() {
		tm, err := buildThemeModel(ctx, cat, im)
		themeDone <- themeResult{tm, err}
	}()
	n := 0
	err = eachDoc(cat, func(id string, doc map[string]interface{}) error {
		if n++; n%200 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		return b.Index(id, doc)
	})
	if err == nil { // after an error, the builder's files go with dir's parent
		err = closeBuilder(ctx, b)
	}
	if err != nil {
		return fmt.Errorf("search: build %s: %w", dir, err)
	}
	info, err := json.Marshal(schemaInfo{SchemaVersion: SchemaVersion, Films: len(cat.Films()), People: cat.NumPeople()})
	if err != nil {
		return fmt.Errorf("search: build %s: %w", dir, err)
	}
	var th themeResult
	select {
	case th = <-themeDone:
	case <-ctx.Done():
		return fmt.Errorf("search: build %s: %w", dir, ctx.Err())
	}
	if th.err != nil {
		return fmt.Errorf("search: build %s: %w", dir, th.err)
	}
	if err := writeThemeModel(dir, th.tm); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, schemaFile), append(info, '\n'), 0o644); err != nil {
		return fmt.Errorf("search: build: %w", err)
	}
	return nil
}

// eachDoc calls fn with the document of every film, in catalogue order.
func eachDoc(cat *data.Catalogue, fn func(id string, doc map[string]interface{}) error) error {
	films := cat.Films()
	for i := range films {
		if err := fn(films[i].ID, filmDoc(&films[i], cat)); err != nil {
			return err
		}
	}
	return nil
}

// Open opens read-only the index Build wrote into dir. cat must be the
// catalogue it was built from: hits are read from it. An index with another
// schema version gives an error wrapping ErrSchemaVersion.
func Open(dir string, cat *data.Catalogue) (*Index, error) {
	return OpenContext(context.Background(), dir, cat)
}

// OpenContext is Open, stopped when ctx ends: building the title and name
// indexes reads every film and person (minutes at the full IMDb size), and
// returns ctx's error within a few thousand of them once it is cancelled.
func OpenContext(ctx context.Context, dir string, cat *data.Catalogue) (*Index, error) {
	raw, err := os.ReadFile(filepath.Join(dir, schemaFile))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("search: open %s: no %s, not a search index of this version (%w): re-run `bobine index`", dir, schemaFile, ErrSchemaVersion)
		}
		return nil, fmt.Errorf("search: open %s: %w", dir, err)
	}
	var info schemaInfo
	if err := json.Unmarshal(raw, &info); err != nil {
		return nil, fmt.Errorf("search: open %s: %s: %w", dir, schemaFile, err)
	}
	if info.SchemaVersion != SchemaVersion {
		return nil, fmt.Errorf("search: open %s: index has schema version %d, this build reads %d (%w): re-run `bobine index`", dir, info.SchemaVersion, SchemaVersion, ErrSchemaVersion)
	}
	if info.Films != len(cat.Films()) || info.People != cat.NumPeople() {
		return nil, fmt.Errorf("search: open %s: index has %d films and %d people, the catalogue %d and %d: re-run `bobine index`",
			dir, info.Films, info.People, len(cat.Films()), cat.NumPeople())
	}
	b, err := bleve.OpenUsing(dir, map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("search: open %s: %w", dir, err)
	}
	tm, err := readThemeModel(dir)
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("search: open %s: %w (re-run `bobine index`)", dir, err)
	}
	x, err := newIndex(ctx, b, cat, tm)
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("search: open %s: %w", dir, err)
	}
	return x, nil
}

// NewMemory indexes cat in memory. It is meant for tests and small
// catalogues; `bobine serve` opens what Build wrote.
func NewMemory(cat *data.Catalogue) (*Index, error) {
	im, err := newMapping()
	if err != nil {
		return nil, err
	}
	b, err := bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("search: new memory index: %w", err)
	}
	batch := b.NewBatch()
	err = eachDoc(cat, func(id string, doc map[string]interface{}) error {
		if err := batch.Index(id, doc); err != nil {
			return err
		}
		if batch.Size() >= 20000 {
			if err := b.Batch(batch); err != nil {
				return err
			}
			batch.Reset()
		}
		return nil
	})
	if err == nil && batch.Size() > 0 {
		err = b.Batch(batch)
	}
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("search: new memory index: %w", err)
	}
	tm, err := buildThemeModel(context.Background(), cat, im)
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("search: new memory index: %w", err)
	}
	x, err := newIndex(context.Background(), b, cat, tm)
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("search: new memory index: %w", err)
	}
	return x, nil
}

// Close releases the index files.
func (x *Index) Close() error {
	if err := x.closeMLT(nil); err != nil {
		x.bleve.Close()
		return err
	}
	if err := x.bleve.Close(); err != nil {
		return fmt.Errorf("search: close: %w", err)
	}
	return nil
}

// Popularity prior and title-type penalties (see resolve.go for the scale
// of a title match, 0-1).
const (
	popWeight     = 0.15 // per factor of ten in IMDb votes
	seriesPenalty = 0.25 // a series is allowed but below a film
	otherPenalty  = 0.35 // shorts, videos, TV specials
)

// cancelEvery is how many films or people newIndex reads between two looks
// at its context.
const cancelEvery = 1 << 12

func newIndex(ctx context.Context, b bleve.Index, cat *data.Catalogue, tm *themeModel) (*Index, error) {
	x := &Index{bleve: b, im: b.Mapping(), cat: cat, themes: tm, kwFilms: map[string][]int32{}}
	films := cat.Films()
	x.films = make([]filmInfo, len(films))
	// The titles analysed, until the title index is built and they are
	// turned into references to its terms.
	titles := make([][]titleInfo, len(films))
	for i := range films {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		f := &films[i]
		fi := filmInfo{prior: popWeight * math.Log10(1+float64(f.Votes))}
		switch {
		case f.IsFilm():
		case f.IsSeries():
			fi.prior -= seriesPenalty
		case f.Type == "tvEpisode" || f.Type == "videoGame":
			fi.skip = true
		default:
			fi.prior -= otherPenalty
		}
		for k, t := range filmTitles(f) {
			ti := newTitleInfo(t, true)
			ti.original = t == f.OriginalTitle || k == 0 && f.OriginalTitle == ""
			titles[i] = append(titles[i], ti)
		}
		x.films[i] = fi
		for _, k := range f.Keywords {
			k = strings.ToLower(k)
			x.kwFilms[k] = append(x.kwFilms[k], int32(i))
		}
		if f.IsFilm() || f.IsSeries() {
			x.nFilms++
		}
	}
	// A person's prior grows with the votes of the films they are credited on.
	nPeople := cat.NumPeople()
	x.personPop = make([]float64, nPeople)
	for i := range nPeople {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		var votes float64
		cat.RoleFilms(i, func(f int) { votes += float64(films[f].Votes) })
		x.personPop[i] = 0.1 * math.Log10(1+votes)
	}
	var err error
	x.titles, err = newTextIndex(ctx, byPrior(len(films), func(i int) float64 { return x.films[i].prior }), func(p int32) (ws, ks []string) {
		for _, t := range titles[p] {
			ws = append(ws, t.words...)
		}
		for _, t := range filmTitles(&films[p]) {
			ks = append(ks, titleKeys(t)...)
		}
		return ws, ks
	})
	if err != nil {
		return nil, err
	}
	// The titles' words and keys are terms of the index: hold them as
	// references to its terms (titleRef).
	for i := range x.films {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		fi := &x.films[i]
		fi.t0, fi.nt = int32(len(x.titleRefs)), int32(len(titles[i]))
		for _, t := range titles[i] {
			r := titleRef{w0: int32(len(x.titleWords)), nw: int32(len(t.words)), original: t.original}
			for _, w := range t.words {
				x.titleWords = append(x.titleWords, x.termRef(&x.titles.words, w))
			}
			for k, key := range t.keys {
				r.keys[k] = x.termRef(&x.titles.keys, key)
			}
			x.titleRefs = append(x.titleRefs, r)
		}
		titles[i] = nil
	}
	x.titleRefs, x.titleWords = slices.Clip(x.titleRefs), slices.Clip(x.titleWords)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	x.names, err = newKeyedTextIndex(ctx, byPrior(nPeople, func(i int) float64 { return x.personPop[i] }),
		func(p int32) []string { return nameWords(cat.PersonName(int(p))) },
		func(p int32) string {
			if ks := nameKeys(cat.PersonName(int(p))); len(ks) > 0 {
				return ks[0]
			}
			return ""
		})
	if err != nil {
		return nil, err
	}
	if err := x.openMLT(ctx); err != nil {
		return nil, err
	}
	return x, nil
}

// byPrior returns the positions 0..n-1, highest prior first, ties in
// position order.
func byPrior(n int, prior func(i int) float64) []int32 {
	out := make([]int32, n)
	ps := make([]float64, n)
	for i := range out {
		out[i] = int32(i)
		ps[i] = prior(i)
	}
	sort.SliceStable(out, func(a, b int) bool { return ps[out[a]] > ps[out[b]] })
	return out
}
