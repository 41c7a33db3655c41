package chat

import (
	"regexp"
	"strings"
)

// A name followed by a word about the person's work, with no cue before
// it: the role (« guillaume canet réalisateur », « jugnot en tant que
// réalisateur », « canet derrière la caméra », « clint eastwood acteur, pas réalisateur », "Canet as an
// actor", « delerue compositeur », « zola au cinéma »), or the kind of films (« melville ses polars », « besson action
// », « hitchcock du suspense »). The name is read as in a clause (a person
// when well known, else a title); the role word chooses the person's
// credit, the genre word is a genre.

const (
	// directorWord and actorWord are the roles, folded.
	directorWord = `(?:realisateur|realisatrice|realisateurs|cineaste|metteur\s+en\s+scene|director|filmmaker|derriere\s+la\s+camera|behind\s+the\s+camera)`
	actorWord    = `(?:acteur|actrice|comedien|comedienne|interprete|actor|actress)`
	// creditWord is a credit besides those two, or the person's works on
	// screen: « delerue compositeur », « zola au cinéma », "crichton
	// adaptations", "dickens on screen": any credit.
	creditWord = `(?:compositeur|compositrice|composer|adaptations?|au\s+cinema|a\s+l'ecran|on\s+(?:screen|film)|soundtracks?|scores)`
	// roleLead is what may come between the name and its role.
	roleLead = `(?:en\s+tant\s+qu(?:e\s+|')|comme\s+|en\s+|as\s+an?\s+|as\s+|le\s+|la\s+|the\s+)?`
)

var (
	// nameRoleRe: a name, then its role, maybe « ou acteur » (both:
	// no role), maybe « pas réalisateur » (the other one left out).
	nameRoleRe = regexp.MustCompile(clauseStart + nameWords + `\s+` + roleLead + `(?:(` + directorWord + `)|(` + actorWord + `)|(` + creditWord + `))` +
		`(\s+(?:ou|or|et|and|&)\s+` + roleLead + `(?:` + directorWord + `|` + actorWord + `))?` +
		`(?:\s*,?\s*(?:(?:et|mais|but|and)\s+)?(?:pas|not|plutot\s+que|rather\s+than)\s+` + roleLead + `(?:` + directorWord + `|` + actorWord + `))?` +
		politeTail + clauseEnd)
	// nameInRe: « vincent lindon dans un drame », "isabelle huppert in a
	// french drama": a name, then the film it plays in.
	nameInRe = regexp.MustCompile(clauseStart + `(?:(?:je\s+(?:cherche|voudrais|veux)|on\s+voudrait|i\s+want|i'd\s+like|looking\s+for|des\s+films\s+avec|un\s+film\s+avec)\s+)?` + nameWords + `\s+(?:dans|in)\s+(?:un|une|des|les|a|an|some|the)\s`)
	// filmByRe follows nameInRe when the film is someone's: « dans un
	// film de Chabrol », "in a Chabrol film".
	filmByRe = regexp.MustCompile(`^\s*(?:(?:films?|movies?)\s+(?:de|d'|by)\b|[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:films?|movies?)\b)`)
	// nameSubjectRe: « noiret, quand il joue les bourgeois », « michel
	// serrault il est tellement drôle »: a name the clause then speaks
	// of as « il » or « elle ».
	nameSubjectRe = regexp.MustCompile(clauseStart + `(?:(?:j'adore|j'aime(?:\s+(?:bien|beaucoup|trop))?|i\s+(?:really\s+)?(?:love|like))\s+)?` + nameWords + `(?:\s*,)?\s+(?:(?:quand|lorsqu'|lorsque|when)\s*)?(?:il|elle|he|she)\s+(?:est|etait|joue|jouait|a|avait|fait|parle|is|was|plays|played)\b`)
	// nameAgeRe: « Belmondo jeune », « deneuve à ses débuts », "young
	// Delon": the person at an age, which only an era says more of.
	nameAgeRe = regexp.MustCompile(clauseStart + `(?:(?:the\s+)?young\s+)?` + nameWords + `(?:\s+(?:jeune|young|a\s+ses\s+debuts|in\s+(?:his|her)\s+(?:youth|early\s+days)))?` + politeTail + clauseEnd)
	// nameTheirRe: "paul verhoeven but his Dutch films", « Polanski, mais
	// ses films américains »: a name, then « ses » before what the other
	// rules read (a nationality, an era), consumed already (\x00).
	nameTheirRe = regexp.MustCompile(clauseStart + nameWords + `\s*,?\s+(?:(?:but|mais|only|seulement|juste|just)\s+)*(?:his|her|their|ses|leurs|sa|son)\s*(?:(?:films?|movies?|periode|period|years|annees)\s*)?\x00`)
	// withInItRe: "something with Kenneth Branagh in it", « avec Noiret
	// dedans »: the words after the name say it is the cast.
	withInItRe = regexp.MustCompile(`\b(?:with|avec)\s+` + nameWords + `\s+(?:in\s+it|in\s+the\s+cast|dedans|au\s+casting|dans\s+le\s+casting)\b`)
	// nameKindRe: a name, then the kind of films wanted.
	nameKindRe = regexp.MustCompile(clauseStart + nameWords + `\s+((?:ses|leurs|his|her|their|les|des|du|de\s+l'|d'|en|dans\s+(?:les|des))\s*)?(` + genreAlt + `)` + politeTail + clauseEnd)
)

