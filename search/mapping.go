package search

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/bobine/bobine/data"
)

// SchemaVersion is the version of the index layout: the mapping, the
// analyzers and the documents. Bump it whenever any of them changes; Open
// refuses an index written with another version.
const SchemaVersion = 5

// typeFilm is the one document type: titles and names are resolved on the
// in-memory text indexes of textindex.go, so people have no document.
const typeFilm = "film"

// Film fields. Nothing is stored: hits carry the film id and everything
// else is read from the catalogue.
const (
	fYear       = "year"        // numeric
	fDecade     = "decade"      // "1990s"
	fKind       = "kind"        // IMDb titleType
	fGenre      = "genre"       // lowercase IMDb genre
	fPeople     = "people"      // names of directors, writers and main cast
	fCrew       = "crew"        // their nconsts, for more-like-this
	fKeyword    = "keyword"     // TMDB keywords, stemmed English
	fTag        = "tag"         // TMDB keywords, whole
	fCountry    = "country"     // ISO 3166-1 alpha-2, lowercase
	fSynopsisFR = "synopsis_fr" // French overview, stemmed
	fSynopsisEN = "synopsis_en" // English overview, stemmed
	fVotes      = "votes"       // numeric
)

// Analyzer and tokenizer names. They are registered globally with Bleve when
// the package loads, so that an index written by Build can be reopened.
const (
	aName      = "bobine_name"
	aFR        = "bobine_fr"
	aEN        = "bobine_en"
	filterFold = "bobine_fold"
)

// mainCast is how many of a film's first cast members are indexed.
const mainCast = 6

// wordsTokenizer turns a text into a token per word of fn.
type wordsTokenizer struct {
	fn func(string) []string
}

func (t wordsTokenizer) Tokenize(input []byte) analysis.TokenStream {
	ws := t.fn(string(input))
	ts := make(analysis.TokenStream, len(ws))
	for i, w := range ws {
		ts[i] = &analysis.Token{Term: []byte(w), Start: 0, End: len(input), Position: i + 1, Type: analysis.AlphaNumeric}
	}
	return ts
}

// foldFilter folds every token like fold does (accents, ligatures, case).
type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Term = []byte(fold(string(t.Term)))
	}
	return in
}

func init() {
	tok := func(t wordsTokenizer) registry.TokenizerConstructor {
		return func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) { return t, nil }
	}
	must := func(err error) {
		if err != nil {
			panic(fmt.Sprintf("search: register analysis: %v", err))
		}
	}
	must(registry.RegisterTokenizer(aName, tok(wordsTokenizer{fn: nameWords})))
	must(registry.RegisterTokenFilter(filterFold, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	}))
}

// newMapping returns the one index mapping of Bobine: a "film" document
// type, typed by the "_type" field of each document.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	im.TypeField = "_type"
	im.DefaultAnalyzer = keyword.Name
	im.DefaultMapping = mapping.NewDocumentDisabledMapping()
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	analyzers := []struct {
		name      string
		tokenizer string
		filters   []string
	}{
		{aName, aName, nil},
		// Fold after elision (it needs the apostrophe) and before stemming, so
		// that "évadés" and "evades" stem alike.
		{aFR, unicode.Name, []string{lowercase.Name, fr.ElisionName, filterFold, fr.StopName, fr.SnowballStemmerName}},
		{aEN, unicode.Name, []string{lowercase.Name, en.PossessiveName, filterFold, en.StopName, en.SnowballStemmerName}},
	}
	for _, a := range analyzers {
		def := map[string]interface{}{"type": custom.Name, "tokenizer": a.tokenizer}
		if len(a.filters) > 0 {
			fs := make([]interface{}, len(a.filters))
			for i, f := range a.filters {
				fs[i] = f
			}
			def["token_filters"] = fs
		}
		if err := im.AddCustomAnalyzer(a.name, def); err != nil {
			return nil, fmt.Errorf("search: mapping: analyzer %s: %w", a.name, err)
		}
	}

	text := func(analyzer string) *mapping.FieldMapping {
		fm := mapping.NewTextFieldMapping()
		fm.Analyzer = analyzer
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false
		fm.DocValues = false
		return fm
	}
	num := func(docValues bool) *mapping.FieldMapping {
		fm := mapping.NewNumericFieldMapping()
		fm.Store = false
		fm.IncludeInAll = false
		fm.DocValues = docValues
		return fm
	}
	doc := func(fields map[string]*mapping.FieldMapping) *mapping.DocumentMapping {
		dm := mapping.NewDocumentStaticMapping()
		for name, fm := range fields {
			dm.AddFieldMappingsAt(name, fm)
		}
		// No composite "_all" field: every query names its fields.
		dm.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
		return dm
	}
	im.AddDocumentMapping(typeFilm, doc(map[string]*mapping.FieldMapping{
		fYear:       num(false),
		fDecade:     text(keyword.Name),
		fKind:       text(keyword.Name),
		fGenre:      text(keyword.Name),
		fPeople:     text(aName),
		fCrew:       text(keyword.Name),
		fKeyword:    text(aEN),
		fTag:        text(keyword.Name),
		fCountry:    text(keyword.Name),
		fSynopsisFR: text(aFR),
		fSynopsisEN: text(aEN),
		fVotes:      num(false),
	}))
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("search: mapping: %w", err)
	}
	return im, nil
}

// filmTitles returns every title a film is known by, primary first,
// without duplicates.
func filmTitles(f *data.Film) []string {
	out := make([]string, 0, 3+len(f.Akas))
	seen := make(map[string]bool, 3+len(f.Akas))
	for _, t := range append([]string{f.Title, f.OriginalTitle, f.FrenchTitle}, f.Akas...) {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// crewIDs returns the people of a film that say most about it: directors,
// writers and the first mainCast cast members, without duplicates.
func crewIDs(f *data.Film) []string {
	out := make([]string, 0, len(f.Directors)+len(f.Writers)+mainCast)
	seen := make(map[string]bool)
	add := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, id := range f.Directors {
		add(id)
	}
	for _, id := range f.Writers {
		add(id)
	}
	n := 0
	for _, c := range f.Credits {
		if c.IsCast() && n < mainCast {
			add(c.PersonID)
			n++
		}
	}
	return out
}

// decade returns "1990s" for 1994, or "".
func decade(year int) string {
	if year <= 0 {
		return ""
	}
	return strconv.Itoa(year/10*10) + "s"
}

func lowerAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.ToLower(s)
	}
	return out
}

// filmDoc is the Bleve document of a film.
func filmDoc(f *data.Film, cat *data.Catalogue) map[string]interface{} {
	crew := crewIDs(f)
	names := make([]string, 0, len(crew))
	for _, id := range crew {
		if p, err := cat.Person(id); err == nil {
			names = append(names, p.Name)
		}
	}
	d := map[string]interface{}{
		"_type":  typeFilm,
		fKind:    f.Type,
		fGenre:   lowerAll(f.Genres),
		fPeople:  names,
		fCrew:    crew,
		fKeyword: f.Keywords,
		fTag:     lowerAll(f.Keywords),
		fCountry: lowerAll(f.Countries),
		fVotes:   float64(f.Votes),
	}
	if f.Year > 0 {
		d[fYear] = float64(f.Year)
		d[fDecade] = decade(f.Year)
	}
	if f.OverviewFR != "" {
		d[fSynopsisFR] = f.OverviewFR
	}
	if f.OverviewEN != "" {
		d[fSynopsisEN] = f.OverviewEN
	}
	return d
}
