package chat

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// Resolution thresholds, on search.FilmMatch.Confidence (a share of belief
// in [0, 1] over all the candidates of a query).
const (
	// resolveLimit is how many candidates a mention is resolved to.
	resolveLimit = 8
	// homonymShare: a film with the top film's title stays a contender
	// while its confidence is at least this share of the top one's
	// ("dune": 2021 and 1984, not the 2000 mini-series).
	homonymShare = 0.25
	// strongHomonymShare: a clear winner (search.ClearWinner) is only
	// questioned by a homonym this close.
	strongHomonymShare = 0.5
	// exactAccept: a film whose title is exactly the mention is taken
	// from this confidence on ("heat" is Heat, though "The Heat" exists).
	exactAccept = 0.2
	// obscureVotes: a homonym with fewer IMDb votes than this share of the
	// top film's is not worth a question (the 2000 "Dune" mini-series).
	obscureVotes = 0.05
	// remakeVotes: a later foreign homonym with fewer IMDb votes than this
	// share of the top film's is a remake few mean ("Breathless" is
	// Godard's, not the 1983 remake); an earlier one is the original and
	// still asked.
	remakeVotes = 0.2
	// looseAccept: a mention that is not exactly a title needs this much.
	looseAccept = 0.45
	// suggestMin: below this, a candidate is too far to be suggested.
	suggestMin = 0.01
	// splitPenalty is taken per extra film when a mention is split, so
	// that a title containing "et" or "and" stays whole unless splitting
	// clearly resolves better.
	splitPenalty = 0.05
	// maxSeparators bounds the segmentations tried (2^n).
	maxSeparators = 6
)

// outcome is what became of one film mention.
type outcome int

const (
	resolved  outcome = iota // Film is it
	ambiguous                // several films bear that title: ask
	suggested                // no good match: offer the closest titles
	unknown                  // nothing at all
)

// mention is one film mention and what the Resolver found for it.
type mention struct {
	Text    string
	Matches []search.FilmMatch
	Decided bool         // a year or a name in the mention picked Matches[0] ("dune de david lynch")
	Theme   *theme       // the span is a theme, not a title ("avec des braquages")
	Person  *data.Person // the span names a well-known person, not a title ("catherine deneuve, vous avez quoi ?")
	Not     bool         // a film the customer does not want ("mais pas Casino")
	Subject bool         // Theme is a subject typed where a title could be (subjects.go)
}

// classify decides what a mention's matches mean: one film, a question
// between homonyms, suggestions, or nothing.
func classify(m mention) (outcome, []*data.Film) {
	if len(m.Matches) == 0 {
		return unknown, nil
	}
	top := m.Matches[0]
	if m.Decided {
		return resolved, []*data.Film{top.Film}
	}
	// A French customer naming « le dîner de cons » means the film of that
	// original title, not the remake released in France under it.
	original := exactOriginal(m.Text, top.Film)
	share := homonymShare
	if top.Confidence >= search.ClearWinner {
		share = strongHomonymShare
	}
	films := []*data.Film{top.Film}
	for _, c := range m.Matches[1:] {
		obscure := top.Film.Votes > 0 && float64(c.Film.Votes) < obscureVotes*float64(top.Film.Votes)
		if c.Film.Year > top.Film.Year && top.Film.Year > 0 && float64(c.Film.Votes) < remakeVotes*float64(top.Film.Votes) && !c.Film.MadeIn("FR") {
			// A little-known foreign remake; a later French film of that
			// title (« Les Misérables » of 2019) is always offered.
			obscure = true
		}
		popular := c.Film.Votes > top.Film.Votes
		if original && !exactOriginal(m.Text, c.Film) {
			continue
		}
		if (c.Confidence >= share*top.Confidence || popular) && !obscure && homonyms(top.Film, c.Film) {
			films = append(films, c.Film)
		}
	}
	if len(films) > 1 {
		sort.SliceStable(films, func(i, j int) bool { return films[i].Year < films[j].Year })
		return ambiguous, films
	}
	if top.Confidence >= search.ClearWinner || top.Confidence >= looseAccept ||
		(top.Confidence >= exactAccept && exactTitle(m.Text, top.Film)) {
		return resolved, films
	}
	var sug []*data.Film
	for _, c := range m.Matches {
		if c.Confidence >= suggestMin && len(sug) < 3 {
			sug = append(sug, c.Film)
		}
	}
	if len(sug) == 0 {
		return unknown, nil
	}
	return suggested, sug
}

// oneSaga reports whether films all belong to one TMDB collection (the
// parts of a saga, all known by the saga's name).
func oneSaga(films []*data.Film) bool {
	for _, f := range films {
		if f.CollectionID == 0 || f.CollectionID != films[0].CollectionID {
			return false
		}
	}
	return true
}

// quality is how well a span of text resolves, for comparing ways of
// splitting a mention: 1 when it is exactly a title of its best match,
// else the best match's confidence.
func quality(m mention) float64 {
	if m.Theme != nil || m.Person != nil {
		return themeQuality
	}
	if len(m.Matches) == 0 {
		return 0
	}
	if m.Decided {
		return 1
	}
	if exactTitle(m.Text, m.Matches[0].Film) {
		return 1
	}
	return m.Matches[0].Confidence
}

// exactTitle reports whether a mention is, leading article aside, one of
// the titles of a film the Resolver returned for it, as search compares
// titles.
func exactTitle(text string, f *data.Film) bool {
	k := search.TitleKey(text)
	if k == "" {
		return false
	}
	for _, t := range filmTitles(f) {
		if t != "" && search.TitleKey(t) == k {
			return true
		}
	}
	return false
}

// titleBegins reports whether one of the film's titles begins with the
// words of text (leading article aside).
func titleBegins(text string, f *data.Film) bool {
	k := search.TitleKey(text)
	if k == "" {
		return false
	}
	for _, t := range filmTitles(f) {
		if t == "" {
			continue
		}
		if strings.HasPrefix(search.TitleKey(t), k) {
			return true
		}
	}
	return false
}

