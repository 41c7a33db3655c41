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

// A whole title typed first: « in the mood for love », "the lives of
// others, the german one about the stasi". The patterns that read intents
// and constraints may cut words out of such a title ("for love", "others"
// for more films) and leave a piece of it to look for; a first clause of
// three words or more that is exactly the title of a well-matched film is
// kept whole, and only the rest of the message is read for the request.

// firstClauseRe ends the first clause of a folded message.
var firstClauseRe = regexp.MustCompile(`[,;.!?]+(?:\s|$)|\s+-+\s+`)

// typedTitleMin is the number of words from which a first clause that is
// exactly a title is taken whole: shorter ones (« encore », "more") are
// words of the request as often as titles.
const typedTitleMin = 3

// keepTypedTitle returns m, or the message read again with its first
// clause kept as one title when the parse cut that title apart.
func (e *Engine) keepTypedTitle(ctx context.Context, text string, m message) (message, error) {
	f := fold(text)
	end := len(f.s)
	if loc := firstClauseRe.FindStringIndex(f.s); loc != nil {
		end = loc[0]
	}
	clause := strings.TrimSpace(f.origSpan(0, end))
	k := search.TitleKey(clause)
	if len(words(fold(clause).s)) < typedTitleMin || k == "" {
		return m, nil
	}
	cut, dangling := false, -1
	for i, t := range m.Titles {
		tk := search.TitleKey(t)
		if ft, fc := fold(t).s, fold(clause).s; strings.HasPrefix(ft, fc) && len(ft) > len(fc) && len(contentWords(ft[len(fc):])) == 0 {
			// "tell no one, the french thriller": the title and a
			// dangling article of the comment.
			dangling = i
			continue
		}
		if strings.Contains(tk, k) {
			return m, nil // read whole already
		}
		cut = cut || tk != "" && strings.Contains(k, tk)
	}
	if !cut && dangling < 0 {
		// « une comédie romantique »: the parse read the clause as a
		// request, not a piece of a title.
		return m, nil
	}
	ms, err := e.res.ResolveFilm(ctx, clause, 2)
	if err != nil && !errors.Is(err, data.ErrInvalid) {
		return m, fmt.Errorf("chat: resolve %q: %w", clause, err)
	}
	if len(ms) == 0 || ms[0].Confidence < search.ClearWinner || !exactTitle(clause, ms[0].Film) {
		return m, nil
	}
	if dangling >= 0 {
		m.Titles = slices.Clone(m.Titles)
		m.Titles[dangling] = clause
		return m, nil
	}
	rest := strings.TrimSpace(f.origSpan(end, len(f.s)))
	r := parse(strings.TrimLeft(rest, ",;.!?- "), parseOptions{})
	r.Raw = text
	r.Titles = append([]string{clause}, r.Titles...)
	if r.Lang == "" {
		r.Lang = m.Lang
	}
	return r, nil
}

// untrimmedTitle returns the mention of text taken whole when trimming
// its edge fillers would cut words of a title it is exactly (« in the mood
// for love » is no filler « in the mood for » before « love »); ok is false
// otherwise.
func (e *Engine) untrimmedTitle(ctx context.Context, text string) (mention, bool, error) {
	tf := fold(text)
	if a, b := trimFillers(tf.s); a == 0 && b == len(tf.s) || len(words(tf.s)) < typedTitleMin {
		return mention{}, false, nil
	}
	ms, err := e.res.ResolveFilm(ctx, text, resolveLimit)
	if err != nil && !errors.Is(err, data.ErrInvalid) {
		return mention{}, false, fmt.Errorf("chat: resolve %q: %w", text, err)
	}
	if len(ms) == 0 || ms[0].Confidence < search.ClearWinner || !exactTitle(text, ms[0].Film) {
		return mention{}, false, nil
	}
	return mention{Text: strings.TrimSpace(text), Matches: ms}, true, nil
}
