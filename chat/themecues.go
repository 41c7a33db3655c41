package chat

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
)

// Theme readings the general cues miss: a subject that is a genre with a
// tone (« une comédie noire », "a dark comedy"), an anime asked as a noun
// ("an anime", « un animé »: Japanese animation), and the cue words typed
// with their letters swapped (« un flim d'espionnage »).

// cueTypos are the commonest misspellings of the words that announce a
// film: too short for the lexicon's one-edit correction, and never words
// of their own.
var cueTypos = map[string]string{"flim": "film", "flims": "films", "fiml": "film", "fimls": "films", "fim": "film", "fims": "films",
	"moive": "movie", "moives": "movies", "movei": "movie", "moveis": "movies", "mvoie": "movie", "mvoies": "movies"}

// toneGenreRe is a genre with a tone that names a theme of its own: « une
// comédie noire », « des comédies noires », "a dark comedy", "black
// comedies": the theme dark comedy, and the genre is kept.
var toneGenreRe = regexp.MustCompile(`\b(?:(comedies?|drames?|thrillers?|polars?)\s+(noires?|sombres?)|(dark|black)\s+(comed(?:y|ies)|dramas?|thrillers?))\b`)

// animeNounRe is "anime" as a noun or before "movie": Japanese animation:
// Japan beside the Animation genre ("an anime", "anime movies", « un
// animé », « des animés japonais »), not the adjective of « des films
// animés » or « un dessin animé ».
var animeNounRe = regexp.MustCompile(`(?:^|[^a-z'])(?:(?:an|un|une|des|les|some|any|good|great|bon|bons|l'|japanese)\s+(?:(?:good|great|bon|bons|bonne|bonnes|vieux|old|new)\s+)?animes?\b|animes?\s+(?:movies?|films?|flicks?|japonais|japanese)\b)`)

// toneThemes reads the tone genres of the message (their theme and genre)
// and its anime nouns (Japan).
func (p *parser) toneThemes() {
	p.each(toneGenreRe, func(sub []string, idx []int) bool {
		noun := sub[1]
		if noun == "" {
			noun = sub[4]
		}
		p.m.Genres = appendNew(p.m.Genres, genresOf(noun)...)
		p.m.Themes = append(p.m.Themes, darkComedy)
		return true
	})
	if animeNounRe.MatchString(string(p.work)) {
		// Japanese animation: the Animation genre (read by the genre
		// rules) from Japan. The keyword "anime" is a remark the theme
		// search does not lead with, and "based on manga" leaves out
		// most of Ghibli.
		p.m.Countries = appendNew(p.m.Countries, "JP")
	}
}

// The theme of toneThemes, searched by the lexicon's phrase: the search
// reads « comedy » as a genre word, not a subject.
const (
	darkComedy = "\x00darkcomedy"
)

func init() {
	kindThemes[darkComedy] = kindTheme{query: "humour noir", fr: "humour noir", en: "dark comedy"}
}

// nationDeRe is a country named without an article after « un film de »:
// « un film de Hong Kong », « des films de Taïwan », « qqch de belge » —
// where the film is from, not a person.
var nationDeRe = regexp.MustCompile(`\b(?:(?:un|des|les)\s+films?|qqch|quelque\s+chose|un\s+truc|something|anything)\s+de\s+(` + nationAlt + `)\b`)

// joinedFilms is the least number of films on both themes for a request
// naming two to keep only those; with fewer, the films of each theme take
// turns.
const joinedFilms = 3

// joinThemes is the request for two themes named in one message (« un
// film de pirates avec des fantômes », "zombies and nazis"): the films on
// both, best known first, or when too few films carry both, the films of
// each in turn.
func joinThemes(a, b *theme) *theme {
	out := &theme{labelFR: a.labelFR + " et " + b.labelFR, labelEN: a.labelEN + " and " + b.labelEN, keywords: a.keywords, and: b}
	if a.labelFR == "" || b.labelFR == "" {
		out.labelFR = ""
	}
	inB := make(map[string]bool, len(b.films))
	for _, id := range b.films {
		inB[id] = true
	}
	for _, id := range a.films {
		if inB[id] {
			out.films = append(out.films, id)
		}
	}
	if len(out.films) >= joinedFilms {
		return out
	}
	out.films = out.films[:0]
	out.films = interleave(out.films, a.films, b.films)
	return out
}

