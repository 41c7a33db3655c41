package chat

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A card on screen may be named by its title (« j'ai déjà vu le corniaud »,
// "why True Romance?") or its year (« celui de 1962 », "the one from 1993")
// rather than by its rank. cardRefs rewrites such a designation as the rank
// (« le 2 »), so that the act rules read it as they read « pas le 2 ». The
// rewritten message is used only when it then carries an act on a card.

// cardYearRe names a card by its year. Group 1 or 2 is the year.
var cardYearRe = regexp.MustCompile(`\b(?:(?:celui|celle|le\s+film|the\s+one|the\s+film|the\s+movie|one|le)\s+)?(?:de|d'|from|of|in|en|sorti\s+en|released\s+in)\s+((?:19|20)\d\d)\b|\bthe\s+((?:19|20)\d\d)\s+(?:one|film|movie)\b|\bcelui\s+(?:de\s+)?((?:19|20)\d\d)\b`)

// minCardTitle is the shortest folded title read as naming a card.
const minCardTitle = 4

// minCardTail is the shortest end of a title read as naming a card.
const minCardTail = 9

// refsOnScreen reports whether m acts on cards of a list of n by rank, all
// of them on screen.
func refsOnScreen(m message, n int) bool {
	if m.Act != actWhy && m.Act != actReject && m.Act != actLikeShown {
		return false
	}
	for _, k := range m.Refs {
		if k > n {
			return false
		}
	}
	return true
}

// cardArticleRe is a leading article of a title: « le corniaud » is also
// typed « corniaud ».
var cardArticleRe = regexp.MustCompile(`^(?:le|la|les|l'|the|a|an|un|une)\s*`)

// cardRefs returns text with every card of last named by its title or its
// year replaced by its rank, and whether anything was replaced. The text
// returned is folded.
func cardRefs(text string, last []Card) (string, bool) {
	s := " " + fold(text).s + " "
	done := false
	s = cardYearRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := cardYearRe.FindStringSubmatch(m)
		y := sub[1] + sub[2] + sub[3]
		k := 0
		for _, c := range last {
			if strconv.Itoa(c.Film.Year) == y {
				if k != 0 {
					return m // two cards of that year: the year does not decide
				}
				k = c.Rank
			}
		}
		if k == 0 {
			return m
		}
		done = true
		return " le " + strconv.Itoa(k) + " "
	})
	// Longest titles first: « le père noël est une ordure » before « noël ».
	type cand struct {
		t    string
		rank int
	}
	var cs []cand
	for _, c := range last {
		seen := map[string]bool{}
		for _, t := range []string{c.Film.FrenchTitle, c.Film.Title, c.Film.OriginalTitle} {
			ft := strings.TrimSpace(fold(t).s)
			for _, v := range []string{ft, strings.TrimSpace(cardArticleRe.ReplaceAllString(ft, ""))} {
				if before, _, ok := strings.Cut(v, " : "); ok && len(before) >= minCardTitle {
					v = before // « oss 117 : le caire… » is typed « oss 117 »
				}
				if len(v) >= minCardTitle && !seen[v] && hasWord(v) {
					seen[v] = true
					cs = append(cs, cand{v, c.Rank})
				}
				// « rabbi jacob » for « les aventures de rabbi jacob »:
				// the last two words of a longer title.
				if ws := strings.Fields(v); len(ws) > 2 {
					if tail := strings.Join(ws[len(ws)-2:], " "); len(tail) >= minCardTail && !seen[tail] {
						seen[tail] = true
						cs = append(cs, cand{tail, c.Rank})
					}
				}
			}
		}
	}
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if len(cs[j].t) > len(cs[i].t) {
				cs[i], cs[j] = cs[j], cs[i]
			}
		}
	}
	for _, c := range cs {
		re := regexp.MustCompile(`(?:^|[\s\pP])` + `(?:(?:le|la|les|l'|the)\s*)?` + regexp.QuoteMeta(c.t) + `(?:[\s\pP]|$)`)
		if loc := re.FindStringIndex(s); loc != nil {
			s = s[:loc[0]] + " le " + strconv.Itoa(c.rank) + " " + s[loc[1]:]
			done = true
		}
	}
	return strings.TrimSpace(s), done
}

// likeCueRe is a cue of "more like": a card named after it is a model, not
// a film liked anew.
var likeCueRe = regexp.MustCompile(`\b(?:comme|like|similaires?|similar|genre|style|veine|vein)\b`)

