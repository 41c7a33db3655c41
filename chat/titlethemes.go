package chat

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/bobine/bobine/search"
)

// A title may hold a theme cue: « Peur sur la ville » reads as « peur » and
// a theme « ville » (« sur la »), which together name no film, and the reply
// was « aucun film » with the customer's film lost. titleOverTheme joins a
// title and the theme typed right after it back into one span; when that
// span is exactly the title of a film the resolver finds clearly, the film
// wins and the theme goes.

// titleOverTheme rewrites p.m when a title and the theme after it are one
// title. It reports whether it did.
func (e *Engine) titleOverTheme(ctx context.Context, p *plan) (bool, error) {
	if len(p.m.Titles) == 0 {
		return false, nil
	}
	// « singing in the rain »: a place or period named back (« in the
	// rain ») may end a title too (chatter.go).
	for _, themes := range []*[]string{&p.m.Themes, &p.m.CueThemes} {
		if ok, err := e.titleOverThemes(ctx, p, themes); ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

// titleOverThemes is titleOverTheme over one list of themes of p.m.
func (e *Engine) titleOverThemes(ctx context.Context, p *plan, themes *[]string) (bool, error) {
	f := fold(p.m.Raw)
	for ti, t := range p.m.Titles {
		ft := strings.TrimSpace(fold(t).s)
		i := strings.Index(f.s, ft)
		if i < 0 || ft == "" {
			continue
		}
		for hi, h := range *themes {
			fh := strings.TrimSpace(fold(h).s)
			j := strings.Index(f.s[i+len(ft):], fh)
			if j < 0 || fh == "" || j > maxTitleGap {
				continue
			}
			end := i + len(ft) + j + len(fh)
			span := strings.TrimSpace(f.origSpan(i, end))
			ms, err := e.res.ResolveFilm(ctx, span, 1)
			if err != nil {
				return false, fmt.Errorf("chat: resolve %q: %w", span, err)
			}
			if len(ms) == 0 || ms[0].Confidence < search.ClearWinner || !titledAs(ms[0], fold(span).s) && !nearlyTitled(span, ms[0].Film) {
				continue
			}
			p.m.Titles[ti] = span
			*themes = slices.Delete(slices.Clone(*themes), hi, hi+1)
			return true, nil
		}
	}
	return false, nil
}

// maxTitleGap is the most bytes between a title and the theme that may end
// it (« sur la » in « peur sur la ville »).
const maxTitleGap = 12

// titledAs reports whether one of the titles of m's film, folded and
// without its leading article, is span.
func titledAs(m search.FilmMatch, span string) bool {
	span = strings.TrimSpace(cardArticleRe.ReplaceAllString(strings.TrimSpace(span), ""))
	for _, t := range []string{m.Film.FrenchTitle, m.Film.Title, m.Film.OriginalTitle} {
		if ft := strings.TrimSpace(cardArticleRe.ReplaceAllString(strings.TrimSpace(fold(t).s), "")); ft != "" && ft == span {
			return true
		}
	}
	return false
}