func filmTitles(f *data.Film) []string {
	return append([]string{f.Title, f.OriginalTitle, f.FrenchTitle}, f.Akas...)
}

// exactOriginal reports whether a mention is, leading article and one typo
// aside, the original title of a film.
func exactOriginal(text string, f *data.Film) bool {
	k := search.TitleKey(text)
	if k == "" || f.OriginalTitle == "" {
		return false
	}
	// A typo aside: "le diner de con" is still the original's title.
	return search.EditDistance(k, search.TitleKey(f.OriginalTitle), 1) <= 1
}

// fullTitle is a title's folded words, its article kept: "Heat" and "The
// Heat" are not homonyms, though "heat" names Heat exactly.
func fullTitle(t string) string {
	return strings.Join(search.NameWords(strings.ReplaceAll(t, "&", " and ")), " ")
}

// homonyms reports whether two films share a title ("Dune" 1984 and 2021,
// "Le Dîner de cons" 1998 and its remake known in France by that name).
func homonyms(a, b *data.Film) bool {
	keys := map[string]bool{}
	for _, t := range filmTitles(a) {
		if t != "" {
			keys[fullTitle(t)] = true
		}
	}
	for _, t := range filmTitles(b) {
		if t != "" && keys[fullTitle(t)] {
			return true
		}
	}
	return false
}

// separatorRe finds the places where a mention may name several films.
// Besides lists, the words that join requests ("mais", "maintenant") are
// places to cut: a part that is only filler once trimmed is dropped.
var separatorRe = regexp.MustCompile(`\s*[,;+!?…()]\s*|\.\s+|\s+:\s*|:\s+|\s*&\s*|\s+-+\s+|^\s*-+\s+|\s+(?:et|and|ou|or|puis|then|ainsi\s+que|as\s+well\s+as|mais|but|maintenant|now|aussi|also|avec|with|sur|about)\s+`)

// splitMentions resolves a mention that may list several films. The whole
// text is tried first; a split is kept only when its parts resolve better
// on average than the whole, by more than splitPenalty per extra part.
// When some part still names no film, a second reading also cuts where a
// clause of the customer's own starts ("rabbi jacob sont mes préférés",
// "le brio, je crois", "seen it") and drops such a clause when it names
// nothing: it is a comment, not a title.
func (e *Engine) splitMentions(ctx context.Context, text string) ([]mention, error) {
	f := fold(text)
	cache := map[[2]int]mention{}
	span := func(a, b int) (mention, error) { // folded bytes [a, b)
		if m, ok := cache[[2]int{a, b}]; ok {
			return m, nil
		}
		t := strings.TrimSpace(f.origSpan(a, b))
		tf := fold(t)
		// « je suis fan des vieux films français. J'ai aimé… »: a
		// nationality left alone is no title (« Un Français »).
		if a, b := trimFillers(tf.s); a < b && !junk(tf.s[a:b]) && nationWord[tf.s[a:b]] == "" {
			t = strings.TrimSpace(tf.origSpan(a, b))
		} else {
			t = ""
		}
		m, err := e.resolveSpan(ctx, t)
		if err != nil {
			return m, err
		}
		if m.Theme == nil && m.Person == nil && quality(m) < 1 && !separatorRe.MatchString(tf.s) {
			// « regarde dumbo », "RoboCop on VHS": a title inside chatter.
			if in, ok, err := e.innerTitle(ctx, t, m); err != nil {
				return m, err
			} else if ok {
				m = in
			}
		}
		cache[[2]int{a, b}] = m
		return m, nil
	}
	if m, ok, err := e.untrimmedTitle(ctx, text); err != nil || ok {
		return []mention{m}, err
	}
	seps := separatorRe.FindAllStringIndex(f.s, -1)
	if len(seps) > maxSeparators {
		seps = seps[:maxSeparators]
	}
	// A text that is exactly a title (or picked by its year or a name) is
	// not cut: "Harry Potter et la Chambre des secrets".
	if whole, err := span(0, len(f.s)); err != nil {
		return nil, err
	} else if hasWord(whole.Text) && len(whole.Matches) > 0 && quality(whole) >= 1 {
		return []mention{whole}, nil
	}
	best, score, err := bestReading(f.s, seps, span, false, e.dropNameHints)
	if err != nil {
		return nil, err
	}
	if score < 0 {
		// Every reading was only comment: the words are the whole
		// request, asked about as typed.
		whole, err := span(0, len(f.s))
		if err != nil || !hasWord(whole.Text) {
			return nil, err
		}
		return []mention{whole}, nil
	}
	if best = e.dropNameHints(best); !slices.ContainsFunc(best, unresolvedPart) {
		return best, nil
	}

	cuts := slices.Clone(seps)
	for _, c := range clauseStarts(f.s) {
		if !slices.ContainsFunc(cuts, func(s []int) bool { return s[0] <= c && c <= s[1] }) {
			cuts = append(cuts, []int{c, c})
		}
	}
	slices.SortFunc(cuts, func(a, b []int) int { return a[0] - b[0] })
	if len(cuts) > maxSeparators+2 {
		cuts = cuts[:maxSeparators+2]
	}
	second, score2, err := bestReading(f.s, cuts, span, true, e.dropNameHints)
	if err != nil {
		return nil, err
	}
	if score2 > score {
		return e.dropNameHints(second), nil
	}
	return best, nil
}

// dropNameHints drops the parts that name no film but only people of a
// film another part may mean ("King Kong, the Peter Jackson one"): they
// say which one it is (pickByHints reads them from the whole message).
func (e *Engine) dropNameHints(parts []mention) []mention {
	if len(parts) < 2 {
		return parts
	}
	out := parts[:0:0]
	for i, m := range parts {
		hint := false
		if unresolvedPart(m) {
			var ws []string
			for _, w := range words(fold(m.Text).s) {
				if !junkWords[w] && !pickStop[w] {
					ws = append(ws, w)
				}
			}
			for j, o := range parts {
				if j == i || hint || len(ws) == 0 {
					continue
				}
				for _, c := range o.Matches {
					cw := e.choiceWords(c.Film)
					if !slices.ContainsFunc(ws, func(w string) bool { return !slices.Contains(cw, w) }) {
						hint = true
						break
					}
				}
			}
		}
		if !hint {
			out = append(out, m)
		}
	}
	return out
}

