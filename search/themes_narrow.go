package search

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
)

// Less common concrete themes — objects, places, trades, animals — that
// the reviewed lexicon does not know, checked against the films
// (narrowTheme, after matchTheme and matchThemeList): a keyword named by
// its English words run together or inflected otherwise (looseKeyword,
// frenchCompound for the translations of two French words), one French
// word read by the keyword its films carry (wordKeyword), and a French
// reading narrowed to the keyword that spells its lead out.
//
// A request may name a less common concrete theme in a few words — an
// object, a place, a trade, an animal (« une galerie d'art », « un
// monstre marin », "tap dancers") — that the reviewed lexicon does not
// know, and the reading then goes by one of the words to a broader
// neighbour ("art", "monster", "dancer"). The films say which keyword all
// the words name: the synopses of the films carrying it use each word far
// more than the synopses of the other films do (a French word in the
// French synopses, an English one in the English). narrowTheme checks the
// reading's lead keyword so against the films, and when it leaves a word
// of the request unexplained while a more specific keyword spelling the
// lead out explains them all, that keyword leads.

// Thresholds of the check.
const (
	narrowMaxWords = 4    // content words of a request naming one thing, at most
	narrowTermHits = 3000 // films read per word
	narrowMinCo    = 2    // films carrying the keyword whose synopses use a word, at least
	narrowMinLift  = 8    // how much more often than other films, at least
	narrowMinDF    = 5    // films carrying a candidate keyword, at least
	narrowMaxCands = 24   // candidates checked
	narrowLeadLift = 3    // a lead whose films use every word this much more than others is kept
	narrowSure     = 0.6  // a reading this sure is not replaced by a loose spelling
)

// termFilms returns the catalogue positions of the films whose synopsis in
// field holds the stemmed term, sorted.
func (x *Index) termFilms(ctx context.Context, field, term string) ([]int32, error) {
	tq := bleve.NewTermQuery(term)
	tq.SetField(field)
	req := bleve.NewSearchRequestOptions(tq, narrowTermHits, 0, false)
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := make([]int32, 0, len(res.Hits))
	for _, h := range res.Hits {
		if i := x.cat.FilmIndex(h.ID); i >= 0 {
			out = append(out, int32(i))
		}
	}
	slices.Sort(out)
	return out, nil
}

// wordCover is how well a keyword explains each word of a request: the
// least lift, over the words, of the word among the keyword's films.
func (x *Index) wordCover(k int32, words [][]int32) (minLift float64, all bool) {
	m := x.themes
	films := x.kwFilms[m.Keywords[k].Name]
	if len(films) == 0 {
		return 0, false
	}
	minLift = math.Inf(1)
	all = true
	for _, w := range words {
		co := 0
		for _, f := range films {
			if _, found := slices.BinarySearch(w, f); found {
				co++
			}
		}
		lift := 0.0
		if len(w) > 0 {
			lift = (float64(co) / float64(len(films))) / (float64(len(w)) / float64(len(x.cat.Films())))
		}
		if co < narrowMinCo || lift < narrowMinLift {
			all = false
		}
		minLift = math.Min(minLift, lift)
	}
	return minLift, all
}

