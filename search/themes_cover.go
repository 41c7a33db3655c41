package search

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
)

// A request often names its theme by one or two head nouns among words of
// context (« un homme qui sort de prison », "a rookie cop on his first
// week"), or by a kind of story that TMDB names with a genre word
// (« un thriller psychologique » is "psychological thriller", « une
// comédie pour ados » "teen comedy"). matchTheme weighs each word's
// evidence on its own, so a single word's broad keyword may lead ("prison",
// "teenager") while a more specific keyword the reading also reaches, or a
// genre compound, explains more of the words. coverTheme checks the
// reading's keywords, the keywords spelling them out and, when a genre word
// heads the request, the keywords holding that genre's word, against the
// films: the one whose synopses use most of the request's words far more
// than other films do leads. It goes by the films alone, no list of
// phrases.

// Thresholds of coverTheme.
const (
	coverMaxWords  = 9    // content words of a request checked, at most
	coverMinDF     = 8    // films carrying a candidate, at least
	coverMaxCands  = 150  // candidates checked
	coverMinLift   = 6    // a word is explained by a keyword whose films use it this much more than the others
	coverMinCo     = 2    // and at least this many of them
	coverGenreDF   = 300  // a genre compound on more films is a genre, no theme
	coverSpeltLift = 30   // the lift of a word spelling a keyword's word, or of its genre word
	coverMaxLift   = 200  // lifts are capped: a word on two films of a rare keyword is chance
	coverExact     = 0.95 // a reading this sure is the words named outright
	coverHead      = 1.5  // weight of a French request's head noun among its words
	coverMargin    = 3    // a new lead explains the words this many times better than the reading's
)

// coverGenres maps the folded words naming a kind of story, French and
// English, to TMDB's English word for it.
var coverGenres = map[string]string{
	"comedie": "comedy", "comedies": "comedy", "comedy": "comedy",
	"thriller": "thriller", "thrillers": "thriller",
	"horreur": "horror", "horrifique": "horror", "epouvante": "horror", "horror": "horror",
	"drame": "drama", "drames": "drama", "drama": "drama", "dramas": "drama",
	"documentaire": "documentary", "documentaires": "documentary", "docu": "documentary", "docus": "documentary",
	"documentary": "documentary", "documentaries": "documentary", "doc": "documentary", "docs": "documentary",
	"animation": "animation", "animated": "animation", "dessin": "animation", "dessins": "animation",
	"satire": "satire", "satirique": "satire", "satirical": "satire",
	"western": "western", "westerns": "western",
}

// coverWord is one content word of a request: the catalogue positions of
// the films whose French synopsis, and those whose English one, use it.
type coverWord struct {
	fr, en []int32
	trans  []string // English stems the word translates to (French words)
	stem   string   // its English stem
	as     string   // as written, folded
	weight float64  // the head noun of a French request counts more
}