// chatterPenalty is taken per clause a reading drops as the customer's
// comment, so that a reading keeping every word wins a tie.
const chatterPenalty = 0.02

// chatterOnly is the score of a reading that drops everything as comment
// ("on a ri et pleuré" after a title already read): it beats a mention
// that only gets suggestions (below looseAccept), never one that resolves.
const chatterOnly = looseAccept

// bestReading returns the best way of cutting s at some of cuts (folded
// byte ranges that are dropped) and its score: the mean quality of its
// parts, less splitPenalty per extra part. The whole text (no cut) comes
// first and wins ties. With dropChatter, a part that starts with a clause
// word and names no film is dropped (chatterPenalty each), as are the
// parts hints drops.
func bestReading(s string, cuts [][]int, span func(a, b int) (mention, error), dropChatter bool, hints func([]mention) []mention) ([]mention, float64, error) {
	n := len(cuts) + 1
	var best []mention
	bestScore := -1.0
	for mask := 0; mask < 1<<(n-1); mask++ {
		var parts []mention
		var raws []string
		sum, dropped, comments, start := 0.0, 0, 0, 0
		for i := 0; i < n; i++ {
			if i < n-1 && mask&(1<<i) == 0 {
				continue
			}
			end := len(s)
			if i < n-1 {
				end = cuts[i][0]
			}
			a := start
			m, err := span(a, end)
			if err != nil {
				return nil, 0, err
			}
			if i < n-1 {
				start = cuts[i][1]
			}
			if !hasWord(m.Text) {
				continue
			}
			raw := strings.TrimLeft(s[a:end], " ,;.!?")
			if (hintPieceRe.MatchString(raw) || hintPieceRe.MatchString(fold(m.Text).s)) && !(len(m.Matches) > 0 && exactTitle(m.Text, m.Matches[0].Film)) {
				// "la version de 2023", "the Peter Jackson one": which
				// film the title beside it is, not a title of its own.
				dropped++
				continue
			}
			if dropChatter && chatter(raw, m) {
				dropped++
				continue
			}
			if comments > 0 && loneObscure(m) {
				// "(the Besson one, 1997): bonkers and colourful": once
				// the customer comments, one word that is the title of a
				// little-known film is part of the comment.
				dropped++
				comments++
				continue
			}
			if commentary(m) && !spansCut(cuts, a, end) {
				// "forrest gump made me cry": a title may start the part,
				// the rest being the customer's comment; else the whole
				// part is comment. A part holding a cut not taken is not
				// read so: the reading that cuts there may find titles in
				// it ("les visiteurs et la cité de la peur, des répliques
				// culte").
				dropped++
				comments++
				p, ok, err := titlePrefix(s, a, end, span)
				if err != nil {
					return nil, 0, err
				}
				if !ok {
					continue
				}
				m = p
			}
			parts = append(parts, m)
			raws = append(raws, raw)
			sum += quality(m)
		}
		// « old boy le coréen, la vengeance »: beside a confident title,
		// a short part loosely matching another is comment (secondtitle.go).
		if kept, n := dropLooseSeconds(parts, raws); n > 0 {
			for _, m := range parts {
				if !slices.ContainsFunc(kept, func(k mention) bool { return k.Text == m.Text }) {
					sum -= quality(m)
				}
			}
			parts, dropped, comments = kept, dropped+n, comments+n
		}
		if comments > 0 && len(parts) == 0 {
			// Nothing but comment: the words are the whole request, and
			// the reading that keeps them asks about them.
			continue
		}
		// "manon des sources, j'adore pagnol": a part naming only the
		// people of another part's film is dropped too.
		if kept := hints(parts); len(kept) < len(parts) {
			for _, m := range parts {
				if !slices.ContainsFunc(kept, func(k mention) bool { return k.Text == m.Text }) {
					sum -= quality(m)
					dropped++
				}
			}
			parts = kept
		}
		var score float64
		switch {
		case len(parts) > 0:
			score = sum/float64(len(parts)) - splitPenalty*float64(len(parts)-1) - chatterPenalty*float64(dropped)
		case dropped > 0:
			score = chatterOnly - chatterPenalty*float64(dropped)
		default:
			continue
		}
		if score > bestScore {
			best, bestScore = parts, score
		}
	}
	return best, bestScore, nil
}

// sequelRe is a title typed with a sequel's number at its end, in folded
// text: « le parrain 2 ».
var sequelRe = regexp.MustCompile(`^(.+?)\s+([2-9])$`)

// abbrevs are the short words customers type for those titles spell out.
var abbrevs = map[string]string{"mr": "monsieur", "m": "monsieur", "mme": "madame", "mlle": "mademoiselle",
	"st": "saint", "ste": "sainte", "dr": "docteur", "cap": "capitaine"}

// abbrevRe finds them, and ordinals typed in digits (« le 5eme element »
// is « Le Cinquième Élément »), in folded text.
var abbrevRe = regexp.MustCompile(`\b(?:mr|mme|mlle|st|ste|dr|m|1er|1ere|2nde?|(?:[2-9]|10)(?:e|eme))\b\.?`)

func init() {
	for i, w := range []string{"deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme", "dixieme"} {
		n := strconv.Itoa(i + 2)
		abbrevs[n+"e"], abbrevs[n+"eme"] = w, w
	}
	abbrevs["1er"], abbrevs["1ere"], abbrevs["2nd"], abbrevs["2nde"] = "premier", "premiere", "second", "seconde"
}

