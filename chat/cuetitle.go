package chat

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// A title after a cue that asks for films like it, or inside chatter that
// says it is loved (issue 10 item 1).
//
// « un film dans l'esprit de harold et maude », « qui ressemble a le
// samourai », « mon film culte c'est la grande vadrouille, un autre dans
// cette veine ? », "big fan of withnail and i, what next", « la boum c'est
// culte chez nous »: the cue says what follows (or precedes) is a film, so
// the words there are read as a title first. The span runs from the cue to
// the end of its sentence; its longest run of words, from the cue on, that
// is exactly (folded, article aside) the title of a film is the mention, and
// the rest of the message is read as usual. An exact title of several words
// beats the people or the theme its words could also be (« harold et maude »
// is no Harold Ramis with Joan Maude); a one-word title must be well known
// and no genre word (« un film genre western »). Cue words are matched with
// the typo budget of search (« prcohes de », « dans l'esprti de »), and the
// contractions customers leave open (« à le », « de les ») are read as « au
// », « des ».

// cueSlot is one word of a cue: its alternatives, whether it may be
// missing, whether a typo is allowed (search.TypoBudget), or any word.
type cueSlot struct {
	alts     []string
	fuzzy    []bool // fuzzy[i]: alts[i] may carry a typo
	optional bool
	any      bool
}

// cuePattern is a cue: its words, and whether the title comes after it
// (forward) or before it.
type cuePattern struct {
	slots   []cueSlot
	forward bool
}

// parseCue reads a cue written as slots separated by spaces: "a|b" are
// alternatives, a trailing "?" makes the slot optional, a leading "~"
// allows typos, "*" is any word.
func parseCue(s string, forward bool) cuePattern {
	p := cuePattern{forward: forward}
	for _, f := range strings.Fields(s) {
		var sl cueSlot
		if strings.HasSuffix(f, "?") {
			sl.optional, f = true, strings.TrimSuffix(f, "?")
		}
		if f == "*" {
			sl.any = true
		}
		for _, a := range strings.Split(f, "|") {
			if !sl.any {
				sl.alts = append(sl.alts, strings.TrimPrefix(a, "~"))
				sl.fuzzy = append(sl.fuzzy, strings.HasPrefix(a, "~"))
			}
		}
		p.slots = append(p.slots, sl)
	}
	return p
}

const (
	cueOf   = "de|du|des|d'|of"
	cueTo   = "a|au|aux|to"
	cueVerb = "~aime|~adore|kiffe|~apprecie|vu|revu|~regarde|~enjoyed|loved|liked|adored|watched|rewatched|saw|seen"
)