// interleave appends to dst the films of a and b in turn, each once.
func interleave(dst, a, b []string) []string {
	seen := map[string]bool{}
	for i := 0; i < max(len(a), len(b)); i++ {
		for _, fs := range [][]string{a, b} {
			if i < len(fs) && !seen[fs[i]] {
				seen[fs[i]] = true
				dst = append(dst, fs[i])
			}
		}
	}
	return dst
}

// addTheme sets the theme of the plan, joined to the one already read in
// the same message if it is another (a third is left out).
func (p *plan) addTheme(th *theme) {
	switch {
	case th == nil || p.theme != nil && (p.theme.and != nil || slices.Equal(p.theme.keywords, th.keywords)):
		// nothing new, or two themes already: a third is not joined
	case p.theme == nil:
		p.theme = th
	default:
		p.theme = joinThemes(p.theme, th)
	}
}

// Themes as customers name them inside a longer message: one theme told as
// a list of nouns (« sur la cuisine, des chefs, un restaurant », "about
// food, chefs and a kitchen"), a place or a period (« un film à New York »,
// « ça se passe en banlieue », « pendant la prohibition », « sous
// l'Occupation »), and a theme referred back to (« d'autres sur ce sujet »,
// « de cette époque », "more on this theme").

// themeListItemRe is one more noun phrase of the same theme after a theme:
// a comma, « et » or "and", an article, up to four words.
var themeListItemRe = regexp.MustCompile(`^(?:\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and|&)\s+)(?:(?:des|les|la|le|l'|un|une|du|de\s+la|d'|ses|sa|son|leur|leurs|the|a|an|some|their|his|her|its)\s*)?([a-z][a-z'-]*(?:\s+[a-z'-]+){0,3}?)` + themeEnd)

// themeWhoRe is a relative clause that ends a theme: « des journalistes
// qui enquêtent », "kids who play chess".
var themeWhoRe = regexp.MustCompile(`^\s+((?:qui|who|that)\s+[a-z][a-z'-]*(?:\s+[a-z'-]+)?)` + themeEnd)

// filmNounRe is the noun after a theme ("a mountain climbing film").
var filmNounRe = regexp.MustCompile(`^\s+(?:movies?|films?|flicks?|stories)\b`)

// listStop are words that start no noun of a theme's list: what follows
// them is another request (« , pas américain », ", for my kids").
var listStop = map[string]bool{"se": true, "s'": true, "est": true, "sont": true, "a": true, "ont": true, "is": true, "are": true,
	"was": true, "were": true, "has": true, "have": true, "soit": true, "parle": true, "parlent": true, "raconte": true,
	"vous": true, "tu": true, "you": true, "je": true, "j'ai": true, "i": true, "on": true, "nous": true, "we": true, "il": true, "elle": true, "ils": true,
	"elles": true, "ca": true, "cela": true, "c'est": true, "it": true, "it's": true, "this": true, "that": true, "d'autres": true, "autres": true,
	"other": true, "others": true, "any": true, "more": true, "encore": true, "plus": true, "meme": true, "same": true, "ce": true, "cette": true, "ces": true}

// themeList extends a theme that ends at folded offset end with the nouns
// that follow it and name the same theme: it returns the new end. A noun
// that is a name (capitalised, in a message that is not all capitals), a
// genre, a nationality, a filler or a word that starts another request ends
// the list.
func (p *parser) themeList(end int) int {
	s := string(p.work)
	at := end
	if m := filmNounRe.FindStringIndex(s[at:]); m != nil {
		at += m[1] // "a mountain climbing film, snow, peaks"
	}
	shouting := strings.ToUpper(p.f.orig) == p.f.orig
	for n := 0; n < 4; n++ {
		sub := themeListItemRe.FindStringSubmatchIndex(s[at:])
		if sub == nil {
			if l := sentenceListRe.FindStringSubmatchIndex(s[at:]); l != nil && p.nounList(s[at+l[2]:at+l[3]], at+l[2], at+l[3], shouting) {
				end = at + l[3] // "something at sea. ships, sailors, the ocean"
				break
			}
			sub = themeWhoRe.FindStringSubmatchIndex(s[at:])
			if sub == nil {
				break
			}
			if w := words(s[at+sub[2] : at+sub[3]]); len(w) < 2 || listStop[w[1]] {
				break
			}
		} else if !p.themeNoun(s[at+sub[2]:at+sub[3]], at+sub[2], at+sub[3], shouting) {
			break
		}
		at += sub[3]
		end = at
	}
	return end
}

