package chat

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// People asked for the way customers ask for them, beyond « un film de X »
// and « avec X »: a surname after a determiner or a quantifier (« un
// truffaut », « tous les klapisch », « un cycle Kurosawa », « les frères
// Dardenne », "all the Kubricks", "a Fellini season"), a name with words
// about what is wanted ("David Lean epics", "Buster Keaton silent films",
// "early Depardieu", "anything with Gene Kelly dancing", "films with a John
// Williams score"), an actor with a director (« Huppert, de préférence
// chez Chabrol », "De Niro in a Scorsese film"), two people wanted in one
// film or either (« un film avec les deux », "with both X and Y", « le
// couple Signoret-Montand… l'un ou l'autre »), and the fillers around a
// name ("fine, Helen Mirren if you don't mind").

// detLead is what may come before a surname that names the person's films:
// a determiner, a quantifier, a season of films.
const detLead = `(?:(` + strongLead + `)|un\s+(?:petit|bon|vieux|bon\s+vieux|autre)|une\s+(?:petite|bonne|autre)|un|une|du|les|tous|a|an|all|every|some|another)`

// strongLead is a lead that says films: « tous les Rohmer », « une soirée
// Melville », « les frères Coen ».
const strongLead = `tous\s+les|toutes\s+les|tout\s+les|` + occasionLead + `|l'integrale(?:\s+de|\s+d')?|les\s+freres|les\s+soeurs|des\s+freres|all\s+the`

// occasionLead is a strong lead that names an evening or a season of a
// person's films, whatever comes before it in the clause (« on organise
// une soirée Melville », « ce soir c'est soirée Audiard »).
const occasionLead = `un\s+(?:cycle|festival|marathon)|(?:une\s+|la\s+|en\s+|c'est\s+)?(?:retrospective|soiree|integrale|nuit)|a\s+(?:season|retrospective|marathon|night)\s+of`

// wishLead is a verb of wishing before a determiner and a name: « on
// voudrait un Sautet », « j'ai envie d'un Lumet », "we fancy a Sautet".
const wishLead = `(?:je\s+veux|je\s+voudrais|on\s+veut|on\s+voudrait|j'aimerais|on\s+aimerait|je\s+cherche|on\s+cherche|(?:j'ai|on\s+a)\s+envie\s+(?:d'|de\s+)|envie\s+(?:d'|de\s+)|i\s+want|i'd\s+like|we'd\s+like|(?:i|we)(?:'d)?\s+(?:fancy|love)|fancy|in\s+the\s+mood\s+for|looking\s+for|how\s+about|what\s+about)`

// nameBoundary is what may follow a name read here without belonging to
// it: the end of the clause, a politeness, or a word that starts another
// part of the request (« pour le ciné-club », "for our film club", « en VO
// », « des années 60 »).
const nameBoundary = `(` + politeTail + clauseEnd + `|\s+(?:pour|for|en|in|avec|with|des|from|de\s+preference|si\s+possible|ce\s+soir|tonight|dans|sans|without|but|mais|plutot|rather|svp|please|pls|stp|et|and|ou|or|only|seulement|uniquement|of|ce|cette|this|tomorrow|demain|a|at|chez|vous|you)\b)`

