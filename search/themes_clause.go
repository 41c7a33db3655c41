package search

import (
	"context"
	"slices"
	"strings"
)

// A French request often names only who the story is about by its head
// noun, and the theme by a relative clause: « une jeune fille qui veut se
// suicider », « un vieil homme qui perd la mémoire ». The head says little
// (« jeune fille », « homme »), so read as one phrase its words drown the
// clause's, and the reading is unsure and elsewhere. headTheme lets a sure
// head win; clauseTheme is its converse: when the whole reading is unsure
// and the head names nothing surely, a clause that names a theme surely on
// its own is what the request is about.

// clauseTheme returns the reading of q's relative clause instead of th
// (q's reading as a whole, ok: read at all) when neither the whole nor the
// head names a theme surely and the clause does, or reads surer than the
// whole with a lead among the whole's keywords.
func (x *Index) clauseTheme(ctx context.Context, q string, th Theme, ok bool) (Theme, bool, error) {
	if ok && th.Score >= headSure {
		return th, ok, nil // a sure reading of the whole stands
	}
	head := headOf(q)
	if head == "" {
		return th, ok, nil
	}
	clause := strings.TrimSpace(strings.TrimPrefix(q, head))
	if ws, _ := themeWords(clause); len(ws) == 0 {
		return th, ok, nil
	}
	c, cok, err := x.matchThemeWhole(ctx, clause)
	if err != nil || !cok || len(c.Keywords) == 0 {
		return th, ok, err
	}
	if ok && len(th.Keywords) > 0 && th.Keywords[0] == c.Keywords[0] {
		return th, ok, nil
	}
	// A head of filler words only (« quelqu'un qui... ») leaves the whole
	// reading the clause's already.
	if ws, _ := themeWords(head); len(ws) == 0 {
		return th, ok, nil
	}
	h, hok, err := x.matchThemeWhole(ctx, head)
	if err != nil || hok && h.Score >= headSure {
		return th, ok, err // a sure head is headTheme's to weigh
	}
	// Sure on its own; or surer than the whole and leading with one of
	// the whole's keywords, which the head's words (read as something
	// else, unsurely) pushed down.
	if c.Score < headSure && !(hok && ok && c.Score > th.Score && slices.Contains(th.Keywords, c.Keywords[0])) {
		return th, ok, nil
	}
	return c, true, nil
}
