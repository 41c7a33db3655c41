package search

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/bobine/bobine/data"
)

// Theme is a plot theme read in a customer's words.
type Theme struct {
	LabelFR, LabelEN string   // how a reply names it: "braquage" / "heist"
	Keywords         []string // TMDB keywords (English, as in data.Film.Keywords) it stands for, strongest first
	Score            float64  // 0..1: how surely the words name a theme (1 = a known keyword or its translation)
}

// Label returns the theme's label in lang ("fr" or "en").
func (t Theme) Label(lang string) string {
	if lang == "fr" {
		return t.LabelFR
	}
	return t.LabelEN
}

// themesFile is the file Build writes beside the Bleve files: what the
// index learnt from the catalogue about which words name which keywords.
const themesFile = "themes.json.gz"

// themeModel is what the catalogue teaches about themes: the TMDB keywords
// worth naming, and for each French and English word or pair of words
// (stemmed, from synopses and titles) the keywords it goes with more often
// than chance. It is built once per index (buildThemeModel) and read-only
// afterwards.
type themeModel struct {
	Films    int            `json:"films"`    // films with keywords and some text, the population of the counts
	Keywords []themeKeyword `json:"keywords"` // the vocabulary, by id
	FR       termTable      `json:"fr"`       // French terms
	EN       termTable      `json:"en"`       // English terms
	// TR translates French words into the English words of keywords,
	// learnt from the films that have both a French and an English
	// synopsis: "vélo" -> "bicycl", "internat" -> "board", "school".
	TR map[string]transInfo `json:"tr,omitempty"`
	// Known are the other words (stemmed, French and English) of two texts
	// or more: real words that predict no keyword, which a typo
	// correction must leave alone ("ballerina" is no "baleine").
	Known []string `json:"known,omitempty"`

	byStem    map[string][]int32   // English stem form of a keyword -> ids
	byName    map[string]int32     // lower-case keyword -> id
	byWord    map[string][]int32   // each word of a stem form -> ids
	byPrefix  map[string][]rawWord // first 5 letters of a keyword's words as written -> the words
	stemWords map[string]bool      // the words of the stem forms
	knownWord map[string]bool      // Known

	askOnce  sync.Once        // fills askShort on first use
	askShort map[string]int32 // English stems of a themeAskable name without its filler words -> id
}

// themeKeyword is one TMDB keyword of the vocabulary.
type themeKeyword struct {
	Name string   `json:"name"`          // as TMDB writes it, lower case
	Stem string   `json:"stem"`          // English analyzer terms, space-joined
	DF   int      `json:"df"`            // films carrying it
	FR   string   `json:"fr"`            // the French words that name it best in the data, as written
	Alt  []string `json:"alt,omitempty"` // other stem forms that spell it: each part of "holocaust (shoah)"
}

// termTable maps a stemmed term (a word or two neighbours) to what the
// model knows about it.
type termTable map[string]termInfo

// termInfo is a term's document frequency among the model's films and the
// keywords it predicts, strongest first.
type termInfo struct {
	DF int32
	As []assoc
}

func (ti termInfo) MarshalJSON() ([]byte, error) {
	as, err := json.Marshal(ti.As)
	if err != nil {
		return nil, err
	}
	return []byte(fmt.Sprintf("[%d,%s]", ti.DF, as)), nil
}

func (ti *termInfo) UnmarshalJSON(b []byte) error {
	var v []json.RawMessage
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if len(v) != 2 {
		return fmt.Errorf("term: want [df, assocs], got %d values", len(v))
	}
	if err := json.Unmarshal(v[0], &ti.DF); err != nil {
		return err
	}
	return json.Unmarshal(v[1], &ti.As)
}

// assoc is a term's association with keyword K, in 0..1: the share of the
// films whose text has the term that carry the keyword, weighed by how far
// that is from the keyword's base rate (liftFactor).
type assoc struct {
	K int32
	S float32
}

func (a assoc) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("[%d,%.3f]", a.K, a.S)), nil
}

func (a *assoc) UnmarshalJSON(b []byte) error {
	var v [2]float64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	a.K, a.S = int32(v[0]), float32(v[1])
	return nil
}

// Learning thresholds.
const (
	themeMinKeywordDF = 3    // a keyword on fewer films is not a theme
	themeMinTermDF    = 3    // a term in fewer texts teaches nothing reliable
	themeMinCo        = 3    // films with both term and keyword
	themeMinAssoc     = 0.03 // association kept (see learn)
	themeMaxAssoc     = 12   // keywords kept per term
	themeShrink       = 8    // added to a term's films: a rare term's association counts less
)

// token is one analysed word with its place in the text.
type token struct {
	term       string
	start, end int
}

func analyzeText(a analysis.Analyzer, s string) []token {
	ts := a.Analyze([]byte(s))
	out := make([]token, 0, len(ts))
	for _, t := range ts {
		out = append(out, token{term: string(t.Term), start: t.Start, end: t.End})
	}
	return out
}

// terms returns the unigrams and the bigrams (adjacent after stop words are
// dropped) of toks, each once.
func terms(toks []token) []string {
	seen := make(map[string]bool, 2*len(toks))
	out := make([]string, 0, 2*len(toks))
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for i, t := range toks {
		add(t.term)
		if i > 0 && toks[i-1].term != t.term {
			add(toks[i-1].term + " " + t.term)
		}
	}
	return out
}

