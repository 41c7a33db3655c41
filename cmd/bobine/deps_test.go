package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

const module = "github.com/bobine/bobine"

type pkg struct {
	ImportPath string
	Name       string
	Dir        string
	GoFiles    []string
	Imports    []string // direct, non-test
	Deps       []string // transitive, non-test
	Error      *struct{ Err string }
}

// listPackages runs `go list -json ./...` at the module root.
func listPackages(t *testing.T) map[string]*pkg {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found: cannot list the packages")
	}
	out, err := exec.Command(gobin, "env", "GOMOD").Output()
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Dir(strings.TrimSpace(string(out)))
	cmd := exec.Command(gobin, "list", "-e", "-json", "./...")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err = cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	pkgs := map[string]*pkg{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		p := new(pkg)
		if err := dec.Decode(p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs[p.ImportPath] = p
	}
	if len(pkgs) == 0 {
		t.Fatal("go list found no packages")
	}
	return pkgs
}

func TestImportViolationsCatchesBreakage(t *testing.T) {
	m := func(p string) string { return module + "/" + p }
	for _, tc := range []struct {
		p    pkg
		want string
	}{
		{pkg{ImportPath: m("data"), Deps: []string{"fmt", m("data/imdb")}}, "domain package imports only the standard library"},
		{pkg{ImportPath: m("data/imdb"), Deps: []string{"golang.org/x/text/unicode/norm"}}, "standard library only"},
		{pkg{ImportPath: m("recommend"), Imports: []string{"github.com/blevesearch/bleve/v2"}}, "only [search] may"},
		{pkg{ImportPath: m("chat"), Imports: []string{"github.com/coder/websocket"}}, "only [web] may"},
		{pkg{ImportPath: m("search"), Imports: []string{"github.com/labstack/echo/v4"}}, "only [web] may"},
		{pkg{ImportPath: m("indexer"), Imports: []string{"github.com/spf13/viper"}}, "only [config] may"},
		{pkg{ImportPath: m("search"), Imports: []string{m("config")}}, "only [cmd] may"},
		{pkg{ImportPath: m("search"), Deps: []string{m("recommend")}}, "search must not depend on recommend"},
		{pkg{ImportPath: m("recommend"), Deps: []string{m("search")}}, "recommend must not depend on search"},
		{pkg{ImportPath: m("recommend"), Deps: []string{m("indexer")}}, "recommend must not depend on indexer"},
		{pkg{ImportPath: m("chat"), Deps: []string{m("web")}}, "chat must not depend on web"},
		{pkg{ImportPath: m("chat"), Imports: []string{"net/http"}}, "chat knows nothing of HTTP"},
		{pkg{ImportPath: m("indexer"), Imports: []string{"log/slog"}}, "logging belongs to cmd"},
		{pkg{ImportPath: m("web"), Imports: []string{m("indexer/fetch")}}, "web reads the index through indexer and indexer/kpi"},
		{pkg{ImportPath: m("web/kpipage"), Deps: []string{m("indexer/kpi"), m("indexer")}}, "web/kpipage must not depend on package indexer"},
		{pkg{ImportPath: m("indexer/kpi"), Deps: []string{m("data"), m("indexer")}}, "indexer/kpi must not depend on package indexer"},
	} {
		got := importViolations(map[string]*pkg{tc.p.ImportPath: &tc.p})
		if len(got) != 1 || !strings.Contains(got[0], tc.want) {
			t.Errorf("%s importing %v%v: got %q, want one violation containing %q", tc.p.ImportPath, tc.p.Imports, tc.p.Deps, got, tc.want)
		}
	}
	ok := map[string]*pkg{}
	for _, p := range []pkg{
		{ImportPath: module + "/web", Imports: []string{"github.com/labstack/echo/v4", "log/slog", module + "/indexer/kpi"}, Deps: []string{module + "/indexer", module + "/chat"}},
		{ImportPath: module + "/chat", Deps: []string{module + "/search", module + "/recommend", module + "/data"}},
		{ImportPath: module + "/cmd/bobine", Imports: []string{module + "/config", "log/slog"}},
		{ImportPath: module + "/data/imdb", Deps: []string{module + "/data", module + "/data/internal/textio", "compress/gzip"}},
	} {
		ok[p.ImportPath] = &p
	}
	if got := importViolations(ok); len(got) > 0 {
		t.Errorf("allowed imports reported: %q", got)
	}
}

// rel returns the path inside the module ("search", "data/imdb"), or "" for
// a package outside it.
func rel(path string) string {
	if path == module {
		return "."
	}
	r, ok := strings.CutPrefix(path, module+"/")
	if !ok {
		return ""
	}
	return r
}

