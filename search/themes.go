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
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"

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
	Films    int                `json:"films"`    // films with keywords and some text, the population of the counts
	Keywords []themeKeyword     `json:"keywords"` // the vocabulary, by id
	FR       map[string][]assoc `json:"fr"`       // French term -> keywords, strongest first
	EN       map[string][]assoc `json:"en"`       // English term -> keywords, strongest first

	byStem map[string][]int32 // English stem form of a keyword -> ids
	byName map[string]int32   // lower-case keyword -> id
}

// themeKeyword is one TMDB keyword of the vocabulary.
type themeKeyword struct {
	Name string `json:"name"` // as TMDB writes it, lower case
	Stem string `json:"stem"` // English analyzer terms, space-joined
	DF   int    `json:"df"`   // films carrying it
	FR   string `json:"fr"`   // the French words that name it best in the data, as written
}

// assoc is a term's association with keyword K: how much more often than
// its base rate a film whose text has the term carries the keyword,
// P(K|term) - P(K), in 0..1.
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
	themeMinCo        = 2    // films with both term and keyword
	themeMinAssoc     = 0.04 // P(k|t) - P(k) kept
	themeMaxAssoc     = 12   // keywords kept per term
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
	m := &themeModel{FR: map[string][]assoc{}, EN: map[string][]assoc{}}
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
		m.Keywords = append(m.Keywords, themeKeyword{Name: k, Stem: strings.Join(st, " "), DF: kdf[k]})
	}

	// Documents: the keyword ids and the French and English terms of each film.
	type doc struct {
		kw     []int32
		fr, en []string
	}
	var docs []doc
	frSurface := map[string]map[string]int{} // French term -> its spellings in the texts
	for i := range films {
		if i%2000 == 0 {
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
		d.fr = terms(ftoks)
		d.en = terms(analyzeText(en, enText))
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
	kwDF := make([]int, len(m.Keywords))
	for _, d := range docs {
		for _, k := range d.kw {
			kwDF[k]++
		}
	}
	learn := func(side func(doc) []string) map[string][]assoc {
		df := map[string]int{}
		for _, d := range docs {
			for _, t := range side(d) {
				df[t]++
			}
		}
		co := map[string]map[int32]int{}
		for _, d := range docs {
			for _, t := range side(d) {
				if df[t] < themeMinTermDF {
					continue
				}
				c := co[t]
				if c == nil {
					c = map[int32]int{}
					co[t] = c
				}
				for _, k := range d.kw {
					c[k]++
				}
			}
		}
		out := make(map[string][]assoc, len(co))
		n := float64(m.Films)
		for t, c := range co {
			var as []assoc
			nt := float64(df[t])
			for k, ck := range c {
				if ck < themeMinCo {
					continue
				}
				s := float64(ck)/(nt+1) - float64(kwDF[k])/n
				if s >= themeMinAssoc {
					as = append(as, assoc{K: k, S: float32(s)})
				}
			}
			if len(as) == 0 {
				continue
			}
			sortAssocs(as)
			if len(as) > themeMaxAssoc {
				as = as[:themeMaxAssoc]
			}
			out[t] = as
		}
		return out
	}
	m.FR = learn(func(d doc) []string { return d.fr })
	m.EN = learn(func(d doc) []string { return d.en })

	// The French name of each keyword: the French term most tied to it,
	// as most often written.
	best := make([]float32, len(m.Keywords))
	for t, as := range m.FR {
		for _, a := range as {
			if a.S > best[a.K] {
				best[a.K] = a.S
				m.Keywords[a.K].FR = mostWritten(frSurface[t])
			}
		}
	}
	m.index()
	return m, nil
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
	for i, k := range m.Keywords {
		m.byStem[k.Stem] = append(m.byStem[k.Stem], int32(i))
		m.byName[k.Name] = int32(i)
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
	for t, as := range m.FR {
		for _, a := range as {
			if a.K < 0 || int(a.K) >= len(m.Keywords) {
				return nil, fmt.Errorf("theme model %s: term %q names keyword %d of %d", themesFile, t, a.K, len(m.Keywords))
			}
		}
	}
	for t, as := range m.EN {
		for _, a := range as {
			if a.K < 0 || int(a.K) >= len(m.Keywords) {
				return nil, fmt.Errorf("theme model %s: term %q names keyword %d of %d", themesFile, t, a.K, len(m.Keywords))
			}
		}
	}
	m.index()
	return m, nil
}

// themeFiller are the words of a theme request that say nothing about the
// theme ("un film de", "a movie about", "something with"), folded.
var themeFiller = map[string]bool{
	"film": true, "films": true, "movie": true, "movies": true, "flick": true, "flicks": true,
	"cinema": true, "histoire": true, "story": true, "stories": true, "something": true, "quelque": true,
	"chose": true, "truc": true, "theme": true, "themes": true, "sujet": true, "parle": true, "parlant": true,
	"about": true, "sur": true, "avec": true, "with": true, "involving": true, "featuring": true,
	"genre": true, "type": true, "style": true, "plot": true, "intrigue": true, "some": true, "any": true,
	"one": true, "des": true, "les": true, "une": true, "un": true, "de": true, "du": true, "la": true, "le": true,
	"a": true, "an": true, "the": true, "of": true, "on": true, "et": true, "and": true, "ou": true, "or": true,
	"en": true, "in": true, "dans": true, "qui": true, "that": true, "where": true, "ou'": true,
}

// themeWords returns the words of q that may name a theme, folded, and a
// label: q as typed from the first such word to the last, lower case,
// without a leading elision ("un film d'évasion de prison" -> "évasion de
// prison").
func themeWords(q string) (folded []string, label string) {
	fields := strings.Fields(q)
	first, last := -1, -1
	for i, w := range fields {
		for _, fw := range splitWords(fold(w)) {
			if !themeFiller[fw] {
				folded = append(folded, fw)
				if first < 0 {
					first = i
				}
				last = i
			}
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
	if i := strings.IndexAny(label, "'’"); i > 0 && elisions[fold(label[:i])] {
		_, n := utf8.DecodeRuneInString(label[i:])
		label = label[i+n:]
	}
	return folded, label
}

// MatchTheme reads q (a few words of a message, e.g. "un film de braquage", "zombies",
// "sur la seconde guerre mondiale", "time travel") as a theme; ok is false when it names none.
//
// The words are read as English and as French: an English reading that
// spells a TMDB keyword ("time travel", "zombies") wins with Score 1, then
// a French phrase of the seed lexicon; otherwise the keywords go by what
// the index learnt from the catalogue: how much more often than chance a
// film whose French (or English) synopsis or title has these words
// carries each keyword. It is safe for concurrent use.
func (x *Index) MatchTheme(ctx context.Context, q string) (t Theme, ok bool, err error) {
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
	text := strings.Join(folded, " ")
	enToks := analyzeText(x.im.AnalyzerNamed(aEN), text)
	frToks := analyzeText(x.im.AnalyzerNamed(aFR), text)

	// A French phrase of the seed lexicon.
	if e, found := themeLexiconFR[text]; found {
		if th, ok := m.fromLexicon(e, label); ok {
			return th, true, nil
		}
	}
	// An English keyword spelt out.
	if len(enToks) > 0 {
		var st []string
		for _, t := range enToks {
			st = append(st, t.term)
		}
		if ids, found := m.byStem[strings.Join(st, " ")]; found {
			k := ids[0]
			th := Theme{LabelEN: m.Keywords[k].Name, Keywords: []string{m.Keywords[k].Name}, Score: 1}
			if e, ok := themeLexiconEN[m.Keywords[k].Name]; ok {
				th.Keywords = m.known(e.keywords)
			}
			th.LabelFR = m.frenchLabel(k)
			return th, true, nil
		}
	}
	// What the data says, in whichever language says it more surely.
	bestFR := m.associate(m.FR, frToks)
	bestEN := m.associate(m.EN, enToks)
	as, french := bestFR, true
	if top(bestEN) > top(bestFR) {
		as, french = bestEN, false
	}
	if len(as) == 0 || as[0].S < themeMinScore {
		return Theme{}, false, nil
	}
	th := Theme{Score: math.Min(0.95, float64(as[0].S)/themeSure)} // 1 is for a known keyword
	for _, a := range as {
		if a.S < as[0].S/2 || len(th.Keywords) == 5 {
			break
		}
		th.Keywords = append(th.Keywords, m.Keywords[a.K].Name)
	}
	k := as[0].K
	if french {
		th.LabelFR, th.LabelEN = label, m.Keywords[k].Name
	} else {
		th.LabelFR, th.LabelEN = m.frenchLabel(k), label
	}
	return th, true, nil
}

// Theme scores from associations: themeMinScore is the least association
// read as a theme at all, themeSure the one read as certain.
const (
	themeMinScore = 0.08
	themeSure     = 0.4
)

func top(as []assoc) float32 {
	if len(as) == 0 {
		return 0
	}
	return as[0].S
}

// associate scores keywords for the words toks: each word counts for the
// strongest association of a term covering it (itself or a pair with a
// neighbour), and a keyword's score is the mean over the words, so that
// every word must agree.
func (m *themeModel) associate(table map[string][]assoc, toks []token) []assoc {
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
		cover(table[t.term], i)
		if i > 0 {
			cover(table[toks[i-1].term+" "+t.term], i-1, i)
		}
	}
	sum := map[int32]float32{}
	for _, pw := range perWord {
		for k, s := range pw {
			sum[k] += s
		}
	}
	out := make([]assoc, 0, len(sum))
	for k, s := range sum {
		out = append(out, assoc{K: k, S: s / float32(len(toks))})
	}
	sortAssocs(out)
	return out
}

// frenchLabel names keyword k in French: the seed lexicon's name, else the
// French words the data ties to it most, else the keyword itself.
func (m *themeModel) frenchLabel(k int32) string {
	name := m.Keywords[k].Name
	if e, ok := themeLexiconEN[name]; ok {
		return e.fr
	}
	if m.Keywords[k].FR != "" {
		return m.Keywords[k].FR
	}
	return name
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

func (m *themeModel) fromLexicon(e lexEntry, label string) (Theme, bool) {
	if e.fr != "" && slices.Contains(e.keywords, strings.ToLower(label)) {
		// "un film de serial killer": an English keyword typed in French;
		// the reply says "tueur en série", the lexicon's French label.
		label = e.fr
	}
	th := Theme{LabelFR: label, Score: 1, Keywords: m.known(e.keywords)}
	if len(th.Keywords) == 0 {
		return Theme{}, false
	}
	th.LabelEN = th.Keywords[0]
	return th, true
}

// FilmsOnTheme returns up to limit films carrying the theme, well-known and well-rated first.
//
// A film's score is the weight of the strongest of the theme's keywords it
// carries (the first keyword weighs most), a little more for each other
// one, plus its popularity (IMDb votes) and rating. Episodes and games are
// never returned; series come after films. Confidence is the keyword part
// of the score. It is safe for concurrent use.
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
	for i, k := range t.Keywords {
		w := 1 / (1 + 0.5*float64(i))
		for _, fi := range x.kwFilms[strings.ToLower(k)] {
			if x.films[fi].skip {
				continue
			}
			old := match[int(fi)]
			match[int(fi)] = math.Max(old, w) + 0.1*math.Min(old, w)
		}
	}
	out := make([]FilmMatch, 0, len(match))
	for fi, s := range match {
		f := &films[fi]
		q := 0.25*math.Log10(1+float64(f.Votes)) + 0.05*(f.Rating-6.5)
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