var (
	// detNameRe: « un truffaut », « tous les rohmer », « un cycle jacques
	// demy », « les frères Coen », "a Hitchcock", "all the Kubricks", "a
	// Fellini season". Group 1 is a lead that says films (not a mere
	// article), 2 the name, 3 a noun after it.
	detNameRe = regexp.MustCompile(clauseStart + `(?:` + wishLead + `\s*)?` + detLead + `\s+((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*?)(\s+(?:brothers|bros|sisters|season|retrospective|marathon|night|double\s+bill|cycle))?` + nameBoundary)
	// strongNameRe: an occasion lead inside a clause (« on organise une
	// soirée Melville avec des amis »), and "the Coen brothers" (« the »
	// only with the noun after the name). Groups as in detNameRe.
	strongNameRe = regexp.MustCompile(`(?:^|[^'\pL])(` + occasionLead + `|the)\s+((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*?)(\s+(?:brothers|bros|sisters|season|retrospective|marathon|night|double\s+bill|cycle))?` + nameBoundary)
	// nameKindWordRe: "David Lean epics", "Buster Keaton silent films",
	// "early Depardieu", "young Delon". Group 1 is an age word before the
	// name, 2 the name, 3 the kind of films after it.
	nameKindWordRe = regexp.MustCompile(clauseStart + `(?:(early|late|young|later)\s+)?((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*?)(\s+(?:epics?|silents?|silent\s+(?:films?|movies?|comedies|classics|era)|classics|early\s+(?:films|movies|work)|retrospective|season|marathon|double\s+bill))?` + nameBoundary)
	// withDoingRe: "anything with Gene Kelly dancing", « avec Fred Astaire
	// qui danse »: the cast, doing what they are known for.
	withDoingRe = regexp.MustCompile(`\b(?:with|avec|starring)\s+((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s+(?:dancing|singing|tap[\s-]dancing|qui\s+dansent?|qui\s+chantent?|en\s+train\s+de\s+(?:danser|chanter))\b`)
	// scoreNameRe: "films with a John Williams score", "a Hans Zimmer
	// soundtrack": the composer, any credit.
	scoreNameRe = regexp.MustCompile(`\b(?:(?:with|featuring|that\s+ha(?:ve|s))\s+)?(?:a|an|the)\s+((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s+(?:score|soundtrack|music)\b`)
	// preferChezRe: « Isabelle Huppert, de préférence chez Chabrol », «
	// Gabin, si possible chez Duvivier », "Isabelle Huppert, ideally for
	// Chabrol": the actor in that director's films.
	preferChezRe = regexp.MustCompile(clauseStart + `((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s*,?\s*(?:(?:de\s+preference|si\s+possible|plutot|idealement|surtout|ideally|preferably|if\s+possible)\s+|\x00[\s\x00]*)(?:chez|dans\s+un\s+film\s+de|dans\s+les\s+films\s+de|by|in\s+an?\s+film\s+by)\s+`)
	// inFilmOfRe: "Robert De Niro in a Scorsese film": the actor, then the
	// director.
	inFilmOfRe = regexp.MustCompile(clauseStart + `((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s+in\s+(?:a|an|one\s+of)\s+((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*?)(?:'s)?\s+(?:films?|movies?|pictures?)\b`)
	// withBothRe: "a film with both Jack Lemmon and Walter Matthau", «
	// avec à la fois Gabin et Ventura ».
	withBothRe = regexp.MustCompile(`\b(?:with|avec|starring)\s+(?:both|a\s+la\s+fois)\s+((?:[a-z][a-z'-]*\s+){0,3}?[a-z][a-z'-]*)\s+(?:and|et|&)\s+((?:[a-z][a-z'-]*\s+){0,3}?[a-z][a-z'-]*)` + clauseEnd)
	// eitherRe: "either Fred Astaire or Gene Kelly", « soit Gabin soit
	// Ventura » standing alone.
	eitherRe = regexp.MustCompile(clauseStart + `(?:either|soit)\s+((?:[a-z][a-z'-]*\s+){0,3}?[a-z][a-z'-]*)\s+(?:or|ou|soit)\s+((?:[a-z][a-z'-]*\s+){0,3}?[a-z][a-z'-]*)` + politeTail + clauseEnd)
	// pairNamesRe: « le couple Signoret-Montand », « le duo Bacri-Jaoui »,
	// "the Tracy-Hepburn pairing".
	pairNamesRe = regexp.MustCompile(`\b(?:le\s+couple|le\s+duo|le\s+tandem|la\s+paire|the\s+couple|the\s+duo|the\s+pair)\s+([a-z][a-z']+)\s*(?:-|/|&|\s+et\s+|\s+and\s+)\s*([a-z][a-z']+)\b`)
	// orNamesRe: « Romy Schneider ou Michel Piccoli, l'un ou l'autre »,
	// « Jugnot ou Lhermitte, l'un ou l'autre ça nous va »: two names, then
	// the customer says either will do.
	orNamesRe = regexp.MustCompile(clauseStart + `((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s+(?:ou|or)\s+((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s*,\s*(?:l'un\s+ou\s+l'autre|l'une\s+ou\s+l'autre|peu\s+importe(?:\s+lequel|\s+laquelle)?|either\s+(?:one|will\s+do|is\s+fine)|one\s+or\s+the\s+other)`)
	// eitherTailRe: what says either of two people will do, once they are
	// read: « des films avec l'un ou l'autre », « l'un ou l'autre ça nous
	// va », "either of them", "one or the other".
	eitherTailRe = regexp.MustCompile(`\b(?:(?:des\s+films|un\s+film|films?|movies?)\s+(?:avec|with)\s+)?(?:l'un\s+ou\s+l'autre|l'une\s+ou\s+l'autre|either\s+of\s+them|one\s+or\s+the\s+other|peu\s+importe\s+(?:lequel|laquelle))(?:\s+(?:ca|cela)\s+(?:nous|me)\s+va|\s+(?:will\s+do|is\s+fine))?\b`)
	// bothTailRe: « un film avec les deux », "a film with both of them",
	// « les deux ensemble »: the people named are in one film.
	bothTailRe = regexp.MustCompile(`\b(?:(?:un|des)\s+films?\s+(?:avec|ou\s+(?:il\s+y\s+a|jouent))\s+les\s+deux|avec\s+les\s+deux|les\s+deux\s+ensemble|(?:a\s+)?(?:film|movie)\s+with\s+both(?:\s+of\s+them)?|with\s+both\s+of\s+them|both\s+(?:of\s+them\s+)?together)\b`)
	// wishNameRe: « mon mari veut du Depardieu », « moi de la Deneuve »,
	// « ma femme préfère Lhermitte »: one person's wish, a name.
	wishNameRe = regexp.MustCompile(`\b(?:(?:veut|veulent|voudrait|prefere|preferent|aime|aiment|adore|adorent|kiffe|wants|likes|loves|prefers)(?:\s+(?:bien|plutot|surtout))?\s+|(?:moi|lui|elle|ma\s+femme|mon\s+mari|ma\s+copine|mon\s+copain|me|him|her|my\s+wife|my\s+husband)\s*,?\s+)(?:(?:du|de\s+la|de\s+l'|de|d')\s*)?((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)` + clauseEnd)
	// bareNameClauseRe: a clause that is a name alone, maybe after « du »,
	// « de la » (« du Depardieu », « Lhermitte »), read once the message
	// says it wants the people named in one film.
	bareNameClauseRe = regexp.MustCompile(clauseStart + `(?:(?:du|de\s+la|de\s+l'|de|d')\s*)?((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)` + clauseEnd)
	// ownFilmsRe: « seulement ceux qu'il a réalisés », « uniquement ceux
	// qu'elle a réalisés », "only the ones he directed himself": the
	// person already asked for, as the director. Group 1 is a name typed
	// instead of the pronoun ("only the ones John Ford directed").
	ownFilmsRe = regexp.MustCompile(`\b(?:(?:seulement|uniquement|juste|que|rien\s+que|only|just)\s+)?(?:ceux|celles|les\s+films|the\s+ones|those|the\s+films|the\s+movies|ones)\s+(?:(?:qu'(?:il|elle)\s+a|qu'(?:ils|elles)\s+ont|que\s+(?:lui|elle)\s+a)\s+(?:realises?|realisees?|tournes?|tournees?|mis\s+en\s+scene|faits?)|(?:that\s+|which\s+)?(?:(he|she|they)|([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?))\s+(?:directed|made|helmed))(?:\s+(?:lui-meme|elle-meme|eux-memes|himself|herself|themselves|personally))?\b`)
	// notTheirsRe: « pas les Pagnol », « mais pas les Blier », "not the
	// Hitchcocks", "no Spielberg ones": a person's films left out.
	notTheirsRe = regexp.MustCompile(`\b(?:pas|sans|sauf|not|no|except|but\s+not)\s+(?:les|des|the|any)\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)(?:\s+(?:films|ones|movies))?` + politeTail + clauseEnd)
	// theirGenreRe: « Jean Dujardin, ses comédies », "Tom Hanks, his
	// dramas": a name, then the kind of its films.
	theirGenreRe = regexp.MustCompile(clauseStart + `((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s*,\s*(?:(?:mais\s+|but\s+)?(?:seulement\s+|only\s+|juste\s+|just\s+)?)(?:ses|leurs|his|her|their)\s+(` + genreAlt + `)` + politeTail + clauseEnd)
	// filmsOfExampleRe: « Les films de Claude Sautet, César et Rosalie par
	// exemple », "films by Truffaut, The 400 Blows for instance": the
	// person's films asked for, one of them an example liked.
	filmsOfExampleRe = regexp.MustCompile(`\b(?:les\s+films|des\s+films|un\s+film|du|films|movies|the\s+films|a\s+film)\s+(?:de|d'|by)\s*((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s*,\s*([^,;.!?\x00]+?)\s+(?:par\s+exemple|for\s+example|for\s+instance|notamment|e\.g\.)` + clauseEnd)
	// possessiveDirectorRe: "Titanic's director", "Jaws's director": the
	// director of the film named.
	possessiveDirectorRe = regexp.MustCompile(`[a-z0-9]('s|')\s+(?:director|filmmaker)\b`)
	// leadFillerRe: "fine, Helen Mirren", "oh and films written by…",
	// « tiens, un chabrol »: an interjection that opens the message.
	leadFillerRe = regexp.MustCompile(`^[\s\pP]*(?:oh|ah|fine|ok|okay|alright|right|well|so|tiens|allez|bon|ben|bah|bref|oui|yes)(?:\s*,|\s+(?:and|et)\b)(?:\s*(?:and|et)\b)?`)
	// hedgeTailRe: "if you don't mind", "if that's alright", « si ça ne
	// vous dérange pas »: politeness after a request.
	hedgeTailRe = regexp.MustCompile(`\s(?:if\s+you\s+(?:don't|do\s+not)\s+mind|if\s+(?:that's|that\s+is|it's|it\s+is)\s+(?:alright|all\s+right|ok|okay|possible|fine)|si\s+(?:ca|cela)\s+(?:vous\s+va|ne\s+vous\s+derange\s+pas|vous\s+dit)|si\s+vous\s+voulez\s+bien)` + clauseEnd)
)

