package chat

import (
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// Liked titles typed inside everyday chatter: who liked the film (« ma
// fille a adoré X », "the kids loved X"), where and when it was seen (« X
// chez vous l'an dernier », "X at your cinema years ago"), with whom (« on
// a aimé X tous les deux »), and a word for the film just named (« X,
// j'adore ce film »). Their words are often short titles themselves (Ma,
// Elle, Her, Us, Kids, LOL, Les Gamins...): read as chatter first, they
// leave the film named in the sentence to be the title.

// chatterWho is who liked or showed the film, at the start of a clause:
// a possessive and one to three words (« ma petite-fille », "my
// grandson"), a pronoun, or a family word (« mamie », "the kids").
const chatterWho = `(?:(?:ma|mon|mes|notre|nos|sa|son|ses|ta|ton|tes|my|our|his|her|your)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+|elle|il|ils|elles|he|she|they|we\s+two|us\s+two|(?:nous|vous)\s+deux|the\s+two\s+of\s+us|mamie|mamy|mami|papy|papi|maman|papa|mum|mom|mummy|dad|daddy|grandma|grandpa|granny|nan|nana|grand-mere|grand-pere|(?:les|des|the)\s+(?:enfants|gamins|gosses|petits|petits-enfants|ados|kids|children|grandchildren|boys|girls|grandkids))` +
	// « ma copine et moi on », "my wife and I"
	`(?:\s+(?:et|and)\s+(?:moi|me|i))?(?:\s+(?:on|nous|we))?`

// chatterVerb is what they did with it: liked, loved, showed.
const chatterVerb = `(?:(?:a|ont|avait|avaient|m'a|m'avait|m'ont|nous\s+a|nous\s+ont|on\s+a|has|have|had)\s+(?:(?:bien|beaucoup|vraiment|tellement|trop|toujours|deja|really|always|just|absolutely)\s+)*(?:adore|aime|kiffe|apprecie|vu|revu|regarde|fait\s+(?:decouvrir|voir|connaitre|aimer|regarder)|montre|conseille|recommande|loved|liked|enjoyed|adored|shown\s+me|watched)` +
	`|(?:(?:bien|vraiment|toujours|really|absolutely|just|totally|also|finally)\s+)*(?:adore|adorent|aime|aiment|kiffe|kiffent|regarde|regardent|revoit|revoient|loves|adores|likes|loved|adored|liked|enjoyed|enjoys|watched|rewatched|re-watched|saw|went\s+to\s+see|showed\s+me|introduced\s+me\s+to|got\s+me\s+into|(?:est|sont|on\s+est)\s+fans?\s+(?:de|du|des|d')|(?:is|are|'s|'re)\s+(?:a\s+)?(?:big\s+|huge\s+)?fans?\s+of|(?:rigole|rigolo|rigolent|rit|rient)\s+(?:toujours\s+)?devant|ne\s+jurent?\s+que\s+par|raffolent?\s+(?:de|du|des|d'))` +
	`|(?:'s\s+|s\s+)?favou?rite(?:\s+(?:film|movie))?\s+(?:is|was))`

// chatterWhoRe finds them at the start of a clause, ended by a space, a
// punctuation mark (« Les Choristes, ma mère adore. ») or the message.
var chatterWhoRe = regexp.MustCompile(`(?:^|[,.;!?\x00]\s*)[\s\x00]*(` + chatterWho + `\s+` + chatterVerb + `|` + favouriteOf + `)(?:[\s,.;!?]|$)`)

// favouriteOf is someone's favourite film said before it: "her favourite
// is", « son film préféré c'est ».
const favouriteOf = `(?:my|her|his|our|their|ma|sa|mon|son|notre|leur)\s+(?:[a-z'-]+(?:'s)?\s+)?(?:(?:all-time\s+)?favou?rite(?:\s+(?:film|movie))?|film\s+prefere|prefere)\s+(?:is|was|est|c'est|etait|c'etait)`

// laughRe is laughter and the like beside a clause (« lol j'ai
// revu les visiteurs », "omg we loved…"); LOL is also a title, so only
// before a clause of the customer's own or after other words.
var laughRe = regexp.MustCompile(`(?:^|[,.;!?\x00]\s*)[\s\x00]*((?:lol|mdr|ptdr|haha+|hihi+|xd|omg|wow|waouh|ouah|bof)[\s,!.]*)(?:j'|je\s|on\s|nous\s|i\s|i'|we\s|my\s|ma\s|mon\s|mes\s|c'est\s|it's\s)|[^\s\x00]\s+((?:lol|mdr|ptdr|haha+|xd))[\s!.]*$`)

// selfClauseRe is the customer describing themself before the film (« je
// suis un Français expatrié et j'adore Le Corniaud », "I'm retired and I
// loved…"): up to five words, then « et », "and" or a comma.
var selfClauseRe = regexp.MustCompile(`(?:^|[,.;!?\x00]\s*)[\s\x00]*((?:je\s+suis|nous\s+sommes|i'm|i\s+am|we're|we\s+are)\s+(?:[^\s,.;!?\x00]+\s+){0,4}?[^\s,.;!?\x00]+\s*(?:,|\bet\b|\band\b))`)

// bothLikedRe is a clause saying both films named were liked (« X et Y,
// on a adoré les deux », "X and Y, we loved them both"): chatter, not the
// title Les Deux Tours; only a whole clause, so that « on a adoré les deux
// tours » still names the film.
var bothLikedRe = regexp.MustCompile(`(?:^|[,.;!?\x00]\s*)[\s\x00]*((?:(?:et\s+|and\s+)?(?:on\s+a|j'ai|nous\s+avons|ils\s+ont|elles\s+ont)\s+(?:(?:bien|beaucoup|vraiment|tellement|trop)\s+)*(?:adore|aime|kiffe|apprecie)\s+les\s+deux|les\s+deux\s+(?:nous\s+ont|m'ont|lui\s+ont|leur\s+ont)\s+(?:bien\s+|beaucoup\s+)?plu|(?:(?:and\s+)?(?:we|i)\s+)?(?:(?:really|both)\s+)?(?:loved|liked|enjoyed|adored)\s+(?:them\s+)?both|(?:we|i)\s+(?:loved|liked|enjoyed|adored)\s+both\s+of\s+them))\s*(?:[,.;!?]|$)`)

// chatterFillers are edge fillers (understand.go's fillerAlt) about where,
// when and with whom the film was seen, and words for the film just named.
var chatterFillers = `(?:chez\s+vous|dans\s+votre\s+(?:salle|cinema|cine)|(?:au|en)\s+(?:cinema|cine|salle)|a\s+sa\s+sortie|sur\s+(?:grand|petit)\s+ecran|a\s+la\s+tele(?:vision)?|at\s+(?:your|the)\s+(?:cinema|place|pictures|movies)|in\s+(?:the\s+)?cinemas?|on\s+(?:the\s+)?(?:big\s+screen|telly|tv)` +
	`|(?:l'an|l'annee|l'hiver|l'ete|l'automne|le\s+printemps|le\s+mois|la\s+semaine|le\s+week-end)\s+derni(?:er|ere)|il\s+y\s+a\s+(?:(?:quelques|deux|trois|dix|\d+|longtemps|des|plusieurs)\s*)?(?:ans|annees|mois|semaines|jours)?|(?:(?:a\s+few|many|two|three|ten|\d+|some)\s+)?years\s+ago|(?:last|this\s+past)\s+(?:year|summer|winter|spring|autumn|month)|long\s+ago|(?:quand|when)\s+(?:il|it)\s+(?:est\s+sorti|came\s+out)|a\s+l'epoque|back\s+then|as\s+a\s+(?:kid|child|teenager)|(?:quand\s+j'etais|enfant|petit|petite)\s+(?:petit|petite|jeune|enfant)?` +
	`|en\s+boucle|par\s+c(?:oe|œ)ur|tous\s+(?:les\s+)?(?:deux|trois|quatre)|toutes\s+les\s+(?:deux|trois)|tous\s+ensemble|en\s+famille|both\s+of\s+us|all\s+of\s+us|the\s+(?:two|three)\s+of\s+us` +
	`|(?:(?:j'adore|j'aime|on\s+adore|on\s+aime|j'ai\s+adore|j'ai\s+aime|on\s+a\s+adore|on\s+a\s+aime|(?:i|we)\s+(?:loved|love|adored|adore|liked))\s+)?(?:ce|this|that)\s+(?:film|movie)(?:-la|-ci)?` +
	`|quel(?:le)?\s+(?:(?:beau|belle|bon|bonne|grand|grande|super|sacre|sacree)\s+)?(?:film|chef-d'oeuvre|claque|merveille|bijou)|what\s+a\s+(?:(?:great|lovely|beautiful|wonderful|brilliant)\s+)?(?:film|movie|gem|classic)` +
	`|(?:films?|movies?|chose|idee|autre|else|something|anything)\s+(?:pour|for)\s+(?:lui|elle|eux|elles|him|her|them)|(?:pour|for)\s+(?:lui|eux|him|them)|(?:what\s+)?else\s+would\s+(?:he|she|they)\s+like|des\s+choses|other\s+things` +
	`|(?:(?:the|le|la|mon|ma|my)\s+)?(?:best|finest|greatest|favou?rite|meilleur|meilleure|prefere|preferee)(?:\s+[a-z'-]+){0,2}?\s+(?:in\s+my\s+(?:opinion|view|book)|(?:a|selon)\s+mon\s+avis|ever(?:\s+made)?|de\s+tous\s+les\s+temps)|in\s+my\s+(?:opinion|view|book)|(?:a|selon)\s+mon\s+avis|selon\s+moi|imho|imo` +
	// "I still think … is the best film ever made", « je trouve toujours
	// que … »: an opinion opening the clause that names the film.
	`|(?:i|we)\s+(?:still\s+|really\s+|honestly\s+|genuinely\s+)?(?:think|believe|reckon|maintain|feel)(?:\s+that)?|(?:je|on)\s+(?:pense|crois|trouve|maintiens|maintient)\s+(?:toujours\s+|vraiment\s+)?que` +
	`|(?:the|this|that|le|ce)\s+(?:film|movie)\s+(?:was|is|etait|est)(?:\s+(?:so|really|very|just|vraiment|tres|trop|tellement|si))?\s+[a-z'-]+|(?:it|that|c')\s*(?:was|is|etait|est)\s+(?:so|really|very|just|vraiment|tres|trop|tellement|si)\s+[a-z'-]+` +
	`|(?:un|une|quel|quelle|a|an|what\s+a)\s+(?:(?:vrai|vraie|pur|pure|veritable|petit|real|absolute|little)\s+)?(?:regal|bijou|delice|chef-d'oeuvre|pepite|merveille|tuerie|gem|treat|delight|masterpiece)` +
	`|(?:nous\s+sommes|on\s+est|je\s+suis)\s+alle(?:e|s|es)?\s+(?:voir|revoir)|(?:on|nous)\s+(?:a|avons)\s+(?:vu|revu)|(?:we|i)\s+(?:went\s+to\s+see|miss|missed)|vu\s+(?:et\s+revu|deux\s+fois|plusieurs\s+fois))`

// strayNationRe is a nationality left alone once the words before it were
// read (« les vieux films français. J'ai aimé… », the old films read by
// the era rules): it still narrows the request, and is no title (« Un
// Français »).
var strayNationRe = regexp.MustCompile(`\x00\s*(` + nationAlt + `)\s*(?:[,.;!?]|$)`)

// chezPlace are the words after « chez » that make a place, not a
// director (« on l'a vu chez vous », « chez mes parents »).
var chezPlace = map[string]bool{"vous": true, "nous": true, "moi": true, "toi": true, "lui": true, "elle": true,
	"eux": true, "elles": true, "soi": true, "mes": true, "mon": true, "ma": true, "nos": true, "notre": true,
	"des": true, "les": true, "ses": true, "son": true, "sa": true, "leur": true, "leurs": true}

// chatterClauses reads who liked the film and the customer's description
// of themself as chatter, so that their words are no title.
func (p *parser) chatterClauses() {
	skip := func(sub []string, idx []int) bool {
		p.consume(idx[2], idx[3])
		return false
	}
	p.each(selfClauseRe, skip)
	p.each(strayNationRe, func(sub []string, idx []int) bool {
		p.setNation(nationWord[sub[1]])
		return true
	})
	p.each(laughRe, func(sub []string, idx []int) bool {
		switch {
		case idx[2] >= 0:
			p.consume(idx[2], idx[3])
		case !likedCueEndRe.MatchString(string(p.work[:idx[4]])):
			p.consume(idx[4], idx[5]) // but « j'ai adoré LOL » names the film
		}
		return false
	})
	p.each(chatterWhoRe, skip)
	p.each(bothLikedRe, skip)
}

// deicticTitle reads « X, j'adore ce film, d'autres comme celui-ci ? » in a
// dialogue without a list yet: "that one" is the film just named, not a
// card, so the message is a liked title like any other.
func deicticTitle(m *message, listed bool) {
	if listed || m.Act != actLikeShown || len(m.Titles) == 0 || slices.ContainsFunc(m.Refs, func(r int) bool { return r != 0 }) {
		return
	}
	m.Act, m.Refs = actNone, nil
}

// castMates reports whether a part typed exactly as a film's title names a
// film that shares its director or one of its leads with the film another
// part names (« j'ai aimé le professionnel et le marginal », two Belmondo
// films; « l'as des as et le magnifique »): a list of liked films, not a
// theme typed beside a title, however little known the film.
func castMates(m mention, parts []mention) bool {
	if len(m.Matches) == 0 || !exactTitle(m.Text, m.Matches[0].Film) {
		return false
	}
	f := m.Matches[0].Film
	for _, o := range parts {
		if o.Text == m.Text || o.Theme != nil || o.Person != nil || len(o.Matches) == 0 || quality(o) < looseAccept {
			continue
		}
		g := o.Matches[0].Film
		if g == f {
			continue
		}
		if slices.ContainsFunc(f.Directors, func(d string) bool { return slices.Contains(g.Directors, d) }) {
			return true
		}
		fl, gl := leads(f), leads(g)
		if slices.ContainsFunc(fl, func(id string) bool { return slices.Contains(gl, id) }) {
			return true
		}
	}
	return false
}

// leads are the people billed first in a film's cast (three at most).
func leads(f *data.Film) []string {
	var out []string
	for _, c := range f.Credits {
		if c.IsCast() {
			out = append(out, c.PersonID)
			if len(out) == 3 {
				break
			}
		}
	}
	return out
}

// speltAs reports whether a mention is one of the film's titles word for
// word, its article included (« le magnifique », not « des espions » for
// Les Espions).
func speltAs(t string, f *data.Film) bool {
	ft := fullTitle(t)
	return ft != "" && slices.ContainsFunc(filmTitles(f), func(s string) bool { return s != "" && fullTitle(s) == ft })
}

// surnamePick returns the one homonym whose credits hold a surname typed in
// the message, wherever its holder is billed ("zulu, michael caine's
// first big role": Caine is fifth in the 1964 film's cast; « le bossu, jean
// marais en lagardère »), or nil when none or several do.
func (e *Engine) surnamePick(text string, films []*data.Film) *data.Film {
	surnames := make([]map[string]bool, len(films))
	for i, f := range films {
		surnames[i] = map[string]bool{}
		for _, c := range f.Credits {
			if p, err := e.cat.Person(c.PersonID); err == nil {
				if ws := words(fold(p.Name).s); len(ws) > 1 {
					surnames[i][ws[len(ws)-1]] = true
				}
			}
		}
	}
	var pick *data.Film
	for _, w := range words(text) {
		w = strings.TrimSuffix(w, "'s")
		if len(w) < 4 || pickStop[w] {
			continue
		}
		var hit *data.Film
		n := 0
		for i, f := range films {
			if surnames[i][w] {
				hit, n = f, n+1
			}
		}
		if n != 1 {
			continue
		}
		if pick != nil && pick != hit {
			return nil
		}
		pick = hit
	}
	return pick
}

// nearlyTitled reports whether a span of three words or more is one of the
// film's titles but for one letter, article aside, as people remember a
// famous title ("singing in the rain" for Singin' in the Rain).
func nearlyTitled(span string, f *data.Film) bool {
	k := search.TitleKey(span)
	if len(words(fold(span).s)) < 3 || k == "" {
		return false
	}
	return slices.ContainsFunc(filmTitles(f), func(t string) bool {
		return t != "" && search.EditDistance(k, search.TitleKey(t), 1) <= 1
	})
}