// buildThemeModel learns the theme model of cat: a keyword vocabulary and
// the associations between the words of the French synopses and titles (and
// of the English ones) and the keywords of the same films.
func buildThemeModel(ctx context.Context, cat *data.Catalogue, im mapping.IndexMapping) (*themeModel, error) {
	fr, en := im.AnalyzerNamed(aFR), im.AnalyzerNamed(aEN)
	if fr == nil || en == nil {
		return nil, fmt.Errorf("search: theme model: analyzers missing")
	}
	films := cat.Films()
	// Keyword vocabulary over films and series.
	kdf := map[string]int{}
	for i := range films {
		f := &films[i]
		if !f.IsFilm() && !f.IsSeries() {
			continue
		}
		for _, k := range f.Keywords {
			kdf[strings.ToLower(k)]++
		}
	}
	m := &themeModel{FR: termTable{}, EN: termTable{}}
	names := make([]string, 0, len(kdf))
	for k, n := range kdf {
		if n >= themeMinKeywordDF {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	ids := make(map[string]int32, len(names))
	for i, k := range names {
		ids[k] = int32(i)
		var st []string
		for _, t := range analyzeText(en, k) {
			st = append(st, t.term)
		}
		kw := themeKeyword{Name: k, Stem: strings.Join(st, " "), DF: kdf[k]}
		// "holocaust (shoah)", "football (soccer)": each part spells it too.
		if main, alias, ok := strings.Cut(k, "("); ok {
			for _, part := range []string{main, strings.TrimSuffix(alias, ")")} {
				var ps []string
				for _, t := range analyzeText(en, part) {
					ps = append(ps, t.term)
				}
				if len(ps) > 0 {
					kw.Alt = append(kw.Alt, strings.Join(ps, " "))
				}
			}
		}
		m.Keywords = append(m.Keywords, kw)
	}

	// Documents: the keyword ids and the French and English terms of each
	// film, terms interned per language.
	type doc struct {
		kw     []int32
		fr, en []int32
	}
	frV, enV := newVocab(), newVocab()
	var docs []doc
	frSurface := map[string]map[string]int{} // French term -> its spellings in the texts
	for i := range films {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		f := &films[i]
		if !f.IsFilm() && !f.IsSeries() {
			continue
		}
		var d doc
		for _, k := range f.Keywords {
			if id, ok := ids[strings.ToLower(k)]; ok {
				d.kw = append(d.kw, id)
			}
		}
		if len(d.kw) == 0 {
			continue
		}
		frText := f.OverviewFR
		if f.FrenchTitle != "" {
			frText = f.FrenchTitle + ". " + frText
		}
		enText := f.OverviewEN
		if f.Title != "" {
			enText = f.Title + ". " + enText
		}
		ftoks := analyzeText(fr, frText)
		d.fr = frV.intern(terms(ftoks))
		d.en = enV.intern(terms(analyzeText(en, enText)))
		// Remember how the French terms are written, for labels.
		for j, t := range ftoks {
			note(frSurface, t.term, frText[t.start:t.end])
			if j > 0 && t.end-ftoks[j-1].start < 40 {
				note(frSurface, ftoks[j-1].term+" "+t.term, frText[ftoks[j-1].start:t.end])
			}
		}
		docs = append(docs, d)
	}
	m.Films = len(docs)
	if m.Films == 0 {
		m.index()
		return m, nil
	}
	kwDocs := make([][]int32, len(m.Keywords))
	for i, d := range docs {
		for _, k := range d.kw {
			kwDocs[k] = append(kwDocs[k], int32(i))
		}
	}
	n := float64(m.Films)
	// learn counts, keyword by keyword, the films whose text has each term,
	// and keeps for each term the keywords it predicts (assocs) and for
	// each keyword the term that its films use most distinctively (best).
	learn := func(v *vocab, side func(*doc) []int32) (out termTable, best []int32) {
		perTerm := make([][]assoc, len(v.names))
		best = make([]int32, len(m.Keywords))
		bestS := make([]float64, len(m.Keywords))
		cnt := make([]int32, len(v.names))
		var touched []int32
		for k, ds := range kwDocs {
			best[k] = -1
			nk := float64(len(ds))
			if nk == 0 {
				continue
			}
			for _, di := range ds {
				for _, t := range side(&docs[di]) {
					if v.df[t] < themeMinTermDF {
						continue
					}
					if cnt[t] == 0 {
						touched = append(touched, t)
					}
					cnt[t]++
				}
			}
			for _, t := range touched {
				c, nt := float64(cnt[t]), float64(v.df[t])
				cnt[t] = 0
				if c < themeMinCo {
					continue
				}
				lf := liftFactor(c, nt, nk, n)
				if lf <= 0 {
					continue
				}
				if s := c / (nt + themeShrink) * lf; s >= themeMinAssoc {
					perTerm[t] = append(perTerm[t], assoc{K: int32(k), S: float32(s)})
				}
				// A label must be distinctive (lift 4 or more), and common enough.
				if r := c / (nk + 2) * lf * lf; r > bestS[k] && nt >= 2*themeMinTermDF && c >= 3 && lf >= 0.5 {
					bestS[k], best[k] = r, t
				}
			}
			touched = touched[:0]
		}
		out = make(termTable)
		for t, as := range perTerm {
			if len(as) == 0 {
				continue
			}
			sortAssocs(as)
			if len(as) > themeMaxAssoc {
				as = append([]assoc(nil), as[:themeMaxAssoc]...)
			}
			out[v.names[t]] = termInfo{DF: v.df[t], As: as}
		}
		return out, best
	}
	var frBest []int32
	m.FR, frBest = learn(frV, func(d *doc) []int32 { return d.fr })
	m.EN, _ = learn(enV, func(d *doc) []int32 { return d.en })
	kwWords := make(map[string][]string, len(m.Keywords))
	for _, k := range m.Keywords {
		// Remarks about a film ("based on novel or book") and keywords on
		// most films name no theme.
		if themeMeta[k.Name] || m.broad(k.DF) {
			continue
		}
		ws := strings.Fields(k.Stem)
		for _, a := range k.Alt {
			ws = append(ws, strings.Fields(a)...)
		}
		kwWords[k.Name] = ws
	}
	tr, err := learnTranslations(ctx, films, fr, en, m.stemWordSet(), kwWords)
	if err != nil {
		return nil, err
	}
	m.TR = tr
	for _, v := range []*vocab{frV, enV} {
		for i, t := range v.names {
			_, inFR := m.FR[t]
			_, inEN := m.EN[t]
			_, inTR := m.TR[t]
			if v.df[i] >= 2 && !inFR && !inEN && !inTR && !strings.Contains(t, " ") {
				m.Known = append(m.Known, t)
			}
		}
	}
	sort.Strings(m.Known)
	m.Known = slices.Compact(m.Known)

	// The French name of each keyword: the French term its films use most
	// distinctively, as most often written.
	for k, t := range frBest {
		if t < 0 {
			continue
		}
		// Only a term that names the keyword both ways: the keyword is
		// among the three the term predicts best.
		name := frV.names[t]
		for i, a := range m.FR[name].As {
			if i < 3 && a.K == int32(k) {
				m.Keywords[k].FR = mostWritten(frSurface[name])
			}
		}
	}
	m.index()
	return m, nil
}

// transInfo is a French word's document frequency among the films with
// both synopses and the English keyword words it translates to, strongest
// first (assoc.K indexes nothing here: E holds the word).
type transInfo struct {
	DF int32     `json:"df"`
	E  []string  `json:"e"`
	S  []float32 `json:"s"`
}

// Translation thresholds.
const (
	transMinDF  = 3    // a French word in fewer bilingual films is not translated
	transMinCo  = 3    // films with both words
	transMinS   = 0.12 // a translation kept
	transMaxOut = 3    // translations kept per French word
	transShrink = 4    // added to a French word's films
)

// stemWordSet returns the words of the keywords' English stem forms.
func (m *themeModel) stemWordSet() map[string]bool {
	out := map[string]bool{}
	for _, k := range m.Keywords {
		for _, w := range strings.Fields(k.Stem) {
			out[w] = true
		}
		for _, a := range k.Alt {
			for _, w := range strings.Fields(a) {
				out[w] = true
			}
		}
	}
	return out
}

// learnTranslations pairs the French words of the films that have a French
// synopsis with the English words (among targets: the words of keywords)
// of the same films, by how much more often than chance they meet. The
// English words of a film are those of its English synopsis and title and
// those of its keywords (kwWords: lower-case keyword -> stemmed words), so
// that a French word meets the English word that many keywords share
// ("migrants" -> "immigr" through "immigrant", "illegal immigration").
func learnTranslations(ctx context.Context, films []data.Film, fr, en analysis.Analyzer, targets map[string]bool, kwWords map[string][]string) (map[string]transInfo, error) {
	frV, enV := newVocab(), newVocab()
	co := map[uint64]int32{}
	n := 0
	for i := range films {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		f := &films[i]
		if !f.IsFilm() && !f.IsSeries() || f.OverviewFR == "" || f.OverviewEN == "" && len(f.Keywords) == 0 {
			continue
		}
		n++
		var fw, ew []string
		seen := map[string]bool{}
		for _, t := range analyzeText(fr, f.FrenchTitle+". "+f.OverviewFR) {
			if !seen[t.term] {
				seen[t.term] = true
				fw = append(fw, t.term)
			}
		}
		seen = map[string]bool{}
		if f.OverviewEN != "" {
			for _, t := range analyzeText(en, f.Title+". "+f.OverviewEN) {
				if targets[t.term] && !seen[t.term] {
					seen[t.term] = true
					ew = append(ew, t.term)
				}
			}
		}
		for _, k := range f.Keywords {
			for _, w := range kwWords[strings.ToLower(k)] {
				if !seen[w] {
					seen[w] = true
					ew = append(ew, w)
				}
			}
		}
		fi, ei := frV.intern(fw), enV.intern(ew)
		for _, a := range fi {
			for _, b := range ei {
				co[uint64(a)<<32|uint64(b)]++
			}
		}
	}
	type cand struct {
		e int32
		s float64
	}
	per := map[int32][]cand{}
	for key, c := range co {
		a, b := int32(key>>32), int32(key&0xffffffff)
		if c < transMinCo || frV.df[a] < transMinDF {
			continue
		}
		nf, ne := float64(frV.df[a]), float64(enV.df[b])
		lf := liftFactor(float64(c), nf, ne, float64(n))
		if s := float64(c) / (nf + transShrink) * lf; s >= transMinS {
			per[a] = append(per[a], cand{b, s})
		}
	}
	out := make(map[string]transInfo, len(per))
	for a, cs := range per {
		sort.Slice(cs, func(i, j int) bool {
			if cs[i].s != cs[j].s {
				return cs[i].s > cs[j].s
			}
			return enV.names[cs[i].e] < enV.names[cs[j].e]
		})
		if len(cs) > transMaxOut {
			cs = cs[:transMaxOut]
		}
		ti := transInfo{DF: frV.df[a]}
		for _, c := range cs {
			ti.E = append(ti.E, enV.names[c.e])
			ti.S = append(ti.S, float32(math.Round(c.s*1000)/1000))
		}
		out[frV.names[a]] = ti
	}
	return out, nil
}

// liftFactor weighs an association by how far it is from chance: 0 when a
// term's films carry the keyword no more often than all films (lift 1), 1
// from a lift of 16, log-scaled between, so that a generic keyword
// ("based on novel or book") never outweighs a specific one.
func liftFactor(c, nt, nk, n float64) float64 {
	lift := (c / nt) / (nk / n)
	if lift <= 1 {
		return 0
	}
	return math.Min(1, math.Log2(lift)/4)
}

// vocab interns the terms of one language.
type vocab struct {
	ids   map[string]int32
	names []string
	df    []int32
}

func newVocab() *vocab { return &vocab{ids: map[string]int32{}} }

// intern returns the ids of ts, each counted once more in df.
func (v *vocab) intern(ts []string) []int32 {
	out := make([]int32, len(ts))
	for i, t := range ts {
		id, ok := v.ids[t]
		if !ok {
			id = int32(len(v.names))
			v.ids[t] = id
			v.names = append(v.names, t)
			v.df = append(v.df, 0)
		}
		v.df[id]++
		out[i] = id
	}
	return out
}

func note(m map[string]map[string]int, term, surface string) {
	s := m[term]
	if s == nil {
		s = map[string]int{}
		m[term] = s
	}
	s[strings.ToLower(surface)]++
}

func mostWritten(s map[string]int) string {
	best, n := "", 0
	for w, c := range s {
		if c > n || c == n && w < best {
			best, n = w, c
		}
	}
	return best
}

func sortAssocs(as []assoc) {
	sort.Slice(as, func(i, j int) bool {
		if as[i].S != as[j].S {
			return as[i].S > as[j].S
		}
		return as[i].K < as[j].K
	})
}

// index fills the lookup maps after building or loading.
func (m *themeModel) index() {
	m.byStem = make(map[string][]int32, len(m.Keywords))
	m.byName = make(map[string]int32, len(m.Keywords))
	m.byWord = map[string][]int32{}
	m.stemWords = map[string]bool{}
	m.byPrefix = map[string][]rawWord{}
	for i, k := range m.Keywords {
		if k.DF < cognateMinDF || k.DF < themeSureDF && strings.ContainsAny(k.Name, " -'") || themeMeta[k.Name] {
			continue
		}
		for _, w := range splitWords(fold(k.Name)) {
			if len(w) >= cognatePrefix {
				m.byPrefix[w[:cognatePrefix]] = append(m.byPrefix[w[:cognatePrefix]], rawWord{w, int32(i)})
			}
		}
	}
	m.knownWord = make(map[string]bool, len(m.Known))
	for _, w := range m.Known {
		m.knownWord[w] = true
	}
	for i, k := range m.Keywords {
		m.byStem[k.Stem] = append(m.byStem[k.Stem], int32(i))
		m.byName[k.Name] = int32(i)
		for _, a := range k.Alt {
			if a != k.Stem {
				m.byStem[a] = append(m.byStem[a], int32(i))
			}
		}
		for _, w := range strings.Fields(k.Stem) {
			m.stemWords[w] = true
			if l := m.byWord[w]; len(l) == 0 || l[len(l)-1] != int32(i) {
				m.byWord[w] = append(l, int32(i))
			}
		}
	}
	// The most common keyword first among homonyms ("zombie", "zombies").
	for _, ids := range m.byStem {
		sort.Slice(ids, func(a, b int) bool { return m.Keywords[ids[a]].DF > m.Keywords[ids[b]].DF })
	}
}

// writeThemeModel writes m as gzipped JSON into dir.
func writeThemeModel(dir string, m *themeModel) error {
	f, err := os.Create(filepath.Join(dir, themesFile))
	if err != nil {
		return fmt.Errorf("search: write theme model: %w", err)
	}
	zw := gzip.NewWriter(f)
	bw := bufio.NewWriter(zw)
	err = json.NewEncoder(bw).Encode(m)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = zw.Close()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("search: write theme model: %w", err)
	}
	return nil
}

// readThemeModel reads what writeThemeModel wrote.
func readThemeModel(dir string) (*themeModel, error) {
	f, err := os.Open(filepath.Join(dir, themesFile))
	if err != nil {
		return nil, fmt.Errorf("theme model: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("theme model %s: %w", themesFile, err)
	}
	m := &themeModel{}
	if err := json.NewDecoder(zr).Decode(m); err != nil {
		return nil, fmt.Errorf("theme model %s: %w", themesFile, err)
	}
	for t, ti := range m.FR {
		for _, a := range ti.As {
			if a.K < 0 || int(a.K) >= len(m.Keywords) {
				return nil, fmt.Errorf("theme model %s: term %q names keyword %d of %d", themesFile, t, a.K, len(m.Keywords))
			}
		}
	}
	for t, ti := range m.EN {
		for _, a := range ti.As {
			if a.K < 0 || int(a.K) >= len(m.Keywords) {
				return nil, fmt.Errorf("theme model %s: term %q names keyword %d of %d", themesFile, t, a.K, len(m.Keywords))
			}
		}
	}
	m.index()
	return m, nil
}

// themeFiller are the words of a theme request that say nothing about the
// theme ("un film de", "a movie about", "qqch avec"), folded. Genre names
// are filler too: the chat reads them as genres, not themes.
var themeFiller = setOf(
	"film", "films", "movie", "movies", "flick", "flicks", "cinema", "histoire", "histoires", "story", "stories",
	"something", "someone", "somebody", "quelque", "quelqu", "chose", "truc", "trucs", "qqch", "qqn", "qq", "qqc",
	"theme", "themes", "sujet", "parle", "parlant", "parlent", "about", "sur", "avec", "with", "involving", "featuring",
	"genre", "type", "style", "plot", "intrigue", "some", "any", "one", "des", "les", "une", "un", "de", "du", "la", "le",
	"a", "an", "the", "of", "on", "et", "and", "ou", "or", "en", "in", "dans", "qui", "that", "where", "autour", "around",
	"set", "based", "centered", "lots", "lot", "plein", "beaucoup", "euh", "bref", "svp", "stp", "please", "plutot",
	"vraiment", "tres", "very", "really", "kind", "sort", "gros", "grosse", "big", "bon", "bonne", "good", "great",
	"nice", "cool", "sympa", "voir", "regarder", "watch", "see", "want", "veux", "voudrais", "aimerais", "cherche",
	"looking", "for", "pour", "je", "i", "me", "moi", "nous", "we", "il", "y", "ya", "avoir", "has", "have",
	"is", "are", "est", "sont", "ce", "ca", "this", "cette", "cet", "comme", "like", "vous", "auriez", "avez", "you",
	"got", "mais", "but", "au", "aux", "l", "d", "s", "qu", "se", "passe", "passant", "pendant", "during", "aussi", "also", "plus", "more", "bien", "well", "same", "meme", "ambiance", "vibe",
	"annee", "annees", "ans", "decennie", "years", "decade", "decades", "moins", "less", "than", "under", "max",
	"maximum", "minimum", "minutes", "min", "heures", "heure", "hours", "hour", "recent", "recents", "recente",
	"vieux", "ancien", "anciens", "old", "older", "newer", "new", "nouveau", "nouveaux", "merci", "thanks",
	"bonjour", "salut", "hello", "hi", "ai", "aime", "aimes", "aimee", "adore", "adores", "liked", "loved", "love", "enjoyed",
	"comedie", "comedies", "comedy", "drame", "drames", "drama", "dramas", "thriller", "thrillers", "horreur", "horror",
	"action", "aventure", "aventures", "adventure", "adventures", "romance", "romances", "romantique", "romantic",
	"documentaire", "documentaires", "documentary", "animation", "anime", "dessin", "animated",
	// In what mood the customer will watch ("something light for tonight"): no theme.
	"tonight", "leger", "legere", "legers", "legeres", "light",
)

// themeOccasion are the words naming when the customer will watch after
// "ce" or "this" (« pour ce soir », « ce week-end », "this evening"):
// filler there, not in « une aventure d'un soir ».
var themeOccasion = setOf("soir", "evening", "weekend", "week")

// themeAbbrev maps the shortenings customers type to the word the
// synopses use ("un prof" -> "professeur"), folded.
var themeAbbrev = map[string]string{
	"prof": "professeur", "profs": "professeurs", "instit": "instituteur", "instits": "instituteurs",
	"flic": "policier", "flics": "policiers", "keuf": "policier", "keufs": "policiers", "foot": "football",
	"ado": "adolescent", "ados": "adolescents", "manif": "manifestation", "manifs": "manifestations",
	"ia": "intelligence artificielle", "scifi": "science fiction",
	"ww2": "world war ii", "wwii": "world war ii", "ww1": "world war i", "wwi": "world war i",
	"resto": "restaurant", "bagnole": "voiture", "bagnoles": "voitures", "exo": "extraterrestre",
	"et": "extraterrestre", "aliens": "alien", "vamp": "vampire", "bd": "bande dessinee", "cops": "police",
	"cop": "police", "vets": "veterans", "vet": "veteran",
	"vr": "virtual reality", "ussr": "soviet union", "urss": "soviet union", "frisco": "san francisco",
}

// themeMeta are TMDB keywords that say something about a film, not what it
// is about.
var themeMeta = setOf("aftercreditsstinger", "duringcreditsstinger", "woman director", "based on novel or book",
	"based on comic", "based on true story", "sequel", "remake", "biography", "independent film", "based on play or musical",
	"3d", "live action remake", "marvel cinematic universe (mcu)", "dc extended universe (dceu)", "anime", "short film",
	"based on short story", "based on young adult novel", "based on memoir or autobiography", "based on video game",
	"based on tv series", "black and white", "silent film", "musical", "duringcreditsstinger", "post-credits scene")

// themeAskable are the remarks of themeMeta a customer may ask for by
// name ("based on a true story", « tiré d'une histoire vraie »): they lead
// a theme only when named outright.
var themeAskable = setOf("based on true story", "biography", "based on novel or book", "based on comic",
	"based on play or musical", "based on video game", "remake", "black and white", "silent film")

// fillerPhrase finds in q (as typed) the longest run of two words or more
// holding a word of themeFiller whose English stems spell a keyword of
// themeSureDF films or more, or one of themeAskable ("new year's eve",
// "based on a true story"): themeWords would drop that word. whole reports
// whether no other word of q names anything; span is the run as typed,
// lower case.
func (m *themeModel) fillerPhrase(en analysis.Analyzer, q string) (k int32, span string, whole, ok bool) {
	fields := strings.Fields(q)
	for l := min(len(fields), fillerPhraseMax); l >= 2; l-- {
		for i := 0; i+l <= len(fields); i++ {
			run := fields[i : i+l]
			filler := false
			for _, w := range run {
				for _, fw := range splitWords(fold(w)) {
					filler = filler || themeFiller[fw]
				}
			}
			if !filler {
				continue
			}
			toks := analyzeText(en, strings.ToLower(strings.Join(run, " ")))
			if len(toks) < 2 {
				continue
			}
			ids, found := m.byStem[joinTerms(toks)]
			if !found {
				ids, found = m.askableByShortStem(en, joinTerms(toks))
			}
			if !found {
				continue
			}
			kw := m.Keywords[ids[0]]
			if kw.DF < themeSureDF && !themeAskable[kw.Name] || themeMeta[kw.Name] && !themeAskable[kw.Name] {
				continue
			}
			rest, _ := themeWords(strings.Join(fields[:i], " ") + " " + strings.Join(fields[i+l:], " "))
			span = strings.Trim(strings.ToLower(strings.Join(run, " ")), ".,;:!?«»\"()[] ")
			return ids[0], span, len(rest) == 0, true
		}
	}
	return 0, "", false, false
}

// askableByShortStem returns the keyword of themeAskable whose name,
// without its filler words, has the English stems st: "true story" names
// "based on true story".
func (m *themeModel) askableByShortStem(en analysis.Analyzer, st string) ([]int32, bool) {
	m.askOnce.Do(func() {
		m.askShort = map[string]int32{}
		for name := range themeAskable {
			k, ok := m.byName[name]
			if !ok {
				continue
			}
			var ws []string
			for _, w := range strings.Fields(name) {
				if !themeFiller[fold(w)] {
					ws = append(ws, w)
				}
			}
			if len(ws) > 1 {
				m.askShort[joinTerms(analyzeText(en, strings.Join(ws, " ")))] = k
			}
		}
	})
	k, ok := m.askShort[st]
	if !ok {
		return nil, false
	}
	return []int32{k}, true
}

// fillerPhraseMax is the most words fillerPhrase tries at once: no
// keyword's name is longer.
const fillerPhraseMax = 5

// joinTerms returns the terms of toks joined by spaces.
func joinTerms(toks []token) string {
	ts := make([]string, len(toks))
	for i, t := range toks {
		ts[i] = t.term
	}
	return strings.Join(ts, " ")
}

// themePossessive are the possessives of "pour mon fils", "for my kids", folded.
var themePossessive = setOf("mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "my", "our", "your")

// warNumber spells a world war's number as TMDB keywords do.
var warNumber = map[string]string{"1": "i", "2": "ii", "one": "i", "two": "ii"}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// themeWords returns the words of q that may name a theme, folded, with
// shortenings spelt out, and a label: q as typed from the first such word
// to the last, lower case, without a leading elision ("un film d'évasion
// de prison" -> "évasion de prison").
func themeWords(q string) (folded []string, label string) {
	fields := strings.Fields(q)
	first, last := -1, -1
	skip := 0
	for i, w := range fields {
		// "pour mon fils", "for my kids": who the film is for, not its theme.
		if skip > 0 {
			skip--
			continue
		}
		if f := fold(w); (f == "pour" || f == "for") && i+2 < len(fields) && themePossessive[fold(fields[i+1])] {
			skip = 2
			continue
		}
		ws := splitWords(fold(w))
		if i > 0 && len(ws) > 0 && themeOccasion[ws[0]] && (fold(fields[i-1]) == "ce" || fold(fields[i-1]) == "this") {
			continue // « ce soir », « ce week-end »: the occasion
		}
		if len(ws) == 1 && ws[0] == "ai" && !strings.ContainsAny(w, "'’") {
			ws = []string{"artificial", "intelligence"} // "an AI movie", not "j'ai"
		}
		for _, fw := range ws {
			// "et" is "and", but alone it is E.T.
			if themeFiller[fw] && !(fw == "et" && len(fields) == 1) {
				continue
			}
			if r, ok := warNumber[fw]; ok && len(folded) > 0 && (folded[len(folded)-1] == "war" || folded[len(folded)-1] == "mondiale") {
				fw = r // "world war 2" is the keyword "world war ii"
			}
			if full, ok := themeAbbrev[fw]; ok {
				folded = append(folded, strings.Fields(full)...)
			} else {
				folded = append(folded, fw)
			}
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil, ""
	}
	ws := make([]string, 0, last-first+1)
	for _, w := range fields[first : last+1] {
		ws = append(ws, strings.ToLower(w))
	}
	label = strings.Trim(strings.Join(ws, " "), ".,;:!?«»\"()[] ")
	// "cuisine ou un chef cuisinier": the first wording names the theme.
	for _, or := range []string{" ou ", " or "} {
		if before, _, found := strings.Cut(label, or); found && before != "" {
			label = strings.TrimRight(before, ",; ")
		}
	}
	if i := strings.IndexAny(label, "'’"); i > 0 && elisions[fold(label[:i])] {
		_, n := utf8.DecodeRuneInString(label[i:])
		label = label[i+n:]
	}
	return folded, label
}

// Weights of the evidence MatchTheme adds up for a keyword.
const (
	themeMinScore    = 0.08 // the least association read as a theme at all
	themeSureDF      = 10   // films a keyword spelt out needs to be read as surely meant
	themeSure        = 0.35 // an association read as certain
	themeLexicon     = 1.5  // the request is a phrase of the seed lexicon naming the keyword
	themeLexiconPart = 1.0  // some of its words are
	themeSpelt       = 1.5  // the request spells the keyword out in English
	themeSpeltPart   = 0.4  // some of its words do, times their share of the words
	themeSpeltFloor  = 0.5  // the least trust in a keyword some words spell, however French the others read ("joueur de tennis")
	themeFamily      = 0.85 // a keyword spelling out the chosen one ("bank heist" for "heist"), relative to it
	themeMaxKeys     = 8    // keywords a theme stands for
	themeFamilyShare = 0.25 // share of a family keyword's films that carry the lead one too
	themeMaxExtra    = 3    // keywords beyond the lead one and its family
	themeMaxShare    = 0.03 // a keyword on a larger share of the films is no theme of its own
	themeTrans       = 0.8  // the French words translate to a keyword's English words, times their share
	themeTransLearnt = 0.0  // the English reading of the translated words, relative to a direct one
	themeCognate     = 0.6  // a French word spelt like a keyword's English word, times its share of the words
	transSure        = 0.4  // a translation read as certain
	transBackoff     = 0.08 // a French word tied to a keyword this surely is not translated
	themeAgree       = 0.6  // a French word's translation spells one of the keywords its texts tie it to, times its share of the words
	transLoose       = 0.12 // a French word tied this surely to a keyword its translation does not spell goes by that keyword
	transLooseAssocs = 3    // unless, tied less surely, its translation spells one of its first keywords
	themeSpecificity = 0.25 // how much a common keyword's evidence is discounted (themeSpecific)
)

// MatchTheme reads q (a few words of a message, e.g. "un film de braquage", "zombies",
// "sur la seconde guerre mondiale", "time travel") as a theme; ok is false when it names none.
//
// Filler words ("un film de", "something about") and genre names are left
// out, shortenings spelt out ("prof"), typos corrected against the words
// the index knows. Each TMDB keyword then gathers evidence: the words (or
// some of them) spell it in English, stemmed ("zombies", "time travel");
// a phrase of the seed lexicon names it ("braquage"); and what the index
// learnt from the catalogue, how much more often than chance a film whose
// French (or English) synopsis or title has these words carries it. The
// keyword with most evidence leads, then the ones spelling it out ("bank
// heist"), then the next best. Score is 1 for a spelt-out keyword or a
// lexicon phrase, less for a learnt association. It is safe for concurrent
// use.
func (x *Index) MatchTheme(ctx context.Context, q string) (t Theme, ok bool, err error) {
	t, ok, err = x.matchThemeWhole(ctx, dropSettingPhrase(q))
	return x.widenThinLead(t, ok), ok, err // a thin lead gives way to a sibling (themes_thin.go)
}

// matchThemeWhole is MatchTheme before a thin lead is widened.
func (x *Index) matchThemeWhole(ctx context.Context, q string) (t Theme, ok bool, err error) {
	if t, ok, done, err := x.matchPeriod(ctx, q); done || err != nil {
		return t, ok, err // the period a story is set in (themes_period.go)
	}
	t, ok, err = x.matchTheme(ctx, q)
	if err != nil {
		return t, ok, err
	}
	if t, ok, err = x.matchThemeList(ctx, q, t, ok); err != nil {
		return t, ok, err
	}
	if t, ok, err = x.narrowTheme(ctx, q, t, ok); err != nil {
		return t, ok, err
	}
	t = x.narrowByModifier(q, t, ok)
	if t, ok, err = x.coverTheme(ctx, q, t, ok); err != nil {
		return t, ok, err
	}
	if r := x.relationTheme(q, t, ok); len(r.Keywords) > 0 && (!ok || !slices.Equal(r.Keywords, t.Keywords)) {
		return r, true, nil // two relatives (themes_relation.go)
	}
	if r := x.lossTheme(q, t, ok); len(r.Keywords) > 0 && (!ok || !slices.Equal(r.Keywords, t.Keywords)) {
		return r, true, nil // a relative lost (themes_loss14.go)
	}
	if t, ok, err = x.headTheme(ctx, q, t, ok); err != nil { // a head noun and its clause (themes_head.go)
		return t, ok, err
	}
	if t, ok, err = x.clauseTheme(ctx, q, t, ok); err != nil { // a clause naming the theme after a head naming nobody (themes_clause.go)
		return t, ok, err
	}
	if t, ok, err = x.whoHeadTheme(ctx, q, t, ok); err != nil { // a clause narrower than a head naming who (themes_whohead.go)
		return t, ok, err
	}
	return x.exactKeywordLead(q, t, ok), ok, nil // a keyword spelt exactly leads (themes_exact.go)
}

// matchTheme is MatchTheme for q read as one phrase.
func (x *Index) matchTheme(ctx context.Context, q string) (t Theme, ok bool, err error) {
	if err := ctx.Err(); err != nil {
		return Theme{}, false, fmt.Errorf("search: match theme: %w", err)
	}
	m := x.themes
	if m == nil || len(m.Keywords) == 0 {
		return Theme{}, false, nil
	}
	folded, label := themeWords(q)
	if len(folded) == 0 {
		return Theme{}, false, nil
	}
	if _, lexicon := lexicon(folded); !lexicon && allDigits(folded) {
		return Theme{}, false, nil // "des années 90" is an era, "moins de 2h" a duration
	}
	ev := map[int32]float64{}
	add := func(k int32, s float64) { ev[k] += s }
	exact, partial := false, false // the whole request, or some of its words, name a keyword
	spelt := false                 // the whole request is an English keyword
	sure := 0.0                    // how surely the lexicon or spelt keywords name a theme, short of exact
	asked := map[int32]bool{}      // keywords named outright: a remark ("based on true story") may lead then

	// A keyword whose name holds words that are filler elsewhere ("new
	// year's eve", "based on a true story", "old age"), spelt out.
	if k, span, whole, ok := m.fillerPhrase(x.im.AnalyzerNamed(aEN), q); ok {
		asked[k] = true
		partial = true
		if whole {
			add(k, themeSpelt)
			spelt, exact = true, m.Keywords[k].DF >= themeSureDF
			sure = math.Max(sure, 0.9)
			label = span
		} else {
			add(k, themeLexiconPart)
			sure = math.Max(sure, 0.6)
		}
	}

	// The longest phrase of the seed lexicon among the words.
	// Of two phrases, the first is the head noun a French request is about,
	// the other its complement (« un abbé dans un petit village », « des
	// pêcheurs au bord de la mer »): the longest phrase at the first place
	// one starts.
	var lex *lexEntry
	lexWhole := false
	lexAt := len(folded)
	for _, span := range spans(len(folded)) {
		if span[0] >= lexAt {
			continue
		}
		if e, found := lexicon(folded[span[0]:span[1]]); found && (!e.frequent || 2*(span[1]-span[0]) >= len(folded)) {
			lex, lexWhole, lexAt = &e, span[1]-span[0] == len(folded), span[0]
		}
	}
	if lex == nil {
		// Several phrases of one entry that together make half the words
		// (« des moines dans un monastère »).
		lex = lexiconCovering(folded)
	}
	if lex != nil {
		lex = lexNamedFirst(lex, folded)
	}

	text := strings.Join(folded, " ")
	enRaw := analyzeText(x.im.AnalyzerNamed(aEN), text)
	frRaw := analyzeText(x.im.AnalyzerNamed(aFR), text)
	enToks := m.correct(m.EN, m.FR, text, append([]token(nil), enRaw...), frRaw, true)
	frToks := m.correct(m.FR, m.EN, text, append([]token(nil), frRaw...), enRaw, false)
	// A word the French synopses use is a real French word, no typo:
	// « noyade » is not « nomade ».
	if err := x.keepRealWords(ctx, frRaw, enRaw, frToks, enToks); err != nil {
		return Theme{}, false, fmt.Errorf("search: match theme: %w", err)
	}

	// How well the words read in each language, relative to the other.
	fitFR, fitEN := m.fitFR(frToks), fit(m.EN, enToks)
	wFR := fitFR / math.Max(1e-9, math.Max(fitFR, fitEN))
	wEN := fitEN / math.Max(1e-9, math.Max(fitFR, fitEN))
	if fitFR == 0 && fitEN == 0 {
		wFR, wEN = 1, 1
	}

	// English keywords spelt out, longest first. Keywords spelt by some of
	// the words only count when neither they nor the lexicon name the
	// whole request ("évasion de prison" is a theme, "prison" part of it).
	type partialSpelt struct {
		k int32
		s float64
	}
	var parts []partialSpelt
	used := make([]bool, len(enToks))
	for _, span := range spans(len(enToks)) {
		if anyUsed(used[span[0]:span[1]]) {
			continue
		}
		st := make([]string, 0, span[1]-span[0])
		for _, t := range enToks[span[0]:span[1]] {
			st = append(st, t.term)
		}
		ids, found := m.byStem[strings.Join(st, " ")]
		if !found {
			continue
		}
		if span[1]-span[0] == len(enToks) && m.falseFriend(text, frToks, ids) {
			continue // « des singes » are apes, not "singing"
		}
		for i := span[0]; i < span[1]; i++ {
			used[i] = true
		}
		k := ids[0]
		// A rare keyword spelt out may be a false friend ("foot" read in
		// English): trust it by how many films carry it, and by how well
		// the words read as English ("classe" is no "class").
		trust := math.Min(1, 0.7+float64(m.Keywords[k].DF)/30)
		if span[1]-span[0] < len(enToks) {
			trust *= math.Max(themeSpeltFloor, wEN)
		} else {
			trust *= math.Max(0.5, wEN)
		}
		if span[1]-span[0] == len(enToks) {
			add(k, themeSpelt*trust)
			for _, o := range ids[1:] { // spelt alike: "disabled", "disability"
				add(o, 0.9*themeSpelt*trust)
			}
			spelt = true
			// Sure when typed as the keyword is, and the keyword is common
			// enough not to be a false friend or a title ("heat").
			exact = exact || sameTerms(enRaw, enToks) && m.Keywords[k].DF >= themeSureDF
			sure = math.Max(sure, 0.9*trust)
		} else {
			parts = append(parts, partialSpelt{k, themeSpeltPart * trust * float64(span[1]-span[0]) / float64(len(enToks))})
			sure = math.Max(sure, 0.5)
		}
		partial = true
	}
	if !spelt && !lexWhole {
		for _, p := range parts {
			add(p.k, p.s)
		}
	}

	// The lexicon's phrase, unless it is part of a keyword spelt out
	// ("police corruption" holds "corruption").
	lexFR := ""
	if lex != nil && (lexWhole || !spelt) {
		w := themeLexicon // the whole request, else a phrase among other words
		if !lexWhole {
			w = themeLexiconPart
		}
		for i, k := range m.known(lex.keywords) {
			add(m.byName[k], w-0.1*float64(i))
			asked[m.byName[k]] = true
		}
		if lexWhole {
			exact, lexFR = true, lex.fr
			// « une histoire vraie »: "histoire" is filler, yet the label
			// is the lexicon's fuller words, not « vraie ».
			if f := fold(lex.fr); f != fold(label) && strings.Contains(f, fold(label)) {
				label = lex.fr
			}
		}
		sure = math.Max(sure, 0.6)
		partial = true
	}

	// What the data says, in whichever language says it more surely.
	learnt := map[int32]float64{}
	// Each reading counts by how well the words fit its language relative
	// to the other: the English reading of French words meets rare English
	// terms (names, quotes) whose few films say little.
	for i, as := range [][]assoc{m.associate(m.FR, frToks), m.associate(m.EN, enToks)} {
		w := []float64{wFR, wEN}[i]
		for _, a := range as {
			learnt[a.K] = math.Max(learnt[a.K], w*math.Min(1, float64(a.S)/themeSure))
		}
	}
	// The French words translated into the English words of keywords, as
	// the films with both synopses pair them ("vélo" -> "bicycl"): the
	// keywords the translations spell, and what the English reading of
	// the translations says.
	if len(m.TR) > 0 && len(frToks) > 0 && wFR >= wEN && !spelt {
		var trToks []token
		share := 1 / float64(len(frToks))
		for _, t := range frToks {
			ti, ok := m.TR[t.term]
			if !ok || len(ti.E) == 0 {
				continue
			}
			// A back-off: a word the French texts already tie to other
			// keywords goes by them; one they tie to the keyword its
			// translation spells ("araignée" -> "spider") is doubly sure.
			// A word the texts tie only loosely to its first keyword
			// (under transLoose) keeps its translation when the texts
			// agree with it among their first few ("asile": "19th
			// century", then "asylum").
			as := m.FR[t.term].As
			// The texts and the translation agreeing on one keyword
			// name it, though the texts tie the word more to a keyword
			// its films merely share (« aristocrate »: "18th century",
			// then "aristocrat", which the translation spells). Only in
			// a request of one word: in a longer one, what each word
			// names alone is a detail (« un malade de la tuberculose »
			// is no film about illness).
			// It only reorders what the texts say: how surely the
			// words name a theme at all is theirs to tell.
			if k, ok := m.agreed(ti, as); ok && lex == nil && len(frToks) == 1 {
				add(k, themeAgree*wFR*share)
			}
			if len(as) > 0 && float64(as[0].S) >= transBackoff && !m.spells(ti.E, as[0].K) &&
				(float64(as[0].S) >= transLoose || !m.spellsAny(ti.E, as[:min(len(as), transLooseAssocs)])) {
				continue
			}
			trToks = append(trToks, token{term: ti.E[0], start: t.start, end: t.end})
			for j, e := range ti.E {
				ids, found := m.byStem[e]
				if !found {
					continue
				}
				c := math.Min(1, float64(ti.S[j])/transSure)
				add(ids[0], themeTrans*wFR*c*share)
				if c >= 0.5 && wFR >= 0.5 {
					partial = true
					sure = math.Max(sure, 0.5*c)
				}
			}
		}
		for i := 1; i < len(trToks); i++ {
			if ids, found := m.byStem[trToks[i-1].term+" "+trToks[i].term]; found {
				add(ids[0], 2*themeTrans*wFR*share)
			}
		}
		if len(trToks) > 0 && themeTransLearnt > 0 {
			cover := float64(len(trToks)) * share
			for _, a := range m.associate(m.EN, trToks) {
				s := themeTransLearnt * wFR * cover * math.Min(1, float64(a.S)/themeSure)
				if s > learnt[a.K] {
					learnt[a.K] = s
				}
			}
		}
	}
	// French words that are cognates of a keyword's English word, as
	// written ("psychiatre" / "psychiatrist", "météorite" / "meteorite",
	// "dictature" / "dictatorship"): what the spelling says when the
	// French texts are silent on a word. Only French words the synopses
	// tie to no keyword surely.
	if len(frToks) > 0 && wFR >= wEN && !spelt {
		share := 1 / float64(len(frToks))
		for _, t := range frToks {
			if as := m.FR[t.term].As; len(as) > 0 && float64(as[0].S) >= transBackoff {
				continue
			}
			if k, ok := m.cognate(text[t.start:t.end]); ok {
				if sup, err := x.cognateSupported(ctx, t.term, text[t.start:t.end], k); err != nil {
					return Theme{}, false, fmt.Errorf("search: match theme: %w", err)
				} else if !sup {
					continue
				}
				add(k, themeCognate*wFR*share)
				partial = true
				sure = math.Max(sure, 0.4)
			}
		}
	}
	// French words that are a keyword's French name (themes_named.go),
	// when the lexicon does not read them already. Like the agreement
	// above, it reorders the keywords the texts tie the words to; it
	// does not make the words name a theme more surely (« ma mère » may
	// be a title).
	if lex == nil && wFR >= wEN && !spelt {
		m.namedEvidence(x.im.AnalyzerNamed(aFR), frToks, wFR, add)
	}
	// Two neighbouring French words spelling a two-word English keyword
	// once translated, in either order: French puts the noun first
	// ("révolution française", "hold up de banque" for "french
	// revolution", "bank heist").
	// Two people and the word "relationship" make a keyword of their own:
	// « un père et son fils », "a mother and her daughter" are "father son
	// relationship", "mother daughter relationship".
	rel := joinTerms(analyzeText(x.im.AnalyzerNamed(aEN), "relationship"))
	if len(frToks) >= 2 && wFR >= wEN && !spelt {
		enAt := map[int]string{}
		for _, t := range enToks {
			enAt[t.start] = t.term
		}
		cands := make([][]string, len(frToks))
		for i, t := range frToks {
			if e, ok := enAt[t.start]; ok {
				cands[i] = append(cands[i], e)
			}
			cands[i] = append(cands[i], m.TR[t.term].E...)
		}
		share := 2 / float64(len(frToks))
		for i := 1; i < len(frToks); i++ {
			best := int32(-1)
			for _, a := range cands[i-1] {
				for _, b := range cands[i] {
					for _, st := range []string{a + " " + b, b + " " + a, a + " " + b + " " + rel} {
						if ids, found := m.byStem[st]; found && a != b && (best < 0 || m.Keywords[ids[0]].DF > m.Keywords[best].DF) {
							best = ids[0]
						}
					}
				}
			}
			// A keyword whose stem lost a word ("world war i") is not
			// spelt by two words; a rare one may be a false friend.
			if best >= 0 && m.Keywords[best].DF >= themeSureDF &&
				len(strings.Fields(m.Keywords[best].Name)) == len(strings.Fields(m.Keywords[best].Stem)) {
				add(best, themeSpelt*0.8*math.Min(1, share))
				partial = true
				sure = math.Max(sure, 0.6)
			}
		}
	}
	// Two neighbouring English words spelling a two-word keyword in the
	// other order: a verb and its object ("read minds" for "mind
	// reading", "clones of humans" for "human cloning").
	if len(enToks) >= 2 && !spelt {
		share := 2 / float64(len(enToks))
		for i := 1; i < len(enToks); i++ {
			a, b := enToks[i-1].term, enToks[i].term
			ids, found := m.byStem[b+" "+a]
			if !found {
				ids, found = m.byStem[a+" "+b+" "+rel]
			}
			if !found || a == b || m.Keywords[ids[0]].DF < themeSureDF {
				continue
			}
			add(ids[0], themeSpelt*0.8*math.Min(1, share)*math.Max(themeSpeltFloor, wEN))
			partial = true
			sure = math.Max(sure, 0.6)
		}
	}
	// What the words say outright (spelt, lexicon, translated), before
	// what the texts merely go with.
	direct := make(map[int32]bool, len(ev))
	for k, s := range ev {
		direct[k] = s > 0
	}
	bestLearnt := 0.0
	for k, s := range learnt {
		if themeMeta[m.Keywords[k].Name] {
			continue
		}
		add(k, s)
		bestLearnt = math.Max(bestLearnt, s)
	}
	if len(ev) == 0 || !exact && !partial && bestLearnt < themeMinScore/themeSure {
		// Words the model learnt nothing about (too rare among the films
		// with keywords): what the films whose synopses have them share.
		return x.themeFromSynopses(ctx, text, label, m.frenchReading(frToks, enToks))
	}
	// A keyword on many films says less about a request than a rarer one
	// the words also point to ("tennis" rather than "sports" for « un
	// joueur de tennis »): evidence is weighed by the keyword's
	// specificity, as an inverse document frequency would.
	ranked := make([]assoc, 0, len(ev))
	for k, s := range ev {
		if !themeMeta[m.Keywords[k].Name] || asked[k] && themeAskable[m.Keywords[k].Name] {
			ranked = append(ranked, assoc{K: k, S: float32(s * themeSpecific(m.Keywords[k].DF))})
		}
	}
	if len(ranked) == 0 {
		return Theme{}, false, nil
	}
	sortAssocs(ranked)
	if lexWhole && lexFR != "" && lex.frequent {
		// The whole request is a phrase of themeSeedFrequent, whose first
		// keyword translates it: that keyword leads,
		// though a broader one the texts go with weighs more (« la
		// maltraitance » is "child abuse" before "abuse").
		if ks := m.known(lex.keywords); len(ks) > 0 {
			if i := slices.IndexFunc(ranked, func(a assoc) bool { return a.K == m.byName[ks[0]] }); i > 0 {
				ranked[0], ranked[i] = ranked[i], ranked[0]
				ranked[0].S = max(ranked[0].S, ranked[i].S)
			}
		}
	}
	lead := ranked[0]
	th := Theme{Keywords: []string{m.Keywords[lead.K].Name}}
	switch {
	case exact:
		th.Score = 1
	default:
		th.Score = math.Max(sure, math.Min(0.95, bestLearnt))
	}
	have := map[int32]bool{lead.K: true}
	// The keywords spelling out the lead one, most common first, when the
	// words or the lead's films vouch for them ("bank heist" for "heist",
	// not "loan shark" for "shark").
	// A keyword the texts merely go with does not vouch: films about a
	// "loan shark" mention sharks, yet are no shark films.
	for _, k := range m.family(lead.K) {
		if !direct[k] && x.cooccur(lead.K, k) < themeFamilyShare {
			continue
		}
		if len(th.Keywords) < themeMaxKeys/2 && !have[k] {
			have[k] = true
			th.Keywords = append(th.Keywords, m.Keywords[k].Name)
		}
	}
	// Then the next best, if they are themes at all: not TMDB's remarks
	// about the film ("duringcreditsstinger") nor one on most films.
	bar := lead.S / 2
	extra := 0
	for _, a := range ranked[1:] {
		if a.S < bar || len(th.Keywords) >= themeMaxKeys || extra == themeMaxExtra {
			break
		}
		kw := m.Keywords[a.K]
		if have[a.K] || themeMeta[kw.Name] || float64(kw.DF) > themeMaxShare*float64(m.Films) {
			continue
		}
		have[a.K] = true
		extra++
		th.Keywords = append(th.Keywords, kw.Name)
	}
	// Labels: the customer's own words in their language, the data's or
	// the lexicon's in the other. Which language q is in: the French
	// reading explains the words better, or the lexicon knows them.
	switch {
	case lexFR != "" && spelt:
		// English words the lexicon knows ("un road movie"): its French
		// name, as a French reply has no English word.
		th.LabelFR, th.LabelEN = lexFR, label
	case lexFR != "" || !spelt && m.frenchReading(frToks, enToks):
		th.LabelFR, th.LabelEN = label, m.Keywords[lead.K].Name
	case fold(label) == m.Keywords[lead.K].Name && fit(m.FR, frToks) >= 1:
		// « cancer », « mafia »: the keyword's own word, common in the
		// French synopses too, is its French name as well (the data's
		// French name would be a word beside it: « atteint »).
		th.LabelFR, th.LabelEN = label, label
	default:
		th.LabelFR, th.LabelEN = m.frenchLabel(lead.K), label
		if th.LabelFR == "" {
			th.LabelFR = label
		}
	}
	return th, true, nil
}

// Reading a theme from the films whose synopses have the words.
const (
	themeFeedbackHits  = 40   // synopses read
	themeFeedbackMinCo = 4    // of them carrying a keyword, at least
	themeFeedbackLift  = 8    // how much more often than by chance, at least
	themeFeedbackScore = 0.45 // Score of a theme read so: a guess, under a learnt association
)

// themeFromSynopses reads text (folded words of a request) as a theme when
// the model knows none of its words: the films whose French or English
// synopses best match the words are read, and the keywords they share far
// more often than chance (lift themeFeedbackLift) make the theme, the
// specific before the common. Labels are the customer's words (label) in
// their language (french), the lead keyword in the other.
func (x *Index) themeFromSynopses(ctx context.Context, text, label string, french bool) (Theme, bool, error) {
	m := x.themes
	var qs []query.Query
	for _, field := range []string{fSynopsisFR, fSynopsisEN} {
		mq := bleve.NewMatchQuery(text)
		mq.SetField(field)
		qs = append(qs, mq)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(qs...), 3*themeFeedbackHits, 0, false)
	req.SortBy([]string{"-_score", "_id"})
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return Theme{}, false, fmt.Errorf("search: match theme %q: %w", text, err)
	}
	films := x.cat.Films()
	weight := map[int32]float64{}
	count := map[int32]int{}
	read := 0
	for _, h := range res.Hits {
		i := x.cat.FilmIndex(h.ID)
		if i < 0 || x.films[i].skip || len(films[i].Keywords) == 0 {
			continue
		}
		if read == themeFeedbackHits {
			break
		}
		read++
		w := h.Score / res.Hits[0].Score
		for _, kw := range films[i].Keywords {
			k, ok := m.byName[strings.ToLower(kw)]
			if !ok || themeMeta[m.Keywords[k].Name] || m.broad(m.Keywords[k].DF) {
				continue
			}
			weight[k] += w
			count[k]++
		}
	}
	var ranked []assoc
	for k, c := range count {
		lift := float64(c) / (float64(read) * float64(m.Keywords[k].DF) / float64(m.Films))
		if c >= themeFeedbackMinCo && lift >= themeFeedbackLift {
			ranked = append(ranked, assoc{K: k, S: float32(weight[k] * themeSpecific(m.Keywords[k].DF))})
		}
	}
	if len(ranked) == 0 {
		return Theme{}, false, nil
	}
	sortAssocs(ranked)
	th := Theme{Score: themeFeedbackScore}
	for _, a := range ranked {
		if a.S < ranked[0].S/2 || len(th.Keywords) > themeMaxExtra {
			break
		}
		th.Keywords = append(th.Keywords, m.Keywords[a.K].Name)
	}
	if french {
		th.LabelFR, th.LabelEN = label, th.Keywords[0]
	} else {
		th.LabelFR, th.LabelEN = m.frenchLabel(ranked[0].K), label
		if th.LabelFR == "" {
			th.LabelFR = label
		}
	}
	return th, true, nil
}

// broad reports whether a keyword on df films is on too many to name a
// theme of its own: more than themeMaxShare of the films, and more than 30
// (a small catalogue has no broad keyword).
func (m *themeModel) broad(df int) bool {
	return float64(df) > math.Max(30, themeMaxShare*float64(m.Films))
}

// rawWord is a word of a keyword as written, folded.
type rawWord struct {
	w string
	k int32
}

// cognateMinDF is the least number of films a keyword needs to be read
// as the cognate of a French word: fewer than themeSureDF, since a rarer
// theme is named by its cognate as often as a common one (« un imposteur »,
// « une machette »), and the French synopses check the reading
// (cognateSupported). A rarer keyword of several words is not: one French
// word spelt like one of its words is too little (« époque » is no "belle
// epoque", « testament » no "old testament").
const cognateMinDF = 8

// cognatePrefix is the least number of leading letters a French word and a
// keyword's word share to be read as cognates.
const cognatePrefix = 5

// cognate returns the commonest keyword with a word spelt like w (folded,
// as typed): sharing its first letters, at least cognatePrefix and seven
// tenths of the shorter of the two ("psychiatre" / "psychiatrist").
func (m *themeModel) cognate(w string) (int32, bool) {
	if len(w) < cognatePrefix+1 {
		return 0, false
	}
	best, bestDF := int32(-1), 0
	for _, r := range m.byPrefix[w[:cognatePrefix]] {
		n := commonPrefix(w, r.w)
		if 10*n >= 7*min(len(w), len(r.w)) && m.closeEnough(w, r) && m.Keywords[r.k].DF > bestDF {
			best, bestDF = r.k, m.Keywords[r.k].DF
		}
	}
	return best, best >= 0
}

// closeEnough reports whether the folded word w is spelt closely enough
// like r, a word of a keyword, to be read as its cognate: any shared
// start will do for a keyword of themeSureDF films or more; a rarer one
// shares six tenths of the longer word (« imposteur », "impostor"), not
// merely its first syllables ("tyrannosaurus" is no "tyranny").
func (m *themeModel) closeEnough(w string, r rawWord) bool {
	return m.Keywords[r.k].DF >= themeSureDF || 10*commonPrefix(w, r.w) >= 6*max(len(w), len(r.w))
}

// spellsAny reports whether the English stem forms es spell one of the
// keywords a French word's texts tie it to most (its first
// transAgreeAssocs): "asile" goes with "19th century" a little more than
// with "asylum", yet its translation "asylum" agrees with the texts.
func (m *themeModel) spellsAny(es []string, as []assoc) bool {
	for i, a := range as {
		if i == transAgreeAssocs {
			break
		}
		if m.spells(es, a.K) {
			return true
		}
	}
	return false
}

// falseFriend reports whether French words (frToks) that spell keywords ids
// once stemmed as English are French words meaning something else: each
// is common in the French texts (falseFriendDF films or more), and
// neither what those texts tie it to nor its translations name any of
// ids. « singes » stems as "sing" (singing) but the synopses tie it to apes.
func (m *themeModel) falseFriend(text string, frToks []token, ids []int32) bool {
	if len(frToks) == 0 {
		return false
	}
	kwWords := splitWords(fold(m.Keywords[ids[0]].Name))
	for _, t := range frToks {
		// Typed as the keyword writes it, give or take a plural: English
		// ("dementia", "pope", "tokyo").
		typed := text[t.start:t.end]
		for _, w := range kwWords {
			if typed == w || typed == w+"s" || typed == w+"es" || strings.HasPrefix(w, typed) {
				return false
			}
		}
		ti := m.FR[t.term]
		if ti.DF < falseFriendDF {
			return false
		}
		for i, a := range ti.As {
			if i == 5 {
				break
			}
			if slices.Contains(ids, a.K) {
				return false
			}
		}
		for _, k := range ids {
			if m.spells(m.TR[t.term].E, k) {
				return false
			}
		}
	}
	return true
}

// falseFriendDF is how many French texts a word is in, at least, to be
// read as French rather than as the English word it is spelt like.
const falseFriendDF = 20

// transAgreeAssocs is how many of a French word's strongest keywords its
// translation may spell for the texts and the translation to agree.
const transAgreeAssocs = 5

// agreed returns the keyword that a French word's translations (ti) spell
// among the first transAgreeAssocs keywords its texts tie it to (as), the
// first such, when it is not already the first of as and is carried by no
// more films than that first: two readings of the data that agree on a
// keyword the word names outright, rather than one its films merely share.
func (m *themeModel) agreed(ti transInfo, as []assoc) (int32, bool) {
	for i, a := range as {
		if i == transAgreeAssocs {
			break
		}
		if m.spells(ti.E, a.K) {
			// A specific keyword comes up, never a broader one:
			// « pensionnat » stays "boarding school", though its
			// translation spells "school".
			return a.K, i > 0 && m.Keywords[a.K].DF <= m.Keywords[as[0].K].DF
		}
	}
	return 0, false
}

// spells reports whether one of the English stem forms es is keyword k's.
func (m *themeModel) spells(es []string, k int32) bool {
	for _, e := range es {
		for _, id := range m.byStem[e] {
			if id == k {
				return true
			}
		}
	}
	return false
}

// themeSpecific is how much a keyword carried by df films counts as the
// lead of a theme, 0..1: 1 for a rare one, 0.65 at 230 films.
func themeSpecific(df int) float64 {
	return 1 / (1 + themeSpecificity*math.Log(1+float64(df)/30))
}

// cooccur returns the share of the films carrying keyword b that carry
// keyword a too.
func (x *Index) cooccur(a, b int32) float64 {
	fa, fb := x.kwFilms[x.themes.Keywords[a].Name], x.kwFilms[x.themes.Keywords[b].Name]
	if len(fb) == 0 {
		return 0
	}
	n, i, j := 0, 0, 0
	for i < len(fa) && j < len(fb) { // both in catalogue order
		switch {
		case fa[i] < fb[j]:
			i++
		case fa[i] > fb[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / float64(len(fb))
}

func allDigits(ws []string) bool {
	for _, w := range ws {
		if strings.TrimLeft(w, "0123456789") != "" && w != "h" && w != "s" {
			return false
		}
	}
	return true
}

// sameTerms reports whether a and b hold the same terms.
func sameTerms(a, b []token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].term != b[i].term {
			return false
		}
	}
	return true
}

// spans returns the [start, end) spans of n words, longest first, then
// left to right.
func spans(n int) [][2]int {
	var out [][2]int
	for l := n; l >= 1; l-- {
		for i := 0; i+l <= n; i++ {
			out = append(out, [2]int{i, i + l})
		}
	}
	return out
}

func anyUsed(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// frenchReading reports whether the words read as French rather than
// English: their French stems are commoner in French texts than their
// English stems in English ones.
func (m *themeModel) frenchReading(fr, en []token) bool {
	return len(fr) > 0 && m.fitFR(fr) >= fit(m.EN, en)
}

// fitFR is fit for French words, counting the words the translations know.
func (m *themeModel) fitFR(toks []token) float64 {
	if len(toks) == 0 {
		return 0
	}
	var sum float64
	for _, t := range toks {
		df := m.FR[t.term].DF
		if tr, ok := m.TR[t.term]; ok && tr.DF > df {
			df = tr.DF
		}
		sum += math.Min(1, float64(df)/30)
	}
	return sum / float64(len(toks))
}

// fit is how well toks read in the language of table, 0..1: the mean over
// the words of how common each is in that language's texts (a word in 30
// films or more is fully at home).
func fit(table termTable, toks []token) float64 {
	if len(toks) == 0 {
		return 0
	}
	var sum float64
	for _, t := range toks {
		sum += math.Min(1, float64(table[t.term].DF)/30)
	}
	return sum / float64(len(toks))
}

// correct replaces each word (toks of text) that neither table nor other (the other
// language's) knows, nor any keyword, by the word of table closest to it
// within its typo budget (one edit from 4 letters, two from 8), the
// commonest among equals.
//
// With shortened, a word of 4 letters or more that still matches nothing
// and starts a keyword's word is read as that word, the commonest keyword's
// ("dinos" -> "dinosaur").
func (m *themeModel) correct(table, other termTable, text string, toks, otherToks []token, shortened bool) []token {
	// What the other language made of each word, by where it starts: a
	// word it drops is one of its stop words ("moins"), one it knows is
	// one of its words ("drôle"); neither is a typo.
	otherAt := map[int]string{}
	for _, t := range otherToks {
		otherAt[t.start] = t.term
	}
	for i, t := range toks {
		if _, ok := table[t.term]; ok {
			continue
		}
		if _, ok := other[t.term]; ok {
			continue
		}
		if m.stemWords[t.term] {
			continue
		}
		if _, ok := m.TR[t.term]; ok {
			continue
		}
		if ot, ok := otherAt[t.start]; !ok {
			continue
		} else if _, known := other[ot]; known {
			continue
		}
		// The budget goes by the word as typed (a stem is shorter), and a
		// stem of three letters is too short to guess.
		budget := TypoBudget(text[t.start:t.end])
		if len(t.term) < 4 {
			budget = 0
		}
		if budget == 0 {
			continue
		}
		best, bestD, bestDF := "", budget+1, int32(0)
		for w, ti := range table {
			if w[0] != t.term[0] || strings.IndexByte(w, ' ') >= 0 {
				continue
			}
			d := editDistance(t.term, w, budget)
			if d <= budget && (d < bestD || d == bestD && ti.DF > bestDF) {
				best, bestD, bestDF = w, d, ti.DF
			}
		}
		if best == "" && shortened {
			bestK := 0
			for w := range m.stemWords {
				if len(w) > len(t.term)+1 && strings.HasPrefix(w, t.term) {
					for _, k := range m.byWord[w] {
						if df := m.Keywords[k].DF; df > bestK || df == bestK && w < best {
							best, bestK = w, df
						}
					}
				}
			}
			if bestK < themeSureDF {
				best = ""
			}
		}
		// A real word becomes only a form of itself ("fishermen" ->
		// "fisherman"), never another word ("ballerina" -> "baleine").
		if best != "" && (!m.knownWord[t.term] || commonPrefix(best, t.term) >= len(t.term)-2) {
			toks[i].term = best
		}
	}
	return toks
}

// commonPrefix returns the number of leading bytes a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// associate scores keywords for the words toks: each word counts for the
// strongest association of a term covering it (itself or a pair with a
// neighbour), and a keyword's score is the mean over the words, so that
// every word must agree.
func (m *themeModel) associate(table termTable, toks []token) []assoc {
	if len(toks) == 0 {
		return nil
	}
	perWord := make([]map[int32]float32, len(toks))
	for i := range perWord {
		perWord[i] = map[int32]float32{}
	}
	cover := func(as []assoc, words ...int) {
		for _, a := range as {
			for _, w := range words {
				if a.S > perWord[w][a.K] {
					perWord[w][a.K] = a.S
				}
			}
		}
	}
	for i, t := range toks {
		cover(table[t.term].As, i)
		if i > 0 {
			cover(table[toks[i-1].term+" "+t.term].As, i-1, i)
		}
	}
	// Each word weighs by its inverse document frequency: a common word
	// ("vie", "homme", "famille") says less about the theme than a rare
	// one ("humoriste"), so it neither drowns a rare word's keywords nor
	// leads on its own.
	sum := map[int32]float32{}
	var total float32
	for i, pw := range perWord {
		w := m.idf(table, toks[i].term)
		total += w
		for k, s := range pw {
			sum[k] += w * s
		}
	}
	out := make([]assoc, 0, len(sum))
	for k, s := range sum {
		out = append(out, assoc{K: k, S: s / total})
	}
	sortAssocs(out)
	return out
}

// idf is the weight of term among the words of a request: log(N/df) over
// the model's films, a word the table does not know counting as one in a
// single film.
func (m *themeModel) idf(table termTable, term string) float32 {
	n := float64(m.Films) + 1
	df := math.Max(1, float64(table[term].DF))
	return float32(math.Max(0.5, math.Log(n/df)))
}

// family returns the keywords whose stemmed words contain keyword k's
// ("bank heist", "heist gone wrong" for "heist"), most common first.
func (m *themeModel) family(k int32) []int32 {
	stem := " " + m.Keywords[k].Stem + " "
	first := strings.Fields(m.Keywords[k].Stem)
	if len(first) == 0 {
		return nil
	}
	var out []int32
	for _, o := range m.byWord[first[0]] {
		if o != k && strings.Contains(" "+m.Keywords[o].Stem+" ", stem) {
			out = append(out, o)
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if m.Keywords[out[a]].DF != m.Keywords[out[b]].DF {
			return m.Keywords[out[a]].DF > m.Keywords[out[b]].DF
		}
		return out[a] < out[b]
	})
	return out
}

// frenchLabel names keyword k in French: the seed lexicon's name, else the
// French words the data ties to it most, else "" (the caller falls back on
// the customer's words).
func (m *themeModel) frenchLabel(k int32) string {
	if e, ok := themeLexiconEN[m.Keywords[k].Name]; ok {
		return e.fr
	}
	return m.Keywords[k].FR
}

// known returns the keywords of ks the vocabulary has, in order.
func (m *themeModel) known(ks []string) []string {
	var out []string
	for _, k := range ks {
		if _, ok := m.byName[k]; ok {
			out = append(out, k)
		}
	}
	return out
}

// FilmsOnTheme returns up to limit films carrying the theme, well-known and well-rated first.
//
// A film's score adds the weight of the strongest of the theme's keywords
// it carries (the first keyword weighs 1, the next ones less), a little for
// each other one, how well its synopses match the theme's labels (a film
// about the theme, not one that touches it), its popularity (log of IMDb
// votes) and its rating. Episodes and games are never returned; series come
// after films. Confidence is the keyword part of the score. It is safe for
// concurrent use.
func (x *Index) FilmsOnTheme(ctx context.Context, t Theme, limit int) ([]FilmMatch, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("search: films on theme: %w", err)
	}
	if len(t.Keywords) == 0 {
		return nil, fmt.Errorf("search: films on theme %q: no keywords: %w", t.LabelEN, data.ErrInvalid)
	}
	if limit <= 0 {
		limit = 10
	}
	films := x.cat.Films()
	match := map[int]float64{}
	lead := " " + strings.ToLower(t.Keywords[0]) + " "
	for i, k := range t.Keywords {
		k = strings.ToLower(k)
		w := 1.0
		switch {
		case i == 0:
		case strings.Contains(" "+k+" ", lead):
			w = themeFamilyWeight // "bank heist" for "heist"
		default:
			w = themeOtherWeight
		}
		for _, fi := range x.kwFilms[k] {
			if x.films[fi].skip {
				continue
			}
			old := match[int(fi)]
			match[int(fi)] = math.Max(old, w) + themeCoord*math.Min(old, w)
		}
	}
	// Films carrying the first keyword come first when there are enough
	// of them: however famous, a film that only shares the theme's
	// broader keywords (on far more films than the first) is no film on
	// it (« la mafia chinoise » is not The Godfather). A keyword about as
	// common as the first is a sibling, not a broader one ("casino" for
	// "poker").
	leadFilms := 0
	for _, fi := range x.kwFilms[strings.ToLower(t.Keywords[0])] {
		if !x.films[fi].skip {
			leadFilms++
		}
	}
	if leadFilms >= limit {
		near := map[int]bool{}
		for _, k := range t.Keywords {
			if fs := x.kwFilms[strings.ToLower(k)]; len(fs) <= themeBroader*leadFilms {
				for _, fi := range fs {
					near[int(fi)] = true
				}
			}
		}
		for fi, s := range match {
			if !near[fi] {
				match[fi] = s - themeOffLead
			}
		}
	}
	text, err := x.themeText(ctx, t)
	if err != nil {
		return nil, fmt.Errorf("search: films on theme %q: %w", t.LabelEN, err)
	}
	out := make([]FilmMatch, 0, len(match))
	for fi, s := range match {
		f := &films[fi]
		q := themePop*math.Log10(1+float64(f.Votes)) + themeRating*(f.Rating-6.5) + themeText*text[f.ID]
		if f.IsSeries() {
			q -= seriesPenalty
		} else if !f.IsFilm() {
			q -= otherPenalty
		}
		out = append(out, FilmMatch{Film: f, Score: s + q, Confidence: math.Min(1, s)})
	}
	sortMatches(out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// Weights of FilmsOnTheme's ranking: a film carrying the theme's first
// keyword has 1, the others less.
const (
	themeFamilyWeight = 0.7  // a keyword spelling out the first one
	themeOtherWeight  = 0.55 // any other keyword of the theme
	themeCoord        = 0.3  // share of a second keyword's weight added: films carrying more of the theme first
	themeOffLead      = 0.5  // taken from a film carrying only broader keywords when enough films carry the first
	themeBroader      = 2    // a keyword on this many times the first one's films, or more, is broader
	themePop          = 0.2  // per factor of ten in IMDb votes
	themeRating       = 0.05 // per point of IMDb rating above 6.5
	themeText         = 0.3  // synopses matching the labels, relative to the best match
)

// themeText scores the films whose synopses (and keywords) have the words
// of the theme's labels, 0..1 relative to the best.
func (x *Index) themeText(ctx context.Context, t Theme) (map[string]float64, error) {
	var qs []query.Query
	match := func(field, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		m := bleve.NewMatchQuery(text)
		m.SetField(field)
		qs = append(qs, m)
	}
	match(fSynopsisFR, t.LabelFR)
	match(fSynopsisEN, t.LabelEN)
	match(fSynopsisEN, t.Keywords[0])
	if len(qs) == 0 {
		return nil, nil
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(qs...), 1000, 0, false)
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := make(map[string]float64, len(res.Hits))
	if len(res.Hits) == 0 {
		return out, nil
	}
	top := res.Hits[0].Score
	for _, h := range res.Hits {
		out[h.ID] = h.Score / top
	}
	return out, nil
}
