package chat

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// A well-known title typed inside chatter (issue 10 item 1).
//
// « ma petite regarde dumbo et bambi en boucle », « il ne jure que par
// Scarface », "Growing up I watched Terminator and RoboCop on VHS": the
// separators cut the message into parts, and a part may be chatter around
// a title. When a part as a whole names no film, the longest run of its
// words that is exactly the title of a well-known film is read as the
// mention, and the words around it as filler.

const (
	// innerLead and innerTrail bound the words dropped before and after
	// the title inside a part, so that the look-ups stay few.
	innerLead, innerTrail = 6, 4
	// innerVotes: only a film this well known is read inside chatter; a
	// short obscure title hides in too many sentences.
	innerVotes = 5000
	// innerSubject: a part whose theme match scores this much is a
	// subject, not chatter around a title.
	innerSubject = 0.7
)

// innerNegRe is a negation among the words around the title: the film is
// not liked, and dislike.go reads the message as typed.
var innerNegRe = regexp.MustCompile(`\b(?:pas|jamais|not|never|didn't|don't|doesn't|hated|disliked|deteste|detestee)\b`)

// innerCueRe ends the chatter before a title: a verb of seeing or liking,
// « par », « devant », « comme », "like".
var innerCueRe = regexp.MustCompile(`\b(?:vu|revu|regarde|regardent|revoit|adore|adorent|aime|aiment|kiffe|kiffent|apprecie|par|devant|comme|watched|rewatched|saw|seen|loved|liked|adored|enjoyed|love|like|adore)$`)

// innerHintRe is a word after a title that says which film it is.
var innerHintRe = regexp.MustCompile(`\b(?:de|d'|du|des|of|by|avec|with|par|from|en|in|sorti|released|\d{4})\b`)

// innerTitle returns the mention of the longest run of words of t that is
// exactly the title of a well-known film, or false. m is t's own reading:
// its candidates are tried first, at no cost; when t names no film, runs
// that drop words only before or only after are looked up. A run replaces
// a reading that names a film only when it names the same film ("Pocahontas
// surtout" is Pocahontas).
func (e *Engine) innerTitle(ctx context.Context, t string, m mention) (mention, bool, error) {
	f := fold(t)
	ws := wordSpanRe.FindAllStringIndex(f.s, -1)
	n := len(ws)
	if n < 2 {
		return mention{}, false, nil
	}
	weak := unresolvedPart(m)
	if weak {
		// « un enfant autiste »: a part that reads as a subject is one,
		// whatever film bears one of its words.
		th, ok, err := e.res.MatchTheme(ctx, t)
		if err != nil || ok && th.Score >= innerSubject {
			return mention{}, false, err
		}
	}
	sub := func(i, j int) string {
		if i >= j {
			return ""
		}
		return strings.TrimSpace(f.origSpan(ws[i][0], ws[j-1][1]))
	}
	accept := func(i, j int) (mention, bool, error) {
		s := sub(i, j)
		if junk(fold(s).s) || lexiconName(s) || len(search.TitleKey(s)) < 4 {
			return mention{}, false, nil
		}
		lead, trail := fold(sub(0, i)).s, fold(sub(j, n)).s
		if weak && innerNegRe.MatchString(lead+" "+trail) {
			return mention{}, false, nil // "didn't enjoy Caché": not a film liked
		}
		if lead != "" && !innerCueRe.MatchString(lead) || innerHintRe.MatchString(trail) || slices.ContainsFunc(words(trail), func(w string) bool { return nationWord[w] != "" }) {
			// « le Cyrano de Rappeneau », « vice versa de pixar », « old
			// boy le coréen »: words that say which film it is, read by
			// the hints (pickByHints), not chatter to drop.
			return mention{}, false, nil
		}
		in, err := e.resolveSpan(ctx, s)
		if err != nil || in.Theme != nil || in.Person != nil || len(in.Matches) == 0 || quality(in) < 1 {
			return mention{}, false, err
		}
		o, films := classify(in)
		key := search.TitleKey(s)
		if o != resolved && o != ambiguous || films[0].Votes < innerVotes ||
			!slices.ContainsFunc(filmTitles(films[0]), func(t string) bool { return search.TitleKey(t) == key }) {
			return mention{}, false, nil
		}
		if weak && slices.ContainsFunc(m.Matches, func(c search.FilmMatch) bool {
			return !slices.Contains(films, c.Film) && len(search.TitleKey(c.Film.Title)) > len(key) && titleHasWords(c.Film, s)
		}) {
			// « le Cyrano de Rappeneau »: the part names a longer title
			// holding these words; the names beside pick it later.
			return mention{}, false, nil
		}
		if !weak && (len(m.Matches) == 0 || !slices.ContainsFunc(films, func(f *data.Film) bool { return f == m.Matches[0].Film })) {
			return mention{}, false, nil
		}
		if weak && !strings.Contains(strings.TrimSpace(articlesRe.ReplaceAllString(fold(s).s, "")), " ") {
			// « une aventure dans la jungle », "our national hero": a word
			// that is plainly a subject is not read as the film of that
			// name inside a sentence.
			th, ok, err := e.res.MatchTheme(ctx, s)
			if err != nil || ok && th.Score >= themeBare {
				return mention{}, false, err
			}
		}
		return in, true, nil
	}
	// The reading's own candidates: the longest run that is one of their
	// titles.
	keys := map[string]bool{}
	for _, c := range m.Matches {
		if c.Film.Votes >= innerVotes {
			for _, title := range filmTitles(c.Film) {
				keys[search.TitleKey(title)] = true
			}
		}
	}
	for size := n - 1; size >= 1 && len(keys) > 0; size-- {
		for i := n - size; i >= 0; i-- {
			if keys[search.TitleKey(sub(i, i+size))] {
				if in, ok, err := accept(i, i+size); err != nil || ok {
					return in, ok, err
				}
			}
		}
	}
	if !weak {
		return mention{}, false, nil
	}
	// Chatter before the title (« il ne jure que par Scarface ») or after
	// it ("RoboCop on VHS").
	for k := 1; k <= innerLead && k < n; k++ {
		if in, ok, err := accept(k, n); err != nil || ok {
			return in, ok, err
		}
		if k <= innerTrail {
			if in, ok, err := accept(0, n-k); err != nil || ok {
				return in, ok, err
			}
		}
	}
	return mention{}, false, nil
}
