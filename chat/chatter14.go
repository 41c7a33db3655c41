package chat

import (
	"regexp"
	"slices"
	"strings"
)

// The customer's life told around a request (issue 10 item 1), read as
// chatter before the rules that look for eras, genres, people, themes and
// titles: who told them about a film or a person (« une collègue m'a dit
// que… », "my boss at the garage says I must watch…", "a friend of mine
// told me…"), the visit or the holiday they are on (« en vacances chez des
// amis à Bourganeuf », « on rend visite à la famille », "visiting friends
// in Limoges"), how long they did something (« pendant trente ans », "for
// twenty years"), what was asked the time before (« vous m'aviez proposé des
// westerns la dernière fois, cette fois je veux… »), and comments in
// passing (« par exemple », « et tout ça », "for instance"). Their words are
// no title (Family, The Exchange Student), no theme chip (« collègues »,
// « vingt et école », "my boss at the garage says i must") and no person;
// what the customer asks beside them is read as usual. selfTalk
// (themes12.go) reads who the customers are; these are the clauses it
// leaves.

// lifeStart is the start of a clause (personclauses.go's clauseStart),
// text already read included.
const lifeStart = clauseStart + `[\s\x00]*`

// reportedRe is someone reported saying something, at the start of a
// clause: up to six words for who (« une cliente », "my French teacher at
// the lycée"), the verb of saying, and « que », "that", or "I must watch"
// after it. Group 1 is the opener; what was said stays to be read (« Jean
// Dujardin est hilarant »).
var reportedRe = regexp.MustCompile(lifeStart + `(` +
	`(?:(?:[a-z'-]+[\s\x00]+){0,5}?(?:m'a|m'ont|m'avait|m'avaient|nous\s+a|nous\s+ont|nous\s+avait|lui\s+a|leur\s+a|on\s+m'a|on\s+nous\s+a)\s+(?:dit|assure|affirme|jure|raconte|explique|repete)|(?:[a-z'-]+[\s\x00]+){1,5}?(?:dit|disent|pretend|pretendent|affirme|assure|trouve|trouvent)|il\s+parait)(?:[\s\x00]+que\b|[\s\x00]+qu')` +
	`|(?:[a-z'-]+[\s\x00]+){1,6}?(?:says|said|told\s+(?:me|us)|tells\s+(?:me|us)|keeps\s+(?:telling\s+(?:me|us)|saying)|reckons|swears)(?:[\s\x00]+that)?(?:[\s\x00]+(?:i|we)\s+(?:must|should|have\s+to|need\s+to|ought\s+to)(?:\s+(?:watch|see))?)?` +
	`)[\s\x00]`)

// visitRe is the visit or the stay the customers are on, at the start of a
// clause: « en vacances chez des amis à Bourganeuf », « de passage à
// Guéret », « on rend visite à la famille », "visiting family in
// Aubusson", "on holiday with the in-laws"; group 1.
var visitLifeRe = regexp.MustCompile(lifeStart + `((?:` +
	`(?:(?:je\s+suis|on\s+est|nous\s+sommes)\s+)?(?:en\s+vacances|en\s+visite|de\s+passage|en\s+week-end)(?:[\s\x00]+chez\s+(?:des|mes|nos|ma|mon|notre|la|les|sa|son|ses)\s+[a-z'-]+)?(?:[\s\x00]+(?:a|au|en|dans|pres\s+de|du\s+cote\s+de)\s+[a-z'-]+(?:-[a-z'-]+)*)?` +
	`|(?:on|nous|je)\s+(?:rend|rendons|rends)\s+visite\s+a\s+(?:(?:la|ma|mon|mes|nos|des|notre)\s+)?[a-z'-]+(?:[\s\x00]+(?:a|au|en|dans|pres\s+de)\s+[a-z'-]+(?:-[a-z'-]+)*)?` +
	`|(?:(?:we're|we\s+are|i'm|i\s+am)\s+)?(?:visiting|staying\s+with|on\s+holiday\s+with)\s+(?:(?:my|our|the|some|his|her)\s+)?[a-z'-]+(?:-[a-z'-]+)*(?:[\s\x00]+(?:in|at|near)\s+[a-z'-]+(?:-[a-z'-]+)*)?` +
	`)(?:[\s\x00]+(?:this|next|for\s+the|cette|ce|la)\s+(?:week|weekend|month|summer|semaine|week-end|mois|ete))?)(?:[\s\x00]*[,.;:!?]|[\s\x00]+(?:et|and|for|pour|pendant)\s|[\s\x00]*$)`)

// yearsLifeRe is how long the customer did something: « pendant trente
// ans », « depuis 20 ans », "for twenty years" (no length of film).
var yearsLifeRe = regexp.MustCompile(`(?:^|[\s\x00])((?:pendant|durant|depuis)\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante)\s*(?:ans|annees)|for\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|many|several|some)\s+years)\b`)

