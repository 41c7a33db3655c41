package chat

import (
	"regexp"
	"slices"
)

// Follow-up turns that lean on the turn before them. « le 4 aussi », « et
// le 2 », « pareil pour le 1 », "and number 5", "the 5th one too" repeat on
// other cards the act just done (set aside, explain, like): after « on a
// déjà vu le 2 », « le 4 aussi » sets the 4th aside too; after « pourquoi
// le 2 ? », « et le 4 ? » explains the 4th. « on les a tous vus », "seen
// them all" set the whole list aside and bring five new films.

// smsWhy are the texting forms of « pourquoi »: « pk le 2 ? », « pq
// le 3 », « pkoi », « pourkoi ».
const smsWhy = `pk|pq|pkoi|pkoa|pourkoi|pquoi|prkoi|prq`

// alsoRankRe is a whole message made of ranks and of words saying it goes
// on from the previous turn. Group 1 holds the ranks.
var alsoRankRe = regexp.MustCompile(`^[\s\pP]*(?:(?:ok|bon|ah|oh|et|and|puis|then|aussi|also|pareil\s+pour|idem\s+pour|meme\s+chose\s+pour|same\s+(?:for|with)|what\s+about|how\s+about|et\s+pour|and\s+for)[\s\pP]+)*(` + refList + `)(?:[\s\pP]+(?:aussi|egalement|pareil|idem|too|also|as\s+well|alors|then|svp|stp|please|desole|sorry|merci|thanks))*[\s\pP]*$`)

// alsoCueRe is a word of alsoRankRe that says the message goes on from the
// previous act: without one, « le 2 » alone is not a follow-up.
var alsoCueRe = regexp.MustCompile(`\b(?:et|and|aussi|also|egalement|pareil|idem|too|as\s+well|same|what\s+about|how\s+about)\b`)

// alsoRanks reads text as the previous act (prev) done again on other
// cards of a list of n films. ok is false when text is not such a message
// or when there is no act to repeat.
func alsoRanks(text string, prev act, n int) (message, bool) {
	if n == 0 || (prev != actReject && prev != actWhy && prev != actLikeShown) {
		return message{}, false
	}
	f := fold(text).s
	idx := alsoRankRe.FindStringSubmatchIndex(f)
	if idx == nil || !alsoCueRe.MatchString(f[:idx[2]]+" "+f[idx[3]:]) {
		return message{}, false
	}
	refs := refsOf(f[idx[2]:idx[3]])
	if len(refs) == 0 || slices.Contains(refs, 0) {
		return message{}, false // « et celui-là ? »: which one is not said
	}
	if prev != actReject {
		refs = refs[:1] // one film is explained, or liked, at a time
	}
	return message{Raw: text, Act: prev, Refs: refs}, true
}

// allSeenRe says every film of the list was seen: « on les a (déjà) tous
// vus », « nous avons vu tous ces films », « déjà vu tous ceux-là », « on
// les connaît tous », "seen them all", "we've watched all of those", "I've
// seen every one of these".
var allSeenRe = regexp.MustCompile(`\b(?:` +
	`(?:je|on|nous|j')\s*(?:les\s+)?(?:ai|a|avons|avez)\s+(?:deja\s+)?(?:tous|toutes|tout|tt)\s+(?:deja\s+)?(?:vus?|vues?|regardes?)(?:\s+deja)?(?:[\s,]+(?:ces\s+films|ceux-(?:la|ci)|ceux\s+la|celles-(?:la|ci)|les\s+cinq|les\s+5))?` +
	`|(?:je|on|nous|j')\s*(?:les\s+)?(?:ai|a|avons)\s+(?:deja\s+)?(?:vus?|vues?|regardes?)(?:\s+deja)?[\s,]+(?:tous|toutes|tout|tt)\s+(?:ces\s+films|ceux-(?:la|ci)|celles-(?:la|ci)|ceux\s+la|les\s+cinq|les\s+5|ca)` +
	`|(?:deja\s+)?(?:vu|regarde)\s+(?:tous|tout|tt|toutes)\s+(?:ces\s+films|ceux-(?:la|ci)|ceux\s+la|celles-(?:la|ci)|les\s+cinq|les\s+5|ca)` +
	`|(?:je|on|nous)\s+les\s+(?:connais|connait|connaissons)\s+(?:deja\s+)?(?:tous|toutes)` +
	`|(?:ils|elles)\s+sont\s+(?:tous|toutes)\s+(?:deja\s+)?vus` +
	`|(?:seen|watched|saw)\s+(?:them|those|these|those\s+films|these\s+films)\s+all` +
	`|(?:seen|watched|saw)\s+(?:all|each|every\s+one|every\s+single\s+one)\s+(?:of\s+)?(?:them|those|these|the\s+five|the\s+5)` +
	`|(?:seen|watched|saw)\s+all\s+(?:those|these)\s+(?:films|movies)` +
	`)\b`)

// allSeen reads text as the whole list of n films set aside: the act and
// every rank, or ok=false.
func allSeen(text string, n int) (message, bool) {
	f := fold(text).s
	if n == 0 || !allSeenRe.MatchString(f) {
		return message{}, false
	}
	// The rest is read as typed around it: « tous vus, plus récent svp ».
	m := parse(allSeenRe.ReplaceAllString(f, " , "), parseOptions{})
	if m.Act != actNone {
		return message{}, false
	}
	m.Raw, m.Act, m.Refs = text, actReject, nil
	for k := 1; k <= n; k++ {
		m.Refs = append(m.Refs, k)
	}
	return m, true
}

// followAct is the act a later « le 3 aussi » repeats: set aside, explain
// or like a card; actNone after any other turn.
func followAct(a act) act {
	if a == actReject || a == actWhy || a == actLikeShown {
		return a
	}
	return actNone
}

// askFirst prefaces the question asked again when a card is named while
// the question waits and no list is on screen yet.
var askFirst = [2]string{
	"Je n'ai pas encore de liste de films à vous montrer : dites-moi d'abord lequel vous voulez dire.",
	"I have no list of films to show you yet: first tell me which one you mean.",
}

// rankWhileAsking answers a message about a card of the list (« pourquoi
// le 4 ? », "more like the fourth one", « pas le 3 ») while a question
// waits and no list was shown yet, when the rank is none of the choices:
// the question comes back, saying so, and its answer still works. ok is
// false for any other message.
func (e *Engine) rankWhileAsking(s *session, p *pending, m message) (Reply, bool) {
	if len(s.last) > 0 || m.hasRequest() || len(m.Refs) == 0 ||
		(m.Act != actLikeShown && m.Act != actWhy && m.Act != actReject) {
		return Reply{}, false
	}
	s.pending = p
	r := e.ask(s)
	pre := askFirst[0]
	if s.lang == "en" {
		pre = askFirst[1]
	}
	r.Text = pre + " " + r.Text
	return r, true
}

// actNamed is the act a saved session names (act.String); actNone for an
// unknown name.
func actNamed(name string) act {
	for a := range act(len(actNames)) {
		if a.String() == name {
			return a
		}
	}
	return actNone
}

// lastActName is a's name in a saved session, "" for actNone.
func lastActName(a act) string {
	if a == actNone || int(a) >= len(actNames) {
		return ""
	}
	return a.String()
}