// cuePatterns are the cues, forward ones first. Their words are folded.
var cuePatterns = func() []cuePattern {
	fw := []string{
		// « comme », « un peu comme », "like", "something like".
		"~something|~anything|stuff|films|movies|film|movie|one|ones|un|une? peu? comme|like",
		"du|dans|de le? ~genre|~style|type|registre " + cueOf,
		"~genre|~style|facon",
		"dans l'|la ~esprit|~veine|~lignee " + cueOf,
		"qui|que? ~ressemble|~ressemblent|~ressemblant|~ressemblerait|~ressembleraient " + cueTo,
		"~semblable|~semblables|~similaire|~similaires|~comparable|~comparables|~proche|~proches " + cueTo + "|" + cueOf,
		"a la ~maniere|facon " + cueOf,
		"mon|ma|notre|nos|son|sa|leur|mes film|films? ~prefere|~preferee|~preferes|culte|cultes|favori|favorite|fetiche c'|c? est|reste|sont",
		"le|la film|films ~prefere|~preferee|culte|favori|favorite|fetiche de|d' *? *? c'|c? est",
		"grand|grande|gros|grosse|vrai|vraie|immense|big|huge|great|massive|real|true? ~fan|fana|fans|accro|accros|dingue|dingues absolu|absolue|inconditionnel|inconditionnelle|total|totale? " + cueOf,
		"~something|~anything|films|movies|one|ones? ~similar|~similiar to",
		"in|along the ~spirit|~vein|lines|~style " + cueOf,
		"that|which? ~resembles|~resemble|~resembling",
		"~reminiscent " + cueOf,
		"remind|reminds me|us of",
		"such as",
		"my|our|his|her|their *? *? all-time|all|time? ~favourite|~favorite|fave film|movie? is|was",
		"j'|je|on|nous|il|elle|i|we|they|he|she ai|a|avons|ont|have|'ve? ~bien|beaucoup|vraiment|trop|tellement|really|just|truly|also? " + cueVerb,
		// « le meilleur film de tous les temps c'est … », « notre ciné-club
		// a déjà passé … »: the film is one they know and liked.
		"le|la ~meilleur|~meilleure film du|de monde|tous les? temps? c'|c? est",
		"a|avons|ont deja ~passe|~projete|~diffuse",
	}
	bw := []string{
		"c'|c? est|etait mon|ma|notre|nos|leur|son|sa film? ~prefere|~preferee|culte|favori|favorite|fetiche",
		"c'|c? est|etait culte",
		"is|was|remains my|our|his|her|their all-time|all|time? ~favourite|~favorite|fave|go-to|comfort",
		"je|on|nous|j' l'? ai|a|avons? vu|revu|regarde * fois",
		"i've|i|we've|we have? seen|watched it * times",
		"is|was|remains the|my ~best|~greatest|~finest film|movie ever|of made|all? time?",
	}
	var ps []cuePattern
	for _, s := range fw {
		ps = append(ps, parseCue(s, true))
	}
	for _, s := range bw {
		ps = append(ps, parseCue(s, false))
	}
	return ps
}()

// cueTokenRe is a word of a folded message, an elided article kept with
// its apostrophe ("l'", "d'").
var cueTokenRe = regexp.MustCompile(`[a-z0-9]+(?:-[a-z0-9]+)*'?`)

// cueHardStopRe is punctuation between words that ends a sentence; a
// comma or a colon may be inside a title.
var cueHardStopRe = regexp.MustCompile(`[;.!?()"]`)

// cueNegWords before a cue turn it around: « pas comme », "nothing like".
var cueNegWords = map[string]bool{"pas": true, "not": true, "nothing": true, "rien": true, "never": true, "jamais": true,
	"sauf": true, "except": true, "n'": true, "don't": true, "didn't": true, "aucun": true, "no": true}

// cueTitleMax bounds the words of a title read after a cue, so that the
// look-ups stay few.
const cueTitleMax = 10

// cueVotes: a one-word title is read after a cue only when this well
// known; short words are names, subjects and genres as often.
const cueVotes = 20000

type cueTok struct {
	w    string
	a, b int // byte span in the folded text
}

// match returns the token index after the longest match of p at i, or -1.
func (p cuePattern) match(toks []cueTok, i int) int {
	var rec func(s, i int) int
	rec = func(s, i int) int {
		if s == len(p.slots) {
			return i
		}
		sl := p.slots[s]
		best := -1
		if i < len(toks) && sl.accepts(toks[i].w) {
			best = rec(s+1, i+1)
		}
		if sl.optional {
			if j := rec(s+1, i); j > best {
				best = j
			}
		}
		return best
	}
	return rec(0, i)
}

func (sl cueSlot) accepts(w string) bool {
	if sl.any {
		return true
	}
	for i, a := range sl.alts {
		if w == a {
			return true
		}
		if sl.fuzzy[i] && len(a) >= 5 && w != "" {
			if b := search.TypoBudget(a); search.EditDistance(w, a, b) <= b && w[0] == a[0] {
				return true
			}
		}
	}
	return false
}

