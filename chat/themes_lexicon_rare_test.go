package chat

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"testing"
)

// TestThemeSeedRareNotChatWords checks that no French phrase of search's
// themeSeedRare (read from its source: the table is unexported) is a genre
// or a nationality that chat reads from its own lexicons: such a phrase
// would take a genre or country request for a theme.
func TestThemeSeedRareNotChatWords(t *testing.T) {
	path := filepath.Join("..", "search", "themes_lexicon_rare.go")
	f, err := goparser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	var phrases []string
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "themeSeedRare" || len(vs.Values) != 1 {
			return true
		}
		for _, el := range vs.Values[0].(*ast.CompositeLit).Elts {
			entry := el.(*ast.CompositeLit).Elts
			ast.Inspect(entry[0], func(n ast.Node) bool { phrases = appendLit(phrases, n); return true })
			ast.Inspect(entry[1], func(n ast.Node) bool { phrases = appendLit(phrases, n); return true })
		}
		return false
	})
	if len(phrases) < 100 {
		t.Fatalf("found %d phrases of themeSeedRare in %s, want hundreds", len(phrases), path)
	}
	nationWord := map[string]bool{}
	for _, n := range nations {
		for _, w := range append(append([]string(nil), n.fr...), n.en...) {
			nationWord[norm(w)] = true
		}
	}
	for _, p := range phrases {
		n := norm(p)
		if _, genre := genreWords[n]; genre || genreWordRe.FindString(n) == n {
			t.Errorf("themeSeedRare phrase %q is a genre for chat", p)
		}
		if nationWord[n] {
			t.Errorf("themeSeedRare phrase %q is a nationality or country for chat", p)
		}
	}
}

func appendLit(out []string, n ast.Node) []string {
	if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
		if s, err := strconv.Unquote(lit.Value); err == nil {
			out = append(out, s)
		}
	}
	return out
}