// themeNoun reports whether folded item, at [a, b), may name more of a
// theme.
func (p *parser) themeNoun(item string, a, b int, shouting bool) bool {
	item = strings.TrimSpace(articlesRe.ReplaceAllString(item, ""))
	item = strings.TrimSpace(styleTailRe.ReplaceAllString(item, "")) // "whodunit style"
	ws := words(item)
	if len(ws) == 0 || listStop[ws[0]] || personStop[ws[0]] || junk(item) || softAdjectives[item] {
		return false
	}
	if genreOnlyRe.MatchString(item) || nationWord[item] != "" || genreWords[ws[0]] != nil || nationWord[ws[0]] != "" {
		return false
	}
	if x, y := trimFillers(item); x != 0 || y != len(item) {
		return false
	}
	return shouting || !p.capitalisedSpan(a, b)
}

// themeBackRe refers back to a theme or a period: the one named in the
// same message, else the liked films' (« d'autres sur ce sujet », « de
// cette époque », « sur le même thème », "more on this theme").
var themeBackRe = regexp.MustCompile(`\b(?:(?:sur|de|dans|du|pendant|a|about|on|from|of|in|during|with)\s+)?(?:ce|cette|cet|le\s+meme|la\s+meme|this|that|the\s+same)\s+(sujet|theme|thematique|registre|periode|epoque|topic|subject|theme|era|period)\b`)

// themeApposRe is the theme named right after a reference to it: « sur
// cette période, l'Indochine ».
var themeApposRe = regexp.MustCompile(`^\s*[,:]\s*(?:(?:la|le|l'|les|the)\s*)?([a-z][a-z'-]*(?:\s+[a-z'-]+){0,3}?)` + themeEnd)

// themeBack reads a reference back to a theme (and the theme named right
// after it); it returns whether it is a period's.
func (p *parser) themeBack() (back, period bool) {
	p.each(themeBackRe, func(sub []string, idx []int) bool {
		back = true
		switch sub[1] {
		case "periode", "epoque", "era", "period":
			period = true
		}
		s := string(p.work)
		if a := themeApposRe.FindStringSubmatchIndex(s[idx[1]:]); a != nil && p.themeNoun(s[idx[1]+a[2]:idx[1]+a[3]], idx[1]+a[2], idx[1]+a[3], false) {
			p.m.CueThemes = append(p.m.CueThemes, strings.TrimSpace(p.f.origSpan(idx[1]+a[2], idx[1]+a[3])))
			p.consume(idx[1], idx[1]+a[3])
		}
		return true
	})
	return back, period
}

// themePlaceRe is a place or a period: « un film à New York », « des
// films en Provence », « ça se passe en banlieue », « pendant la
// prohibition », « sous l'Occupation », "during the blitz".
var themePlaceRe = regexp.MustCompile(`(?:\b(?:films?|movies?|truc|quelque\s+chose|histoires?)\s+(?:a|au|aux|en)|(?:\b(?:films?|movies?|something|anything|one|stor(?:y|ies)|tales?)|\x00)\s+(?:at|in|on)|\b(?:(?:(?:j'aime|j'adore|on\s+aime|i\s+like)\s+(?:bien\s+|beaucoup\s+)?)?(?:quand|lorsque)\s+)?(?:ca|cela)\s+se\s+(?:passe|deroule)(?:nt)?\s+(?:a|au|aux|en|dans(?:\s+(?:les|le|la))?|pendant|sous)|\b(?:pendant|durant|during)|\bsous\s+l')\b\s*((?:(?:la|le|les|l'|the)\s*)?[a-z][a-z'-]*(?:\s+[a-z'-]+){0,3}?)` + themeEnd)

