package chat

import (
	"cmp"
	"context"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
)

// Themes customers ask for in words that other rules read as something
// else: a war named by its ordinal or its place ("a good First World War
// film", « un film sur la guerre de 14 », "set during the Korean War") is a
// theme, not the War genre with a title « First World » left over, nor a
// Korean film. « La Grande Guerre » and "Cold War" are also titles: left to
// the other rules.

// namedWarRe is a war named outright (group 1), with the cue before it, in
// folded text.
var namedWarRe = regexp.MustCompile(`\b(?:(?:sur|pendant|durant|about|on|during|set\s+during|set\s+in)\s+)?(?:(?:the|la|les)\s+|l')?((?:(?:first|seconde?|1st|2nd)\s+world\s+war|world\s+war\s+(?:one|two|i{1,2}|[12])|ww\s*(?:ii|i|[12])|(?:vietnam|korean|gulf|iraq|(?:spanish|american)\s+civil|napoleonic|boer|falklands|cold)\s+wars?)|(?:(?:premiere|seconde|deuxieme|1re|1ere|2e|2eme|2nde)\s+guerre\s+mondiale|guerre\s+(?:de\s+)?(?:14|14-18|1914|39-45|1939-1945)|guerre\s+(?:du\s+vietnam|du\s+viet\s+nam|d'algerie|d'indochine|de\s+secession|de\s+coree|d'espagne|du\s+golfe|d'irak|des\s+malouines)|guerres\s+napoleoniennes|guerre\s+froide))\b`)

// warNounAfterRe is a noun after a war's name that makes it a subject
// ("cold war spy films", « guerre froide et espions »).
var warNounAfterRe = regexp.MustCompile(`^\s*(?:,\s*)?(?:(?:spy|espionage|era|thriller|drama)\s+)?(?:films?|movies?|flicks?|thrillers?|stor(?:y|ies)|stuff|spies|spy|espions?|era|epoque|et\s+espions?)\b`)

// coldWar reports whether a named war is the cold war, also a film's title.
func coldWar(w string) bool {
	return strings.HasPrefix(w, "cold") || strings.HasSuffix(w, "froide")
}

// namedWars reads the wars named outright as themes, before the genre
// rules take their "war" or « guerre » for the genre.
func (p *parser) namedWars() {
	p.each(namedWarRe, func(sub []string, idx []int) bool {
		if coldWar(sub[1]) && idx[0] == idx[2] && !warNounAfterRe.MatchString(string(p.work[idx[1]:])) {
			return false // « cold war de pawlikowski »: the film, without a cue or a noun
		}
		p.m.Themes = append(p.m.Themes, strings.TrimSpace(p.f.origSpan(idx[2], idx[3])))
		return true
	})
}

// listItemBefore is what comes before another wording of the subject after
// « un film de X »: a comma or « ou », then « de », « d' », « du » (« et de
// fantômes » asks for both subjects: joinThemes).
const listItemBefore = `(?:,\s*(?:ou\s+)?|\s+ou\s+)(?:de\s+la|de|d'|du|des)\s*`

// listItemEndRe is listItemBefore at the end of the text before a name.
var listItemEndRe = regexp.MustCompile(listItemBefore + `$`)

// listedItem reports whether name, folded, is an item of a list in the
// folded text f: it stands after listItemBefore and ends at a word
// boundary (\b). It does what a regular expression built from the name
// would, without compiling one per name on every turn.
func listedItem(f, name string) bool {
	if name == "" {
		return false
	}
	for from := 0; from < len(f); {
		i := strings.Index(f[from:], name)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(name)
		after := end < len(f) && asciiWordByte(f[end])
		if asciiWordByte(f[end-1]) != after && listItemEndRe.MatchString(f[:i]) {
			return true
		}
		from = i + 1
	}
	return false
}