// lifePastRe starts a clause telling the customer's past: « j'ai été
// institutrice », « j'ai conduit des camions », « on a tenu un café », "I
// drove trucks", "I've worked at the post office".
var lifePastRe = regexp.MustCompile(`^[\s\x00]*(?:j'ai|j'etais|on\s+a|on\s+etait|nous\s+avons|nous\s+etions|mon\s+mari\s+a|ma\s+femme\s+a|i've|i\s+have|i|we've|we\s+have|we|my\s+(?:husband|wife)(?:\s+has)?)\s+(?:ete|ete|fait|conduit|travaille|bosse|enseigne|tenu|vecu|habite|was|were|been|worked|drove|taught|ran|lived|did)\b`)

// earlierRe is the time before, against this time: « la dernière fois »,
// « l'autre fois », "last time" (not "the last time I saw Paris").
var earlierRe = regexp.MustCompile(`(?:^|[\s\x00])((?:comme\s+)?(?:la\s+derniere\s+fois|l'autre\s+fois|la\s+fois\s+d'avant|la\s+fois\s+precedente)|(?:like\s+)?last\s+time)(?:[\s\x00]|[,.;:!?]|$)`)

// nowRe is this time, against the time before: « cette fois », « ce
// coup-ci », « là », « maintenant », "this time", "now".
var nowRe = regexp.MustCompile(`\b(?:cette\s+fois(?:-ci)?|ce\s+coup(?:-ci|\s+ci)?|la\s+je|maintenant|aujourd'hui|this\s+time|now|today)\b`)

// asideRe are comments in passing: « par exemple », « et tout ça », "for
// instance", "and all that" (« Tout ça pour ça » stays a title).
var asideRe = regexp.MustCompile(`(?:^|[\s\x00,])((?:` + exampleWords + `|(?:et\s+)?tout\s+ca|and\s+(?:all\s+that|so\s+on|stuff\s+like\s+that)|etc))(?:[\s\x00]*[,.;:!?]|[\s\x00]*$|[\s\x00]+(?:et|and|de|du|des|avec|with|un|une|a|an|pour|for)\s)`)

// greetingRe is a greeting in another language at the start of the
// message (« Hola ! », « Salam », "Ciao", "G'day"): no title (The Hole,
// Slam) and no person.
var greetingRe = regexp.MustCompile(`^[\s\x00]*((?:hola|ola|ciao|salam|salaam|salam\s+aleykoum|salam\s+alaykoum|buongiorno|buonasera|buenos\s+dias|buenas(?:\s+tardes|\s+noches)?|bom\s+dia|hallo|moin|servus|hej|hoi|dag|goeiedag|guten\s+(?:tag|abend|morgen)|aloha|shalom|namaste|konnichiwa|g'day|howdy|cheers|good\s+(?:morning|evening|afternoon|day))(?:\s+(?:a\s+tous|tout\s+le\s+monde|everyone|all|folks))?)(?:[\s\x00]*[,.;:!?]|\s)`)

// clockRe is a time of day (« 3h du mat », « à 2h du matin », "at 3am",
// "3 o'clock"): when the customer writes, no length of film and no name
// (Paul Le Mat).
var clockRe = regexp.MustCompile(`(?:^|[\s\x00])((?:(?:a|vers|il\s+est|at|it's)\s+)?(?:\d{1,2}\s*h(?:\d\d)?\s+du\s+(?:mat|matin|soir)|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}\s+o'clock(?:\s+in\s+the\s+(?:morning|night))?))\b`)

// groupRe is the group the film is for, ending its clause: « pour la
// troupe », « pour la bande », "for the scouts", "for the club".
var groupRe = regexp.MustCompile(`(?:^|[\s\x00])((?:pour|for|avec|with)\s+(?:la|le|les|notre|nos|mon|ma|mes|the|our|my)\s+(?:troupe|bande|equipe|classe|colo|club|groupe|asso|association|tribu|clan|team|gang|crew|squad|scouts|louveteaux|cub\s+scouts|brownies|guides|pack|class|group|lot))(?:[\s\x00]*[,.;:!?]|[\s\x00]*$)`)

// agreeAllRe is a clause saying everyone watching will take part: "we can
// all sing along to", « qu'on puisse tous chanter » (themes12.go reads
// "we'd both enjoy"; "the whole family can watch" is an audience).
var agreeAllRe = regexp.MustCompile(`(?:^|[\s\x00])((?:(?:that|which|qu'on|que\s+l'on|ou\s+on)\s+)?(?:we|you|on)\s*(?:can|could|will|'ll|might|puisse|peut|pourra)\s+(?:all|tous|toutes)\s+[a-z]+(?:\s+(?:along|together|ensemble))?(?:\s+(?:to|with))?)(?:[\s\x00]*[,.;:!?]|[\s\x00]*$)`)