// cueTitle returns m, or the message read again around the titles that
// cues name when m's reading missed them. listed says a list of films is
// on screen: then a rank (« comme le 2 ») is what the customer means; before
// any list, « comme 8 femmes », "along the lines of four weddings…" name
// films.
func (e *Engine) cueTitle(ctx context.Context, text string, m message, listed bool) (message, error) {
	if m.Act != actNone && (listed || m.Act != actLikeShown && m.Act != actWhy && m.Act != actReject) || m.Reset {
		return m, nil
	}
	f := fold(text)
	var toks []cueTok
	for _, l := range cueTokenRe.FindAllStringIndex(f.s, -1) {
		toks = append(toks, cueTok{w: f.s[l[0]:l[1]], a: l[0], b: l[1]})
	}
	// hard[i]: a sentence ends between token i-1 and token i.
	hard := make([]bool, len(toks)+1)
	hard[0], hard[len(toks)] = true, true
	for i := 1; i < len(toks); i++ {
		hard[i] = cueHardStopRe.MatchString(f.s[toks[i-1].b:toks[i].a])
	}
	type found struct {
		frame  int // for a title after its cue: where the cue's clause starts (folded byte)
		tail   int // where the title's sentence ends (folded byte)
		title  string
		cutA   int // byte span of the folded text that the cue and the title take
		cutB   int
		filmID string
	}
	var got []found
	taken := 0 // tokens before this one are spent
	for i := 0; i < len(toks); i++ {
		if i < taken || negatedCue(toks, i) || i > 0 && cueLikeSkip[toks[i-1].w] && toks[i].w == "like" {
			continue
		}
		for _, p := range cuePatterns {
			j := p.match(toks, i)
			if j <= i {
				continue
			}
			if p.forward {
				if j >= len(toks) || hard[j] || strings.ContainsAny(f.s[toks[j-1].b:toks[j].a], ",:") {
					// « j'adore. d'autres avec lui ? », « j'ai adoré, d'autres »:
					// the cue has no object.
					continue
				}
				k := j
				for k < len(toks) {
					t, end, film, err := e.titleFrom(ctx, f, toks, hard, k)
					if err != nil {
						return m, err
					}
					if film == nil {
						break
					}
					a := toks[i].a
					if k > j {
						a = toks[k].a
					}
					fr := i
					for fr > 0 && !hard[fr] && !strings.Contains(f.s[toks[fr-1].b:toks[fr].a], ",") {
						fr--
					}
					tl := end
					for tl < len(toks) && !hard[tl] {
						tl++
					}
					got = append(got, found{frame: toks[fr].a, tail: toks[tl-1].b, title: t, cutA: a, cutB: toks[end-1].b, filmID: film.ID})
					taken, k = end, end
					// « genre léon ou le samouraï »: another title after «
					// ou », « et », a comma.
					if k < len(toks) && !hard[k] && (toks[k].w == "ou" || toks[k].w == "or" || toks[k].w == "et" || toks[k].w == "and" || toks[k].w == "ni") {
						k++
						continue
					}
					break
				}
				if taken > i {
					i = taken - 1
					break
				}
				continue
			}
			// The title before the cue: from the start of its sentence.
			s := i
			for s > taken && !hard[s] {
				s--
			}
			t, film, a, err := e.titleBefore(ctx, f, toks, s, i)
			if err != nil {
				return m, err
			}
			if film != nil {
				got = append(got, found{frame: -1, title: t, cutA: a, cutB: toks[j-1].b, filmID: film.ID})
				taken = j
				i = j - 1
				break
			}
		}
	}
	if len(got) == 0 {
		return m, nil
	}
	// Already read as it was meant: nothing to do.
	missed := false
	for _, g := range got {
		if !readAsTitle(m, f.s[g.cutA:g.cutB], g.title) || readElsewhere(m, g.title) {
			missed = true
		}
	}
	pointsBack := func(a act) bool { return a == actLikeShown || a == actWhy || a == actReject }
	if !missed {
		if !listed && pointsBack(m.Act) {
			m.Act, m.Refs = actNone, nil
		}
		return m, nil
	}
	var rest strings.Builder
	last := 0
	var titles []string
	for _, g := range got {
		rest.WriteString(f.origSpan(last, g.cutA))
		rest.WriteString(" ; ")
		last = g.cutB
		titles = append(titles, g.title)
	}
	rest.WriteString(f.origSpan(last, len(f.s)))
	m.CueTitles, m.CueRest = titles, strings.Trim(rest.String(), ",;.!?- ")
	r := reparse(text, m, parseOptions{})
	// « est-ce qu'il y a des films qui ressemblent à … »: what is left of
	// the request before the cue is no title unless exactly one.
	for _, t := range r.Titles[len(titles):] {
		ft := fold(t).s
		inFrame := slices.ContainsFunc(got, func(g found) bool {
			return g.frame >= 0 && strings.Contains(f.s[g.frame:g.cutA], ft)
		})
		// « …, une idée pour son anniversaire ? »: chatter after the title,
		// in its sentence, that names no film clearly.
		inTail := slices.ContainsFunc(got, func(g found) bool {
			return g.frame >= 0 && g.tail > g.cutB && strings.Contains(f.s[g.cutB:g.tail], ft)
		})
		if !inFrame && !inTail {
			continue
		}
		film, err := e.cueFilm(ctx, t, len(words(ft)))
		if err != nil {
			return m, err
		}
		if film == nil && inTail && !inFrame {
			ms, err := e.res.ResolveFilm(ctx, t, 1)
			if err != nil && !errors.Is(err, data.ErrInvalid) {
				return m, fmt.Errorf("chat: resolve %q: %w", t, err)
			}
			if len(ms) > 0 && ms[0].Confidence >= search.ClearWinner {
				continue
			}
		}
		if film == nil {
			m.CueRest = strings.Replace(m.CueRest, t, " ", 1)
		}
	}
	r = reparse(text, m, parseOptions{})
	if !listed && pointsBack(r.Act) || r.Act == actThanks || r.Act == actGreet || r.Act == actHelp {
		// « pierrot le fou, je l'ai vu trois fois. d'autres du même
		// acabit ? »: no list yet, the words point back to the title; «
		// merci d'avance » thanks for what is asked.
		r.Act, r.Refs = actNone, nil
	}
	return r, nil
}