// hintPieceRe is a part of a mention that says which film the title
// beside it means ("celui de 1969", "la version de 2023", "le premier",
// "the Peter Jackson one", "the korean original"): the engine reads it
// from the whole message (pickByHints), it is never a title.
var hintPieceRe = regexp.MustCompile(`^[\s(]*(?:(?:celui|celle)(?:\s+(?:de|d'|du|des|avec|qui|ou|en|sorti|realise|tourne)\b|[\s)]*$)|(?:le|la|l'|the)\s*(?:` + nationAlt + `)(?:\s+(?:one|version|original|film|movie))?[\s)]*$|(?:la\s+|une\s+)?version\s+(?:de|d'|du|des|avec|originale|francaise|americaine|anglaise|\d{4})|(?:le|la)\s+(?:premier|premiere|1er|1ere|vieux|vieille|nouveau|nouvelle|remake|original|originale)\b|l'(?:original|originale|ancien|ancienne)\b|the\s+(?:[a-z'.-]+\s+){0,3}?(?:one|version|original|remake)\b|the\s+(?:first|old|older|new|newer|latest|recent)\b)`)

// unresolvedPart reports whether a part of a reading names no film, person
// or theme the engine can go on with without asking.
func unresolvedPart(m mention) bool {
	if m.Theme != nil || m.Person != nil {
		return false
	}
	o, _ := classify(m)
	return o != resolved && o != ambiguous || quality(m) < looseAccept
}

// chatter reports whether a part, raw as folded before its fillers are
// trimmed, is the customer's own clause ("sont mes préférés", "ça m'a
// scotché", "j'adore Pagnol", "we're visiting from London") rather than a
// title: it starts with a clause word and is not exactly a title.
func chatter(raw string, m mention) bool {
	if likedRe.MatchString(raw) {
		// "j'ai aimé Le Bon": the customer names a film, found or not.
		return false
	}
	ws := strings.Fields(raw)
	if len(ws) == 0 || !clauseWord(strings.Trim(ws[0], ".,;:!?()\"")) {
		return false
	}
	// Only the second reading drops chatter, once the first left a part
	// unresolved: there, a clause is a title only when typed exactly ("mon
	// épouse" is not « Mon épouse favorite »).
	return !m.Decided && !(len(m.Matches) > 0 && exactTitle(m.Text, m.Matches[0].Film))
}

// likedRe starts a clause that names a film the customer liked.
var likedRe = regexp.MustCompile(`^(?:(?:(?:grave|trop|vraiment|tellement|carrement|super)\s+)+(?:kiffe|adore|aime)|j(?:'|\s)?(?:ai|avais)\s+(?:(?:bien|beaucoup|vraiment|trop|tellement|aussi|deja)\s+)*(?:aime|adore|kiffe|apprecie|vu|revu|prefere)|j(?:'|\s)?(?:aime|adore|apprecie)|on\s+a\s+(?:(?:bien|beaucoup|vraiment)\s+)*(?:aime|adore|vu)|i(?:'ve|\s+have)?\s+(?:(?:really|also|just)\s+)*(?:liked|loved|enjoyed|like|love|seen|watched)|we\s+(?:(?:really|also|just)\s+)*(?:liked|loved|enjoyed|like|love))\b`)

// clauseWords start a clause of the customer's own: pronouns, the verbs
// that follow a title ("est génial", "sont mes préférés") and the words
// that comment on it.
var clauseWords = map[string]bool{
	"je": true, "tu": true, "il": true, "elle": true, "on": true, "nous": true, "vous": true, "ils": true,
	"elles": true, "ca": true, "cela": true, "sont": true, "est": true, "etait": true, "ont": true,
	"mon": true, "ma": true, "mes": true, "notre": true, "nos": true, "trop": true, "vraiment": true,
	"hein": true, "lol": true, "mdr": true, "veut": true, "voudrait": true, "aimerait": true,
	"i": true, "i'm": true, "i've": true, "i'd": true, "we": true, "we're": true, "we've": true,
	"it": true, "it's": true, "that's": true, "they": true, "they're": true, "he": true, "she": true,
	"my": true, "our": true, "seen": true, "though": true, "those": true, "these": true, "this": true,
	"that": true, "which": true, "who": true, "really": true, "totally": true, "absolutely": true,
	"qui": true, "que": true, "dont": true, "franchement": true, "tellement": true, "grave": true,
	"bon": true, "bref": true, "enfin": true, "finalement": true,
	// A clause about when or who (« quand on l'a vu au cinéma », « moi
	// j'ai trouvé ça long »): chatter.go.
	"quand": true, "lorsque": true, "when": true, "moi": true,
}

// leadOnly are clause words only at the start of a part: « bon, un peu
// quand même », but « Le Bon » is a title to look for.
var leadOnly = map[string]bool{"bon": true}

// clauseWord reports whether a folded word starts a clause: a clause word
// or an elided pronoun ("j'avais", "c'est", "t'as", "m'a").
func clauseWord(w string) bool {
	if clauseWords[w] {
		return true
	}
	for _, p := range []string{"j'", "c'", "t'", "m'"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return true
		}
	}
	return false
}

