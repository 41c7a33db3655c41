package chat

import (
	"regexp"
	"strings"
	"unicode"
)

// Subjects told around a request rather than after a theme cue: a subject
// refused with its cue (« mais pas sur le Vietnam », "nothing about the
// war", « pas de super-héros il en a marre »), a subject said in the
// chatter and pointed back to by the request (« ma sœur a un cancer, je
// cherche un film qui en parle », "my dad has Parkinson's, is there a film
// about it?"), and a subject typed with the capital that starts a
// sentence ("Ocean's Eleven. Heist films like that"), which is no title.

// avoidSubjectRe is a subject refused after a cue that says what films
// are about (« pas sur le Vietnam », « rien sur la guerre », "nothing
// about Vietnam", "not about the war", « pas de films sur la drogue »), or
// after « pas de » / "no" when a clause of its own follows (« pas de super
// héros il en a marre », "no superheroes he's sick of them"). Group 1 is
// the subject.
var avoidSubjectRe = regexp.MustCompile(`\b(?:(?:(?:mais\s+|et\s+)?(?:pas|rien|surtout\s+pas|jamais)\s+(?:de\s+films?\s+|d'histoires?\s+|un\s+film\s+|ceux\s+|celui\s+)?(?:(?:qui\s+parlent|qui\s+parle)\s+(?:de\s+la|de\s+l'|du|des|de|d')|sur|autour\s+(?:de\s+la|de\s+l'|du|des|de|d'))|(?:(?:but\s+)?(?:nothing|not|none|no\s+films?|no\s+movies?|never)\s+(?:about|on|set\s+(?:in|during)|dealing\s+with|to\s+do\s+with)))\s*(?:(?:le|la|les|un|une|des|the|a|an|any)\s+|l'\s*)?([a-z0-9][a-z0-9'-]*(?:\s+[a-z0-9'-]+){0,2}?)` + themeEnd +
	`|\b(?:pas\s+de|pas\s+d'|no)\s+([a-z][a-z'-]*(?:\s+[a-z'-]+)?)\s+(?:il|elle|ils|elles|on|j'en|je|nous|he|she|they|we|i)(?:\s|')[^,.;:!?\x00]*)`)

// avoidSubjects reads the subjects refused with their cue before the theme
// cues read them as wanted and the named wars as asked for.
func (p *parser) avoidSubjects() {
	p.each(avoidSubjectRe, func(sub []string, idx []int) bool {
		a, b := idx[2], idx[3]
		if a < 0 {
			a, b = idx[4], idx[5]
		}
		t := strings.TrimSpace(p.f.s[a:b])
		if t == "" || junk(t) || softAdjectives[t] || p.work[a] == 0 {
			return false
		}
		if bare := articlesRe.ReplaceAllString(t, ""); genreOnlyRe.MatchString(bare) {
			p.avoidGenresOf(bare) // blends13.go: « pas de comédies romantiques » refuses the blend
			p.consume(idx[0], b)
			return false
		}
		p.m.AvoidThemes = append(p.m.AvoidThemes, strings.TrimSpace(p.f.origSpan(a, b)))
		if idx[4] >= 0 {
			b = idx[1] // « il en a marre »: the clause goes with the subject
		}
		p.consume(idx[0], b)
		return false
	})
}

// pointBackRe is a request that points back to a subject told before it:
// « un film qui en parle », « sur le sujet », « sur ce sujet », « sur cette
// maladie », "a film about it", "on that subject", "about this".
var pointBackRe = regexp.MustCompile(`\b(?:(?:qui|ou)\s+(?:en\s+parle(?:nt)?|parle(?:nt)?\s+de\s+(?:ca|cela))|(?:sur|about|on)\s+(?:le\s+sujet|ce\s+sujet|ce\s+theme|cette\s+(?:maladie|guerre|epoque|periode|question)|ce\s+(?:probleme|handicap|metier|combat)|ca|cela|it|that(?:\s+(?:subject|topic|illness|disease|war))?|this(?:\s+(?:subject|topic|illness|disease|war))?|the\s+(?:subject|topic))|(?:that|which)\s+(?:deals?\s+with|talks?\s+about|shows?)\s+(?:it|that|this))\b`)

// toldSubjectRe is a clause telling what someone has, lives or went
// through (« ma mère a alzheimer », « ma sœur a un cancer », « ma fille
// subit du harcèlement au collège », « mon grand-père a fait l'Indochine »,
// "my dad has Parkinson's", "my son is being bullied"): group 1 is the
// subject, up to a preposition, a comma or the end of the clause.
var toldSubjectRe = regexp.MustCompile(`(?:^|[,.;:!?\x00]\s*)[\s\x00]*(?:(?:mon|ma|mes|notre|nos|son|sa|ses|my|our|his|her)\s+(?:[a-z'-]+\s+)?[a-z'-]+|je|j'|on|nous|i|we|il|elle|he|she)\s*(?:a|ai|ont|avons|as|avez|'ve|'s|has|have|had|a\s+eu|ont\s+eu|subit|subissent|vit|vivent|souffre|souffrent|suffers|suffered|is|was)\s+(?:(?:fait|vecu|connu|traverse|attrape|developpe|got|been|gone\s+through|through|from|de|du|des)\s+|d'\s*)?(?:(?:un|une|des|du|de\s+la|la|le|les|a|an|the|some)\s+|(?:de\s+l'|l')\s*)?([a-z][a-z'-]*(?:\s+[a-z'-]+){0,2}?)\s*(?:\b(?:au|a|en|dans|depuis|a\s+l'ecole|at|in|since|and|et|mais|but|donc|so)\b|[,.;:!?\x00]|$)`)