// narrowTheme checks th (ok: read at all) against the films carrying its
// lead keyword and returns the reading the films support.
func (x *Index) narrowTheme(ctx context.Context, q string, th Theme, ok bool) (Theme, bool, error) {
	m := x.themes
	if m == nil || len(m.Keywords) == 0 {
		return th, ok, nil
	}
	folded, label := themeWords(q)
	if len(folded) == 0 || len(folded) > narrowMaxWords {
		return th, ok, nil
	}
	// A keyword the words spell loosely, in English: it leads, unless the
	// reading names it already or surely names another (a French word
	// spelt as an English keyword is matchTheme's to weigh: « une
	// météorite »).
	if k, found := m.looseKeyword(folded); found && (!ok || th.Score < narrowSure && !slices.Contains(th.Keywords, m.Keywords[k].Name)) &&
		!(len(folded) == 1 && folded[0] == fold(m.Keywords[k].Name)) {
		out := Theme{LabelEN: label, Keywords: []string{m.Keywords[k].Name}, Score: math.Max(0.9, th.Score)}
		if out.LabelFR = m.frenchLabel(k); out.LabelFR == "" {
			out.LabelFR = label
		}
		if ok {
			for _, name := range th.Keywords {
				if len(out.Keywords) < themeMaxKeys && !slices.Contains(out.Keywords, name) {
					out.Keywords = append(out.Keywords, name)
				}
			}
		}
		return out, true, nil
	}
	// Two French words whose English translations, run together, spell a
	// keyword (« tempête de sable »: "storm", "sand": "sandstorm"): it
	// leads, labelled by the customer's words.
	if k, found := x.frenchCompound(strings.Join(folded, " ")); found && (!ok || !slices.Contains(th.Keywords, m.Keywords[k].Name)) {
		out := Theme{LabelFR: label, LabelEN: m.Keywords[k].Name, Keywords: []string{m.Keywords[k].Name}, Score: math.Max(0.8, th.Score)}
		if ok {
			for _, name := range th.Keywords {
				if len(out.Keywords) < themeMaxKeys && !slices.Contains(out.Keywords, name) {
					out.Keywords = append(out.Keywords, name)
				}
			}
		}
		return out, true, nil
	}
	// One French word no reading knows (« un cercueil »): the keyword the
	// films whose French synopses use it carry far more than chance.
	if !ok && len(folded) == 1 {
		if k, found, err := x.wordKeyword(ctx, folded[0]); err != nil {
			return th, ok, fmt.Errorf("search: match theme: %w", err)
		} else if found {
			return Theme{LabelFR: label, LabelEN: m.Keywords[k].Name, Keywords: []string{m.Keywords[k].Name}, Score: themeFeedbackScore}, true, nil
		}
	}
	if !ok || len(th.Keywords) == 0 || len(folded) < 2 {
		return th, ok, nil
	}
	// Only a reading of French words: matchTheme labels it in English by
	// its lead keyword. English words spell a compound keyword outright
	// ("sea monster"), and the films' English synopses say "fights" of
	// "mixed martial arts" as much as of "martial arts".
	lead, found := m.byName[th.Keywords[0]]
	text := strings.Join(folded, " ")
	if !found || th.LabelEN != m.Keywords[lead].Name ||
		!m.frenchReading(analyzeText(x.im.AnalyzerNamed(aFR), text), analyzeText(x.im.AnalyzerNamed(aEN), text)) {
		return th, ok, nil
	}
	// The words as French (in the French synopses) and as English (in the
	// English ones): a keyword explains them in either.
	var langs [][][]int32
	for _, l := range []struct{ field, an string }{{fSynopsisFR, aFR}, {fSynopsisEN, aEN}} {
		ts := analyzeText(x.im.AnalyzerNamed(l.an), text)
		if len(ts) < 2 {
			continue
		}
		words := make([][]int32, 0, len(ts))
		for _, t := range ts {
			fs, err := x.termFilms(ctx, l.field, t.term)
			if err != nil {
				return th, ok, fmt.Errorf("search: match theme: %w", err)
			}
			words = append(words, fs)
		}
		langs = append(langs, words)
	}
	// cover returns the least lift of a word among k's films, in the
	// language that explains the words best, and whether that language
	// explains every word (narrowMinCo, narrowMinLift).
	cover := func(k int32) (float64, bool) {
		best, any := 0.0, false
		for _, words := range langs {
			l, all := x.wordCover(k, words)
			if all && !any || all == any && l > best {
				best, any = l, all
			}
		}
		return best, any
	}
	if len(langs) == 0 {
		return th, ok, nil
	}
	// The lead explains every word, or leaves none far from its films.
	if l, all := cover(lead); all || l >= narrowLeadLift {
		return th, ok, nil
	}
	// The keywords spelling the lead out (« sea monster » for "monster"),
	// the commonest first: the one more specific than the lead that
	// explains every word, the best.
	best, bestLift, tried := int32(-1), 0.0, 0
	for _, k := range m.family(lead) {
		kw := m.Keywords[k]
		if kw.DF < narrowMinDF || kw.DF >= m.Keywords[lead].DF || themeMeta[kw.Name] {
			continue
		}
		if tried++; tried > narrowMaxCands {
			break
		}
		if l, all := cover(k); all && l > bestLift {
			best, bestLift = k, l
		}
	}
	if best < 0 {
		return th, ok, nil
	}
	out := th
	out.Keywords = []string{m.Keywords[best].Name}
	for _, k := range m.family(best) {
		if len(out.Keywords) < themeMaxKeys/2 && x.cooccur(best, k) >= themeFamilyShare {
			out.Keywords = append(out.Keywords, m.Keywords[k].Name)
		}
	}
	for _, name := range th.Keywords {
		if len(out.Keywords) < themeMaxKeys && !slices.Contains(out.Keywords, name) {
			out.Keywords = append(out.Keywords, name)
		}
	}
	if th.LabelEN == m.Keywords[lead].Name {
		out.LabelEN = m.Keywords[best].Name // read as French: the English label is the lead keyword
	}
	return out, true, nil
}

// A keyword is also named by its English words run together or apart and
// inflected otherwise: "a sand storm" is "sandstorm", "a bookstore" "book
// store", "tap dancers" "tap dancing", "safe crackers" "safecracker".

