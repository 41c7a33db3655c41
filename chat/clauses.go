package chat

import (
	"slices"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// Commentary: the parts of a message that are neither a title nor anything
// else the chat reads (« ventura et blier ensemble c'est culte », "pure
// fun", « donc », "tonight"). A message that names films or asks for
// something AND comments on it must keep what it understood and let the
// comment go; only words that look strongly like a title, or that are the
// whole request, are worth a « Vouliez-vous dire ».

// titleLikeShare is how far, as a share of its length, a mention may be
// from a title of one of its suggestions (edit distance on title keys)
// and still be that title mistyped: « le mepri » is Le Mépris, « cette
// bande » is no Petite Bande.
const titleLikeShare = 0.17

// minTitleLike is the shortest title key (letters, no article) a mention
// must have to look like a title it does not match exactly: "4", « top »
// are too short to say.
const minTitleLike = 4

// lonelyVotes: a single word that is exactly the title of a film with
// fewer IMDb votes than this is read as a comment once the customer has
// started commenting ("colourful" after "bonkers and").
const lonelyVotes = 20000

// maxPrefixWords bounds the word prefixes of a part tried as a title
// followed by a comment ("forrest gump made me cry").
const maxPrefixWords = 8

// titleLike reports whether an unresolved mention looks strongly like a
// title: several homonyms, or a suggestion whose title is the mention a
// few typos aside, or whose title holds every word typed, in order.
func titleLike(m mention) bool {
	if m.Theme != nil || m.Person != nil {
		return true
	}
	out, films := classify(m)
	switch {
	case out == resolved:
		return true
	case out == unknown:
		return false
	case slices.ContainsFunc(films, func(f *data.Film) bool { return exactTitle(m.Text, f) }):
		return true // « dune »: homonyms of the very title typed
	case len(words(fold(m.Text).s)) == 1:
		// One word inside a longer message is a title only typed exactly,
		// or as the name of a saga (« asterix »): "other" is not The
		// Others, « donc » no title at all.
		return out == ambiguous && oneSaga(films)
	}
	k := search.TitleKey(m.Text)
	if len(k) < minTitleLike {
		return false
	}
	// « pour un » is in « Pour un garçon », but only words that carry
	// meaning say a title is meant.
	several := len(contentWords(fold(m.Text).s)) >= 2
	lim := int(titleLikeShare * float64(len(k)))
	if lim < 1 {
		lim = 1
	}
	for _, f := range films {
		if several && titleHasWords(f, m.Text) {
			return true
		}
		for _, t := range filmTitles(f) {
			if t == "" {
				continue
			}
			if search.EditDistance(k, search.TitleKey(t), lim) <= lim {
				return true
			}
		}
	}
	return false
}

// commentary reports whether a part of a message is the customer's
// comment rather than a title: it names no film the engine can go on with
// and does not look like a title mistyped.
func commentary(m mention) bool {
	if len(m.Matches) == 0 && m.Theme == nil && m.Person == nil && len(contentWords(fold(m.Text).s)) <= maxUnknownWords {
		// "Heat et Zorglubinator": a short span search knows nothing of
		// is a title the catalogue lacks, said so in the reply.
		return false
	}
	return unresolvedPart(m) && !titleLike(m)
}

// maxUnknownWords: a span of at most this many words that search matches
// to nothing at all is read as a title the catalogue lacks (the reply says
// it was not found), not as a comment.
const maxUnknownWords = 2

// titlePrefix returns the longest run of words starting the folded span
// [a, end) of s that is exactly a title (or picked by its own year or
// name), leaving the rest as a comment: "forrest gump made me cry", « le
// grand bleu la mer ». ok is false when no prefix of at most
// maxPrefixWords words is.
func titlePrefix(s string, a, end int, span func(a, b int) (mention, error)) (m mention, ok bool, err error) {
	var ends []int
	for i := a; i < end; i++ {
		if s[i] == ' ' && i > a && s[i-1] != ' ' {
			ends = append(ends, i)
			if len(ends) == maxPrefixWords {
				break
			}
		}
	}
	for k := len(ends) - 1; k >= 0; k-- {
		p, err := span(a, ends[k])
		if err != nil {
			return mention{}, false, err
		}
		// Exactly a title: a prefix picked by a name hint may cut the name
		// (« drunk de thomas » of « drunk de thomas vinterberg »).
		// With its article as typed: « une bête dans le gévaudan » does not
		// start with La Bête.
		if !hasWord(p.Text) || p.Theme != nil || p.Person != nil || len(p.Matches) == 0 || !exactTitle(p.Text, p.Matches[0].Film) {
			continue
		}
		// « microcosmos les insectes », « la cité de dieu au brésil »: a
		// comment that describes the film confirms it (secondtitle.go).
		desc := describes(p.Matches[0].Film, s[ends[k]:end])
		if articlesRe.MatchString(fold(p.Text).s) && !desc && !slices.ContainsFunc(filmTitles(p.Matches[0].Film), func(t string) bool { return t != "" && fullTitle(t) == fullTitle(p.Text) }) {
			continue
		}
		if p.Matches[0].Film.Votes < lonelyVotes && len(contentWords(fold(p.Text).s)) < 2 && !desc {
			// « le meilleur film du monde »: one word that is the title
			// of a little-known film and starts a comment is not what the
			// customer names (« les tontons flingueurs mon père adore »
			// is).
			continue
		}
		if o, _ := classify(p); o == resolved || o == ambiguous {
			p.Decided = p.Decided || desc && o == resolved
			return p, true, nil
		}
	}
	return mention{}, false, nil
}

// understoodBesides reports whether a plan holds something to go on with
// besides the mention being classified: a film, a person, a constraint, an
// act, or another mention still to classify that names something.
func understoodBesides(p *plan) bool {
	m := p.m
	if len(p.films) > 0 || p.like != nil || len(p.people) > 0 || p.theme != nil || m.hasConstraint() || m.More || m.Act != actNone || m.Reset {
		return true
	}
	for _, o := range p.todo {
		if !o.Not && !unresolvedPart(o) {
			return true
		}
	}
	return false
}

// skipComment reports whether continuePlan lets an unresolved mention go
// without a word: the message understood something else, and the mention
// is no title mistyped (« donc », "tonight", « de funes quel duo »).
func skipComment(p *plan, mt mention) bool {
	if mt.Not || !understoodBesides(p) || titleLike(mt) {
		return false
	}
	// Homonyms of words that are no title (« cette bande ») are let go
	// too, however well search believes in them; a short span it knows
	// nothing of is a title the catalogue lacks.
	return len(mt.Matches) > 0 || commentary(mt)
}

// spansCut reports whether one of cuts (folded byte ranges) lies inside
// [a, end).
func spansCut(cuts [][]int, a, end int) bool {
	for _, c := range cuts {
		if c[0] > a && c[1] < end {
			return true
		}
	}
	return false
}

// loneObscure reports whether a part is one bare word (no article: « le
// samouraï » is named on purpose) that is the title of a little-known film
// only.
func loneObscure(m mention) bool {
	if m.Theme != nil || m.Person != nil || m.Decided || len(m.Matches) == 0 || len(words(fold(m.Text).s)) != 1 {
		return false
	}
	return m.Matches[0].Film.Votes < lonelyVotes
}
