package chat

import (
	"context"
	"regexp"
	"strings"
	"unicode"
)

// Themes asked inside chat messages, and the chatter around them that is
// no theme: who the customer is (« mon mari est agriculteur », « ma femme
// et moi sommes à la retraite », "we're retired and new to the area"), who
// the film is for (« c'est pour des personnes âgées »), what they like
// doing (« on aime marcher »), the weather and the day (« il pleut
// encore », "so it's a film day"), children said to be there (a family
// audience), how hard the film may be ("not too hard to follow"), a
// question about what someone should see ("what should a Brit see"), a
// cinema club's series (« un cycle Kurosawa »). And the subjects told in
// them: a love story told with whom it is between (« une histoire d'amour
// entre deux femmes »), the subject typed before "films like" and a title
// ("heist films like Ocean's Eleven"), where a film of a genre is set
// (« une comédie à la ferme »), a setting with its nationality (« la
// campagne française »: France too), children with what happened to them
// (« des enfants placés en foyer »: the subject, not the audience), too
// much of something refused (« pas ceux où il y a trop de fusillades »),
// and one subject said in several wordings (« la Shoah, les camps »:
// oneSubjectList).

var (
	// whoIsRe is someone of the customer's family, or the customer, said
	// to be something, up to the end of the clause: « mon mari est
	// agriculteur, », « ma femme et moi sommes à la retraite, », « nous
	// sommes jeunes retraités et », "my husband is a farmer,".
	whoIsRe = regexp.MustCompile(`(?:^|[,.;:!?\x00]\s*)[\s\x00]*((?:(?:(?:mon|ma|mes|notre|nos|my|our)\s+(?:[a-z'-]+\s+)?[a-z'-]+)(?:\s+(?:et|and)\s+(?:moi|me|i))?|je|nous|on|i|we|moi)(?:\s+(?:suis|sommes|est|sont|somme|is|are|am)|'m|'re)\s+(?:[^\s,.;:!?\x00]+\s+){0,5}?[^\s,.;:!?\x00]+)\s*(?:[,.;:!?]|\bet\b|\band\b|$)`)
	// forWhomRe is who the film is for, said as a clause of its own: « c'est
	// pour des personnes âgées », "it's for my elderly parents".
	forWhomRe = regexp.MustCompile(`(?:^|[,.;:!?\x00]\s*)[\s\x00]*((?:c'est|ce\s+sera|ca\s+sera|c'etait|it's|it\s+is|it'll\s+be|this\s+is)\s+(?:pour|for)\s+(?:[^\s,.;:!?\x00]+\s+){0,5}?[^\s,.;:!?\x00]+)\s*(?:[,.;:!?]|$)`)
	// likeDoingRe is what the customer likes doing (« on aime marcher »,
	// "we love walking"): an infinitive or a gerund, no film.
	likeDoingRe = regexp.MustCompile(`\b((?:j'aime|j'adore|on\s+aime|on\s+adore|nous\s+aimons|nous\s+adorons|(?:i|we)\s+(?:love|like|enjoy))\s+(?:bien\s+|beaucoup\s+|really\s+)?(?:[a-z]+(?:er|ir|re)|[a-z]{3,}ing)(?:\s+(?:en|dans\s+la|in\s+the)\s+[a-z'-]+)?)\s*(?:[,.;:!?]|\bet\b|\band\b|$)`)
	// easyToFollowRe is how hard the film may be to follow: no subject.
	easyToFollowRe = regexp.MustCompile(`\b(?:(?:that|which|qui|mais)\s+)?(?:(?:isn't|aren't|is\s+not|are\s+not|n'est\s+pas|ne\s+sont\s+pas|pas|not)\s+(?:too|trop|so|si)\s+(?:hard|difficult|complicated|complex|dur|durs|difficiles?|compliques?|complexes?)|(?:(?:is|are|soit|soient)\s+)?(?:easy|facile|faciles|simple|simples))\s+(?:to\s+(?:follow|understand)|a\s+(?:suivre|comprendre))\b`)
	// shouldSeeRe is a question about what someone should see ("what
	// French classics should a Brit see"): the asker, no subject ("what
	// should I watch next" is left to the intent rules).
	shouldSeeRe = regexp.MustCompile(`\b(?:should|must)\s+(?:a|an)\s+[a-z'-]+\s+(?:see|watch|start\s+with)\b`)
	// cycleRe is the series of a cinema club: « un cycle Kurosawa », « la
	// suite du cycle espagnol », "a Kurosawa season": the words after are a
	// person or a nationality.
	cycleRe = regexp.MustCompile(`\b(?:(?:un|le|notre|a|our|the)\s+)?(?:cycle|retrospective)\s+(?:(?:de|d'|du|consacre\s+a)\s*)?`)
	// loveBetweenRe is a love story told with whom it is between (« une
	// histoire d'amour entre deux femmes », "a love story between two
	// men"): the subject is the love between them.
	loveBetweenRe = regexp.MustCompile(`\b(?:(?:une|des|l'|a|an|some)\s*)?(?:histoires?\s+d'amour|(?:romance|love\s+stor(?:y|ies)|romances))\s+((?:entre|between)\s+(?:deux\s+|two\s+|un\s+|une\s+|a\s+|an\s+)?[a-z'-]+(?:\s+(?:et|and)\s+(?:un\s+|une\s+|a\s+|an\s+)?[a-z'-]+)?)` + themeEnd)
	// subjectLikeRe is the subject typed before "films like" and a title
	// ("we love heist films like Ocean's Eleven", « des films de casse
	// comme Le Cercle rouge » is read by the « film de » rules).
	subjectLikeRe = regexp.MustCompile(`\b(?:([a-z'-]+)\s+)?([a-z'-]+)\s+(?:films?|movies?|flicks?)\s+(?:like|such\s+as|similar\s+to)\s`)
	// genrePlaceRe is where a film of a genre is set, right after the
	// genre (« une comédie à la ferme », « un polar en Corse », "a western
	// in the desert"): a place named as a theme, or nothing.
	genrePlaceRe = regexp.MustCompile(`\b((?:comedies?|drames?|polars?|thrillers?|westerns?|documentaires?|comedy|dramas?|documentar(?:y|ies)))\s+(?:(?:qui\s+se\s+passe\s+|set\s+)?(?:a\s+la\s+|a\s+l'\s*|au\s+|aux\s+|en\s+|dans\s+(?:la\s+|le\s+|les\s+|l'\s*|un\s+|une\s+)|in\s+(?:the|a|an)\s+|on\s+(?:the|a|an)\s+))([a-z][a-z'-]*(?:\s+[a-z'-]+)?)` + themeEnd)
	// subjectNationRe is a nationality right after a setting (« un film
	// sur la campagne française », « sur les paysans français »): the
	// country, and the setting is the subject. Other nouns keep their
	// adjective: « la révolution française », « le football américain »
	// are subjects of their own.
	subjectNationRe = regexp.MustCompile(`\b(?:sur|about|qui\s+parle(?:nt)?\s+(?:de|du|des|d'))\s+(?:(?:la|le|les|l'|un|une|des|the)\s*)?(?:` + settingAlt + `)\s+(` + nationAlt + `)` + themeEnd)
	// kidsHereRe is children said to be there (« les enfants sont à la
	// maison », "the grandkids are staying over"): a family audience.
	kidsHereRe = regexp.MustCompile(`\b((?:les|mes|nos|the|my|our)\s+(?:enfants|gamins|gosses|petits|petits-enfants|loulous|kids|children|grandkids|grandchildren|little\s+ones)\s+(?:sont|seront|viennent|arrivent|dorment|are|'re|will\s+be|come|arrive)\b[^,.;:!?\x00]*)`)
	// filmDayRe is the day said to be one for a film (« c'est soirée
	// ciné », "so it's a film day"): chatter.
	filmDayRe = regexp.MustCompile(`\b(?:(?:so|alors|donc)\s+)?(?:it's|it\s+is|c'est|ce\s+sera)\s+(?:a\s+|une\s+|un\s+)?(?:(?:film|movie|cinema|cine)\s+(?:day|night|evening|afternoon)|(?:soiree|journee|apres-midi|aprem)\s+(?:film|cine|cinema|tele|dvd))\b`)
	// weatherRe is the weather told as the reason for a film (« il pleut
	// encore », "pouring rain in Aubusson again"), up to the end of its
	// clause: no title, no subject.
	weatherRe = regexp.MustCompile(`(?:^|[,.;:!?\x00]\s*)[\s\x00]*(((?:il\s+(?:pleut|neige|fait\s+(?:froid|chaud|gris|moche|mauvais))|(?:it's|it\s+is)\s+(?:raining|pouring|snowing|cold|freezing)|pouring\s+rain|pluie\s+battante|(?:quel|sale)\s+temps|(?:(?:a|on\s+a|it's\s+a)\s+)?(?:rainy|wet|grey|gray|snowy|cold)\s+(?:day|days|afternoon|morning|evening|night|sunday|saturday|weekend|week-end|holiday)|(?:(?:un|par\s+un)\s+)?(?:jour|journee|dimanche|samedi|apres-midi|week-end)\s+(?:de\s+pluie|pluvieux|pluvieuse|gris|grise)))[^,.;:!?\x00]*)`)
	// childSubjectRe is children said with what happened to them (« avec
	// des enfants placés en foyer », "about kids in foster care"): the
	// subject of the film, not who it is for.
	childSubjectRe = regexp.MustCompile(`\b(?:avec|sur|about|with|featuring)\s+(?:(?:des|les|un|une|the|some)\s+)?((?:enfants?|gamins?|gosses|kids?|children|ados?|adolescents?)\s+(?:places?|adoptes?|abandonnes?|maltraites?|fugueurs?|orphelins?|malades?|handicapes?|autistes?|sourds?|soldats?|en\s+foyer|de\s+la\s+ddass|placed|adopted|abandoned|in\s+(?:foster\s+)?care|in\s+an?\s+(?:orphanage|children's\s+home)|sick|autistic|soldiers?|at\s+war|in\s+war)(?:\s+[a-z'-]+){0,3}?)` + themeEnd)
	// tooMuchRe is too much of something refused (« pas ceux où il y a trop
	// de fusillades », « pas avec trop de sang », "none with too much
	// gore"): a theme not wanted.
	tooMuchRe = regexp.MustCompile(`\b(?:pas|sans|not|none|nothing|no)\s+(?:(?:ceux|celles|ceux-la|les\s+films|de\s+films|ones?|films?|movies?)\s+)?(?:(?:ou|dans\s+lesquels|where|with|avec)\s+)?(?:(?:il\s+y\s+a|y\s+a|there's|there\s+is|there\s+are)\s+)?(?:trop\s+de\s+|trop\s+d'\s*|too\s+much\s+|too\s+many\s+)([a-z][a-z'-]*(?:\s+[a-z'-]+)?)` + themeEnd)
)