// asciiWordByte is a byte of \w in Go's regular expressions.
func asciiWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// listedThemes reads as themes the names of a list after « un film de »
// whose first item names a theme outright and nobody (« un film
// d'alpinisme, de montagne » is no Guy Montagné film, « un film de voile,
// de marin » no Cheech Marin one): the next items typed in lower case that
// name a theme outright are that subject too. It returns the names left to
// read as people. « un film de truffaut, de godard » lists people.
func (e *Engine) listedThemes(ctx context.Context, p *plan, text string, names []string) ([]string, error) {
	if len(names) < 2 || capitalised(names[0]) || !filmOf(text, names[0]) {
		return names, nil
	}
	per, err := e.resolvePerson(ctx, names[0])
	if err != nil && !errors.Is(err, data.ErrNotFound) {
		return nil, err
	}
	if per != nil && exactName(names[0], per) {
		return names, nil
	}
	first, err := e.themeOf(ctx, names[0], themeExact)
	if err != nil || first == nil {
		return names, err
	}
	f := fold(text).s
	listed, rest := []string{names[0]}, []string(nil)
	for _, n := range names[1:] {
		if !capitalised(n) && listedItem(f, fold(n).s) {
			if th, err := e.themeOf(ctx, n, themeExact); err != nil || th != nil {
				if err != nil {
					return nil, err
				}
				listed = append(listed, n)
				continue
			}
		}
		rest = append(rest, n)
	}
	if len(listed) == 1 {
		return names, nil
	}
	// One subject in several words, searched as one list, as « sur la
	// cuisine, des chefs, un restaurant » is.
	th, err := e.themeOf(ctx, strings.Join(listed, ", "), themeMin)
	if err != nil {
		return nil, err
	}
	if th == nil {
		th = first
	}
	p.addTheme(th)
	return rest, nil
}

// Occasions told around a theme that are neither the subject nor a title:
// when the film is for (« pendant les vacances de la Toussaint »), who is
// being looked after (« je garde mes petits-enfants », "I'm
// babysitting my nephews": children), the pronoun of whom the film is for
// (« un film de noël pour eux ? », "for them"), an adult's age (« pour mes
// parents qui ont 80 ans »: children's ages are read by the audience rules).
var (
	// caringRe is someone looked after: a family audience.
	caringRe = regexp.MustCompile(`\b(?:je\s+garde|on\s+garde|nous\s+gardons|je\s+m'occupe\s+(?:de|des|du)|on\s+s'occupe\s+(?:de|des|du)|j'ai|on\s+a|nous\s+avons|(?:i'm|i\s+am|we're|we\s+are)\s+(?:babysitting|looking\s+after|minding|watching)|(?:i|we)\s+(?:have|'ve\s+got|have\s+got)\s+(?:got\s+)?)\s*(?:mes|ma|mon|nos|notre|les|my|our|the)\s+(?:petits?[\s-]enfants|petite?s?[\s-]filles?|petits?[\s-]fils|neveux|nieces?|enfants|gamins|petits|loulous|grandchildren|grandkids|grandsons?|granddaughters?|nephews?|kids|children|little\s+ones)\b`)
	// forThemRe is the pronoun of whom the film is for, ending a request.
	forThemRe = regexp.MustCompile(`\b(?:films?|movies?|truc|quelque\s+chose|something)\b[^,.;!?]*?\s((?:pour|for)\s+(?:eux|elles?|lui|them|her|him))\s*(?:[,.;!?]|$)`)
	// whenRe is when the film will be watched (« pendant les vacances de la
	// Toussaint », "over the Christmas holidays"), unless a verb before it
	// says the film is set then (setThenRe).
	whenRe    = regexp.MustCompile(`\b(?:pendant|durant|pour|over|during|for)\s+(?:les|the)\s+(?:(?:christmas|easter|summer|school)\s+)?(?:vacances|fetes|holidays|hols|half[\s-]term)(?:\s+(?:de\s+(?:la\s+)?|d'|du\s+)[a-z'-]+(?:\s+[a-z'-]+)?)?`)
	setThenRe = regexp.MustCompile(`(?:se\s+passe|se\s+passant|se\s+deroule|set|takes?\s+place|happens?)\s*$`)
	// otherFilmsRe is "other films" before what they are about ("other
	// films about sailing", after a list): more films, the quantifier no
	// title once the theme cue has taken "films about…" ("other films by
	// her" is left to the people rules).
	otherFilmsRe = regexp.MustCompile(`\b(other)\s+(?:films?|movies?)\s+(?:about|on|set|where|featuring)\b`)
	// setAroundRe is what a film is set around ("a comedy around a wedding
	// day", "set around a funeral"): its subject (group 1), not a length
	// (an article follows) nor a title.
	setAroundRe = regexp.MustCompile(`\b(?:(?:set|centred|centered|built)\s+)?around\s+(?:a|an|the|her|his|their)\s+([a-z][a-z'-]*(?:\s+[a-z'-]+){0,2}?)` + themeEnd)
	// adultAgeRe is an age said of someone (group 1, and 2): from 18, it
	// says nothing of the audience.
	adultAgeRe = regexp.MustCompile(`\b(?:qui\s+(?:a|ont)|(?:ils|elles|il|elle)\s+(?:a|ont)|who\s+(?:is|are)|who's|who're|(?:mere|maman|pere|papa|parents|grand-mere|grand-pere|grands-parents|mamie|mamy|papy|papi|voisine?|tante|oncle|belle-mere|beau-pere)\s+(?:de|d')\s*|(?:they|he|she)(?:'re|'s|\s+are|\s+is)|aged)\s+(\d{2,3})(?:\s*(?:et|and|,|ou|or)\s*(\d{2,3}))?(?:\s+(?:ans|years?(?:\s+old)?))?\b`)
)