// clauseStarts returns the folded offsets of the words of s, but the
// first, that start a clause.
func clauseStarts(s string) []int {
	var out []int
	for i := 1; i < len(s); i++ {
		if s[i-1] != ' ' || s[i] == ' ' {
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if w := strings.Trim(s[i:j], ".,;:!?()\""); clauseWord(w) && !leadOnly[w] {
			out = append(out, i)
		}
	}
	return out
}

// resolvePerson finds the person a name means. The Resolver ranks; a
// candidate is kept only when every word of the name is in theirs (a typo
// aside), so that "les loups" in "Danse avec les loups" names nobody: then
// the error wraps data.ErrNotFound.
func (e *Engine) resolvePerson(ctx context.Context, name string) (*data.Person, error) {
	name = unNickname(name)
	ms, err := e.res.SearchPeople(ctx, name, 10)
	if err != nil {
		if errors.Is(err, data.ErrInvalid) {
			return nil, fmt.Errorf("chat: person %q: %w", name, data.ErrNotFound)
		}
		return nil, fmt.Errorf("chat: search people %q: %w", name, err)
	}
	want := search.NameWords((name))
	// Among the people whose name holds every typed word exactly, the one
	// with the most credits: « Gabin et Ventura » is Lino Ventura, not a
	// writer on a famous cartoon.
	// A single word is a surname first: "Tracy" is Spencer Tracy.
	var best *data.Person
	surname := func(p *data.Person) bool {
		have := search.NameWords(p.Name)
		return len(want) == 1 && len(have) > 0 && have[len(have)-1] == want[0]
	}
	for _, m := range ms {
		if !exactName(name, m.Person) {
			continue
		}
		if best == nil || surname(m.Person) && !surname(best) ||
			surname(m.Person) == surname(best) && e.better(m.Person, best) {
			best = m.Person
		}
	}
	if best != nil {
		return best, nil
	}
	if len(want) == 1 {
		// « melvile » is Melville misspelt, before Melvil Poupaud's
		// first name: a surname, weighed by fame.
		if per, err := e.famousBySurname(ctx, name); err != nil || per != nil {
			return per, err
		}
	}
	for _, m := range ms {
		have := search.NameWords((m.Person.Name))
		ok := len(want) > 0
		for _, w := range want {
			found := false
			for _, h := range have {
				if w == h || (len(w) >= 5 && search.EditDistance(w, h, 1) <= 1) {
					found = true
					break
				}
			}
			ok = ok && found
		}
		if ok {
			return m.Person, nil
		}
	}
	if per, err := e.soundAlikeSurname(ctx, want); per != nil || err != nil {
		return per, err
	}
	if full := unDiminutive(name); full != name {
		return e.resolvePerson(ctx, full) // "jimmy stewart", "bobby de niro"
	}
	return nil, fmt.Errorf("chat: person %q: %w", name, data.ErrNotFound)
}

// namedPerson returns the well-known person a span names without a cue
// ("catherine deneuve, vous avez quoi ?", "Any Kubrick?"), or nil: two
// words besides articles (or one word alone, with a capital: not "Le Bon"), every one of them in the
// person's name, and, when whole is set, the whole name typed.
func (e *Engine) namedPerson(ctx context.Context, t string, whole bool) (*data.Person, error) {
	if n := len(contentWords(fold(t).s)); n == 0 || n == 1 && (whole || !capitalised(t) || len(words(fold(t).s)) > 1) {
		// One word is a name only typed with its capital ("Kubrick?"),
		// and only where no title fits; or, typed alone, the surname of
		// someone famous (« signoret », « auteuil »).
		if n == 1 && len(words(fold(t).s)) == 1 {
			return e.famousSurname(ctx, t)
		}
		if w, ok := particleSurname(fold(t).s); n == 1 && ok {
			return e.famousSurname(ctx, w) // « de tarantinno », « du kubrik »
		}
		return nil, nil
	}
	per, err := e.resolvePerson(ctx, t)
	if errors.Is(err, data.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if fame := e.fame(per.ID); !exactName(t, per) && fame < famousVotes || e.cat.RoleCount(per.ID) < knownPerson && fame < famousVotes {
		// « audrey hepbern »: a typo only in a famous name; « thomas
		// vinterberg », six films, all well known.
		return nil, nil
	}
	if whole && len(search.NameWords(t)) != len(search.NameWords(per.Name)) {
		return nil, nil
	}
	return per, nil
}

// particleSurname returns the one word of s that is not « de », « du » or
// another particle a name or a cue puts before a surname, when s is only
// that word and such particles.
func particleSurname(s string) (string, bool) {
	var out string
	for _, w := range words(s) {
		if nameParticles[w] && w != "la" && w != "le" {
			continue
		}
		if out != "" {
			return "", false
		}
		out = w
	}
	return out, out != ""
}

// exactName reports whether every word of name is, exactly, a word of the
// person's name.
func exactName(name string, p *data.Person) bool {
	have := search.NameWords((p.Name))
	for _, w := range search.NameWords((name)) {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// pluralRe is a bare plural: "des dinosaures", "some ghosts".
var pluralRe = regexp.MustCompile(`^(?:(?:des|some|les|de|d')\s*)?([a-z'-]{3,}[sx](?:\s+[a-z'-]+)?)[\s!?.]*$`)

// pluralSubject reports whether a bare plural that is exactly a film's
// title (folded f, its mention m) names a subject all the same: typed with
// an article the title does not have (« les dragons » is no Dragons), or
// without one, when the film is not widely known (« samourais », "witches",
// "vampires": films on the subject before Samouraïs, The Witches,
// Vampires). A well-known one typed alone stays the film ("aliens",
// « intouchables »).
func pluralSubject(f string, m mention) bool {
	ws := words(f)
	if len(m.Matches) == 0 || len(ws) == 0 || !strings.HasSuffix(ws[len(ws)-1], "s") && !strings.HasSuffix(ws[len(ws)-1], "x") {
		return false // « joyeux noël » is Joyeux Noël
	}
	if !typedWithArticle(f, m) {
		return true
	}
	return subjectArticleRe.FindString(f) == "" && m.Matches[0].Film.Votes < subjectTitleVotes
}

// notTitleRe starts a mention of a film the customer does not want.
var notTitleRe = regexp.MustCompile(`^(?:mais\s+|but\s+)?(?:pas|not|sauf|except|surtout\s+pas|pas\s+du\s+tout|sans)\s+(?:` + notOnlyAlt + `\s+)?`)

// articlePersonRe is an article before a single name: "un Hitchcock",
// "any Kubrick?", « des Pagnol ? », « un de Funès » (a surname with its
// particle).
var articlePersonRe = regexp.MustCompile(`^(?:un|une|des|du|a|an|any|another|un\s+autre|encore\s+un|d'autres|quelques|some|some\s+more)\s+(?:(?:bon|bons|vieux|vieil|petit|petits|grand|grands|beau|vrai|autre|nouveau|old|good|classic|early|great|other|new)\s+)*((?:(?:de|di|da|del|von|van)\s+)?[a-z][a-z'-]{2,}(?:\s+(?:(?:de|du|von|van|le|la)\s+)?[a-z][a-z'-]{1,}){0,2})[\s?!.]*$`)

// articleNounRe is a definite article and one word: « la mafia ».
var articleNounRe = regexp.MustCompile(`^(?:le|la|les|l')\s*[a-z-]+$`)

// themeQuality is what a span read as a theme weighs against titles when
// choosing how to cut a message: below a title that resolves well, above
// one that does not.
const themeQuality = 0.7

// resolveSpan reads one span of a message: a title (with its own year or
// name to pick among homonyms), else a theme, else what the Resolver made
// of it. An empty span is filler.
func (e *Engine) resolveSpan(ctx context.Context, t string) (mention, error) {
	m := mention{Text: t}
	if !hasWord(t) {
		return m, nil
	}
	if f := fold(t); notTitleRe.MatchString(f.s) {
		// "mais pas Casino": a film to leave out.
		n := len(notTitleRe.FindString(f.s))
		m, err := e.resolveSpan(ctx, strings.TrimSpace(f.origSpan(n, len(f.s))))
		if m.Theme != nil || m.Person != nil {
			// « mais pas les gendarmes »: what is not wanted is never
			// asked for; the films are read again as a saga to leave out.
			m.Theme, m.Person = nil, nil
			if len(m.Matches) == 0 && err == nil {
				m.Matches, err = e.res.ResolveFilm(ctx, m.Text, resolveLimit)
				if errors.Is(err, data.ErrInvalid) {
					err = nil
				}
			}
		}
		m.Not = true
		return m, err
	}
	if sub := articlePersonRe.FindStringSubmatch(fold(t).s); sub != nil {
		// "un Hitchcock", "any Kubrick?", « des Pagnol ? »: one of a well-known person's films.
		per, err := e.resolvePerson(ctx, sub[1])
		if err != nil && !errors.Is(err, data.ErrNotFound) {
			return m, err
		}
		if per != nil && exactName(sub[1], per) && e.cat.RoleCount(per.ID) >= knownPerson && !e.nounTheme(ctx, t, sub[1]) {
			return mention{Text: t, Person: per}, nil
		}
		if per, err := e.famousSurname(ctx, sub[1]); err != nil || per != nil {
			return mention{Text: t, Person: per}, err // « un hitchcok »
		}
	}
	ms, err := e.res.ResolveFilm(ctx, t, resolveLimit)
	if err != nil && !errors.Is(err, data.ErrInvalid) {
		return m, fmt.Errorf("chat: resolve %q: %w", t, err)
	}
	if len(ms) > 1 && !exactTitle(t, ms[0].Film) {
		// "taxi" is Taxi, not the more famous Taxi Driver: a film whose
		// title is exactly the mention leads when it is believed at
		// least as much. A famous film whose titles do not even begin with
		// the mention (« Gatsby le Magnifique » for « le magnifique »)
		// shares words with it only: the exact one leads however little
		// known, when typed with its own article (« des espions » is a
		// subject, not Les Espions) and clearly believed (« césar » may
		// still be the start of César et Rosalie).
		loose := !titleBegins(t, ms[0].Film)
		if k := slices.IndexFunc(ms, func(c search.FilmMatch) bool {
			return exactTitle(t, c.Film) && c.Confidence >= ms[0].Confidence && (loose && speltAs(t, c.Film) && c.Confidence >= search.ClearWinner || float64(c.Film.Votes) >= obscureVotes*float64(ms[0].Film.Votes))
		}); k > 0 {
			ms = append([]search.FilmMatch{ms[k]}, slices.Delete(slices.Clone(ms), k, k+1)...)
		}
	}
	m.Matches = ms
	if len(ms) > 0 && !exactTitle(t, ms[0].Film) {
		if f := e.titledByPeople(t, ms); f != nil && (f != ms[0].Film || ms[0].Confidence < looseAccept || !strings.Contains(t, ",")) {
			// « jules et jim truffaut jeanne moreau », « le roi et
			// l'oiseau de grimault »: the people after the title say
			// which film it is. After a comma, names that only confirm
			// the film the words found may be a request of their own
			// ("love actually, hugh grant films please").
			return mention{Text: t, Matches: []search.FilmMatch{{Film: f, Confidence: 1, Score: 1}}, Decided: true}, nil
		}
	}
	if sub := pluralRe.FindStringSubmatch(fold(t).s); sub != nil && (len(ms) == 0 || !exactTitle(t, ms[0].Film) || pluralSubject(fold(t).s, m)) {
		// "des dinosaures": a plural without a title is a theme.
		th, err := e.themeOf(ctx, sub[1], themeBare)
		if err != nil {
			return m, err
		}
		if th != nil && (len(ms) == 0 || !exactTitle(t, ms[0].Film) || len(th.films) >= subjectFilms) {
			return mention{Text: t, Theme: th}, nil
		}
	}
	out, _ := classify(m)
	if out != resolved && abbrevRe.MatchString(fold(t).s) {
		// « les vacances de mr hulot », « le 5eme element »: the title
		// spells the word out.
		long := abbrevRe.ReplaceAllStringFunc(fold(t).s, func(w string) string { return abbrevs[strings.TrimRight(w, ".")] })
		ms, err := e.res.ResolveFilm(ctx, long, resolveLimit)
		if err != nil && !errors.Is(err, data.ErrInvalid) {
			return m, fmt.Errorf("chat: resolve %q: %w", long, err)
		}
		if alt := (mention{Text: long, Matches: ms}); len(ms) > 0 && quality(alt) >= looseAccept {
			if o, _ := classify(alt); o == resolved || o == ambiguous {
				m.Matches, out = ms, o
				if quality(alt) >= 1 {
					// exact once spelt out: as good as typed so
					m.Decided = o == resolved
				}
			}
		}
	}
	if sub := sequelRe.FindStringSubmatch(fold(t).s); sub != nil && (len(m.Matches) == 0 || !exactTitle(t, m.Matches[0].Film)) {
		// « le parrain 2 » is « Le Parrain, 2e partie »: French titles
		// spell a sequel's number out, and the digit alone matches
		// nothing in them.
		long := sub[1] + " " + sub[2] + "e partie"
		ms, err := e.res.ResolveFilm(ctx, long, resolveLimit)
		if err != nil && !errors.Is(err, data.ErrInvalid) {
			return m, fmt.Errorf("chat: resolve %q: %w", long, err)
		}
		if alt := (mention{Text: long, Matches: ms}); len(ms) > 0 && exactTitle(long, ms[0].Film) {
			if o, _ := classify(alt); o == resolved {
				m.Matches, out, m.Decided = ms, o, true
			}
		}
	}
	if len(ms) > 0 && articleNounRe.MatchString(fold(t).s) && !exactTitle(t, ms[0].Film) && !titleBegins(t, ms[0].Film) {
		// « la mafia », « les pirates »: an article and a word that name a
		// theme outright are that theme, not a longer title holding them
		// further on (« Premiers pas dans la mafia »).
		if th, err := e.themeOf(ctx, t, themeExact); err != nil {
			return m, err
		} else if th != nil {
			return mention{Text: t, Theme: th}, nil
		}
	}
	if out == resolved && exactTitle(t, m.Matches[0].Film) {
		// « hitchcock »: a famous surname beats a far less known film
		// titled with it (personwish.go).
		if per, err := e.surnameBeatsTitle(ctx, t, m.Matches[0].Film); err != nil || per != nil {
			return mention{Text: t, Person: per}, err
		}
	}
	if out == resolved && quality(m) >= looseAccept {
		if quality(m) < 1 {
			if len(words(fold(t).s)) == 1 {
				// « jouvet », « vanel »: a known surname typed exactly beats
				// a title matched only through a typo (Le Jouet, Vatel).
				if per, err := e.knownSurname(ctx, t); err != nil || per != nil {
					return mention{Text: t, Person: per}, err
				}
			}
			// "louis de funes": a known person's whole name beats a title
			// that only contains it ("Louis de Funès intime").
			if per, err := e.namedPerson(ctx, t, true); err != nil {
				return m, err
			} else if per != nil {
				return mention{Text: t, Person: per}, nil
			}
			// « un asile », « des zombies »: words that name a theme
			// outright (a lexicon phrase or a keyword, Score 1) beat a weak
			// title match, one that is no clear winner and only has the
			// words further on; a title they begin is how customers
			// shorten it (« les vacances » for Les Vacances de M. Hulot).
			if top := m.Matches[0]; !titleBegins(t, top.Film) && top.Confidence < search.ClearWinner {
				if th, err := e.themeOf(ctx, t, themeExact); err != nil {
					return m, err
				} else if th != nil {
					return mention{Text: t, Theme: th}, nil
				}
			}
		}
		return m, nil
	}
	if out == ambiguous && !slices.ContainsFunc(m.Matches, func(c search.FilmMatch) bool { return exactTitle(t, c.Film) }) {
		// « claude lelouch », « fellini »: a famous person's name beats
		// the films whose titles only hold it (Madame Claude, Fellini
		// Satyricon) when none is titled so.
		if per, err := e.namedPerson(ctx, t, true); err != nil {
			return m, err
		} else if per != nil {
			return mention{Text: t, Person: per}, nil
		}
	}
	if d, ok, err := e.hinted(ctx, t); err != nil {
		return m, err
	} else if ok {
		return d, nil
	}
	if out != resolved && out != ambiguous {
		// No title fits: the words may be a name typed without a cue.
		if per, err := e.namedPerson(ctx, t, false); err != nil {
			return m, err
		} else if per != nil {
			return mention{Text: t, Person: per}, nil
		}
	}
	if out == unknown {
		// « bertrand blier, les films bizarres », "denis villeneuve before
		// he went to hollywood": a famous name typed whole, then a comment
		// that names nothing.
		if per, err := e.leadingName(ctx, t); err != nil || per != nil {
			if per == nil {
				return m, err
			}
			return mention{Text: t, Person: per}, nil
		}
	}
	if out == unknown {
		th, err := e.themeOf(ctx, t, themeBare)
		if err != nil {
			return m, err
		}
		if th != nil {
			return mention{Text: t, Theme: th}, nil
		}
	}
	return m, nil
}

// hintRe cuts a mention into a title and what follows it: a year ("le roi
// lion de 2019", "le diner de cons 1998") or a name ("dune de david lynch",
// "dune, celui de villeneuve", "heat with de niro").
var hintRe = regexp.MustCompile(`^(.+?)(?:[\s,(]+(?:(?:celui|celle|la\s+version|version|the\s+one|the\s+version|le\s+film|the\s+film|l'original|the\s+original)\s+)?(?:(?:de|d'|du|by|from|en|in|of|sorti\s+en|released\s+in)\s*)?(\d{4})|(?:\s*,\s*|\s+)(?:(?:celui|celle|la\s+version|version|the\s+one|the\s+version|le\s+film|the\s+film)\s+)?(?:de|d'|du|by|avec|with|directed\s+by|realise\s+par|starring)\s*([a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,2}))\)?$`)

// possessiveHintRe is a name's possessive before a title: "Hitchcock's
// Psycho", "Lynch's Dune".
var possessiveHintRe = regexp.MustCompile(`^([a-z][a-z.-]*(?:\s+[a-z][a-z.-]*){0,2})'s\s+(.+)$`)

// hinted resolves a mention whose tail picks one of the films its head
// names; ok is false when there is no such tail or it decides nothing.
func (e *Engine) hinted(ctx context.Context, t string) (mention, bool, error) {
	f := fold(t)
	var head, hint string
	if sub := possessiveHintRe.FindStringSubmatchIndex(f.s); sub != nil {
		// "Hitchcock's Psycho": the name comes first.
		hint, head = f.s[sub[2]:sub[3]], strings.TrimSpace(f.origSpan(sub[4], sub[5]))
	} else if sub := hintRe.FindStringSubmatchIndex(f.s); sub != nil {
		head = strings.TrimSpace(f.origSpan(sub[2], sub[3]))
		if sub[4] >= 0 {
			hint = f.s[sub[4]:sub[5]] // a year
		} else {
			hint = f.s[sub[6]:sub[7]] // a name after "de", "by", "avec"...
		}
	} else {
		return mention{}, false, nil
	}
	if !hasWord(head) {
		return mention{}, false, nil
	}
	ms, err := e.res.ResolveFilm(ctx, head, resolveLimit)
	if err != nil && !errors.Is(err, data.ErrInvalid) {
		return mention{}, false, fmt.Errorf("chat: resolve %q: %w", head, err)
	}
	var films, partial []*data.Film
	// A head that may list several films ("un prophète et de rouille et
	// d'os, du jacques audiard") is taken whole only when it is exactly a
	// title: else the reading that cuts it finds them.
	list := separatorRe.MatchString(fold(head).s)
	for _, m := range ms {
		switch {
		case m.Confidence < suggestMin:
		case exactTitle(head, m.Film) || m.Confidence >= looseAccept && !list:
			films = append(films, m.Film)
		case titleHasWords(m.Film, head):
			partial = append(partial, m.Film)
		}
	}
	if len(films) == 0 {
		// « nid de coucou avec jack nicholson »: a part of a title is
		// enough when no title is typed whole and the year or the name
		// beside it picks the film.
		films = partial
	}
	if f := e.decide(films, hint); f != nil {
		return mention{Text: t, Matches: []search.FilmMatch{{Film: f, Confidence: 1, Score: 1}}, Decided: true}, true, nil
	}
	return mention{}, false, nil
}

// titleHasWords reports whether every word of text (two at least, a typo
// aside in the longer ones) is a word of one of the film's titles, in
// order: « nid de coucou » is in « Vol au-dessus d'un nid de coucou ».
func titleHasWords(f *data.Film, text string) bool {
	want := search.NameWords(text)
	if len(want) < 2 {
		return false
	}
	for _, t := range filmTitles(f) {
		have := search.NameWords(t)
		i := 0
		for _, h := range have {
			if i < len(want) && (h == want[i] || len(want[i]) >= 5 && search.EditDistance(want[i], h, 1) <= 1) {
				i++
			}
		}
		if i == len(want) {
			return true
		}
	}
	return false
}

// decide returns the one film of films that a year or a name picks, or nil.
func (e *Engine) decide(films []*data.Film, hint string) *data.Film {
	var pick *data.Film
	if y, err := strconv.Atoi(hint); err == nil {
		for _, f := range films {
			if f.Year == y {
				if pick != nil && pick != f {
					return nil
				}
				pick = f
			}
		}
		return pick
	}
	want := search.NameWords((hint))
	for len(want) > 0 && pickStop[want[0]] {
		want = want[1:]
	}
	if len(want) == 0 {
		return nil
	}
	n := 0
	for _, f := range films {
		if e.namedIn(f, want) {
			if pick == nil {
				pick = f
			}
			n++
		}
	}
	if n != 1 {
		return nil
	}
	return pick
}

// namedIn reports whether every word of want (a typo aside) is in the name
// of one of the film's directors or main actors.
func (e *Engine) namedIn(f *data.Film, want []string) bool {
	ids := slices.Clone(f.Directors)
	for i, c := range f.Credits {
		if i < 8 {
			ids = append(ids, c.PersonID)
		}
	}
	for _, id := range ids {
		p, err := e.cat.Person(id)
		if err != nil {
			continue
		}
		have := search.NameWords((p.Name))
		ok := true
		for _, w := range want {
			if !slices.ContainsFunc(have, func(h string) bool {
				return h == w || (len(w) >= 5 && search.EditDistance(w, h, 1) <= 1)
			}) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// Theme reading.
const (
	// themeMin is the least search.Theme.Score taken as a theme after a
	// cue ("un film de", "about", "avec des"): below, the words are more
	// likely a mistyped title or a name.
	themeMin = 0.35
	// themeBare is the least Score for words with no cue that are not a
	// title either: only a keyword or a lexicon phrase ("zombies").
	themeBare = 0.9
	// themeExact is the Score of words that name a theme outright: the
	// whole of them a seed lexicon phrase or a keyword spelt out.
	themeExact = 1.0
	// themeFilms is how many films on a theme a request is narrowed to.
	themeFilms = 300
)

// themeOf reads a span as a theme with the films on it, or returns nil.
func (e *Engine) themeOf(ctx context.Context, t string, least float64) (*theme, error) {
	if !hasWord(t) {
		return nil, nil
	}
	if or, ok, err := e.orTheme(ctx, t, least); ok || err != nil { // themeor13.go: "chess or poker"
		return or, err
	}
	th, ok, err := e.res.MatchTheme(ctx, t)
	if err != nil {
		return nil, fmt.Errorf("chat: match theme %q: %w", t, err)
	}
	if !ok || th.Score < least || len(th.Keywords) == 0 {
		return nil, nil
	}
	ms, err := e.res.FilmsOnTheme(ctx, th, themeFilms)
	if err != nil {
		return nil, fmt.Errorf("chat: films on theme %q: %w", th.LabelEN, err)
	}
	if len(ms) == 0 {
		return nil, nil
	}
	out := &theme{labelFR: th.LabelFR, labelEN: th.LabelEN, keywords: th.Keywords, films: make([]string, len(ms))}
	for i, m := range ms {
		out.films[i] = m.Film.ID
	}
	return out, e.listLabel(ctx, t, out)
}
