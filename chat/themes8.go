package chat

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/bobine/bobine/data"
)

// Subjects customers describe rather than name, and the words around a
// subject that are not one: a life or a story told (« la vie d'un
// boulanger », « une histoire entre une mère et sa fille », "the life of a
// jazz musician"), a noun before the kind of film ("spy adventures", "a
// french heist film": no film called Heist), « moins de X » / "less X"
// beside a liked film (a thing not wanted, never the theme), and the
// person a follow-up is for (« et pour son cousin de 16 ans qui aime la
// science-fiction ? »: « son » is no theme; what he likes is the request).

// descriptionCueRe is a subject told as a life or a story: « la vie d'un
// peintre », « l'histoire d'une amitié entre… », « une histoire entre un
// grand-père et son petit-fils », "the life of a jazz musician", "a story
// between a grandmother and her granddaughter". An article must follow
// (« la vie d'Adèle » is a title).
var descriptionCueRe = regexp.MustCompile(`\b(?:(?:la\s+|une\s+)?vie\s+(?:d'un|d'une|de\s+deux)|(?:l'|une\s+|la\s+)?histoire\s+(?:d'un|d'une|entre(?:\s+(?:un|une|des|deux))?)|(?:the\s+|a\s+)?life\s+of\s+(?:a|an|two)|(?:a|the)\s+story\s+(?:of\s+(?:a|an|two)|between(?:\s+(?:a|an|two))?))\s+([a-z][a-z'-]*(?:\s+[a-z'-]+){0,5}?)` + themeEnd)

// lessRe is a thing wanted less beside a request: « avec moins de
// fusillades », "but with less shooting", "fewer explosions". It is no
// theme; a duration (« moins de 2h ») or an age was read before.
var lessRe = regexp.MustCompile(`\b(?:(?:mais\s+|but\s+)?(?:avec|with)\s+)?(?:un\s+peu\s+|a\s+bit\s+|a\s+little\s+|much\s+|beaucoup\s+)?(?:moins\s+(?:de\s+|d')|less\s+|fewer\s+)([a-z][a-z'-]*(?:\s+[a-z'-]+)?)` + themeEnd)

// lessPhrases drops what the message wants less of, so that no theme
// cue takes it for the subject.
func (p *parser) lessPhrases() {
	p.each(lessRe, func(sub []string, idx []int) bool {
		if genreOnlyRe.MatchString(strings.TrimSpace(sub[1])) {
			return false // « moins d'action »: the genre rules read it
		}
		p.consume(idx[0], idx[3])
		return false
	})
}

// nounKindRe is a noun right before the kind of film, with words read
// before it in between ("a french heist film", "a british heist comedy",
// once the nationality is read), or opening the message before
// "adventures" ("spy adventures"): a name opens "kieslowski movies".
var nounKindRe = regexp.MustCompile(`(?:\b(?:a|an|some|any|more|un|une|des)[\s\x00]*\x00[\s\x00]*([a-z][a-z'-]{2,})\s+(?:movies?|films?|flicks?|comed(?:y|ies)|capers?|adventures?|aventures?|thrillers?|dramas?)|^[\s\pP\x00]*([a-z][a-z'-]{2,})\s+(?:adventures?|aventures?))\b`)

// nounKindThemes reads the noun before the kind of film as a subject (a
// theme or nothing): the kind itself is left to the genre rules.
func (p *parser) nounKindThemes() {
	shouting := strings.ToUpper(p.f.orig) == p.f.orig
	p.each(nounKindRe, func(sub []string, idx []int) bool {
		w := sub[1]
		if w == "" {
			w, idx = sub[2], []int{idx[0], idx[1], idx[4], idx[5]} // at the start
		}
		if softAdjectives[w] || junkWords[w] || personStop[w] || listStop[w] || genreWords[w] != nil || nationWord[w] != "" ||
			langWords[w] >= 3 || langWords[w] <= -3 || (!shouting && p.capitalisedSpan(idx[2], idx[3])) {
			return false
		}
		p.m.SoftThemes = append(p.m.SoftThemes, strings.TrimSpace(p.f.origSpan(idx[2], idx[3])))
		p.consume(idx[2], idx[3])
		return false
	})
}

// kinNouns are the people a follow-up asks for (« et pour son frère »,
// "and for her brother").
const kinNouns = `(?:freres?|soeurs?|grand\s+frere|grande\s+soeur|petit\s+frere|petite\s+soeur|cousins?|cousines?|fils|filles?|neveux?|nieces?|papy|papi|mamie|grand-pere|grand-mere|pere|mere|mari|femme|copain|copine|ami|amie|brothers?|sisters?|cousins?|sons?|daughters?|nephews?|grandsons?|granddaughters?|grandpa|grandma|dad|mum|mom|husband|wife|boyfriend|girlfriend|friend)`

// kinAgeRe is the age of someone named with a possessive the age rules
// miss: « pour son cousin de 16 ans », « sa soeur de 8 ans », "her brother
// who's 15", "his sister who is 12".
var kinAgeRe = regexp.MustCompile(`\b(?:(?:et\s+|and\s+)?(?:pour|for)\s+)?(?:son|sa|ses|leur|leurs|his|her|their|my|our)\s+` + kinNouns + `\s*,?\s*(?:de\s+|d'|qui\s+a\s+|who\s+is\s+|who's\s+|aged\s+|of\s+)(\d{1,2})(?:\s+ans|\s*(?:years?|yrs?)(?:[\s-]*old)?)?\b`)

