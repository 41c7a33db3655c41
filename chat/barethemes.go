package chat

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// A theme or a genre asked in a few words that are also part of a title:
// "boxing" is no Boxing Helena, « la jungle » no Jungle (2017), "alien
// invasion" no Alien with "invasion" dropped as a comment, "a Korean
// thriller, subtitled is fine" no Michael Jackson's Thriller, "the desert"
// no question between three films with "Desert" in their titles. The
// message names no film it liked or compares with; the reading of its words
// found one film only for part of them (or only for part of the film's
// title, or with an article the title lacks, or found none at all), and the
// whole of the words names a theme outright. A title typed as spelt
// (« Titanic », « le grand bleu », "Kung Fu Panda"), a famous film typed by
// the start of its title, and the name of a saga (the theme's films are
// mostly titled with the words) stay films.

// likedCueRe is a word saying the message names films liked or compared
// with: there, words that are a title are that film.
var likedCueRe = regexp.MustCompile(`\b(?:aime|aimee|aimes|adore|adoree|ador|kiffe|apprecie|vu|revu|regarde|prefere|liked|loved|enjoyed|adored|seen|watched|saw|comme|like|similar|genre\s+de|style\s+de)\b`)

// yearInRe is a year in folded text: with a title, it picks the film.
var yearInRe = regexp.MustCompile(`\b(?:18|19|20)\d\d\b`)

// famousPrefixVotes is the IMDb votes from which a film typed by the start
// of its title stays the film, though the words name a theme ("pirates des
// caraïbes" for the saga): few films are that well known.
const famousPrefixVotes = 500000

// sagaShare is the share of a theme's best-known films titled with the
// words from which the words name a saga, not a theme ("star wars").
const sagaShare = 0.5

// planMentions resolves the title spans of a plan's message into mentions
// (subjectMentions), then reads again as a theme or a genre the spans whose
// title reading takes part of the words only (bareReading).
func (e *Engine) planMentions(ctx context.Context, p *plan, titles []string) ([]mention, error) {
	var out []mention
	for _, t := range titles {
		if toneOnly(t) { // themes12.go: « bien long », "serious drama"
			p.m.Genres = appendNew(p.m.Genres, genresOf(fold(t).s)...)
			continue
		}
		ms, err := e.subjectMentions(ctx, t)
		if err != nil {
			return nil, err
		}
		if ms, err = e.bareReading(ctx, p, t, ms); err != nil {
			return nil, err
		}
		out = append(out, ms...)
	}
	return out, nil
}