// roleNames reads a name followed by its role or the kind of its films.
func (p *parser) roleNames() {
	// read takes the name at the end of the span sub[1] and consumes it up
	// to end.
	read := func(sub []string, idx []int, end int) (string, bool) {
		a, b, ok := clauseName(sub[1], false)
		if !ok {
			return "", false
		}
		name := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
		if afterSubjectPronoun(string(p.work[:idx[2]+a])) {
			return "", false // « je préférerais des westerns »: a verb, no name
		}
		if lexiconName(name) || len(wordSpanRe.FindAllString(sub[1][a:b], -1)) == 1 && genreWords[sub[1][a:b]] != nil {
			return "", false
		}
		p.m.ClauseNames = append(p.m.ClauseNames, name)
		p.m.Titles = append(p.m.Titles, name) // a title after all when nobody known bears it
		p.consume(idx[2]+a, end)
		return name, true
	}
	p.each(nameRoleRe, func(sub []string, idx []int) bool {
		if sub[4] != "" && sub[5] == "" {
			// « delerue compositeur », « zola au cinéma »: a person, any
			// credit, as after a writer cue.
			a, b, ok := clauseName(sub[1], false)
			if !ok || afterSubjectPronoun(string(p.work[:idx[2]+a])) {
				return false
			}
			name := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
			if lexiconName(name) || junk(sub[1][a:b]) {
				return false
			}
			p.m.People = append(p.m.People, name)
			p.m.WrittenBy = append(p.m.WrittenBy, name)
			p.consume(idx[2]+a, idx[1])
			return false
		}
		name, ok := read(sub, idx, idx[1])
		switch {
		case !ok || sub[4] != "" || sub[5] != "":
			// « en réalisateur ou acteur »: either credit.
		case sub[2] != "":
			p.m.DirectedBy = append(p.m.DirectedBy, name)
		case sub[3] != "":
			p.m.Starring = append(p.m.Starring, name)
		}
		return false
	})
	p.each(nameInRe, func(sub []string, idx []int) bool {
		if filmByRe.MatchString(string(p.work[idx[1]:])) {
			return false // « huppert dans un film de chabrol »: castBefore reads it
		}
		if name, ok := read(sub, idx, idx[3]); ok {
			p.m.Starring = append(p.m.Starring, name)
		}
		return false
	})
	p.each(nameAgeRe, func(sub []string, idx []int) bool {
		if sub[0] == "" || !ageWordRe.MatchString(sub[0]) {
			return false
		}
		if len(wordSpanRe.FindAllString(sub[1], -1)) < 2 && !p.capitalisedSpan(idx[2], idx[3]) && !onlySurname(sub[1]) {
			return false
		}
		read(sub, idx, idx[1])
		return false
	})
	p.each(withInItRe, func(sub []string, idx []int) bool {
		if name, ok := read(sub, idx, idx[1]); ok {
			p.m.Starring = append(p.m.Starring, name)
		}
		return false
	})
	p.each(nameTheirRe, func(sub []string, idx []int) bool {
		if len(wordSpanRe.FindAllString(sub[1], -1)) < 2 && !p.capitalisedSpan(idx[2], idx[3]) && !onlySurname(sub[1]) {
			return false
		}
		read(sub, idx, idx[1]-1)
		return false
	})
	p.each(nameSubjectRe, func(sub []string, idx []int) bool {
		if len(wordSpanRe.FindAllString(sub[1], -1)) < 2 && !p.capitalisedSpan(idx[2], idx[3]) && !onlySurname(sub[1]) {
			return false
		}
		if name, ok := read(sub, idx, idx[3]); ok {
			p.m.Starring = append(p.m.Starring, name) // « ... des films avec lui »
		}
		return false
	})
	p.each(nameKindRe, func(sub []string, idx []int) bool {
		if len(wordSpanRe.FindAllString(sub[1], -1)) < 2 && !p.capitalisedSpan(idx[2], idx[3]) &&
			(!onlySurname(sub[1]) || sub[2] == "" && strings.TrimSpace(string(p.work[:idx[2]])) != "") {
			// « melville ses polars », « besson action » opening the
			// message; "a classic heist western" is a theme.
			return false
		}
		if _, ok := read(sub, idx, idx[1]); ok {
			p.addGenres(sub[3])
		}
		return false
	})
}

// ageWordRe tells nameAgeRe's matches that hold an age word.
var ageWordRe = regexp.MustCompile(`\b(?:jeune|young|debuts|youth|early\s+days)\b`)

// onlySurname reports whether s is one word of at least five letters, as
// surnames typed in lower case are (« melville », « besson »), and not a
// word of the lexicons.
func onlySurname(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 5 && !strings.ContainsAny(s, " '-") && !junkWords[s] && !clauseWord(s) && genreWords[s] == nil
}

// subjectPronounRe ends a text on a subject pronoun: the word after it is
// a verb (« je préférerais des westerns », "we'd rather have"), not a name.
var subjectPronounRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:je|j'|tu|il|elle|on|nous|vous|ils|elles|i|you|he|she|we|they)\s*$`)

// afterSubjectPronoun reports whether the folded text before a name ends on
// a subject pronoun.
func afterSubjectPronoun(before string) bool {
	return subjectPronounRe.MatchString(before)
}

// filmOfCueRe tells a person cue that names whose film it is: « un film de
// », « les films de », « une oeuvre de », « les autres de », "a film by",
// "movies by", or « de » alone (« il reste quoi de Besson »).
var filmOfCueRe = regexp.MustCompile(`\b(?:films?|movies?|oeuvres?|works?|autres)\s+(?:de\b|d'|by\b)|^[\s\pP\x00]*(?:(?:et|and)\s+)?(?:de|by)\s*$`)

// frOf is « de » before a name, elided before a vowel: « d'Agnès Varda »,
// « de Claude Sautet » (an h is left alone: « de Hitchcock » is said too).
func frOf(name string) string {
	if f := fold(name).s; f != "" && strings.ContainsRune("aeiouy", rune(f[0])) {
		return "d'"
	}
	return "de "
}