// stateRe is a clause where the customer says, in the negative, how they
// are (« je dors pas », « j'arrive pas à dormir », "I can't sleep", "we
// couldn't decide"), ended by a punctuation mark, « et », "and", "so" or
// the message; group 1. A clause that asks or tells a taste (« je ne veux
// pas d'horreur », "I don't like westerns") is left to the other rules.
var stateRe = regexp.MustCompile(lifeStart + `(?:(?:et|and|mais|but|so|donc)\s+)?((?:je\s+(?:ne\s+|n')?|j'|i\s+(?:just\s+|really\s+|still\s+)?|on\s+(?:ne\s+|n')?|we\s+(?:just\s+|really\s+|still\s+)?)(?:[a-z'-]+[\s\x00]+){0,2}?(?:pas|plus|jamais|can't|cannot|couldn't|don't|didn't|won't|can\s+not)(?:[\s\x00]+[a-z'-]+){0,3}?)(?:[\s\x00]*[,.;:!?]|[\s\x00]+(?:et|and|so|donc|alors|mais|but)\s|[\s\x00]*$)`)

// refusalRe14 are the words of a negative clause that still ask
// something (« je ne supporte pas la violence », "I can't stand gore",
// « pas trop long »).
var refusalRe14 = regexp.MustCompile(`\b(?:supporte\w*|stand|bear|trop|too|long|longs?|violen\w*|gore|peur|scary|sang|blood\w*|sous-titres?|subtitles?|doubl\w*|dubbed|noir|black|couleurs?|colou?rs?|anglais|english|francais|french|deja|already|sequels?|suites?)\b`)

// hereRe is the customer saying who they are with "here" at the start of
// the message: "Manchester lad here", "exchange student from Osaka here",
// "night nurse here" (no title The Exchange Student).
var hereRe = regexp.MustCompile(`^[\s\x00]*((?:(?:hi|hello|hey|evening|morning)[\s,!]+)?(?:[a-z0-9'-]+\s+){1,5}?here)(?:[\s\x00]*[,.;:!?]|\s+(?:and|so|but)\s)`)

// lifeTalk reads these clauses as chatter when the message asks for
// something besides.
func (p *parser) lifeTalk() {
	skip := func(sub []string, idx []int) bool {
		if p.restEmpty(idx[2], idx[3]) {
			return false
		}
		p.consume(idx[2], idx[3])
		return false
	}
	p.each(greetingRe, skip)
	p.each(hereRe, func(sub []string, idx []int) bool {
		if strings.HasPrefix(sub[1], "from ") || genreWordRe.MatchString(sub[1]) {
			return false // "from here to eternity"
		}
		return skip(sub, idx)
	})
	p.each(reportedRe, skip)
	p.each(visitLifeRe, skip)
	p.each(yearsLifeRe, func(sub []string, idx []int) bool {
		a, b := idx[2], idx[3]
		if s, e := p.clauseOf(a, b); lifePastRe.MatchString(string(p.work[s:a])) && !selfTalkKeep.MatchString(string(p.work[s:a])) && !genreWordRe.MatchString(string(p.work[s:e])) {
			// « j'ai conduit des camions pendant trente ans »: the
			// clause is a life told, when it asks for nothing.
			a, b = s, e
		}
		return skip(nil, []int{0, 0, a, b})
	})
	p.each(asideRe, func(sub []string, idx []int) bool {
		if s, _ := p.clauseOf(idx[2], idx[3]); s > 0 && strings.ToLower(p.f.origSpan(s, idx[2])) != p.f.origSpan(s, idx[2]) {
			return false // « César et Rosalie par exemple »: a film given as an example (personwish.go)
		}
		return skip(sub, idx)
	})
	p.each(clockRe, skip)
	p.each(stateRe, func(sub []string, idx []int) bool {
		if selfTalkKeep.MatchString(sub[1]) || genreWordRe.MatchString(sub[1]) || refusalRe14.MatchString(sub[1]) {
			return false
		}
		return skip(sub, idx)
	})
	p.each(groupRe, skip)
	p.each(agreeAllRe, skip)
	p.each(earlierRe, func(sub []string, idx []int) bool {
		a, b := idx[2], idx[3]
		if s, e := p.clauseOf(a, b); nowRe.MatchString(string(p.work[e:])) {
			// « vous m'aviez proposé des westerns la dernière fois, cette
			// fois je veux… »: what was asked before is not asked now.
			a, b = s, e
		}
		if p.restEmpty(a, b) {
			return false
		}
		p.consume(a, b)
		return false
	})
}