// pointedSubjects reads the subject of a clause that a request points back
// to as a theme, and the clause as no title: only when the message has
// such a request.
func (p *parser) pointedSubjects() {
	s := string(p.work)
	back := pointBackRe.FindStringIndex(s)
	if back == nil {
		return
	}
	for _, idx := range toldSubjectRe.FindAllStringSubmatchIndex(s[:back[0]], -1) {
		t := strings.TrimSpace(s[idx[2]:idx[3]])
		if t == "" || seenWords[firstWord(t)] || junk(t) || softAdjectives[t] || strings.IndexByte(t, 0) >= 0 || langWords[t] >= 3 || langWords[t] <= -3 {
			continue
		}
		p.m.Themes = append(p.m.Themes, strings.TrimSpace(p.f.origSpan(idx[2], idx[3])))
		_, end := clauseAround(s, idx[3], idx[3])
		p.consume(idx[0], end) // « … au collège »: where it happens goes with the clause
		// The request pointing back is cue and filler (« je cherche un film
		// qui en parle », "is there a film about it"), unless it names a
		// genre (« une comédie qui en parle »).
		a, b := clauseAround(s, back[0], back[1])
		if genreWordRe.MatchString(s[a:b]) {
			a, b = back[0], back[1]
		}
		p.consume(a, b)
		return
	}
}

// seenWords are the participles of a clause telling what was seen or
// loved (« on a vu Rocky », "we've seen Jaws"): a film follows, no subject.
var seenWords = map[string]bool{"vu": true, "vus": true, "vue": true, "revu": true, "aime": true, "adore": true, "regarde": true,
	"decouvert": true, "seen": true, "watched": true, "loved": true, "liked": true, "enjoyed": true, "besoin": true, "envie": true,
	"peur": true, "hate": true, "marre": true, "ans": true, "years": true}

// namedSpan reports whether the span [a, b) of the folded text is typed
// with a capital that is not just the one starting the message or a
// sentence: "Heist" in "Ocean's Eleven. Heist films like that" is a word
// typed first, "Bond" in "Bond films like Skyfall" a name.
func (p *parser) namedSpan(a, b int) bool {
	for i, r := range p.f.origSpan(a, b) {
		if unicode.IsUpper(r) && (i > 0 || !p.sentenceStart(a)) {
			return true
		}
	}
	return false
}

// sentenceStart reports whether folded offset a starts the message or
// follows the end of a sentence.
func (p *parser) sentenceStart(a int) bool {
	if a < 0 {
		return false
	}
	before := strings.TrimRight(p.f.s[:a], " \x00")
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".!?")
}

// clauseAround returns the clause of s holding [a, b): from the
// punctuation before it to the punctuation after it.
func clauseAround(s string, a, b int) (int, int) {
	for a > 0 && !strings.ContainsRune(",.;:!?\x00", rune(s[a-1])) {
		a--
	}
	for b < len(s) && !strings.ContainsRune(",.;:!?\x00", rune(s[b])) {
		b++
	}
	return a, b
}

// leftoverToneRe is what is left of a tone or a weariness told around a
// request once the other rules have read theirs: « pas trop déprimant »,
// "not too sad" (a hedge, no title), « on en a assez vu », « il en a
// marre », « j'en ai assez », "we've had enough of those", "he's sick of
// them" (the reason for a subject refused, no title).
var leftoverToneRe = regexp.MustCompile(`(?:^|[,.;:!?\x00]\s*|\b(?:mais|et|but|and)\s+)[\s\x00]*((?:(?:pas|not)\s+(?:trop|too|tres|very|si|so)\s+[a-z][a-z'-]*)|(?:(?:on|il|elle|ils|elles|nous|je|j')\s*(?:en\s+)?(?:a|ai|ont|avons|est|sont|suis)\s+(?:(?:deja\s+)?(?:assez|marre|trop|soupe|ras\s+le\s+bol)(?:\s+vus?|\s+vues?)?)|(?:we've|we\s+have|i've|i\s+have|he's|she's|they've|we're|i'm|he\s+is|she\s+is)\s+(?:had\s+enough|seen\s+enough|sick|tired|fed\s+up)(?:\s+(?:of|with)\s+(?:them|those|it|that|these))?))\s*(?:[,.;:!?\x00]|$)`)

// leftoverTones reads leftoverToneRe, after every other rule.
func (p *parser) leftoverTones() {
	p.each(leftoverToneRe, func(sub []string, idx []int) bool {
		if strings.IndexByte(sub[1], 0) >= 0 || p.namedSpan(idx[2], idx[3]) {
			return false
		}
		p.consume(idx[2], idx[3])
		return false
	})
}