// looseMinLen is the least number of letters of a loose spelling: shorter
// ones meet too many words by chance.
const looseMinLen = 6

// looseForms returns the loose spellings of words: the letters of their
// folded form run together, and that with one English inflection off.
func looseForms(s string) []string {
	var b strings.Builder
	for _, r := range fold(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	w := b.String()
	out := []string{w}
	for _, suf := range []string{"ing", "ers", "er", "es", "ed", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= looseMinLen {
			out = append(out, strings.TrimSuffix(w, suf))
		}
	}
	if strings.HasSuffix(w, "ies") {
		out = append(out, strings.TrimSuffix(w, "ies")+"y")
	}
	return out
}

var looseIndex sync.Map // *themeModel -> map[string]int32: loose spelling -> the commonest keyword

// looseKeyword returns the keyword the words spell loosely, if any (on
// narrowMinDF films at least).
func (m *themeModel) looseKeyword(words []string) (int32, bool) {
	v, found := looseIndex.Load(m)
	if !found {
		idx := map[string]int32{}
		for k, kw := range m.Keywords {
			if kw.DF < narrowMinDF || themeMeta[kw.Name] {
				continue
			}
			for _, f := range looseForms(kw.Name) {
				if o, dup := idx[f]; len(f) >= looseMinLen && (!dup || m.Keywords[o].DF < kw.DF) {
					idx[f] = int32(k)
				}
			}
		}
		v, _ = looseIndex.LoadOrStore(m, idx)
	}
	idx := v.(map[string]int32)
	for _, f := range looseForms(strings.Join(words, "")) {
		if k, ok := idx[f]; ok && len(f) >= looseMinLen {
			return k, true
		}
	}
	return 0, false
}

// compoundTrans is how many of a French word's translations frenchCompound
// tries.
const compoundTrans = 2

// frenchCompound returns the keyword of one word that the translations of
// two French words (text: folded, fillers off) spell run together, in
// either order.
func (x *Index) frenchCompound(text string) (int32, bool) {
	m := x.themes
	toks := analyzeText(x.im.AnalyzerNamed(aFR), text)
	if len(toks) != 2 || len(m.TR) == 0 {
		return 0, false
	}
	es := func(t token) []string {
		e := m.TR[t.term].E
		return e[:min(len(e), compoundTrans)]
	}
	for _, a := range es(toks[0]) {
		for _, b := range es(toks[1]) {
			if a == b {
				continue
			}
			for _, ws := range [][]string{{b, a}, {a, b}} {
				// A keyword of two words or more is spelt by the
				// translations apart already (matchTheme).
				if k, ok := m.looseKeyword(ws); ok && len(splitWords(fold(m.Keywords[k].Name))) == 1 {
					return k, true
				}
			}
		}
	}
	return 0, false
}

// Thresholds of wordKeyword.
const (
	wordMinCo    = 2   // films using the word and carrying the keyword, at least
	wordMinShare = 0.3 // of the films using the word, at least
	wordMinLift  = 50  // how much more often than chance, at least
	wordMaxFilms = 60  // a word on more films is read by matchTheme, or no theme
)

// wordKeyword returns the keyword that the films whose French synopses use
// the folded French word w carry far more than chance, if one does.
func (x *Index) wordKeyword(ctx context.Context, w string) (int32, bool, error) {
	m := x.themes
	toks := analyzeText(x.im.AnalyzerNamed(aFR), w)
	if len(toks) != 1 {
		return 0, false, nil
	}
	fs, err := x.termFilms(ctx, fSynopsisFR, toks[0].term)
	if err != nil || len(fs) == 0 || len(fs) > wordMaxFilms {
		return 0, false, err
	}
	films := x.cat.Films()
	count := map[int32]int{}
	n := 0
	for _, i := range fs {
		if x.films[i].skip || len(films[i].Keywords) == 0 {
			continue
		}
		n++
		for _, kw := range films[i].Keywords {
			if k, ok := m.byName[strings.ToLower(kw)]; ok {
				count[k]++
			}
		}
	}
	best, bestS := int32(-1), 0.0
	for k, c := range count {
		kw := m.Keywords[k]
		if c < wordMinCo || kw.DF < narrowMinDF || themeMeta[kw.Name] || m.broad(kw.DF) {
			continue
		}
		share := float64(c) / float64(n)
		lift := share / (float64(kw.DF) / float64(m.Films))
		if share >= wordMinShare && lift >= wordMinLift && share*math.Log(lift) > bestS {
			best, bestS = k, share*math.Log(lift)
		}
	}
	return best, best >= 0, nil
}