// placeThemes reads the places and periods of the message as themes, or
// nothing: « un film à voir » has none.
func (p *parser) placeThemes() {
	p.genreNounThemes()
	p.each(themePlaceRe, func(sub []string, idx []int) bool {
		bare := articlesRe.ReplaceAllString(strings.TrimSpace(sub[1]), "")
		ws := words(bare)
		if len(ws) == 0 || !p.themeNoun(bare, idx[2], idx[3], true) {
			return false
		}
		if w := ws[0]; len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir")) && len(ws) == 1 {
			return false // « un film à regarder », « à mourir de rire »
		}
		end := p.themeList(idx[3])
		p.m.CueThemes = append(p.m.CueThemes, strings.TrimSpace(p.f.origSpan(idx[2], end)))
		p.consume(idx[0], end)
		return false
	})
}

var placeAgainRe = regexp.MustCompile(`^\s*,?\s*(?:\b(?:ou|or)\s+)?\b(?:(?:qui\s+)?se\s+(?:passe|deroule)(?:nt)?\s+la\s*-?\s*bas|qui\s+s'y\s+(?:passe|deroule)(?:nt)?|(?:that's\s+|which\s+is\s+|that\s+is\s+)?set\s+there)\b`)

// themeTail ends the themes of a message: with a reference back to a
// period and no theme named, the films liked give the period (« d'autres
// films de cette époque » is « de la même époque »).
func (p *parser) themeTail(back, period bool) {
	named := len(p.m.Themes) > 0 || len(p.m.CueThemes) > 0 || len(p.m.SoftThemes) > 0
	if back && !named {
		named = p.apposTheme()
	}
	switch {
	case period && !named:
		p.m.SameEra = true
	case named && thisPeriodRe.MatchString(p.f.s):
		// « sous l'Occupation… d'autres films de cette époque »: the
		// period is the one just named, not the liked film's years.
		p.m.SameEra = false
	}
}

// thisPeriodRe is a period pointed at (« cette époque »), not compared to
// (« de la même époque »).
var thisPeriodRe = regexp.MustCompile(`\b(?:cette|this|that)\s+(?:epoque|periode|era|period)\b`)

// cueThemes adds the places, periods and themes named back of the message
// (m.CueThemes): each is a theme or nothing, never a title.
func (e *Engine) cueThemes(ctx context.Context, p *plan) error {
	for _, t := range p.m.CueThemes {
		th, err := e.themeOf(ctx, t, themeMin)
		if err != nil {
			return err
		}
		p.addTheme(th)
	}
	return nil
}

// listSepRe separates the nouns of a theme told as a list.
var listSepRe = regexp.MustCompile(`\s*,\s*|\s+(?:et|and|&)\s+`)

// listLabel labels a theme told as a list (« la cuisine, des chefs, un
// restaurant »: its films were found by all the nouns together) by its
// first noun, when that one reads as a theme of its own: the reply says
// « cuisine », not the list.
func (e *Engine) listLabel(ctx context.Context, t string, th *theme) error {
	f := fold(t)
	loc := listSepRe.FindStringIndex(f.s)
	if th == nil || loc == nil {
		return nil
	}
	first, ok, err := e.res.MatchTheme(ctx, strings.TrimSpace(f.origSpan(0, loc[0])))
	if err != nil {
		return fmt.Errorf("chat: match theme %q: %w", t, err)
	}
	if ok && first.Score >= themeMin && first.LabelFR != "" && first.LabelEN != "" {
		th.labelFR, th.labelEN = first.LabelFR, first.LabelEN
	}
	return nil
}