// sameSexRe is a love story between two people of one sex: its subject
// is searched by the data's own keywords (gay relationship, lesbian
// relationship), which the words typed reach poorly.
var sameSexRe = regexp.MustCompile(`^(?:entre|between)\s+(?:deux|two)\s+(?:hommes|femmes|garcons|filles|men|women|boys|girls)$`)

// maleWords are the words of sameSexRe for men.
var maleWords = map[string]bool{"hommes": true, "garcons": true, "men": true, "boys": true}

// The themes of sameSexRe, searched by the keywords' names.
const (
	gayLove     = "\x00gaylove"
	lesbianLove = "\x00lesbianlove"
)

func init() {
	kindThemes[gayLove] = kindTheme{query: "gay relationship", fr: "amour entre deux hommes", en: "love between two men"}
	kindThemes[lesbianLove] = kindTheme{query: "lesbian relationship", fr: "amour entre deux femmes", en: "love between two women"}
}

// likeDoingNot are words of likeDoingRe's shape that are films or genres
// named after « j'aime »: left to the other rules.
var likeDoingNot = map[string]bool{"thriller": true, "horreur": true, "polar": true, "super": true, "cinema": true, "theatre": true}

// chatThemes reads the phrases above. It runs before the theme cues, so
// that the chatter is no theme and the subjects are read as such.
func (p *parser) chatThemes() {
	p.each(whoIsRe, func(sub []string, idx []int) bool {
		c := sub[1]
		if likedCueRe.MatchString(c) || themeCueWordRe.MatchString(c) || kinAudienceRe.MatchString(c) || gerundRe.MatchString(c) || p.capitalisedSpan(idx[2], idx[3]) {
			return false // « je suis fan de Star Wars », « on est sur un film de pirates », "we're trying to learn"
		}
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(forWhomRe, func(sub []string, idx []int) bool {
		if p.capitalisedSpan(idx[2], idx[3]) || themeCueWordRe.MatchString(sub[1]) {
			return false
		}
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(likeDoingRe, func(sub []string, idx []int) bool {
		w := words(sub[1])
		if len(w) == 0 || likeDoingNot[w[len(w)-1]] || p.capitalisedSpan(idx[2], idx[3]) {
			return false
		}
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(easyToFollowRe, func([]string, []int) bool { return true })
	p.each(shouldSeeRe, func([]string, []int) bool { return true })
	p.each(cycleRe, func([]string, []int) bool { return true })
	p.each(loveBetweenRe, func(sub []string, idx []int) bool {
		switch {
		case sameSexRe.MatchString(sub[1]) && maleWords[words(sub[1])[len(words(sub[1]))-1]]:
			p.m.Themes = append(p.m.Themes, gayLove)
		case sameSexRe.MatchString(sub[1]):
			p.m.Themes = append(p.m.Themes, lesbianLove)
		default:
			p.m.Themes = append(p.m.Themes, strings.TrimSpace(p.f.origSpan(idx[0], idx[3])))
		}
		return true
	})
	p.each(subjectLikeRe, func(sub []string, idx []int) bool {
		a, b := idx[4], idx[5]
		if sub[1] != "" && subjectWord(sub[1]) && !p.capitalisedSpan(idx[2], idx[3]) {
			a = idx[2]
		}
		if !subjectWord(sub[2]) || p.namedSpan(idx[4], idx[5]) || genreWords[sub[2]] != nil {
			return false
		}
		p.m.Themes = append(p.m.Themes, strings.TrimSpace(p.f.origSpan(a, b)))
		p.consume(a, idx[1]-1) // the title after "like" stays
		return false
	})
	p.each(weatherRe, func(sub []string, idx []int) bool {
		if kinAudienceRe.MatchString(sub[1]) || themeCueWordRe.MatchString(sub[1]) || strings.ContainsAny(sub[1], "0123456789") {
			p.consume(idx[4], idx[5]) // « rainy day with three kids aged 4 to 9 »: the weather only
			return false
		}
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(filmDayRe, func([]string, []int) bool { return true })
	p.each(kidsHereRe, func(sub []string, idx []int) bool {
		p.m.Family = true
		if !themeCueWordRe.MatchString(sub[1]) && !p.capitalisedSpan(idx[2], idx[3]) {
			p.consume(idx[2], idx[3])
		}
		return false
	})
	p.each(subjectNationRe, func(sub []string, idx []int) bool {
		p.setNation(nationWord[strings.Join(strings.Fields(sub[1]), " ")])
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(childSubjectRe, func(sub []string, idx []int) bool {
		p.m.Themes = append(p.m.Themes, strings.TrimSpace(p.f.origSpan(idx[2], idx[3])))
		rest := p.f.s[:idx[0]] + " " + p.f.s[idx[1]:]
		if !kinAudienceRe.MatchString(rest) && !familyRe.MatchString(rest) {
			p.m.Family = false // the children are the subject
		}
		return true
	})
	p.each(genrePlaceRe, func(sub []string, idx []int) bool {
		if !p.themeNoun(sub[2], idx[4], idx[5], true) || len(words(sub[2])) == 1 && infinitiveRe.MatchString(sub[2]) || notPlaceRe.MatchString(sub[2]) {
			return false
		}
		p.m.Themes = append(p.m.Themes, strings.TrimSpace(p.f.origSpan(idx[4], idx[5])))
		p.consume(idx[3], idx[5]) // the genre is left to the genre rules
		return false
	})
	p.each(tooMuchRe, func(sub []string, idx []int) bool {
		t := strings.TrimSpace(sub[1])
		if t == "" || junk(t) || genreOnlyRe.MatchString(t) {
			return true
		}
		p.m.AvoidThemes = append(p.m.AvoidThemes, strings.TrimSpace(p.f.origSpan(idx[2], idx[3])))
		return true
	})
}

// notPlaceRe are the words after « en », « à la » that say how or with
// whom a film is seen, not where it is set (« une comédie en famille »).
var notPlaceRe = regexp.MustCompile(`^(?:famille|couple|amoureux|amis|copains|copines|solo|vo|vf|version|noir|couleurs?|ce|cette|moment|ce\s+moment|\d.*|family|the\s+moment|english|anglais|francais|original)\b`)

// infinitiveRe is a French verb's infinitive (« une comédie à voir »).
var infinitiveRe = regexp.MustCompile(`^[a-z]{2,}(?:er|ir|re)$`)

// gerundRe is an English verb in -ing: "we're trying to learn" tells what
// the customer is doing, left to the other rules.
var gerundRe = regexp.MustCompile(`\b[a-z]{2,}ing\b`)

// themeCueWordRe is a word announcing films or a subject inside a
// clause: such a clause is a request, not chatter.
var themeCueWordRe = regexp.MustCompile(`\b(?:films?|movies?|flicks?|histoires?|stor(?:y|ies)|sur|about|avec|with|comme|like|genre)\b`)

// settingAlt are settings that a nationality after them places in a
// country (subjectNationRe).
const settingAlt = `campagnes?|countryside|villages?|province|banlieues?|paysans|paysannerie|fermes?|farms?|montagnes?|cotes?|littoral|cuisine|vignobles?|terroir`

// kinAudienceRe is a word of a clause about children or ages, fans and
// tastes, read by the audience and people rules.
var kinAudienceRe = regexp.MustCompile(`\b(?:enfants?|petits?|petites?|petits-enfants|kids?|children|fils|filles?|ados?|teens?|teenagers?|ans|years?|fans?|agee?s?|boys?|girls?|son|daughter|grandkids|grandchildren)\b`)

// subjectWord reports whether folded word w may be (part of) a subject
// typed before "films": no verb, pronoun, filler or quantifier.
func subjectWord(w string) bool {
	if junkWords[w] || personStop[w] || softAdjectives[w] || listStop[w] || langWords[w] >= 3 || langWords[w] <= -3 {
		return false
	}
	switch w {
	case "love", "like", "loved", "liked", "enjoy", "enjoyed", "fancy", "want", "prefer", "adore", "watch", "see", "more", "other", "some", "any", "old", "new", "the", "those", "these", "such", "many", "few":
		return false
	}
	return true
}

// subjectListRe is a list of subjects typed in lower case, each with its
// article (« la Shoah, les camps », « une grossesse, une femme enceinte »,
// "prison, inmates"): two to four parts cut by commas.
var subjectListRe = regexp.MustCompile(`^[^,;]+(?:[,;]\s*[^,;]+){1,3}$`)

// oneSubjectList reads a title span cut into parts that are subjects, and
// nothing else, as one subject searched as a list: the parts are several
// wordings of what the film is about (« la Shoah, les camps » is no film
// on camping beside the Shoah, « la mafia italienne, les parrains » no
// comedy called Les Parrains). A part that may be a known film, a film
// picked by a year or a name, or a person typed by their name, keeps the
// parts as they are.
func (e *Engine) oneSubjectList(ctx context.Context, t string, ms []mention) ([]mention, error) {
	if len(ms) < 2 || !subjectListRe.MatchString(fold(t).s) || strings.ToLower(t) != t && !lowerSubjects(t) {
		return ms, nil
	}
	subjects := 0
	for _, m := range ms {
		switch {
		case m.Not:
			return ms, nil
		case m.Theme != nil && m.Subject:
			subjects++
		case m.Theme != nil:
		case m.Person != nil:
			if exactName(m.Text, m.Person) {
				return ms, nil
			}
		case m.Decided || capitalised(m.Text) && len(m.Matches) > 0:
			return ms, nil
		default:
			// A film few have heard of, typed with the words of a subject
			// (« les parrains »), gives way; a known one (« kill bill, la
			// vengeance ») stays the film liked.
			for i, fm := range m.Matches {
				if i < 3 && fm.Film.Votes >= speltVotes {
					return ms, nil
				}
			}
		}
	}
	if subjects == 0 {
		return ms, nil
	}
	th, err := e.themeOf(ctx, t, themeMin)
	if err != nil || th == nil || len(th.films) < subjectFilms {
		return ms, err
	}
	return []mention{{Text: t, Theme: th, Subject: true}}, nil
}

// lowerSubjects reports whether every part of a list typed with capitals
// starts with an article and holds one capitalised word at most (« la
// Shoah, les camps »): a subject that is a proper noun, not a list of
// titles.
func lowerSubjects(t string) bool {
	for _, part := range clauseSepRe.Split(t, -1) {
		part = strings.TrimSpace(part)
		if !subjectArticleRe.MatchString(fold(part).s) {
			return false
		}
		caps := 0
		for _, w := range strings.Fields(part) {
			if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
				caps++
			}
		}
		if caps > 1 {
			return false
		}
	}
	return true
}

// clauseSepRe cuts a list of subjects at its commas and semicolons; compiled once, not on every turn.
var clauseSepRe = regexp.MustCompile(`[,;]`)
