package chat

import (
	"regexp"
	"strings"
)

// When the filters of a dialogue together leave no film (« road movie,
// français si possible » then « plus récent alors »; « encore 5 autres »
// once every western with Henry Fonda under 2h30 was shown; a title
// described by its year, its actor and its city, all of which become
// filters), answering « aucun film » helps nobody: loosen sets the weakest
// filter aside, says which, and the list is asked for again. Filters kept
// from earlier turns go before those of the message being answered; the
// audience (« en famille », « pour ados ») and what the customer does not
// want (« pas d'horreur », « sans Clavier ») are never set aside, nor are
// the people named (« avec Tom Hanks » is the request itself), nor the one
// filter a message asks alone (« plus court », « en français »: the
// customer asks exactly that, and hears that nothing has it). A person asked
// in an earlier turn goes when the message asks something new that clashes
// with it (« avec Jean Dujardin », then « plutôt des films des années 50 »):
// what the customer just asked is the last thing set aside. A filter goes
// only when something is left to recommend from: films liked, or another
// filter.

// looseness orders the kinds of filters from the first set aside to the
// last: a length is a wish; a nationality is often asked « si possible »;
// a theme is read from keywords that miss many films on it, so it goes
// before an era typed as years (« avant 1940 »); a genre is the request.
var looseness = map[string]int{
	"runtime":  1,
	"fame":     1,
	"french":   2,
	"country":  2,
	"language": 2,
	"theme":    3,
	"years":    4,
	"genre":    6,
}

// earlierPerson is the looseness of a person asked in an earlier turn:
// before an earlier genre (a person's films are few, and clash with a new
// era far more often than a genre does: « une comédie avec Dujardin », then
// « plutôt des films des années 50 » keeps the comedies), after the other
// earlier filters, before anything the message asks.
const earlierPerson = 5

// askedNow is added to the looseness of a filter the message being
// answered set: it goes after every filter of earlier turns.
const askedNow = 10

// maxLoosen is how many filters one turn may set aside.
const maxLoosen = 4

// loosen sets aside the weakest filter of s, against the state before the
// message (what was asked earlier), and returns its label, quoted, for the
// sentence that says so (msgLoosened), or "" when no filter may go.
func (e *Engine) loosen(s *session, before state, m message) string {
	if s.cons.MinYear > 0 && s.cons.MaxYear > 0 && s.cons.MinYear > s.cons.MaxYear {
		return "" // « avant 1950 et après 2000 »: contradictory, said as such
	}
	old := &session{lang: s.lang}
	restore(old, before)
	had := map[string]bool{}
	for _, c := range e.filterChips(old) {
		had[c.Key] = true
	}
	chips := e.filterChips(s)
	now := 0
	for _, c := range chips {
		if !had[c.Key] {
			now++
		}
	}
	best, bestScore := -1, 0
	for i, c := range chips {
		kind, _, _ := strings.Cut(c.Key, ":")
		w, ok := looseness[kind]
		if kind == "person" {
			// A person asked earlier goes, last of the earlier filters,
			// when the message asks something new (« avec Omar Sy », then
			// « plutôt des westerns des années 60 »); one named now never.
			w, ok = earlierPerson, had[c.Key] && asksAnew(m, now)
		}
		if !ok {
			continue
		}
		if !had[c.Key] {
			if now == 1 {
				continue
			}
			w += askedNow
		}
		if best < 0 || w < bestScore {
			best, bestScore = i, w
		}
	}
	if best < 0 || len(chips) < 2 && len(s.liked) == 0 {
		return ""
	}
	c := chips[best]
	kind, arg, _ := strings.Cut(c.Key, ":")
	dropChip(s, kind, arg)
	if kind == "years" {
		s.vagueEra = false
	}
	return e.quoteText(s, bareLabel(c.Label))
}

// asksAnew reports whether m, which set now filters, asks something new
// rather than refining the list on screen: a genre, an era or a theme of
// its own (« et sur la guerre de 14 », "anything older? before 2000"), or a
// country or language among several filters or with a change of mind
// (« plutôt », « je préfère », « en fait », "rather", "actually"). Only
// such a request may set aside a person asked earlier: « plus court » wants
// Tom Hanks's films, shorter; « en français » after Kubrick hears that none
// is.
func asksAnew(m message, now int) bool {
	if len(m.Genres) > 0 || len(m.AllGenres) > 0 || m.MinYear > 0 || m.MaxYear > 0 || m.Ago != nil || m.Recent ||
		len(m.Themes) > 0 || len(m.CueThemes) > 0 || len(m.SoftThemes) > 0 {
		return true
	}
	nation := len(m.Countries) > 0 || m.FrenchOnly || m.Language != ""
	return nation && (now >= 2 || changeOfMindRe.MatchString(fold(m.Raw).s))
}

// changeOfMindRe is a word that turns a message into a new request.
var changeOfMindRe = regexp.MustCompile(`\b(?:plutot|prefere\w*|en\s+fait|finalement|au\s+final|instead|rather|actually|prefer\w*)\b`)

// keepAudience gives m the audience of the request whose question (« Quel
// Roi lion ? ») the customer left unanswered: « en famille » said then
// still holds for what is asked now.
func keepAudience(m *message, asked message) {
	if asked.Family && !m.Adult && !m.Teen {
		m.Family = true
	}
	if m.Audience == "" && !m.Adult {
		m.Audience = asked.Audience
	}
}
