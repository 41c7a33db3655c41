package chat

import (
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// A person followed by words about the kind of role wanted: « Ventura dans
// un rôle comique », « Depardieu, ses grands rôles dramatiques », « un Tom
// Hanks où il est drôle », "Robin Williams in a serious role", "anything
// with Meryl Streep where she's funny", and the roles left out: « pas dans
// ses films d'action », « mais pas dans un polar », "not one of his
// comedies", "but not in his action films". The words are read as genres
// wanted or not wanted (the genre lexicon, plus « sérieux », "serious": no
// comedy), so that the name stays a person and the clause is neither a
// title nor a theme, and a genre refused is never read as one wanted.
const (
	// roleDet is what comes before the kind of role: an article, a
	// possessive, "one of his".
	roleDet = `(?:un|une|des|ses|son|sa|leurs?|les|a|an|his|her|their|its|the|one\s+of\s+(?:his|her|their)|l'un\s+de\s+ses|l'une\s+de\s+ses)`
	// roleNoun is the role or the films.
	roleNoun = `(?:roles?|registres?|parts?|emplois?|films?|movies?|personnages?|characters?)`
	// roleAdj is praise between the determiner and the role.
	roleAdj = `(?:(?:grands?|grandes?|beaux|belles?|meilleurs?|great|big|best|famous|celebres)\s+)?`
	// seriousAlt are the words of a serious role: anything but a comedy.
	seriousAlt = `(?:serieux|serieuse|serieuses|grave|graves|serious|straight|dramatic)`
)

var (
	// toneAlt is a genre word or a serious word.
	toneAlt = `(?:` + seriousAlt + `|` + genreAlt + `)`
	// roleKind is the kind of role after its determiner: « un rôle
	// comique », « ses films d'action », « ses comédies », "a serious
	// role", "his action films".
	roleKind = roleDet + `\s+` + roleAdj + `(?:` + roleNoun + `\s+(?:de\s+|d'|du\s+)?)?(` + toneAlt + `)(?:\s+` + roleNoun + `)?\b`
	// notRoleRe: the kind of role left out, « pas dans ses films d'action
	// », « mais pas ses comédies », "not in one of his comedies", "never
	// in a thriller". Group 1 is the kind.
	notRoleRe = regexp.MustCompile(`\b(?:(?:mais|but|et|and)\s+)?(?:pas|not|never|jamais|surtout\s+pas|plutot\s+pas|rather\s+than|pas\s+trop)\s+(?:(?:dans|in|en)\s+)?` + roleKind)
	// inRoleRe: the kind of role wanted, « dans un rôle comique », « dans
	// ses grands rôles dramatiques », "in a serious role", "in his
	// comedies". Group 1 is the kind.
	inRoleRe = regexp.MustCompile(`\b(?:dans|in|en)\s+` + roleKind)
	// theirRolesRe: « ses grands rôles dramatiques », "his serious roles":
	// a possessive and a role noun, no « dans ». Group 1 is the kind.
	theirRolesRe = regexp.MustCompile(`\b(?:ses|son|sa|leurs?|his|her|their)\s+` + roleAdj + `(?:roles?|registres?|parts?|personnages?|characters?)\s+(` + toneAlt + `)\b`)
	// whereToneRe: « où il est drôle », "where she's funny", "when he is
	// serious". Group 1 is the kind.
	whereToneRe = regexp.MustCompile(`\b(?:ou|where|when|in\s+which|dans\s+lequel|dans\s+lesquels)\s+(?:il|elle|ils|elles|he|she|they)\s*(?:'s|'re|\s+is|\s+are|\s+est|\s+sont|\s+etait|\s+was|\s+were|\s+joue(?:\s+un\s+role)?|\s+plays?(?:\s+a\s+role)?)\s+(?:(?:tres|vraiment|really|very|so|super|trop|franchement|properly|genuinely|actually)\s+)?(` + toneAlt + `)\b`)
	seriousRe   = regexp.MustCompile(`^` + seriousAlt + `$`)
)

// roleTones reads the kinds of role wanted or left out (see above). It runs
// before the person rules, which would otherwise take the genre words of
// « pas dans ses comédies » for the kind of films wanted.
func (p *parser) roleTones() {
	p.each(notRoleRe, func(sub []string, _ []int) bool {
		if seriousRe.MatchString(sub[1]) {
			return false // « pas sérieux »: no kind of role
		}
		p.avoidGenresOf(sub[1]) // « pas une comédie romantique »: the blend (blends13.go)
		return true
	})
	wanted := func(sub []string, _ []int) bool {
		if seriousRe.MatchString(sub[1]) {
			p.m.AvoidGenres = appendNew(p.m.AvoidGenres, "Comedy")
			return true
		}
		p.addGenres(sub[1])
		return true
	}
	p.each(whereToneRe, wanted)
	p.each(theirRolesRe, wanted)
	p.each(inRoleRe, wanted)
}

// notTheirFilmsCue is what leaves a person's films out: « pas ceux de
// Melville », « mais pas les films de », « autres que celles de Demy », «
// des films japonais autres que Kurosawa », "Japanese films beyond
// Kurosawa", "thrillers, but not by Hitchcock", "gangster films other than
// Scorsese's", "nothing by Spielberg". « beyond », "other than", "apart
// from" leave a person out only after a word for films, so that a title
// (« Beyond the Sea ») keeps its words. It is one of the cues of
// otherThanRe (avoidpeople.go): what follows is a person when it is the
// whole name of a well-known one, else a subject. The singular (« la belle
// et la bête, pas celle de Gans ») says which version of a title is not
// meant (notWhoseRe), not whose films are left out.
const notTheirFilmsCue = `(?:(?:mais|but|et|and)\s+)?(?:pas|surtout\s+pas|sauf|hormis|excepte)\s+(?:ceux|celles|les\s+films|les\s+oeuvres)\s+(?:de|d'|du|signes\s+par|realises\s+par)` +
	`|(?:(?:mais|but|et|and)\s+)?(?:pas|rien|aucun)\s+(?:realises?\s+)?par` +
	`|autres?\s+que(?:\s+(?:ceux|celles?|les\s+films?)\s+(?:de|d'|du))?` +
	`|(?:films?|movies?|ones|stuff|cinema|something|anything|westerns?|thrillers?|comedies|dramas?)\s+(?:beyond|besides|apart\s+from|other\s+than|outside(?:\s+of)?|except(?:\s+for)?)` +
	`|(?:(?:but|and)\s+)?(?:not|nothing|none|no\s+(?:films?|movies?))\s+(?:directed\s+|made\s+)?by`

// typedCredits returns the people credited in the films the message liked
// whose surname the customer typed beside the title (« j'ai adoré Le
// Samouraï de Melville », « un prophète d'audiard », "Rashomon by
// Kurosawa"), the words of the film's own titles aside: « ses autres
// films », "his other films" next mean them (session.described), not the
// film's first-billed actor.
func (e *Engine) typedCredits(p *plan) []string {
	typed := map[string]bool{}
	for _, t := range slices.Concat(p.m.Titles, p.m.People) {
		for _, w := range search.NameWords(t) {
			typed[w] = true
		}
	}
	var out []string
	for _, f := range p.films {
		own := map[string]bool{}
		for _, t := range []string{f.Title, f.OriginalTitle, f.FrenchTitle} {
			for _, w := range search.NameWords(t) {
				own[w] = true
			}
		}
		for _, c := range f.Credits {
			if c.Category != "director" && c.Category != "actor" && c.Category != "actress" {
				continue
			}
			per, err := e.cat.Person(c.PersonID)
			if err != nil {
				continue
			}
			if ws := search.NameWords(per.Name); len(ws) > 0 && typed[ws[len(ws)-1]] && !own[ws[len(ws)-1]] {
				out = appendNew(out, per.ID)
			}
		}
	}
	return out
}

// eitherLeadRe is « soit », "either" before the first of two names after a
// cue (« avec soit Gabin soit Fernandel », "a film with either Alain Delon
// or Lino Ventura"): no part of the name, and what follows is a list of
// alternatives, not one theme (« Lino » is no typo for a lion).
var eitherLeadRe = regexp.MustCompile(`^(?i:either|soit)\s+`)

// trimEitherLead drops eitherLeadRe from a span read after a cue.
func trimEitherLead(t string) string {
	if loc := eitherLeadRe.FindStringIndex(t); loc != nil && loc[1] < len(t) {
		return t[loc[1]:]
	}
	return t
}

// occasionTailRe starts the words after a name read with its determiner
// that say when or for whom, not what (« un Sautet pour dimanche soir »,
// "some Hitchcock for a rainy evening", "a Sautet this weekend"): they are
// no title.
var occasionTailRe = regexp.MustCompile(`^(?:pour|for|ce|cette|this|tonight|tomorrow|demain|a|at|chez)\b`)

// spanTail reports whether the folded title ft (spaced at both ends) holds
// the span fw read around a name: the span is the title's words but at
// most one before it (« tiens »), any number when the span opens with a
// strong lead inside a clause (inner: « on organise une soirée Melville »),
// or the title is one part of the span (« j'ai envie d'un lumet » read as «
// lumet »), or the span is followed by words that start another part of the
// request (nameBoundary). It returns those words when they may still name
// something (a title, a theme), "" when they are an occasion or nothing.
func spanTail(ft, fw, name string, inner bool) (string, bool) {
	fn := " " + fold(name).s + " "
	ft = " " + strings.TrimSpace(strings.TrimRight(strings.TrimSpace(ft), "?!.")) + " "
	if strings.Contains(fw, ft) && strings.Contains(ft, fn) {
		return "", true
	}
	i := strings.Index(ft, fw)
	if i < 0 {
		// « j'aimerais un rohmer » read as « un rohmer pour l'été »: the
		// title opens with the end of the span.
		for _, w := range wordSpanRe.FindAllStringIndex(fw, -1) {
			if end := " " + fw[w[0]:]; strings.Contains(end, fn) && strings.HasPrefix(ft, end) {
				fw, i = end, 0
				break
			}
		}
	}
	if i < 0 || !inner && len(wordSpanRe.FindAllString(ft[:i], -1)) > 1 {
		return "", false
	}
	rest := strings.TrimSpace(ft[i+len(fw):])
	if rest == "" {
		return "", true
	}
	if !nameBoundaryRe.MatchString(" " + rest) {
		return "", false
	}
	if occasionTailRe.MatchString(rest) {
		// « pour l'été, plage, vacances »: the occasion ends at the
		// comma; what follows may still be a theme.
		_, after, _ := strings.Cut(rest, ",")
		return strings.Trim(after, " ,;"), true
	}
	return rest, true
}

// nameBoundaryRe is nameBoundary at the start of a text.
var nameBoundaryRe = regexp.MustCompile(`^` + nameBoundary)

// castFit keeps, of the people named beside a liked title, those « avec
// lui », "with her" can mean: the ones in the films' cast. « la cérémonie
// de chabrol », then « des films avec elle » means its actress, while «
// ses autres films » means Chabrol.
func castFit(p *plan, films []*data.Film, ds []*data.Person) []*data.Person {
	if !p.m.PronounCast {
		return ds
	}
	return slices.DeleteFunc(ds, func(per *data.Person) bool {
		return !slices.ContainsFunc(films, func(f *data.Film) bool {
			return slices.ContainsFunc(f.Credits, func(c data.Credit) bool {
				return c.PersonID == per.ID && (c.Category == "actor" || c.Category == "actress")
			})
		})
	})
}

// hardlyActs reports whether a person named after a cast cue (« avec
// Chabrol de préférence », "with Tarantino") is known for directing so
// much more than for acting that the cue means their films: several films
// directed, at least three for each one played in (Chabrol's cameos; not
// Eastwood, Tati or Kitano, who lead their films). The director then joins
// the people asked before (plan.addPerson).
func (e *Engine) hardlyActs(id string) bool {
	d, cast, _ := e.directorTally(id, false)
	return d >= 3 && 3*cast <= d
}

// namedDirector reports whether « ses autres films », "his other films"
// mean the films the person directed: the customer named them beside a
// film they directed (« j'ai adoré Au revoir là-haut de Dupontel »), which
// the dialogue works from.
func (e *Engine) namedDirector(s *session, p *plan, per *data.Person) bool {
	if p.m.PronounCast || !slices.Contains(s.described, per.ID) {
		return false
	}
	return slices.ContainsFunc(e.workingFilms(s, p), func(f *data.Film) bool { return slices.Contains(f.Directors, per.ID) })
}