// bareReading returns the mentions of title span t, read again when they
// are one film (or no film) found for part of the words only and the words
// are a genre or a theme.
func (e *Engine) bareReading(ctx context.Context, p *plan, t string, ms []mention) ([]mention, error) {
	if len(ms) != 1 || likedCueRe.MatchString(fold(p.m.Raw).s) {
		return ms, nil
	}
	m := ms[0]
	f := fold(t)
	a, b := trimFillers(f.s)
	if a >= b || m.Theme != nil || m.Not {
		return ms, nil
	}
	span := strings.TrimSpace(f.origSpan(a, b))
	if m.Person != nil {
		th, err := e.fuzzyPersonTheme(ctx, m, span) // themeor13.go: « des zombis » is no Rob Zombie
		if th == nil || err != nil {
			return ms, err
		}
		p.addTheme(th)
		return nil, nil
	}
	fs := fold(span).s
	if m.Decided && (separatorRe.MatchString(fs) || yearInRe.MatchString(fs)) {
		return ms, nil // "west side story, la version de 2021"
	}
	if p.theme != nil && !m.Decided && plightRe.MatchString(strings.Trim(fs, " !?.")) {
		return nil, nil // themes10.go: "trapped in a cave"
	}
	o, _ := classify(m)
	plot := plotStartRe.MatchString(fs)                                           // themes10.go: "stranded on a desert island"
	thin := !m.Decided && len(m.Matches) > 0 && thinSpan(span, m.Matches[0].Film) // themes12.go
	if o == ambiguous && !plot && !thin {
		return ms, nil // « seigneur des anneaux »: which one is asked
	}
	found := (o == resolved || o == ambiguous) && quality(m) >= looseAccept
	fm := fold(m.Text).s
	if found && !m.Decided && genreOnlyRe.MatchString(articlesRe.ReplaceAllString(fm, "")) && fm != fs {
		// "a Korean thriller, subtitled is fine": the genre, then a
		// comment the reading dropped.
		p.m.Genres = appendNew(p.m.Genres, genresOf(fm)...)
		return nil, nil
	}
	if !found && !m.Decided && p.theme != nil && len(words(fs)) == 1 && strings.ToLower(span) == span && !yearInRe.MatchString(fs) {
		// "lost in the jungle": one word naming no film, beside the
		// theme the message names, tells what happens there.
		return nil, nil
	}
	least := themeBare
	list := separatorRe.MatchString(fs)
	switch {
	case m.Decided:
		// « une évasion de prison » is no Évasion picked by someone
		// called Prison: only words that name a theme outright.
		least = themeExact
	case found:
		top := m.Matches[0].Film
		whole := strings.Trim(fm, " !?.") == strings.Trim(fs, " !?.")
		exact := localTitle(m.Text, top)
		switch {
		case whole && exact && speltTitle(fm, top):
			return ms, nil // « Titanic », « le grand bleu », "robots"
		case whole && exact && top.Votes >= subjectTitleVotes:
			return ms, nil // « le titanic »
		case titleBegins(span, top) && top.Votes >= famousPrefixVotes:
			return ms, nil // a famous film by the start of its title
		}
		if titleBegins(span, top) && !thin {
			// « le gendarme de saint trop »: a title typed by its start
			// gives way only to words that name a theme outright
			// ("boxing" is no Boxing Helena).
			least = themeExact
		}
		if !whole && list && !thin && (capitalised(m.Text) && !shouted(m.Text) || len(contentWords(fm)) > 2 || !e.exactTheme(ctx, m.Text)) {
			// Beside a comma, a title found is the film and the rest a
			// comment ("its a wonderful life, we watch it every
			// christmas"), unless its words are a theme of their own
			// (« robots, AI, that sort of thing »).
			return ms, nil
		}
		if !whole && quality(m) >= 1 {
			// "alien invasion": the title found is a word of a theme
			// named outright.
			least = themeExact
		}
	case slices.ContainsFunc(m.Matches, func(c search.FilmMatch) bool { return titleBegins(span, c.Film) || titleHasWords(c.Film, span) }):
		if len(words(fs)) >= 3 && !thin {
			// « pirates des caraibe », « retour vers futur »: a title
			// typed with a typo or a word left out.
			return ms, nil
		}
		least = themeExact // "time travel" is no Time Traveler's Wife
		if thin {
			least = themeDescribed
		}
	case len(contentWords(fs)) >= 2 && !list:
		// "astronauts in space", "stranded on an island": no title for
		// the words, which tell a subject.
		least = themeDescribed
	}
	if plot && least > themePlot {
		least = themePlot
	}
	if thin && least > themeDescribed {
		least = themeDescribed // a long span that shares a word with a title tells a subject
	}
	g, rest := genreEdges(span)
	if len(g) > 0 && least > themeMin && (!found || e.exactTheme(ctx, m.Text)) {
		// A genre word beside the other words says they ask for films
		// of a kind: what is left is their subject, not a comment.
		least = themeMin
	}
	for _, s := range []string{rest, articlesRe.ReplaceAllString(fold(rest).s, "")} {
		th, err := e.themeOf(ctx, s, least)
		if err != nil {
			return ms, err
		}
		if th == nil {
			continue
		}
		if len(m.Matches) > 0 && !m.Decided && e.sagaOf(th, m.Text) {
			return ms, nil
		}
		// "cold war spy thriller": the genre beside the theme.
		p.m.Genres = appendNew(p.m.Genres, g...)
		return []mention{{Text: t, Theme: th, Subject: true}}, nil
	}
	if thin || o == unknown && len(contentWords(fs)) >= 3 {
		// "dinosaurs brought back to life on an island": the noun the
		// plot starts with, when it names a theme outright.
		if th, err := e.headNoun(ctx, rest); th != nil || err != nil {
			return []mention{{Text: t, Theme: th, Subject: true}}, err
		}
	}
	return ms, nil
}