// occasionPhrases reads the phrases above. It runs after the audience
// rules, which read children's ages.
func (p *parser) occasionPhrases() {
	p.each(caringRe, func([]string, []int) bool {
		p.m.Family = true
		return true
	})
	p.each(whenRe, func(sub []string, idx []int) bool {
		return !setThenRe.MatchString(string(p.work[:idx[0]]))
	})
	p.each(forThemRe, func(sub []string, idx []int) bool {
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(setAroundRe, func(sub []string, idx []int) bool {
		if t := strings.TrimSpace(sub[1]); t != "" && !junk(t) && !genreOnlyRe.MatchString(t) {
			p.m.Themes = append(p.m.Themes, strings.TrimSpace(p.f.origSpan(idx[2], idx[3])))
			return true
		}
		return false
	})
	p.each(otherFilmsRe, func(sub []string, idx []int) bool {
		p.m.More = true
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(adultAgeRe, func(sub []string, _ []int) bool {
		n, _ := strconv.Atoi(sub[1])
		return n >= 18
	})
}

// plotStartRe is a plot told in a few words, starting with the plight of
// its characters ("stranded on a desert island", "trapped in a cave", «
// perdus en mer », « coincés dans un ascenseur »): read as a theme, not as
// a question between the films whose titles share a word. A title spelt as
// typed ("Lost in Translation") stays the film.
var plotStartRe = regexp.MustCompile(`^(?:(?:des|les|deux|some|two|the)\s+(?:gens|personnes|enfants|amis|people|kids|friends)\s+)?` + plightAlt + `\s+(?:on|in|at|inside|en|dans|sur|au|a)\b`)

// plightAlt are the words of a plight that start a plot.
const plightAlt = `(?:stranded|marooned|lost|trapped|stuck|shipwrecked|locked|alone|perdus?|perdues?|coinces?|coincees?|bloques?|bloquees?|enfermes?|enfermees?|echoues?|echouees?|naufrages?|isoles?|isolees?)`

// plightRe is a plight word alone, left beside the theme of its place
// ("trapped in a cave": "trapped" is no film called Trapped).
var plightRe = regexp.MustCompile(`^` + plightAlt + `$`)

// themePlot is the least Score of a theme read from a plot told in a few
// words (plotStartRe): the search scores such descriptions around 0.5.
const themePlot = 0.5

// listJoins join two wordings of one subject ("tennis or golf films").
var listJoins = map[string]bool{"or": true, "and": true, "ou": true, "et": true}

// A theme asked beside liked films ("other films about boxing or
// wrestling" after Raging Bull) narrows the recommender's films to the
// theme's; ranked by likeness alone, the films that carry only a broad
// keyword of the theme ("sports": Moneyball) come first. The two orders are
// fused instead (reciprocal ranks), so that the films first on both lead.
const (
	// themeFusedPool is how many films per film shown the recommender
	// ranks before the fusion.
	themeFusedPool = 4
	// themeFuseK damps the reciprocal ranks: the usual 60 of rank fusion
	// flattens a pool of twenty; 10 keeps the heads of both orders apart.
	themeFuseK = 10
)

// fuseThemeRank reorders recs (in the recommender's order) by the sum of
// their reciprocal ranks in that order and in the theme's films (best
// carried and best known first), stably.
func fuseThemeRank(recs []recommend.Recommendation, themeFilms []string) []recommend.Recommendation {
	at := make(map[string]int, len(themeFilms))
	for i, id := range themeFilms {
		at[id] = i
	}
	score := make(map[string]float64, len(recs))
	for i, r := range recs {
		t, ok := at[r.Film.ID]
		if !ok {
			t = len(themeFilms)
		}
		score[r.Film.ID] = 1/float64(themeFuseK+i) + 1/float64(themeFuseK+t)
	}
	out := slices.Clone(recs)
	slices.SortStableFunc(out, func(a, b recommend.Recommendation) int {
		return cmp.Compare(score[b.Film.ID], score[a.Film.ID])
	})
	return out
}
