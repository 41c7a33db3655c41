package chat

import (
	"context"
	"regexp"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// Themes told inside chat messages, and chatter that is no theme. A
// customer says who the film is for and how it should go down (« quelque
// chose qui plaise à tout le monde », "something we'd both enjoy", « c'est
// pour ce soir avec les voisins »): words about the audience's agreement,
// never a subject nor a title. A customer also tells a subject as a life
// led somewhere (« la vie dans un pensionnat », "life in a convent", "life
// on the road"), or as the subject of films of a genre ("heist comedies
// where nothing goes to plan", "space horror with a monster"): the subject
// is a theme and the genre is kept, though "Life", « La Vie d'Adèle » or
// "Heist" are also titles. Customers say who they are before they ask (« je
// tiens la boulangerie de la place », "we're Swiss hikers staying at the
// gîte", « l'adjointe à la culture voudrait… »): chatter too. A plot typed
// without a cue that shares one word with a title ("dinosaurs brought back
// to life on an island", "a lighthouse keeper on a lonely island") tells a
// subject, not that film (thinTitle); and « un flm où… » is a film.

// agreeENRe is a clause saying the film should please those who watch it:
// "(that) we'd both enjoy", "everyone will like", "the whole family can
// agree on". It ends its clause, so "I like westerns" is left alone.
var agreeENRe = regexp.MustCompile(`(?:^|\s)((?:(?:that|which)\s+)?(?:we|you|he|she|they|i|everyone|everybody|all\s+of\s+us|both\s+of\s+us|the\s+(?:whole\s+)?family|the\s+kids|my\s+[a-z]+|our\s+[a-z]+)\s*(?:'d|'ll|\s+would|\s+will|\s+can|\s+could|\s+might|\s+should)?\s+(?:both\s+|all\s+)?(?:(?:really|actually|also)\s+)?(?:enjoy|enjoys|like|likes|love|loves|agree\s+on|appreciate|sit\s+through)(?:\s+(?:it|together|too|as\s+well))?)\s*(?:please|pls|tonight)?\s*(?:[,.;!?]|$)`)

// agreeFRRe is « qui plaise à tout le monde », « qui met tout le monde
// d'accord », « qui fasse plaisir à toute la tablée », « que tout le monde
// aimera »: a relative clause about pleasing those who watch, to the end
// of its clause.
var agreeFRRe = regexp.MustCompile(`(?:^|\s)((?:qui|que|sur\s+lequel)\s+[^,.;!?\x00]*?(?:plaise|plaisent|plaira|plairait|plairont|plait|convienne|conviennent|conviendra|conviendrait|plaisir|d'accord|unanimite|tout\s+le\s+monde\s+(?:aime|aimera|aimerait|apprecie|appreciera))[^,.;!?\x00]*)(?:[,.;!?]|$)`)

// companyRe is who the film is watched with, ending its clause: « avec les
// voisins », "with the in-laws" (« Les Voisins » is also a title).
var companyRe = regexp.MustCompile(`(?:^|\s)((?:avec|with)\s+(?:les|des|mes|nos|ses|the|my|our|some)\s+(?:voisins?|voisines?|amis?|amies?|copains?|copines?|potes|collegues?|cousins?|cousines?|beaux-parents|neighbou?rs?|friends|colleagues|in-laws|cousins|mates))\s*(?:(?:ce|this)\s+(?:soir|week-end|weekend|evening))?\s*(?:[,.;!?]|$)`)

// lifeInRe is a life led somewhere, told as what the film is about: « la
// vie dans un pensionnat », « la vie à la ferme », "life in a convent",
// "life on the road", "life aboard a submarine"; group 1 is the place,
// named with its article (« la vie en rose » is a title).
var lifeInRe = regexp.MustCompile(`(?:^|[,.;!?\x00]\s*|\b(?:or|and|ou|et)\s+)(?:(?:la|une|the|a)\s+)?(?:vie|life)\s+(?:(?:dans|en|sur|chez|parmi|in|on|at|aboard|inside|among)\s+(?:(?:une|un|les|le|la|des|an|a|the|some)\s+|l'\s*)|(?:a\s+la|au|aux)\s+|a\s+l'\s*)([a-z][a-z'-]*(?:[\s\x00]+[a-z'-]+){0,5}?)` + themeEnd)

// genreSubjectRe is a subject typed before a genre noun in the plural or
// after a quantifier, at the start of a clause: "heist comedies", "space
// horror", « des comédies de mariage » aside (the cue rules read those).
var genreSubjectRe = regexp.MustCompile(`(?:^|[,.;!?\x00]\s*)(?:(?:some|any|more|good|great)\s+)?([a-z-]{3,})\s+(?:comedies|dramas|thrillers|horror|westerns|documentaries|romances|musicals)\b`)

// agreeFillers reads the agreement clauses and the company as chatter.
func (p *parser) agreeFillers() {
	skip := func(sub []string, idx []int) bool {
		if genreWordRe.MatchString(sub[1]) {
			return false // « qui plaise aux fans de comédie »: the genre is read
		}
		p.consume(idx[2], idx[3])
		return false
	}
	p.each(agreeENRe, skip)
	p.each(agreeFRRe, skip)
	p.each(companyRe, skip)
	p.each(subtitledRe, func([]string, []int) bool { return true })
}

// subtitledRe is the subtitles wanted with a film in another language: how
// it is shown, not a person (« avec des sous-titres », "with English
// subtitles").
var subtitledRe = regexp.MustCompile(`\b(?:with|avec)\s+(?:(?:english|french|anglais|francais|des|les|some|the)\s+)?(?:subtitles|subs|sous-titres?)\b`)

// lifePhrases reads a life led somewhere as the theme of that place, before
// the rules that would take "life" for a title or the place's adjective for
// a nationality.
func (p *parser) lifePhrases() {
	p.each(lifeInRe, func(sub []string, idx []int) bool {
		t := strings.TrimSpace(sub[1])
		if junk(t) || genreOnlyRe.MatchString(articlesRe.ReplaceAllString(t, "")) {
			return false
		}
		end := p.themeList(idx[3]) // « la vie à la ferme, les vaches, les moissons »: one theme
		p.m.Themes = append(p.m.Themes, strings.TrimSpace(p.f.origSpan(idx[2], end)))
		p.consume(idx[0], max(idx[3], end))
		return false
	})
}

// genreSubjects reads a subject before a genre noun as a theme beside the
// genre, before the genre rules read the noun.
func (p *parser) genreSubjects() {
	p.each(genreSubjectRe, func(sub []string, idx []int) bool {
		t := sub[1]
		if genreWordRe.MatchString(t) || softAdjectives[t] || junkWords[t] || personStop[t] || langWords[t] >= 2 || langWords[t] <= -2 || nationWord[t] != "" {
			return false
		}
		p.m.SoftThemes = append(p.m.SoftThemes, t)
		p.consume(idx[2], idx[3]) // the genre noun is left for the genre rules
		return false
	})
}

// thinTitle reports whether the film a long span found shares few of its
// words: « dinosaurs brought back to life on an island » is no "Life",
// "life in an english boarding school" no « Life ». Such a span tells a
// subject; a title typed with a typo or a word left out shares most.
func thinTitle(span string, f *data.Film) bool {
	cw := contentWords(fold(span).s)
	if len(cw) < 3 || titledFirst(span, f) {
		return false
	}
	in := map[string]bool{}
	for _, t := range filmTitles(f) {
		for _, w := range words(fold(t).s) {
			in[w] = true
		}
	}
	shared := 0
	for _, w := range cw {
		if in[w] || in[strings.TrimSuffix(w, "s")] {
			shared++
		}
	}
	return 3*shared <= len(cw)
}

// thinSpan is thinTitle for a span typed in one stretch: a span cut by
// punctuation may name the film in one part and comment in the others
// (« on est fans de Chabrol, Le Boucher surtout », "its a wonderful life,
// we watch it every christmas").
func thinSpan(span string, f *data.Film) bool {
	return !strings.ContainsAny(span, ",.;:!?()[]") && thinTitle(span, f)
}

// headNoun returns the theme named outright by the one or two words a plot
// starts with, article aside (« des extraterrestres envahissent… »,
// "dinosaurs brought back to life…"), or nil.
func (e *Engine) headNoun(ctx context.Context, span string) (*theme, error) {
	ws := words(articlesRe.ReplaceAllString(fold(span).s, ""))
	if len(ws) < 3 || junkWords[ws[0]] || personStop[ws[0]] {
		return nil, nil
	}
	for _, n := range []int{2, 1} {
		if n == 2 && junkWords[ws[1]] {
			continue
		}
		th, err := e.themeOf(ctx, strings.Join(ws[:n], " "), themeExact)
		if th != nil || err != nil {
			return th, err
		}
	}
	return nil, nil
}

// selfTalkRe is a clause where customers say who they are, what they do or
// where they live (« je tiens la boulangerie de la place », « on est deux
// retraités de la SNCF », "we're Swiss hikers staying at the gîte", "my
// husband drives a tractor all day", "we just moved here from Bristol"),
// ended by a punctuation mark, « et », "and" or the message. Group 1 is the
// clause.
var selfTalkRe = regexp.MustCompile(`(?:^|[,.;!?\x00]\s*)[\s\x00]*((?:(?:bonjour|bonsoir|salut|hello|hi|hey)[\s,!]+)?` +
	`(?:je\s+suis|j'suis|nous\s+sommes|on\s+est|i'm|i\s+am|we're|we\s+are|je\s+tiens|on\s+tient|je\s+travaille|on\s+travaille|je\s+bosse|j'habite|on\s+habite|nous\s+habitons|on\s+vit|je\s+vis|on\s+revient|je\s+reviens|je\s+rentre|on\s+rentre|je\s+sors|i\s+run|we\s+run|i\s+work|we\s+work|i\s+live|we\s+live|i\s+drive|(?:(?:we|i)(?:'ve|\s+have)?\s+)?just\s+(?:moved|arrived|got\s+back|came\s+back|back)` +
	`|(?:mon|ma|my|our|notre)\s+[a-z'-]+\s+(?:est|travaille|tient|conduit|bosse|is|works|runs|drives))` +
	`(?:[\s\x00]+[^\s,.;:!?\x00]+){0,10}?)(?:[\s\x00]*[,.;:!?]|[\s\x00]+(?:et|and|so|donc|alors|mais|but)\s|[\s\x00]*$)`)

// selfTalkKeep are words that make such a clause a request or a taste
// (« je suis fan de Gabin », "I'm in the mood for…", « je suis allé voir
// … »), an age or an audience: the clause is read by the other rules.
var selfTalkKeep = regexp.MustCompile(`\b(?:cherch\w*|looking|look|after|want\w*|veu[xt]|voudr\w*|aimer\w*|aime\w*|adore\w*|envie|mood|humeur|fans?|fana|dingue|passionne\w*|mad|crazy|into|love\w*|like\w*|enjoy\w*|prefer\w*|prefere\w*|fancy|films?|movies?|truc|chose|something|anything|recommend\w*|conseil\w*|propos\w*|suggest\w*|vu|voir|revu|seen|watch\w*|saw|regard\w*|ans|years?|old|age|famille|family|enfants?|kids?|children|child|ados?|teens?|\d+)\b`)

// wisherRe is who wants the film, before the wish: « l'adjointe à la
// culture voudrait… », "my brother-in-law would like…". Group 1 is the
// person and the verb, group 2 the person.
var wisherRe = regexp.MustCompile(`(?:^|[,.;!?\x00]\s*)[\s\x00]*(((?:l'|le\s+|la\s+|les\s+|mon\s+|ma\s+|mes\s+|notre\s+|nos\s+|my\s+|our\s+|the\s+)[a-z'-]+(?:\s+[a-z'-]+){0,4}?)\s+(?:voudrait|voudrais|voudraient|veut|veulent|aimerait|aimerais|aimeraient|souhaite|souhaiterait|wants|would\s+like|'d\s+like|(?:is|are)\s+looking\s+for))[\s\x00]`)

// selfTalk reads such clauses, and who wants the film, as chatter when the
// message asks for something besides: their words are no title and no
// theme.
func (p *parser) selfTalk() {
	p.each(wisherRe, func(sub []string, idx []int) bool {
		if selfTalkKeep.MatchString(sub[2]) || genreWordRe.MatchString(sub[2]) {
			return false
		}
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(selfTalkRe, func(sub []string, idx []int) bool {
		c := sub[1]
		if selfTalkKeep.MatchString(c) || genreWordRe.MatchString(c) {
			return false
		}
		rest := string(p.work[:idx[2]]) + string(p.work[idx[3]:])
		if !hasWord(strings.ReplaceAll(rest, "\x00", " ")) && !p.m.hasRequest() {
			return false // the clause is all the message says
		}
		p.consume(idx[2], idx[3])
		p.selfTalkMore(idx[3])
		return false
	})
}

// selfTalkMoreRe is a clause that goes on telling where the customers are,
// after a comma: « …, en vacances au lac de Vassivière », "…, staying at
// the gîte"; group 1 is the clause.
var selfTalkMoreRe = regexp.MustCompile(`^[\s\x00]*,\s*((?:en|au|aux|a|dans|pres|chez|depuis|in|on|at|near|from|since|staying|living|visiting|here)\b[^,.;!?\x00]*)(?:[,.;!?]|$)`)

// selfTalkMore reads the clause after a self-description, from folded
// offset at, as chatter too when it asks for nothing.
func (p *parser) selfTalkMore(at int) {
	sub := selfTalkMoreRe.FindSubmatchIndex(p.work[at:])
	if sub == nil {
		return
	}
	c := string(p.work[at+sub[2] : at+sub[3]])
	if selfTalkKeep.MatchString(c) || genreWordRe.MatchString(c) {
		return
	}
	p.consume(at+sub[2], at+sub[3])
}

// cueNouns are the words that announce a film, which customers mistype
// after an article (« un flm où… », "a movi about…").
var cueNouns = []string{"film", "films", "movie", "movies"}

// cueArticles are the words after which a mistyped cue noun is read as one.
var cueArticles = map[string]bool{"un": true, "des": true, "les": true, "ce": true, "ces": true, "a": true, "an": true, "some": true, "the": true, "any": true, "that": true}

// englishArticles are the articles of cueArticles after which "movie" may
// be the word meant.
var englishArticles = map[string]bool{"a": true, "an": true, "some": true, "the": true, "any": true, "that": true}

// cueRealWords are real words one edit from a cue noun: never corrected.
var cueRealWords = map[string]bool{"fil": true, "fils": true, "file": true, "files": true, "firm": true, "firms": true, "move": true, "moves": true, "mole": true, "fill": true, "filmy": true}

// filmNounTypo returns the cue noun a word after an article is one edit away
// from (« flm », "movi"), or "".
func filmNounTypo(w, prev string) string {
	if len(w) < 3 || !cueArticles[prev] || cueRealWords[w] || lexiconVocabulary[w] || langWords[w] != 0 {
		return ""
	}
	for _, c := range cueNouns {
		if strings.HasPrefix(c, "movie") && !englishArticles[prev] {
			continue // « les momies » is no "les movies"
		}
		if w != c && search.EditDistance(w, c, 1) <= 1 {
			return c
		}
	}
	return ""
}

// toneOnly reports whether a leftover span holds only tone or length
// adjectives and genre words, one of them a length, a tone of seriousness
// or a genre (« bien long », "serious drama"): no title and no theme; its
// genre words are read. A span with an article is typed as a title (« Le
// Bon »).
func toneOnly(t string) bool {
	ws := words(fold(t).s)
	if len(ws) == 0 || articlesRe.MatchString(fold(t).s) {
		return false
	}
	named := false
	for _, w := range ws {
		g := len(genresOf(w)) > 0
		if !softAdjectives[w] && !junkWords[w] && !g {
			return false
		}
		named = named || g || toneWords[w]
	}
	return named
}

// toneWords are the tone and length adjectives a leftover may hold alone.
var toneWords = map[string]bool{"serious": true, "serieux": true, "serieuse": true, "long": true, "longue": true, "short": true, "court": true, "courte": true}

// titledFirst reports whether a span starts with one of the film's titles,
// whole, then a separator or a name (« les ripoux !! noiret et
// lhermitte », « les 400 coups de truffaut, … »): the film named, then
// comments.
func titledFirst(span string, f *data.Film) bool {
	fs := strings.TrimSpace(articlesRe.ReplaceAllString(fold(span).s, ""))
	for _, t := range filmTitles(f) {
		ft := strings.TrimSpace(articlesRe.ReplaceAllString(fold(t).s, ""))
		if ft == "" || !strings.HasPrefix(fs, ft) {
			continue
		}
		if rest := fs[len(ft):]; rest == "" || titledEndRe.MatchString(rest) {
			return true
		}
	}
	return false
}

// titledEndRe is what follows a title typed whole before comments: a
// punctuation mark, a word that introduces a name or another part, or a
// clause of the customer's (« Apocalypse Now m'a plu mais… »).
var titledEndRe = regexp.MustCompile(`^\s*(?:[,.;:!?()…-]|(?:de|d'|du|des|by|of|with|avec|et|and|ou|or|(?:18|19|20)\d\d|je|j'|on|nous|il|elle|m'|c'|i|we|it|that|was|is|est|etait)\b)`)