// themeDescribed is the least Score of a theme read from words that name
// no film and tell a subject in a few words of their own ("stranded on an
// island"): above a guess from one word ("par curiosité").
const themeDescribed = 0.55

// exactTheme reports whether words name a theme outright.
func (e *Engine) exactTheme(ctx context.Context, t string) bool {
	th, err := e.themeOf(ctx, t, themeExact)
	return err == nil && th != nil
}

// shouted reports whether a phrase is typed in capitals throughout.
func shouted(t string) bool {
	return strings.ToUpper(t) == t && strings.ToLower(t) != t
}

// genreEdgeRe is a genre word at either end of a span: "cold war spy
// thriller", « polar nordique ».
var genreEdgeRe = regexp.MustCompile(`^(?:(` + genreAlt + `)\s+)?(.+?)(?:\s+(` + genreAlt + `))?$`)

// genreEdges returns the genres named at the ends of span and what is
// left between them.
func genreEdges(span string) ([]string, string) {
	f := fold(span)
	sub := genreEdgeRe.FindStringSubmatchIndex(f.s)
	if sub == nil || sub[2] < 0 && sub[6] < 0 || !hasWord(f.s[sub[4]:sub[5]]) {
		return nil, span
	}
	var g []string
	for _, k := range []int{2, 6} {
		if sub[k] >= 0 {
			g = appendNew(g, genresOf(f.s[sub[k]:sub[k+1]])...)
		}
	}
	return g, strings.TrimSpace(f.origSpan(sub[4], sub[5]))
}

// localTitle reports whether a mention is, leading article aside, the
// film's English or French title: « kung fu » is only the original title of
// Crazy Kung-Fu (Kung Fu Hustle), which French and English customers know
// by another name.
func localTitle(text string, f *data.Film) bool {
	k := search.TitleKey(text)
	for _, t := range []string{f.Title, f.FrenchTitle} {
		if t != "" && search.TitleKey(t) == k {
			return true
		}
	}
	return false
}

// speltTitle reports whether a folded mention is one of the film's own
// titles with its article as typed: "haunted house" is not "A Haunted
// House" spelt, « la jungle » not "Jungle".
func speltTitle(fm string, f *data.Film) bool {
	k := fullTitle(fm)
	for _, t := range []string{f.Title, f.FrenchTitle} {
		if t != "" && fullTitle(t) == k {
			return true
		}
	}
	return false
}

// sagaOf reports whether most of the best-known films on a theme are
// titled with the words: then the words name those films.
func (e *Engine) sagaOf(th *theme, words string) bool {
	k := search.TitleKey(words)
	if k == "" {
		return false
	}
	n, titled := 0, 0
	for _, id := range th.films {
		if n == 10 {
			break
		}
		f, err := e.cat.Film(id)
		if err != nil {
			continue
		}
		n++
		for _, t := range filmTitles(f) {
			if t != "" && strings.Contains(search.TitleKey(t), k) {
				titled++
				break
			}
		}
	}
	return n > 0 && float64(titled) >= sagaShare*float64(n)
}

// nounTheme reports whether a surname typed in lower case after an article
// (« une tornade ») is a common noun naming a theme outright rather than
// one of a person's films (« un hitchcock » names no theme).
func (e *Engine) nounTheme(ctx context.Context, t, name string) bool {
	return !capitalised(strings.TrimSpace(name)) && strings.ToLower(t) == t && e.exactTheme(ctx, name)
}