// reparse reads text again with o, keeping the titles that cues named
// in m (cueTitle).
func reparse(text string, m message, o parseOptions) message {
	if len(m.CueTitles) == 0 {
		return parse(text, o)
	}
	r := parse(m.CueRest, o)
	r.Raw = text
	var others []string
	for _, t := range r.Titles {
		k := search.TitleKey(t)
		if !slices.ContainsFunc(m.CueTitles, func(u string) bool { return search.TitleKey(u) == k }) {
			others = append(others, t)
		}
	}
	r.Titles = append(slices.Clone(m.CueTitles), others...)
	r.CueTitles, r.CueRest = m.CueTitles, m.CueRest
	if r.Lang == "" {
		r.Lang = m.Lang
	}
	return r
}

// readAsTitle reports whether one of m's titles holds title's words and
// none of the cue's (span is the cue and the title, folded): the parse
// read the title, and the resolution will find it.
func readAsTitle(m message, span, title string) bool {
	tw := strings.Join(words(fold(title).s), " ")
	ft := " " + tw + " "
	// The cue's last word, glued to the title in m's reading, says the
	// parse did not see the cue (« qui ressemble a le samourai »).
	glued := ""
	if i := strings.Index(strings.Join(words(span), " "), tw); i > 0 {
		if cw := words(strings.Join(words(span), " ")[:i]); len(cw) > 0 {
			glued = " " + cw[len(cw)-1] + ft
		}
	}
	for _, t := range m.Titles {
		mt := " " + strings.Join(words(fold(t).s), " ") + " "
		if strings.Contains(mt, ft) && (glued == "" || !strings.Contains(mt, glued)) {
			return true
		}
	}
	return false
}

// readElsewhere reports whether words of title were also read as people
// or a theme.
func readElsewhere(m message, title string) bool {
	ft := " " + strings.Join(words(fold(title).s), " ") + " "
	for _, l := range [][]string{m.People, m.Themes, m.SoftThemes, m.CueThemes, m.ClauseNames} {
		for _, s := range l {
			if w := words(fold(s).s); len(w) > 0 && strings.Contains(ft, " "+strings.Join(w, " ")+" ") {
				return true
			}
		}
	}
	return false
}