// clauseOf returns the bounds of the clause of the work text that holds
// [a, b): from the punctuation mark before to the one after.
func (p *parser) clauseOf(a, b int) (int, int) {
	s := strings.LastIndexAny(string(p.work[:a]), ",.;:!?")
	e := strings.IndexAny(string(p.work[b:]), ",.;:!?")
	if e < 0 {
		e = len(p.work)
	} else {
		e += b
	}
	return s + 1, e
}

// restEmpty reports whether nothing but [a, b) is left to read.
func (p *parser) restEmpty(a, b int) bool {
	rest := string(p.work[:a]) + " " + string(p.work[b:])
	return !hasWord(strings.ReplaceAll(rest, "\x00", " "))
}

// articledNameRe is a "name" led by an article or a partitive (« de la
// valse », « de l'humour », « la valse »): names take none, nouns do.
// « de » and « du » alone lead names too (« de funès », « du kubrick »).
var articledNameRe = regexp.MustCompile(`^(?:(?:de\s+la|la|le|les)\s+|(?:de\s+)?l'\s*)(\S.*)$`)

// articledPeople reads the "names" typed in lower case after an article,
// after « avec », "with" or in a list (« avec
// de la danse, du tango, de la valse », « avec de l'humour ») as the things
// they are: a theme if the words name one, else nothing; never a person
// the catalogue lacks.
func (p *parser) articledPeople() {
	keep := p.m.People[:0:0]
	for _, n := range p.m.People {
		sub := articledNameRe.FindStringSubmatch(fold(n).s)
		if sub == nil || strings.ToLower(n) != n || slices.Contains(p.m.TitleBy, n) || !slices.Contains(p.m.Starring, n) && !p.listedAfter(n) {
			// « de Funès »: capitals make a name; « le livre de la jungle »,
			// « Danse avec les loups »: after a noun or a title, the end of
			// a title (dialogue.go)

			keep = append(keep, n)
			continue
		}
		p.m.CueThemes = appendNew(p.m.CueThemes, sub[1])
		for _, l := range []*[]string{&p.m.Starring, &p.m.DirectedBy, &p.m.TitleBy, &p.m.FilmsOf} {
			*l = slices.DeleteFunc(slices.Clone(*l), func(s string) bool { return s == n })
		}
	}
	p.m.People = keep
}

// indefiniteRe ends the words before a mention with an indefinite article
// (« encore une », "an", "some"), or starts the mention with one; not "a"
// (« qui ressemble a le placard », « à » unaccented) nor « des » (« dans
// l'esprit des 400 coups »).
var (
	indefiniteEndRe   = regexp.MustCompile(`(?:^|[\s,.;:!?])(?:un|une|an|some)\s*$`)
	indefiniteStartRe = regexp.MustCompile(`^(?:un|une|an|some)\s`)
)

// indefiniteMention reports whether a mention is a common noun phrase of
// the customer's sentence, told with an indefinite article that none of
// its film's titles bears (« encore une nuit blanche » for Nuit blanche,
// "some family" for Family): a title is named with its own article
// or none (« Une séparation », "An Education" keep theirs).
func indefiniteMention(raw folded, mt mention) bool {
	if len(mt.Matches) == 0 {
		return false
	}
	t := fold(mt.Text).s
	article := ""
	if m := indefiniteStartRe.FindString(t); m != "" {
		article = strings.TrimSpace(m)
	} else if a, _, ok := spanOf(raw.s, t); ok {
		if m := indefiniteEndRe.FindString(raw.s[:a]); m != "" {
			article = strings.Trim(m, " ,.;:!?")
		}
	}
	if article == "" {
		return false
	}
	for _, title := range filmTitles(mt.Matches[0].Film) {
		if strings.HasPrefix(fold(title).s, article+" ") {
			return false
		}
	}
	return true
}

// listLeadRe ends the words before an item of a list or after a cast cue:
// « avec de », « , de », « et de ».
var listLeadRe = regexp.MustCompile(`(?:,|\bavec|\bwith|\bet|\bou|\band|\bor)\s*(?:de\s*)?$`)

// listedAfter reports whether the folded words n follow a comma, a cast
// cue or a conjunction in the message.
func (p *parser) listedAfter(n string) bool {
	f := fold(n).s
	if sub := articledNameRe.FindStringSubmatch(f); sub != nil && !strings.HasPrefix(f, "de ") {
		// « la valse » of « de la valse »: the words before the article
		if a, _, ok := spanOf(p.f.s, f); ok {
			return listLeadRe.MatchString(strings.TrimSuffix(strings.TrimRight(p.f.s[:a], " "), "de"))
		}
	}
	a, _, ok := spanOf(p.f.s, f)
	return ok && listLeadRe.MatchString(p.f.s[:a])
}