// themeDescribes reports whether a person named in a message that asks for
// a theme only describes a film of that message (« l'Armée des ombres avec
// Lino Ventura… d'autres sur la Résistance », "Escape from Alcatraz with
// Clint Eastwood, more prison break movies"): credited in it, and in no
// other film on the theme. The theme is the request; the person, as a
// filter, would leave nothing.
func (e *Engine) themeDescribes(p *plan, per *data.Person) bool {
	if p.theme == nil || len(p.films) == 0 {
		return false
	}
	mine := map[string]bool{}
	in := false
	for _, f := range p.films {
		mine[f.ID] = true
		in = in || slices.Contains(f.Directors, per.ID) || slices.ContainsFunc(f.Credits, func(c data.Credit) bool { return c.PersonID == per.ID })
	}
	if !in {
		return false
	}
	onTheme := make(map[string]bool, len(p.theme.films))
	for _, id := range p.theme.films {
		onTheme[id] = true
	}
	for _, r := range e.cat.Roles(per.ID) {
		if onTheme[r.FilmID] && !mine[r.FilmID] {
			return false
		}
	}
	return true
}

// commentThemeRe is a theme cue right after a mention: the words before it
// describe the film just named (« Intouchables, drôle et touchant sur le
// handicap », « Lacombe Lucien, un jeune sous l'Occupation »).
var commentThemeRe = regexp.MustCompile(`^[\s,]+(?:sur|sous|pendant|durant|about|during|on)\b`)

// themeComment reports whether a mention that only suggests titles is the
// customer's comment on a film of the message: typed in lower case after a
// film already found, right before the theme the message asks for.
func (e *Engine) themeComment(p *plan, text string) bool {
	if p.theme == nil || len(p.films) == 0 || strings.ToLower(text) != text {
		return false
	}
	f, t := fold(p.m.Raw).s, fold(text).s
	i := strings.Index(f, t)
	return i > 0 && commentThemeRe.MatchString(f[i+len(t):])
}

// apposArticleRe starts a noun phrase with an article.
var apposArticleRe = regexp.MustCompile(`^(?:le|la|les|l'|un|une|des|the|a|an)\b`)

// apposTheme reads the theme a reference back points to when no cue named
// it: the noun phrases typed after a comma beside the film (« I loved Billy
// Elliot, the miners strike and the dancing. more on this theme? »), in
// lower case, each starting with an article. It reports whether it found
// one.
func (p *parser) apposTheme() bool {
	s := string(p.work)
	for _, r := range p.runs() {
		i, j := r[0], r[1]
		c := strings.IndexByte(s[i:j], ',')
		if c < 0 {
			continue
		}
		a := i + c + 1
		for a < j && s[a] == ' ' {
			a++
		}
		b := j
		for b > a && strings.ContainsRune(" .!?;:", rune(s[b-1])) {
			b--
		}
		part := s[a:b]
		ok := b > a && apposArticleRe.MatchString(part) && !p.capitalisedSpan(a, b)
		for _, item := range listSepRe.Split(part, -1) {
			ok = ok && p.themeNoun(item, a, b, true)
		}
		if ok {
			p.m.CueThemes = append(p.m.CueThemes, strings.TrimSpace(p.f.origSpan(a, b)))
			p.consume(a-1, b)
			return true
		}
	}
	return false
}

// styleTailRe is "style" or « genre » after a noun: "whodunit style".
var styleTailRe = regexp.MustCompile(`\s+(?:style|genre|type|kind)$`)

// sentenceListRe is a sentence after a theme that only lists nouns: "at
// sea. ships, sailors, the ocean", « la montagne. des sommets, des
// alpinistes ».
var sentenceListRe = regexp.MustCompile(`^\s*[.;:]\s*([a-z][a-z' -]*(?:,\s*(?:(?:and|et)\s+)?[a-z][a-z' -]*)+)\s*(?:[.!?]|$)`)

// nounList reports whether every item of a comma list at [a, b) may name
// more of a theme.
func (p *parser) nounList(list string, a, b int, shouting bool) bool {
	if !shouting && p.capitalisedSpan(a, b) {
		return false
	}
	for _, item := range listSepRe.Split(list, -1) {
		if !p.themeNoun(item, a, b, true) {
			return false
		}
	}
	return true
}