// cueLikeSkip before "like" make it a wish, not a likeness: "i'd like",
// "would like", "feel like".
var cueLikeSkip = map[string]bool{"d": true, "would": true, "feel": true, "feels": true, "look": true, "looks": true, "seem": true, "seems": true, "you": true}

// negatedCue reports whether a negation stands just before token i.
func negatedCue(toks []cueTok, i int) bool {
	for k := max(0, i-2); k < i; k++ {
		if cueNegWords[toks[k].w] {
			return true
		}
	}
	return false
}

// titleFrom returns the longest run of words from token k that is exactly
// the title of a film, with the token after it (a year that follows is
// kept with it, to pick the version), or a nil film.
func (e *Engine) titleFrom(ctx context.Context, f folded, toks []cueTok, hard []bool, k int) (string, int, *data.Film, error) {
	n := k
	for n < len(toks) && n-k < cueTitleMax && (n == k || !hard[n]) {
		n++
	}
	// « aux tuche », « du magnifique »: the article is in the cue.
	art := 0
	if k > 0 && contractedArticle[toks[k-1].w] {
		art = 1
	}
	for end := n; end > k; end-- {
		t := f.origSpan(toks[k].a, toks[end-1].b)
		film, as, err := e.cueFilmAs(ctx, t, end-k+art)
		if err != nil {
			return "", 0, nil, err
		}
		if film == nil {
			continue
		}
		t = as
		// « le cyrano de bergerac de 1990 », "the count of monte cristo,
		// the 2024 one": the year picks the version.
		stop := end
		for y := end; y < len(toks) && y < end+3 && !hard[y]; y++ {
			if !yearWordRe.MatchString(toks[y].w) && !versionWord[toks[y].w] {
				break
			}
			if yearWordRe.MatchString(toks[y].w) {
				t += " " + f.origSpan(toks[y].a, toks[y].b)
				stop = y + 1
				if y+1 < len(toks) && (toks[y+1].w == "one" || toks[y+1].w == "version") {
					stop = y + 2
				}
				break
			}
		}
		return t, stop, film, nil
	}
	return "", 0, nil, nil
}

// contractedArticle are the prepositions that hold the title's article.
var contractedArticle = map[string]bool{"au": true, "aux": true, "du": true, "des": true}

// versionWord may stand between a title and the year that picks its
// version (« de 1990 », "the 2024 one").
var versionWord = map[string]bool{"de": true, "du": true, "en": true, "of": true, "from": true, "in": true, "the": true, "celui": true, "celle": true, "version": true, "sorti": true, "released": true}

var yearWordRe = regexp.MustCompile(`^(?:19[0-9]{2}|20[0-3][0-9])$`)

// titleBefore returns the longest run of words ending before token i and
// starting at or after token s that is exactly the title of a film, with
// the byte where it starts.
func (e *Engine) titleBefore(ctx context.Context, f folded, toks []cueTok, s, i int) (string, *data.Film, int, error) {
	for a := max(s, i-cueTitleMax); a < i; a++ {
		t := f.origSpan(toks[a].a, toks[i-1].b)
		film, as, err := e.cueFilmAs(ctx, t, i-a)
		if err != nil {
			return "", nil, 0, err
		}
		if film != nil {
			return as, film, toks[a].a, nil
		}
	}
	return "", nil, 0, nil
}

// cueFilm returns the best known film whose title t is exactly (folded,
// leading article aside), or nil. n is t's number of words: one word must
// be a well-known film's title and no genre word.
func (e *Engine) cueFilm(ctx context.Context, t string, n int) (*data.Film, error) {
	f, _, err := e.cueFilmAs(ctx, t, n)
	return f, err
}