// coverTheme returns th (ok: read at all) led by the keyword that explains
// most words of q, if that is not its lead already.
func (x *Index) coverTheme(ctx context.Context, q string, th Theme, ok bool) (Theme, bool, error) {
	m := x.themes
	if m == nil || len(m.Keywords) == 0 {
		return th, ok, nil
	}
	folded, label := themeWords(q)
	// The genre words themeWords leaves out.
	var genres []string
	for _, w := range splitWords(fold(q)) {
		if g, found := coverGenres[w]; found && !slices.Contains(genres, g) {
			genres = append(genres, g)
		}
	}
	if len(folded) > coverMaxWords || len(folded) == 0 || len(folded) < 2 && len(genres) == 0 {
		return th, ok, nil
	}
	text := strings.Join(folded, " ")
	frToks := analyzeText(x.im.AnalyzerNamed(aFR), text)
	enToks := analyzeText(x.im.AnalyzerNamed(aEN), text)
	enAt := map[int]string{}
	for _, t := range enToks {
		enAt[t.start] = t.term
	}
	words := make([]coverWord, 0, len(frToks))
	seen := map[int]bool{}
	for _, t := range frToks {
		w := coverWord{stem: enAt[t.start], trans: m.TR[t.term].E, as: text[t.start:t.end]}
		var err error
		if w.fr, err = x.termFilms(ctx, fSynopsisFR, t.term); err != nil {
			return th, ok, fmt.Errorf("search: match theme: %w", err)
		}
		if w.stem != "" {
			if w.en, err = x.termFilms(ctx, fSynopsisEN, w.stem); err != nil {
				return th, ok, fmt.Errorf("search: match theme: %w", err)
			}
		}
		seen[t.start] = true
		words = append(words, w)
	}
	for _, t := range enToks { // English words the French analyzer drops
		if seen[t.start] {
			continue
		}
		w := coverWord{stem: t.term, as: text[t.start:t.end]}
		var err error
		if w.en, err = x.termFilms(ctx, fSynopsisEN, t.term); err != nil {
			return th, ok, fmt.Errorf("search: match theme: %w", err)
		}
		words = append(words, w)
	}
	if len(words) == 0 || len(words)+len(genres) < 2 {
		return th, ok, nil
	}
	// French puts the head noun first and its complements after
	// (« le maire d'une petite ville »): what the first word names is
	// what the request is about.
	for i := range words {
		words[i].weight = 1
	}
	if len(words) >= 2 && m.frenchReading(frToks, enToks) {
		words[0].weight = coverHead
	}

	// The candidates: the reading's keywords, those spelling them out, and
	// the genre compounds.
	var cands []int32
	have := map[int32]bool{}
	push := func(k int32) {
		kw := m.Keywords[k]
		if have[k] || kw.DF < coverMinDF || themeMeta[kw.Name] || len(cands) >= coverMaxCands {
			return
		}
		have[k] = true
		cands = append(cands, k)
	}
	genreOf := map[int32]bool{}
	for _, g := range genres {
		st := analyzeText(x.im.AnalyzerNamed(aEN), g)
		if len(st) != 1 {
			continue
		}
		for _, k := range m.byWord[st[0].term] {
			kw := m.Keywords[k]
			if len(strings.Fields(kw.Stem)) >= 2 && kw.DF <= coverGenreDF {
				push(k)
				if have[k] {
					genreOf[k] = true
				}
			}
		}
	}
	var read []int32
	if ok {
		for _, name := range th.Keywords {
			if k, found := m.byName[name]; found {
				read = append(read, k)
				push(k)
			}
		}
	}
	// Keywords with a word written like one of the request's (« des
	// néo-nazis », « un supervilain »).
	for _, w := range words {
		if len(w.as) < cognatePrefix {
			continue
		}
		for _, r := range m.byPrefix[w.as[:cognatePrefix]] {
			if cognateOf(w.as, []string{r.w}) && m.closeEnough(w.as, r) {
				push(r.k)
			}
		}
	}
	for _, k := range read {
		for _, o := range m.family(k) {
			push(o)
		}
	}
	if len(cands) == 0 {
		return th, ok, nil
	}

	// score is how many words k explains (a genre compound explains its
	// genre word) and how specifically: the sum over the words of the log
	// of how much more often k's films use them than other films do, a
	// likelihood ratio of the words given k.
	score := func(k int32) (n int, sum float64, covered uint64) {
		kw := m.Keywords[k]
		films := x.kwFilms[kw.Name]
		if len(films) == 0 {
			return 0, 0, 0
		}
		total := float64(len(x.cat.Films()))
		kwWords := strings.Fields(kw.Stem)
		kwNames := splitWords(fold(kw.Name))
		spelt := false // a word spells one of k's
		for i, w := range words {
			best := 0.0
			for _, fs := range [][]int32{w.fr, w.en} {
				if len(fs) == 0 {
					continue
				}
				co := 0
				for _, f := range films {
					if _, found := slices.BinarySearch(fs, f); found {
						co++
					}
				}
				// One co-occurrence is taken off: on a keyword of a dozen
				// films, two synopses sharing a word may be chance.
				if l := (float64(co-1) / float64(len(films))) / (float64(len(fs)) / total); co >= coverMinCo && l > best {
					best = l
				}
			}
			// A word spelling one of the keyword's words, in English,
			// translated or as a cognate, explains it.
			if slices.Contains(kwWords, w.stem) || len(w.trans) > 0 && slices.Contains(kwWords, w.trans[0]) || cognateOf(w.as, kwNames) ||
				slices.ContainsFunc(w.trans, func(e string) bool { return cognateOf(e, kwWords) }) ||
				w.stem != "" && cognateOf(w.stem, kwWords) {
				best = math.Max(best, coverSpeltLift)
				spelt = true
			}
			if best >= coverMinLift {
				n++
				sum += w.weight * math.Log(math.Min(best, coverMaxLift))
				covered |= 1 << i
			}
		}
		// A genre compound's other word is spelt by the request's
		// (« un thriller psychologique »): films of a kind merely sharing
		// a word of the request are no films of that kind.
		if genreOf[k] && spelt {
			n++
			sum += math.Log(coverSpeltLift)
		}
		return n, sum, covered
	}
	var lead []int32 // the keywords spelling the reading's lead out
	if len(read) > 0 {
		lead = m.family(read[0])
	}
	leadN, leadSum, leadCov := 0, 0.0, uint64(0)
	if ok && len(read) > 0 {
		leadN, leadSum, leadCov = score(read[0])
	}
	if words[0].weight > 1 {
		leadCov |= 1 // a French request's head noun is explained by a new lead
	}
	// A reading the words name outright (the lexicon's phrase, a keyword
	// spelt) gives way only to a keyword explaining more of the words.
	minN := max(2, leadN)
	if th.Score >= coverExact {
		minN = max(2, leadN+1)
	}
	best, bestSum := int32(-1), leadSum+math.Log(coverMargin)
	for _, k := range cands {
		if ok && len(read) > 0 && k == read[0] {
			continue
		}
		if th.Score >= coverExact && !genreOf[k] && !slices.Contains(lead, k) {
			continue // a sure reading only gives way to a keyword spelling its lead out
		}
		n, l, cov := score(k)
		// It explains every word the reading's lead does, and more.
		if n >= minN && l > bestSum && cov&leadCov == leadCov {
			best, bestSum = k, l
		}
	}
	if best < 0 {
		return th, ok, nil
	}
	out := Theme{Keywords: []string{m.Keywords[best].Name}, Score: math.Max(0.6, th.Score)}
	for _, k := range m.family(best) {
		if len(out.Keywords) < themeMaxKeys/2 && x.cooccur(best, k) >= themeFamilyShare {
			out.Keywords = append(out.Keywords, m.Keywords[k].Name)
		}
	}
	if ok {
		for _, name := range th.Keywords {
			if len(out.Keywords) < themeMaxKeys && !slices.Contains(out.Keywords, name) {
				out.Keywords = append(out.Keywords, name)
			}
		}
	}
	// Labels: the customer's words in their language.
	if m.frenchReading(frToks, enToks) {
		out.LabelFR, out.LabelEN = label, m.Keywords[best].Name
	} else {
		out.LabelEN = label
		if out.LabelFR = m.frenchLabel(best); out.LabelFR == "" {
			out.LabelFR = label
		}
	}
	return out, true, nil
}

// cognateOf reports whether the folded word w is written like one of the
// words ws (« psychologique », "psychological"; « érotique », "erotic"):
// they share their first letters, five at least or the whole shorter word,
// or all but its last letter (« nazis », "nazism").
func cognateOf(w string, ws []string) bool {
	for _, o := range ws {
		n := min(len(w), len(o))
		p := commonPrefix(w, o)
		if n >= 3 && p >= min(n, 5) && p >= n*2/3 || n >= 5 && p >= n-1 {
			return true
		}
	}
	return false
}