// kinForRe is who a follow-up is for, without an age: « et pour son frère
// », "and for her dad".
var kinForRe = regexp.MustCompile(`\b(?:(?:et\s+|and\s+)?(?:pour|for)\s+)(?:son|sa|ses|leur|leurs|his|her|their)(?:\s+` + kinNouns + `\b|\s*\x00)`)

// likesRe is what that person likes: « qui aime la science-fiction », «
// qui adore les dinosaures », "and likes action", "who loves animals".
// Only the verb goes: what follows is read as a genre, a subject or a
// film.
var likesRe = regexp.MustCompile(`(?:\b(?:ans|olds?|\d{1,2}|ados?)|` + kinNouns + `|\x00)\s*,?\s+((?:et\s+|and\s+)?(?:qui\s+|who\s+)?(?:aime|aiment|adore|adorent|prefere|preferent|likes|loves|enjoys|is\s+into|are\s+into|like|love)(?:\s+(?:bien|beaucoup|surtout|really|mostly))?)\s`)

// kinPhrases reads who a follow-up is for and drops the words that are
// neither a title nor a theme. It runs after the audience rules.
func (p *parser) kinPhrases() {
	p.each(kinAgeRe, func(sub []string, _ []int) bool {
		n := 0
		for _, c := range sub[1] {
			n = n*10 + int(c-'0')
		}
		switch {
		case n >= 18:
		case n >= 13:
			p.m.Teen = true
		default:
			p.m.Family = true
		}
		return true
	})
	p.each(kinForRe, func([]string, []int) bool { return true })
	p.each(likesRe, func(sub []string, idx []int) bool {
		// « ma femme préfère les comédies »: who likes it goes with the
		// verb (no title « ma femme » is left).
		from := idx[0]
		if m := possessiveEndRe.FindStringIndex(string(p.work[:from])); m != nil {
			from = m[0]
		}
		p.consume(from, idx[3])
		if w := likedWhatRe.FindStringSubmatchIndex(string(p.work[idx[3]:])); w != nil {
			what := string(p.work[idx[3]+w[2] : idx[3]+w[3]])
			if bare := strings.TrimSpace(articlesRe.ReplaceAllString(what, "")); genreOnlyRe.MatchString(bare) {
				// « qui aime la science-fiction »: a genre.
				p.m.Genres = appendNew(p.m.Genres, genresOf(bare)...)
				p.consume(idx[3], idx[3]+w[1])
			}
		}
		return false
	})
}

// possessiveEndRe is a possessive right before a kin noun.
var possessiveEndRe = regexp.MustCompile(`\b(?:ma|mon|mes|sa|son|ses|leur|leurs|notre|nos|my|his|her|our|their)\s+$`)

// likedWhatRe is what follows the verb of likesRe, up to the end of the
// clause.
var likedWhatRe = regexp.MustCompile(`^\s*((?:(?:le|la|les|l'|des|du|the)\s*)?[a-z][a-z' -]*?)\s*(?:[,.;!?\x00]|$)`)

// surnameTheme returns the theme a capitalised word typed after a theme
// cue names outright when it is only the surname of someone known as an
// actor, never as a director (« un film de Noël » is no Magali Noël, «
// un film sur Noël » no Noël-Noël), or nil: « un film de Carpenter » is
// John Carpenter's.
func (e *Engine) surnameTheme(ctx context.Context, t string) (*theme, error) {
	if len(words(fold(t).s)) != 1 {
		return nil, nil
	}
	pms, err := e.res.SearchPeople(ctx, t, 5)
	if err != nil {
		return nil, fmt.Errorf("chat: search people %q: %w", t, err)
	}
	for _, pm := range pms {
		if pm.Person == nil || !exactName(t, pm.Person) {
			continue
		}
		directed := 0
		for _, r := range e.cat.Roles(pm.Person.ID) {
			if r.Category == "director" {
				directed++
			}
		}
		if directed >= fameFilms {
			return nil, nil
		}
	}
	return e.themeOf(ctx, t, themeExact)
}

// participleRe is a plural noun and a participle with its object, no
// preposition between: "aliens invading earth", "robots destroying
// cities" (subjectClauseRe reads "pirates looking for treasure").
var participleRe = regexp.MustCompile(`^(?:(?:the|some|des|les)\s+)?([a-z][a-z'-]*s)\s+([a-z]{3,}ing\s+[a-z][a-z' -]*)$`)

// participleSubject returns the theme of folded f[a:b], a plot matched by
// participleRe at loc (offsets from a), unless it is exactly a title: the
// whole plot, else the noun.
func (e *Engine) participleSubject(ctx context.Context, f folded, a, b int, loc []int) (*theme, error) {
	plot := strings.TrimSpace(f.origSpan(a, b))
	ms, err := e.res.ResolveFilm(ctx, plot, 1)
	if err != nil && !errors.Is(err, data.ErrInvalid) {
		return nil, fmt.Errorf("chat: resolve %q: %w", plot, err)
	}
	if len(ms) > 0 && exactTitle(plot, ms[0].Film) {
		return nil, nil
	}
	if th, err := e.themeOf(ctx, plot, themeMin); th != nil || err != nil {
		return th, err
	}
	return e.themeOf(ctx, strings.TrimSpace(f.origSpan(a+loc[2], a+loc[3])), themeBare)
}