// cardPersonRe names a card by a person of its credits: « celui avec Jean
// Reno », « le film de Melville », "the one with De Niro", "the Scorsese
// one". Group 1 or 2 holds the name and maybe words after it.
var cardPersonRe = regexp.MustCompile(`\b(?:celui|celle|le\s+film|the\s+one|the\s+film|the\s+movie)\s+(?:de|d'|du|avec|with|by|starring|directed\s+by|realise\s+par)\s*([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})|\bthe\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)\s+(?:one|film|movie)\b`)

// cardPeopleMax is how many credits of a card count for naming it.
const cardPeopleMax = 4

// cardPeople rewrites a card named by a person of its credits as its rank,
// when the name fits one card only.
func (e *Engine) cardPeople(s string, last []Card) (string, bool) {
	words := make([]map[string]bool, len(last)) // the words of each card's people
	for i, c := range last {
		words[i] = map[string]bool{}
		ids := slices.Clone(c.Film.Directors)
		for j, cr := range c.Film.Credits {
			if j < cardPeopleMax {
				ids = append(ids, cr.PersonID)
			}
		}
		for _, id := range ids {
			if p, err := e.cat.Person(id); err == nil {
				for _, w := range strings.Fields(fold(p.Name).s) {
					words[i][w] = true
				}
			}
		}
	}
	idx := cardPersonRe.FindStringSubmatchIndex(s)
	if idx == nil {
		return s, false
	}
	a, b := idx[2], idx[3]
	if a < 0 {
		a, b = idx[4], idx[5]
	}
	name := strings.Fields(s[a:b])
	for n := len(name); n >= 1; n-- {
		k := 0
		for i := range last {
			all, real := true, false
			for _, w := range name[:n] {
				all = all && words[i][w]
				real = real || !junkWords[w]
			}
			if all && real {
				if k != 0 {
					k = -1
					break
				}
				k = last[i].Rank
			}
		}
		if k > 0 {
			end := a + len(strings.Join(name[:n], " "))
			if idx[4] >= 0 {
				end = idx[1] // "the Scorsese one": the whole designation
			}
			return s[:idx[0]] + " le " + strconv.Itoa(k) + " " + s[end:], true
		}
		if k < 0 {
			return s, false
		}
	}
	return s, false
}

// refPleasedRe is a card that pleased: « le deuxième m'a bien plu », « le 3
// me tente bien », "the second one was great", "number 4 is my favourite",
// « le 3 on l'a bien aimé aussi », « le dernier je l'ai adoré », « le 2e on
// l a aimé », « le 4 m'intéresse ». Group 1 is the card.
var refPleasedRe = regexp.MustCompile(`(` + ref + `)\s*[,:]?\s+(?:(?:je|on|nous|j')\s*l(?:'|\s)(?:ai|a|avons)\s+(?:(?:vu|revu)\s+et\s+)?(?:(?:bien|beaucoup|vraiment|trop|tellement|grave|aussi|deja|egalement)\s+)*(?:aime|aimee|adore|adoree|kiffe|apprecie|appreciee)|(?:je|on|nous)\s+l(?:'|\s)(?:aime|adore|aimons|adorons|kiffe|apprecie)|m'(?:interesse|attire|tente|plait)|(?:m'a|nous\s+a|m'avait|nous\s+avait)\s+(?:(?:bien|beaucoup|vraiment|trop|grave|vachement|assez)\s+)?(?:plu|tente|interesse|interessee|parle|botte)|(?:me|nous)\s+(?:plait|tente|botte|branche|parle|interesse)(?:\s+(?:bien|beaucoup|vraiment|assez))?|(?:is|was|seems|looked|sounded)\s+(?:(?:really|very|pretty|quite|so)\s+)?(?:great|good|nice|cool|interesting|fun|my\s+favou?rite|the\s+best)|(?:est|etait)\s+(?:(?:vraiment|tres|trop|super)\s+)?(?:bien|super|genial|top|sympa|mon\s+prefere|le\s+meilleur))\b`)

// refPleased is the p.each callback of refPleasedRe: more like that card.
func (p *parser) refPleased(sub []string, _ []int) bool {
	p.m.Act, p.m.Refs = actLikeShown, refsOf(sub[1])
	return true
}

// likeShown records "more like" the cards refs. A card pointed at only by
// « celui-là », "that one" (rank 0) after the message named it by rank (« le
// 3e a l'air super, plus comme celui-là », "the fifth looks good, more like
// that one") is that card, not the one in focus.
func (p *parser) likeShown(refs []int) {
	if p.m.Act == actLikeShown && len(p.m.Refs) > 0 && !slices.Contains(p.m.Refs, 0) && !slices.ContainsFunc(refs, func(k int) bool { return k != 0 }) {
		return
	}
	p.m.Act, p.m.Refs = actLikeShown, refs
}