// askedPeople reads the names asked for in the ways this file describes.
// It runs before the person wishes and clauses.
func (p *parser) askedPeople() {
	if loc := leadFillerRe.FindStringIndex(string(p.work)); loc != nil && strings.TrimSpace(strings.Trim(string(p.work[loc[1]:]), "\x00")) != "" {
		p.consume(loc[0], loc[1])
	}
	p.each(hedgeTailRe, func([]string, []int) bool { return true })
	p.each(possessiveDirectorRe, func(_ []string, idx []int) bool {
		p.m.SameDirector = true
		p.consume(idx[2], idx[1])
		return false
	})
	p.each(filmsOfExampleRe, func(sub []string, idx []int) bool {
		name, _, _, ok := p.clauseSpan(sub[1], idx[2], true)
		if !ok {
			return false
		}
		if lexiconName(name) {
			return false
		}
		p.m.People = append(p.m.People, name)
		p.m.FilmsOf = append(p.m.FilmsOf, name)
		p.m.ExampleNames = append(p.m.ExampleNames, name)
		p.m.Titles = append(p.m.Titles, strings.TrimSpace(p.f.origSpan(idx[4], idx[5])))
		return true
	})
	p.each(ownFilmsRe, func(sub []string, idx []int) bool {
		if sub[2] != "" {
			a, b, ok := clauseName(sub[2], true)
			if !ok {
				return false
			}
			name := strings.TrimSpace(p.f.origSpan(idx[4]+a, idx[4]+b))
			if lexiconName(name) {
				return false
			}
			p.m.People = append(p.m.People, name)
			p.m.DirectedBy = append(p.m.DirectedBy, name)
		}
		p.m.OwnFilms = true
		return true
	})
	p.each(notTheirsRe, func(sub []string, idx []int) bool {
		name, a, b, ok := p.clauseSpan(sub[1], idx[2], true)
		if !ok || !p.capitalisedSpan(idx[2]+a, idx[2]+b) {
			return false
		}
		p.m.AvoidSpans = append(p.m.AvoidSpans, name)
		return false
	})
	known := func(name string) bool { return !lexiconName(name) && !junk(fold(name).s) }
	p.each(preferChezRe, func(sub []string, idx []int) bool {
		a, b, ok := clauseName(sub[1], false)
		if !ok {
			return false
		}
		start, stop := p.name(idx[1], false)
		if stop == start {
			return false
		}
		actor := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
		director := strings.TrimSpace(p.f.origSpan(start, stop))
		if !known(actor) || !known(director) {
			return false
		}
		p.m.People = append(p.m.People, actor, director)
		p.m.Starring = append(p.m.Starring, actor)
		p.m.DirectedBy = append(p.m.DirectedBy, director)
		p.consume(idx[2]+a, stop)
		return false
	})
	p.each(inFilmOfRe, func(sub []string, idx []int) bool {
		a, b, ok := clauseName(sub[1], false)
		c, d, ok2 := clauseName(sub[2], true)
		if !ok || !ok2 {
			return false
		}
		actor := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
		director := strings.TrimSpace(p.f.origSpan(idx[4]+c, idx[4]+d))
		if !known(actor) || !known(director) || !p.capitalisedSpan(idx[2]+a, idx[5]) {
			return false
		}
		p.m.People = append(p.m.People, actor, director)
		p.m.Starring = append(p.m.Starring, actor)
		p.m.DirectedBy = append(p.m.DirectedBy, director)
		p.consume(idx[2]+a, idx[1])
		return false
	})
	two := func(sub []string, idx []int, starring bool) bool {
		a, b, ok := clauseName(sub[1], false)
		c, d, ok2 := clauseName(sub[2], true)
		if !ok || !ok2 {
			return false
		}
		x := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
		y := strings.TrimSpace(p.f.origSpan(idx[4]+c, idx[4]+d))
		if !known(x) || !known(y) {
			return false
		}
		if starring {
			p.m.People = append(p.m.People, x, y)
			p.m.Starring = append(p.m.Starring, x, y)
		} else {
			p.m.ClauseNames = append(p.m.ClauseNames, x, y)
			p.m.Titles = append(p.m.Titles, x, y)
		}
		p.consume(idx[0], idx[1])
		return false
	}
	p.each(withBothRe, func(sub []string, idx []int) bool { return two(sub, idx, true) })
	p.each(eitherRe, func(sub []string, idx []int) bool { return two(sub, idx, false) })
	p.each(orNamesRe, func(sub []string, idx []int) bool { return two(sub, idx, false) })
	p.each(pairNamesRe, func(sub []string, idx []int) bool {
		x, y := strings.TrimSpace(p.f.origSpan(idx[2], idx[3])), strings.TrimSpace(p.f.origSpan(idx[4], idx[5]))
		if !known(x) || !known(y) || junkWords[sub[1]] || junkWords[sub[2]] {
			return false
		}
		p.m.ClauseNames = append(p.m.ClauseNames, x, y)
		p.m.Titles = append(p.m.Titles, x, y)
		return true
	})
	if len(p.m.ClauseNames) > 0 || len(p.m.People) > 0 {
		p.each(eitherTailRe, func([]string, []int) bool { return true })
	}
	if bothTailRe.MatchString(string(p.work)) {
		// « mon mari veut du Depardieu, moi de la Deneuve »: each wish
		// names one of the two people wanted in one film.
		p.each(wishNameRe, func(sub []string, idx []int) bool {
			a, b, ok := clauseName(sub[1], false)
			if !ok || !p.capitalisedSpan(idx[2]+a, idx[2]+b) {
				return false
			}
			name := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
			if !known(name) {
				return false
			}
			p.m.ClauseNames = append(p.m.ClauseNames, name)
			p.m.Titles = append(p.m.Titles, name)
			p.consume(idx[0], idx[3])
			return false
		})
		p.each(bothTailRe, func([]string, []int) bool { return true })
		p.each(bareNameClauseRe, func(sub []string, idx []int) bool {
			a, b, ok := clauseName(sub[1], true)
			if !ok || !p.capitalisedSpan(idx[2]+a, idx[2]+b) {
				return false
			}
			name := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
			if !known(name) || slices.Contains(p.m.ClauseNames, name) {
				return false
			}
			p.m.ClauseNames = append(p.m.ClauseNames, name)
			p.m.Titles = append(p.m.Titles, name)
			p.consume(idx[2]+a, idx[2]+b)
			return false
		})
	}
	p.each(theirGenreRe, func(sub []string, idx []int) bool {
		name, a, _, ok := p.clauseSpan(sub[1], idx[2], true)
		if !ok {
			return false
		}
		if !known(name) {
			return false
		}
		p.m.ClauseNames = append(p.m.ClauseNames, name)
		p.m.Titles = append(p.m.Titles, name)
		p.addGenres(sub[2])
		p.consume(idx[2]+a, idx[1])
		return false
	})
	p.each(withDoingRe, func(sub []string, idx []int) bool {
		name, _, _, ok := p.clauseSpan(sub[1], idx[2], true)
		if !ok {
			return false
		}
		if !known(name) {
			return false
		}
		p.m.People = append(p.m.People, name)
		p.m.Starring = append(p.m.Starring, name)
		return true
	})
	p.each(scoreNameRe, func(sub []string, idx []int) bool {
		a, b, ok := clauseName(sub[1], true)
		if !ok || len(wordSpanRe.FindAllString(sub[1][a:b], -1)) < 2 && !p.capitalisedSpan(idx[2]+a, idx[2]+b) {
			return false // "a great score": no name
		}
		name := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
		if !known(name) {
			return false
		}
		p.m.People = append(p.m.People, name)
		p.m.WrittenBy = append(p.m.WrittenBy, name)
		return true
	})
	// span records a name read with the words around it: the name when
	// the engine finds the person, else the words are left as they were
	// (a title, a subject). With strong words around it (« tous les », «
	// un cycle », "epics"), the span is cut and is a title as a whole.
	span := func(name string, a, b, stop int, strong bool) {
		whole := strings.TrimSpace(p.f.origSpan(a, b))
		kind := ""
		if strong {
			kind = "strong"
		}
		p.m.SpanNames = append(p.m.SpanNames, [3]string{name, whole, kind})
		if strong {
			p.m.Titles = append(p.m.Titles, whole)
			p.consume(a, stop)
		}
	}
	// knownName is the well-known name of group 2 and where its span
	// stops (the end of group 3 when it matched).
	knownName := func(sub []string, idx []int) (string, int, bool) {
		a, b, ok := clauseName(sub[2], true)
		if !ok {
			return "", 0, false
		}
		name := strings.TrimSpace(p.f.origSpan(idx[4]+a, idx[4]+b))
		if !known(name) || filmNounWords[fold(name).s] {
			return "", 0, false
		}
		stop := idx[4] + b
		if idx[6] >= 0 {
			stop = idx[7]
		}
		return name, stop, true
	}
	detName := func(sub []string, idx []int) bool {
		name, stop, ok := knownName(sub, idx)
		if !ok {
			return false
		}
		span(name, idx[0]+len(sub[0])-len(strings.TrimLeft(sub[0], ",.;:!?()\x00 ")), stop, stop, sub[1] != "" || idx[6] >= 0)
		return false
	}
	p.each(detNameRe, detName)
	p.each(strongNameRe, func(sub []string, idx []int) bool {
		// Inside a clause the span is not cut: « pour une soirée pyjama »
		// stays whole unless the name is a well-known person's (spanNames).
		if sub[1] == "the" && idx[6] < 0 {
			return false
		}
		name, stop, ok := knownName(sub, idx)
		if !ok {
			return false
		}
		kind := "inner"
		if sub[1] == "the" {
			kind = "noun" // "the Coen brothers": at most a word before
		}
		p.m.SpanNames = append(p.m.SpanNames, [3]string{name, strings.TrimSpace(p.f.origSpan(idx[2], stop)), kind})
		return false
	})
	p.each(nameKindWordRe, func(sub []string, idx []int) bool {
		if sub[1] == "" && sub[3] == "" {
			return false // a name alone: the other rules read it
		}
		a, b, ok := clauseName(sub[2], true)
		if !ok {
			return false
		}
		name := strings.TrimSpace(p.f.origSpan(idx[4]+a, idx[4]+b))
		if !known(name) || len(wordSpanRe.FindAllString(sub[2][a:b], -1)) < 2 && !p.capitalisedSpan(idx[4]+a, idx[4]+b) {
			return false // "space epics": a subject
		}
		start, stop := idx[4]+a, idx[4]+b
		if idx[2] >= 0 {
			start = idx[2]
		}
		if idx[6] >= 0 {
			stop = idx[7]
		}
		span(name, start, stop, stop, idx[6] >= 0)
		return false
	})
}

