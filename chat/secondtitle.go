package chat

import (
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// Second titles: beside a title the customer names with confidence, a
// short part of the comment that only loosely matches another title is
// comment too: « old boy le coréen, la vengeance » names no film called
// Vengeance, « on a ri comme des baleines » no Baleines du mois d'août,
// « ma mère adore » no film called Ma mère. The customer's main title is
// never lost to such a part.

// knownVotes: a film with at least this many IMDb votes is named on
// purpose, even with an article its title lacks (« les intouchables »).
const knownVotes = 100000

// confidentTitle reports whether a part of a reading names a film the
// customer surely means: typed exactly, or picked by a year or a name, and
// more than one bare word of a little-known film.
func confidentTitle(m mention) bool {
	if m.Theme != nil || m.Person != nil || m.Not || len(m.Matches) == 0 || quality(m) < 1 {
		return false
	}
	return m.Decided || len(contentWords(fold(m.Text).s)) >= 2 || m.Matches[0].Film.Votes >= lonelyVotes
}

// looseSecond reports whether a part, raw as folded before its fillers
// were trimmed, is the customer's comment when another part of the reading
// is a confident title: a word of praise (« génial », "super"), or two
// content words at most naming a film that is not well known, typed with
// an article its title lacks (« la vengeance » for Vengeance) or starting
// a clause of the customer's own that goes on after them (« ma mère
// adore »).
func looseSecond(m mention, raw string) bool {
	if m.Theme != nil || m.Person != nil || m.Not || m.Decided || len(m.Matches) == 0 {
		return false
	}
	if interjectionRe.MatchString(fold(m.Text).s) {
		return true
	}
	f := m.Matches[0].Film
	if len(contentWords(fold(m.Text).s)) > 2 || f.Votes >= knownVotes || !exactTitle(m.Text, f) {
		return false
	}
	ws := search.NameWords(m.Text)
	if len(ws) > 1 && titleArticles[ws[0]] && !titleTypedWhole(m.Text, f) {
		return true
	}
	rw := strings.Fields(strings.Trim(raw, " ,;.!?"))
	return len(rw) > 0 && clauseWord(strings.Trim(rw[0], ".,;:!?()\"")) && len(words(raw)) > len(words(fold(m.Text).s))
}

// titleTypedWhole reports whether one of the film's titles is the text,
// article as typed.
func titleTypedWhole(text string, f *data.Film) bool {
	ft := fullTitle(text)
	for _, t := range filmTitles(f) {
		if t != "" && fullTitle(t) == ft {
			return true
		}
	}
	return false
}

// dropLooseSeconds returns the parts of a reading without the loose
// second titles (looseSecond) when another part is a confident title, and
// how many it dropped; raws are the parts as typed.
func dropLooseSeconds(parts []mention, raws []string) ([]mention, int) {
	confident := -1
	for i, m := range parts {
		if confidentTitle(m) && !looseSecond(m, raws[i]) {
			confident = i
			break
		}
	}
	if confident < 0 || len(parts) < 2 {
		return parts, 0
	}
	out := parts[:0:0]
	for i, m := range parts {
		if i != confident && looseSecond(m, raws[i]) {
			continue
		}
		out = append(out, m)
	}
	return out, len(parts) - len(out)
}

// commentBeside reports whether a resolved mention of its own is a simile
// of the customer's comment (« on a ri comme des baleines », read as
// « comme <title> »): an indefinite article after « comme », not exactly a
// title, while the plan holds another film named with confidence,
// classified or still to classify.
func commentBeside(p *plan, mt mention) bool {
	if mt.Decided || quality(mt) >= 1 {
		return false
	}
	t := fold(mt.Text).s
	if !simileRe.MatchString(t) || !strings.Contains(fold(p.m.Raw).s, "comme "+t) {
		return false
	}
	if len(p.films) > 0 {
		return true
	}
	for _, o := range p.todo {
		if out, _ := classify(o); out == resolved && o.Text != mt.Text && (confidentTitle(o) || len(contentWords(fold(o.Text).s)) >= 2) {
			return true
		}
	}
	return false
}

// simileRe starts a simile after « comme »: an indefinite article.
var simileRe = regexp.MustCompile(`^(?:des|un|une|du|de\s+la|de\s+l')\s*\S`)

// describes reports whether the words of a comment after a title say
// something of the film: one of them (five letters or more, a typo or an
// ending aside) is in its synopses or keywords (« microcosmos les
// insectes »), or names the country it was made in (« la cité de dieu au
// brésil »).
func describes(f *data.Film, comment string) bool {
	var have []string
	for _, t := range append([]string{f.OverviewFR, f.OverviewEN}, f.Keywords...) {
		have = append(have, words(fold(t).s)...)
	}
	for _, w := range contentWords(fold(comment).s) {
		if c := nationWord[w]; c != "" && slices.Contains(f.Countries, c) {
			return true // « au brésil »: where it was made
		}
		if len(w) < 5 || clauseWord(w) {
			continue
		}
		d := 1
		if len(w) >= 6 {
			d = 2
		}
		for _, h := range have {
			if len(h) >= 4 && search.EditDistance(w, h, d) <= d {
				return true
			}
		}
	}
	return false
}