// under reports whether the module-relative path p is dir or inside it.
func under(p, dir string) bool { return p == dir || strings.HasPrefix(p, dir+"/") }

func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

func TestImportRules(t *testing.T) {
	for _, v := range importViolations(listPackages(t)) {
		t.Error(v)
	}
}

// importViolations checks the import direction of CONTRACTS.md on non-test
// imports and returns one message per broken rule.
func importViolations(pkgs map[string]*pkg) []string {
	var out []string
	errorf := func(format string, a ...any) { out = append(out, fmt.Sprintf(format, a...)) }
	names := make([]string, 0, len(pkgs))
	for n := range pkgs {
		names = append(names, n)
	}
	sort.Strings(names)

	// only[prefix] lists the module directories allowed to import packages
	// whose path starts with prefix.
	only := map[string][]string{
		"github.com/blevesearch/":    {"search"},
		"github.com/labstack/":       {"web"},
		"github.com/coder/websocket": {"web"},
		"github.com/spf13/viper":     {"config"},
		"modernc.org/sqlite":         {"web/feedback"}, // the usage database
		"github.com/prometheus/":     {"web"},
		"github.com/chromedp/":       {"web/webtest"}, // browser tests only
		module + "/web/webtest":      {},              // imported by tests only
		module + "/config":           {"cmd"},
		module + "/cmd":              {},
	}
	// forbidden[dir] lists module directories that dir must not depend on,
	// directly or not.
	forbidden := map[string][]string{
		"data":      {"indexer", "search", "recommend", "chat", "web", "config", "cmd"},
		"search":    {"recommend", "indexer", "chat", "web"},
		"recommend": {"search", "indexer", "chat", "web"},
		"chat":      {"web", "indexer", "config"},
		"indexer":   {"search", "recommend", "chat", "web"},
		"web":       {"cmd"},
	}
	// notPackage[dir] lists packages, without their subpackages, that dir
	// must not depend on: the KPI page and report read a catalogue and a
	// report, whoever wrote them.
	notPackage := map[string][]string{
		"web/kpipage": {"indexer"},
		"indexer/kpi": {"indexer"},
	}

	for _, name := range names {
		p := pkgs[name]
		me := rel(name)
		if p.Error != nil {
			errorf("%s: %s", name, p.Error.Err)
			continue
		}
		for _, imp := range p.Imports {
			for prefix, allowed := range only {
				if !strings.HasPrefix(imp, prefix) {
					continue
				}
				ok := false
				for _, a := range allowed {
					ok = ok || under(me, a)
				}
				if !ok {
					errorf("%s imports %s: only %v may", name, imp, allowed)
				}
			}
			if (imp == "log/slog" || imp == "log") && !under(me, "cmd") && !under(me, "web") {
				errorf("%s imports %s: libraries return errors and report progress through callbacks; logging belongs to cmd (and web's request logger)", name, imp)
			}
			if under(me, "chat") && (imp == "net/http" || strings.HasPrefix(imp, "net/http/")) {
				errorf("%s imports %s: chat knows nothing of HTTP", name, imp)
			}
		}
		for _, dep := range p.Deps {
			d := rel(dep)
			if under(me, "data") {
				if d == "" && !isStd(dep) {
					errorf("%s depends on %s: data and its readers use the standard library only", name, dep)
				}
				if me == "data" && d != "" {
					errorf("data depends on %s: the domain package imports only the standard library", dep)
				}
			}
			for dir, bad := range notPackage {
				if under(me, dir) && slices.Contains(bad, d) {
					errorf("%s depends on %s: %s must not depend on package %s", name, dep, dir, d)
				}
			}
			for dir, bad := range forbidden {
				if !under(me, dir) || d == "" {
					continue
				}
				for _, b := range bad {
					if under(d, b) {
						errorf("%s depends on %s: %s must not depend on %s", name, dep, dir, b)
					}
				}
			}
		}
		if under(me, "web") {
			for _, imp := range p.Imports {
				// The test helpers under web/webtest (imported by tests only)
				// may read the development dataset through indexertest.
				d := rel(imp)
				testHelper := under(me, "web/webtest") && d == "indexer/indexertest"
				if d != "" && under(d, "indexer") && d != "indexer" && d != "indexer/kpi" && !testHelper {
					errorf("%s imports %s: web reads the index through indexer and indexer/kpi only", name, imp)
				}
			}
		}
	}
	return out
}

// Every library package says what it is for in a doc.go.
func TestDocFiles(t *testing.T) {
	for name, p := range listPackages(t) {
		if p.Name == "main" || rel(name) == "" || len(p.GoFiles) == 0 {
			continue
		}
		has := false
		for _, f := range p.GoFiles {
			has = has || f == "doc.go"
		}
		if !has {
			t.Errorf("%s has no doc.go", name)
		}
	}
}