// cueFilmAs is cueFilm, with the title to read: t, or the film's own
// title when t is it only with « et » for "&" (« thelma et louise »).
func (e *Engine) cueFilmAs(ctx context.Context, t string, n int) (*data.Film, string, error) {
	ws := words(fold(t).s)
	if len(ws) == 0 || allStopWords(ws) {
		return nil, "", nil
	}
	if n == 1 && (genreWords[ws[0]] != nil || len(ws[0]) < 4) {
		return nil, "", nil
	}
	ms, err := e.res.ResolveFilm(ctx, t, resolveLimit)
	if err != nil {
		if errors.Is(err, data.ErrInvalid) {
			return nil, "", nil
		}
		return nil, "", fmt.Errorf("chat: resolve %q: %w", t, err)
	}
	var best *data.Film
	as := t
	for _, mt := range ms {
		if mt.Film == nil || best != nil && mt.Film.Votes <= best.Votes {
			continue
		}
		if exactTitle(t, mt.Film) {
			best, as = mt.Film, t
		} else if u := andTitle(t, mt.Film); u != "" {
			best, as = mt.Film, u
		}
	}
	if best == nil || n == 1 && best.Votes < cueVotes {
		return nil, "", nil
	}
	if ok, err := e.titleReading(ctx, t); !ok || err != nil {
		return nil, "", err
	}
	return best, as, nil
}

// titleReading reports whether the words of t, read alone, may be a
// title: the grammar reads them as a title or as names, not as a genre,
// an era, a request for more or a movement (« l'aventure », « la science
// fiction », « d'autres », « la nouvelle vague »), and not as one
// well-known person's name (« louis de funès »); a single content word
// read as a subject is no title either (« mangas »).
func (e *Engine) titleReading(ctx context.Context, t string) (bool, error) {
	pr := parse(t, parseOptions{})
	cw, counts := 0, 0
	for _, w := range words(fold(t).s) {
		if !allStopWords([]string{w}) {
			cw++
			if refWordRe.MatchString(w) || countWord[w] {
				counts++
			}
		}
	}
	if counts == cw {
		return false, nil // « les deux », « tous les autres »
	}
	if len(pr.Titles) == 0 && len(pr.People) == 1 && len(pr.ClauseNames) == 0 {
		per, err := e.resolvePerson(ctx, pr.People[0])
		if err != nil && !errors.Is(err, data.ErrNotFound) {
			return false, err
		}
		if per != nil && exactName(pr.People[0], per) && e.cat.RoleCount(per.ID) >= cuePersonRoles {
			return false, nil
		}
	}
	if len(pr.Titles) > 0 || len(pr.People) > 0 || len(pr.ClauseNames) > 0 || len(pr.SpanNames) > 0 {
		return true, nil
	}
	if cw <= 1 || pr.Act != actNone || pr.More || pr.Reset {
		return false, nil
	}
	only := pr
	only.Themes, only.SoftThemes, only.CueThemes = nil, nil, nil
	return !only.hasConstraint(), nil
}

// countWord are words that count or point at films, never a title alone.
var countWord = map[string]bool{"tous": true, "toutes": true, "autres": true, "autre": true, "both": true, "all": true, "others": true, "other": true}

// cuePersonRoles: a person credited this often is who a name means, even
// where a film bears it as its title.
const cuePersonRoles = 10

// andWordRe is « et », "and" or "&" between the words of a title.
var andWordRe = regexp.MustCompile(`(?:\s+(?:et|and)\s+|\s*&\s*)`)

// andTitle returns the title of f that t is once « et », "and" and "&"
// are one word (« thelma et louise » is "Thelma & Louise"), or "".
func andTitle(t string, f *data.Film) string {
	k := search.TitleKey(andWordRe.ReplaceAllString(fold(t).s, " and "))
	if k == "" {
		return ""
	}
	for _, u := range filmTitles(f) {
		if u != "" && search.TitleKey(andWordRe.ReplaceAllString(fold(u).s, " and ")) == k {
			return u
		}
	}
	return ""
}

// allStopWords reports whether every word is an article or a preposition.
func allStopWords(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "le", "la", "les", "l'", "un", "une", "des", "de", "du", "d'", "a", "au", "aux", "the", "a'", "an", "of", "to", "et", "and", "ou", "or":
		default:
			return false
		}
	}
	return true
}