// kinLeadRe is a kinship word before a name: « sa femme Agnès Varda », «
// son mari jacques demy », "her husband Jacques Demy".
var kinLeadRe = regexp.MustCompile(`^(?:(?:son|sa|leur|his|her|their)\s+(?:mari|femme|epouse|epoux|compagne|compagnon|frere|soeur|fils|fille|pere|mere|husband|wife|brother|sister|son|daughter|father|mother|partner)\s+)`)

// spanNames decides the names read with the words around them
// (message.SpanNames): a well-known person's films, the name asked for
// as after « un film de »; else the span stays a title (« un prophète »).
func (e *Engine) spanNames(ctx context.Context, p *plan) error {
	// « et de sa femme Agnès Varda »: the kinship word is no part of the
	// name, nor a title of courtesy.
	for _, names := range [][]string{p.m.People, p.m.FilmsOf, p.m.Starring, p.m.DirectedBy, p.m.WrittenBy} {
		for i, n := range names {
			if ws := strings.Fields(n); kinLeadRe.MatchString(fold(n).s) && len(ws) > 2 {
				names[i] = strings.Join(ws[2:], " ")
			} else if len(ws) > 1 && courtesyWords[fold(ws[0]).s] {
				names[i] = strings.Join(ws[1:], " ") // people14.go: « avec Monsieur Alain Delon »
			}
		}
	}
	if p.m.OwnFilms && len(p.m.DirectedBy) > 0 {
		p.addsPeople = true // "only the ones John Ford directed": the people asked before stay
	}
	for _, name := range p.m.AvoidSpans {
		per, err := e.knownSurnameOrName(ctx, name)
		if err != nil {
			return err
		}
		if per == nil {
			continue
		}
		if k := slices.IndexFunc(p.m.Titles, func(t string) bool {
			return strings.Contains(" "+fold(t).s+" ", " "+fold(name).s+" ")
		}); k >= 0 {
			p.m.Titles = slices.Delete(slices.Clone(p.m.Titles), k, k+1)
		}
		if d, err := e.directorNamed(ctx, name); err != nil {
			return err
		} else if d != nil {
			per = d // « pas les Blier »: the films of Bertrand, the director
		}
		p.avoidPeople = append(p.avoidPeople, per)
	}
	for _, sn := range p.m.SpanNames {
		// inner: an occasion lead inside a clause, whose name must be a
		// well-known person's typed exactly (« une soirée zombies » is no
		// Rob Zombie); noun: "the X brothers".
		name, whole, strong, inner := sn[0], sn[1], sn[2] == "strong" || sn[2] == "noun", sn[2] == "inner"
		per, err := e.spanPerson(ctx, name, strong)
		if err != nil {
			return err
		}
		if per == nil && !inner && strings.HasSuffix(name, "s") && len(name) > 4 {
			// "all the Kubricks": the plural of a surname.
			if per, err = e.spanPerson(ctx, strings.TrimSuffix(name, "s"), strong); err != nil {
				return err
			}
			if per != nil {
				name = strings.TrimSuffix(name, "s")
			}
		}
		if per == nil || slices.ContainsFunc(p.people, func(q *data.Person) bool { return q.ID == per.ID }) {
			continue
		}
		tail := ""
		k := slices.IndexFunc(p.m.Titles, func(t string) bool {
			// The span, maybe with one word of chatter left (« tiens »):
			// « du truffaut mais on connait deja les 400 coups » keeps
			// its films.
			ft, fw := " "+fold(t).s+" ", " "+fold(whole).s+" "
			if strings.Contains(ft, fw) && len(wordSpanRe.FindAllString(strings.Replace(ft, fw, " ", 1), -1)) <= 1 {
				return true
			}
			var ok bool
			tail, ok = spanTail(ft, fw, name, inner) // people13.go
			return ok
		})
		if k < 0 {
			continue // the words were read otherwise
		}
		if !strong && !p.m.capitalised(whole) && e.fame(per.ID) < famousVotes {
			// « une tornade » is the weather before Pierre Tornade; « un
			// rohmer » is Éric Rohmer, famous (people13).
			if th, err := e.themeOf(ctx, name, themeMin); err != nil {
				return err
			} else if th != nil {
				continue
			}
		}
		p.m.Titles = slices.Delete(slices.Clone(p.m.Titles), k, k+1)
		if tail != "" {
			p.m.Titles = append(p.m.Titles, tail)
		}
		p.m.FilmsOf = append(slices.Clone(p.m.FilmsOf), name)
		p.addPerson(e, per, name)
	}
	return nil
}