// themeGenreNounRe is a theme told with a genre noun: "a murder mystery",
// "a space western", « un western spaghetti » is read by the genre rules.
var themeGenreNounRe = regexp.MustCompile(`(?:\b(?:a|an|some|any)\s+(?:(?:good|great|nice|real|classic|proper|old)\s+)?|\x00\s*)([a-z-]{3,}\s+(?:mystery|mysteries|western|westerns|musical|musicals|romance|romances))\b`)

// themeStoryRe is a theme told as a story: "a coming of age story", "a
// revenge tale", « une histoire d'amour » is read by the cue rules.
var themeStoryRe = regexp.MustCompile(`\b(?:a|an|some|any)\s+((?:[a-z'-]+\s+){0,3}?[a-z'-]+)\s+(?:story|stories|tale|tales)\b`)

// genreNounThemes reads the themes told with a genre noun or as a story:
// the theme or nothing. The genre noun is not kept as a filter: a space
// western is rarely a Western.
func (p *parser) genreNounThemes() {
	read := func(sub []string, idx []int) bool {
		if softAdjectives[strings.Fields(sub[1])[0]] || genreOnlyRe.MatchString(sub[1]) {
			return false
		}
		end := idx[3]
		if l := p.themeList(idx[1]); l > idx[1] {
			end = l // "a revenge tale, brutal and bloody"
		}
		p.m.CueThemes = append(p.m.CueThemes, strings.TrimSpace(p.f.origSpan(idx[2], end)))
		p.consume(idx[0], max(idx[1], end))
		return false
	}
	p.each(themeGenreNounRe, read)
	p.each(themeStoryRe, read)
}

// shotPlaceRe is where a film was shot (« tourné au Maroc », « filmé en
// Islande », "shot in Scotland"): a place customers mean as the film's
// setting, read before the nation rules. A country the nation rules know
// stays where the film is from (« une comédie tournée en Italie ») unless
// the place is pointed back at (« ou qui se passe là-bas »).
var shotPlaceRe = regexp.MustCompile(`\b(?:tourne|tournee|tournes|tournees|filme|filmee|filmes|filmees|shot|filmed)\s+(?:a|au|aux|en|in)\s+((?:(?:la|le|les|l'|the)\s*)?[a-z][a-z'-]*(?:\s+[a-z'-]+){0,2}?)` + themeEnd)

// shotNotPlace are the words after « tourné en » that are no place: a
// language, colour, a format.
var shotNotPlace = map[string]bool{"francais": true, "anglais": true, "allemand": true, "italien": true, "espagnol": true, "japonais": true, "chinois": true, "coreen": true, "russe": true, "arabe": true, "portugais": true, "english": true, "french": true, "german": true, "italian": true, "spanish": true, "japanese": true, "noir": true, "couleur": true, "couleurs": true, "black": true, "color": true, "colour": true, "langue": true, "language": true, "vo": true, "vf": true, "version": true, "studio": true, "direct": true, "live": true, "plan": true, "pellicule": true, "numerique": true, "hd": true, "3d": true, "imax": true, "digital": true, "film": true}

// shotPlaces reads the places of shotPlaceRe as themes, and the place
// pointed back at after them (« ou qui se passe là-bas », "or set there").
func (p *parser) shotPlaces() {
	p.each(shotPlaceRe, func(sub []string, idx []int) bool {
		bare := strings.TrimSpace(articlesRe.ReplaceAllString(strings.TrimSpace(sub[1]), ""))
		ws := words(bare)
		if len(ws) == 0 || shotNotPlace[ws[0]] || junk(bare) || genreOnlyRe.MatchString(bare) {
			return false
		}
		end := idx[3]
		a := placeAgainRe.FindStringIndex(string(p.work[end:]))
		if code := nationWord[strings.Join(ws, " ")]; a == nil && code != "" {
			// « une comédie tournée en Italie », "a comedy shot in Italy": an
			// Italian comedy.
			p.m.Countries = appendNew(p.m.Countries, code)
			p.consume(idx[0], idx[3])
			return false
		}
		if a != nil {
			end += a[1]
		}
		p.m.CueThemes = append(p.m.CueThemes, strings.TrimSpace(p.f.origSpan(idx[2], idx[3])))
		p.consume(idx[0], end)
		return false
	})
}