// spanPerson returns the well-known person a name read with the words
// around it stands for. Strong words (« tous les », « un cycle », "epics")
// leave no doubt that a person is meant: the name may carry a typo («
// kubrik ») or a nickname ("Charlie Chaplin"), as long as the surname
// is within the typing budget of a word typed. Otherwise the name must be
// a well-known one exactly (clausePeople).
func (e *Engine) spanPerson(ctx context.Context, name string, strong bool) (*data.Person, error) {
	if pers, err := e.clausePeople(ctx, name); err != nil || len(pers) == 1 {
		if len(pers) == 1 {
			return pers[0], nil
		}
		return nil, err
	}
	if !strong {
		return nil, nil
	}
	per, err := e.resolvePerson(ctx, name)
	if errors.Is(err, data.ErrNotFound) || per == nil {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if e.cat.RoleCount(per.ID) < knownPerson {
		return nil, nil
	}
	have := search.NameWords(per.Name)
	if len(have) == 0 {
		return nil, nil
	}
	last := have[len(have)-1]
	for _, w := range search.NameWords(name) {
		if b := search.TypoBudget(w); w == last || b > 0 && search.EditDistance(w, last, b) <= b {
			return per, nil
		}
	}
	return nil, nil
}

// knownSurnameOrName returns the well-known person a name left out stands
// for: a surname alone (« pas les Blier ») or a full name.
func (e *Engine) knownSurnameOrName(ctx context.Context, name string) (*data.Person, error) {
	pers, err := e.clausePeople(ctx, name)
	if err != nil || len(pers) != 1 {
		return nil, err
	}
	return pers[0], nil
}

// ownFilms narrows the people already asked for to the films they
// directed (« seulement ceux qu'il a réalisés »), once the message names
// nobody new.
func (e *Engine) ownFilms(s *session, p *plan) {
	if !p.m.OwnFilms || len(p.people) > 0 {
		return
	}
	c := &s.cons
	for _, id := range slices.Concat(c.People, c.Cast) {
		if e.directed(id) {
			c.Directors = appendNew(c.Directors, id)
			c.People, c.Cast = remove(c.People, id), remove(c.Cast, id)
		}
	}
}

// directed reports whether the person directed some film.
func (e *Engine) directed(id string) bool {
	for _, r := range e.cat.Roles(id) {
		if r.Category == "director" {
			return true
		}
	}
	return false
}

// keptWriters are the people asked for before (any credit) who are
// writers or composers rather than cast or directors: a person asked for
// next in another role joins them (« écrit par Michel Audiard », then «
// avec Belmondo ») when they share films enough.
func (e *Engine) keptWriters(s *session, p *plan) []string {
	if p.addsPeople || len(p.people) == 0 {
		return nil
	}
	for _, per := range p.people {
		if p.roles[per.ID] != roleCast && p.roles[per.ID] != roleDirector {
			return nil
		}
	}
	var kept []string
	for _, id := range s.cons.People {
		if slices.ContainsFunc(p.people, func(q *data.Person) bool { return q.ID == id }) {
			continue
		}
		n, w := 0, 0
		for _, r := range e.cat.Roles(id) {
			n++
			if r.Category == "writer" || r.Category == "composer" {
				w++
			}
		}
		if n > 0 && 2*w > n && e.together(id, p.people) {
			kept = append(kept, id)
		}
	}
	return kept
}

// togetherLeast is how many films a writer kept must share with each
// person asked for next: fewer, and the new person replaces the writer.
const togetherLeast = 3

// together reports whether the person shares at least togetherLeast films
// with each of the others.
func (e *Engine) together(id string, others []*data.Person) bool {
	films := map[string]bool{}
	for _, r := range e.cat.Roles(id) {
		films[r.FilmID] = true
	}
	for _, o := range others {
		n, seen := 0, map[string]bool{}
		for _, r := range e.cat.Roles(o.ID) {
			if films[r.FilmID] && !seen[r.FilmID] {
				seen[r.FilmID] = true
				n++
			}
		}
		if n < togetherLeast {
			return false
		}
	}
	return true
}

// creditLead is the words before the name of a person asked for with any
// credit who is known for a credit no chip says with « avec » or « de »:
// a novelist adapted (« d'après Zola », "based on Zola"), a screenwriter
// (« écrit par Audiard », "written by"), a composer (« musique de
// Desplat », "music by"). It is "" for the others.
func (e *Engine) creditLead(id, name, lang string) string {
	n, w, c, d := 0, 0, 0, 0
	for _, r := range e.cat.Roles(id) {
		n++
		switch r.Category {
		case "writer":
			w++
		case "composer":
			c++
		case "director":
			d++
		}
	}
	fr := lang != "en"
	switch {
	case n == 0:
		return ""
	case 2*c > n:
		if fr {
			return "musique " + frOf(name)
		}
		return "music by "
	case w == n:
		if fr {
			return "d'après "
		}
		return "based on "
	case 2*w > n && w > d:
		if fr {
			return "écrit par "
		}
		return "written by "
	}
	return ""
}

// capitalised reports whether the words, as the customer typed them in the
// message, carry a capital.
func (m *message) capitalised(words string) bool {
	for _, r := range words {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// clauseSpan returns the name clauseName finds in group (a match's group
// starting at byte at of the folded message), as typed, with its span
// relative to the group.
func (p *parser) clauseSpan(group string, at int, whole bool) (name string, a, b int, ok bool) {
	if a, b, ok = clauseName(group, whole); !ok {
		return "", 0, 0, false
	}
	return strings.TrimSpace(p.f.origSpan(at+a, at+b)), a, b, true
}
