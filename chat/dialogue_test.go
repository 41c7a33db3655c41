package chat_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/web/webtest/devstack"
)

// devEngine returns an engine over the development dataset (the shared dev
// stack: set BOBINE_TEST_INDEX to a directory written by "bobine index" to
// open it instead of building it), its clock stopped on a June evening.
func devEngine(t *testing.T) *chat.Engine {
	t.Helper()
	return devstack.Dev(t).Engine(chat.Options{}, time.Date(2025, 6, 1, 20, 0, 0, 0, time.UTC))
}

// TestDialogues plays the scripts of testdata/dialogues against the
// development dataset through the real search index and recommender. A
// script is customer lines ("> text"), each followed by checks ("? check
// args") on the bot's reply. The checks state what a customer would notice;
// the films themselves are not pinned, so a re-tuned recommender does not
// rewrite the scripts. The transcript is logged on failure and with -v.
func TestDialogues(t *testing.T) {
	scripts, err := filepath.Glob("testdata/dialogues/*.txt")
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	e := devEngine(t)
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".txt")
		t.Run(name, func(t *testing.T) {
			turns := readScript(t, script)
			var out strings.Builder
			d := &dialogue{t: t, cat: devstack.Dev(t).Catalogue, shown: map[string]int{}}
			for i, tu := range turns {
				r, err := e.Handle(context.Background(), name, tu.text)
				if err != nil {
					t.Fatalf("line %d %q: %v", tu.line, tu.text, err)
				}
				out.WriteString(transcript(tu.text, r))
				d.check(tu, r, i)
			}
			if t.Failed() || testing.Verbose() {
				t.Logf("transcript:\n%s", out.String())
			}
		})
	}
}

type turn struct {
	line   int
	text   string
	checks [][]string
}

func readScript(t *testing.T, path string) []turn {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var turns []turn
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "> "):
			turns = append(turns, turn{line: n, text: line[2:]})
		case strings.HasPrefix(line, "? "):
			if len(turns) == 0 {
				t.Fatalf("%s:%d: check before any customer line", path, n)
			}
			c := &turns[len(turns)-1]
			c.checks = append(c.checks, strings.SplitN(line[2:], " ", 2))
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		default:
			t.Fatalf("%s:%d: unexpected line %q", path, n, line)
		}
	}
	return turns
}

// transcript renders one exchange: the customer's line, the reply's
// language, kind and text, then its films or choices with their ids.
func transcript(text string, r chat.Reply) string {
	var b strings.Builder
	fmt.Fprintf(&b, "> %s\n< [%s %s] %s\n", text, r.Lang, r.Kind, r.Text)
	for _, c := range r.Films {
		fmt.Fprintf(&b, "<   %d. %s %s (%d) [%s] — %s\n", c.Rank, c.Film.ID, c.Film.DisplayTitle(r.Lang), c.Film.Year, strings.Join(c.Film.Genres, ","), c.Reason)
	}
	for _, c := range r.Choices {
		fmt.Fprintf(&b, "<   %d) %s %s\n", c.Index, c.Film.ID, c.Label)
	}
	return b.String() + "\n"
}

// dialogue tracks what the customer has seen, for checks that span turns.
type dialogue struct {
	t     *testing.T
	cat   *data.Catalogue
	shown map[string]int // film id -> turn it was first shown in
	prev  []chat.Card    // the last list of films shown
}

func (d *dialogue) check(tu turn, r chat.Reply, i int) {
	t := d.t
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("line %d %q: %s\nreply: %s", tu.line, tu.text, fmt.Sprintf(format, args...), transcript("", r))
	}
	num := func(s string) int {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			t.Fatalf("line %d: bad number %q", tu.line, s)
		}
		return n
	}
	prevAt := func(rank int) *data.Film {
		if rank < 1 || rank > len(d.prev) {
			t.Fatalf("line %d: no film %d in the previous list", tu.line, rank)
		}
		return d.prev[rank-1].Film
	}
	for _, c := range tu.checks {
		arg := ""
		if len(c) > 1 {
			arg = c[1]
		}
		switch c[0] {
		case "kind":
			if r.Kind != arg {
				fail("kind %q, want %q", r.Kind, arg)
			}
		case "lang":
			if r.Lang != arg {
				fail("lang %q, want %q", r.Lang, arg)
			}
		case "count":
			if len(r.Films) != num(arg) {
				fail("%d films, want %s", len(r.Films), arg)
			}
		case "text-contains":
			if !strings.Contains(strings.ToLower(r.Text), strings.ToLower(arg)) {
				fail("text does not contain %q", arg)
			}
		case "new": // nothing shown earlier in the session
			for _, c := range r.Films {
				if n, ok := d.shown[c.Film.ID]; ok {
					fail("%s %q was already shown at turn %d", c.Film.ID, c.Film.Title, n+1)
				}
			}
		case "avoid-genre":
			for _, c := range r.Films {
				if slices.Contains(c.Film.Genres, arg) {
					fail("%s %q has genre %s", c.Film.ID, c.Film.Title, arg)
				}
			}
		case "genre":
			for _, c := range r.Films {
				if !slices.Contains(c.Film.Genres, arg) {
					fail("%s %q lacks genre %s", c.Film.ID, c.Film.Title, arg)
				}
			}
		case "credit": // every film credits that person
			for _, c := range r.Films {
				if !d.credits(c.Film, arg) {
					fail("%s %q does not credit %s", c.Film.ID, c.Film.Title, arg)
				}
			}
		case "min-year":
			for _, c := range r.Films {
				if c.Film.Year < num(arg) {
					fail("%s %q is from %d, before %s", c.Film.ID, c.Film.Title, c.Film.Year, arg)
				}
			}
		case "max-year":
			for _, c := range r.Films {
				if c.Film.Year > num(arg) {
					fail("%s %q is from %d, after %s", c.Film.ID, c.Film.Title, c.Film.Year, arg)
				}
			}
		case "shorter": // every film shorter than the shortest of the previous list
			shortest := 0
			for _, c := range d.prev {
				if shortest == 0 || c.Film.Runtime < shortest {
					shortest = c.Film.Runtime
				}
			}
			for _, c := range r.Films {
				if c.Film.Runtime >= shortest {
					fail("%s %q runs %d min, previous shortest %d", c.Film.ID, c.Film.Title, c.Film.Runtime, shortest)
				}
			}
		case "french":
			for _, c := range r.Films {
				if !c.Film.French() {
					fail("%s %q is not French (%v)", c.Film.ID, c.Film.Title, c.Film.Countries)
				}
			}
		case "original-language":
			for _, c := range r.Films {
				if c.Film.OriginalLanguage != arg {
					fail("%s %q is in %q", c.Film.ID, c.Film.Title, c.Film.OriginalLanguage)
				}
			}
		case "family":
			for _, c := range r.Films {
				for _, g := range []string{"Horror", "Thriller", "Crime", "War"} {
					if slices.Contains(c.Film.Genres, g) {
						fail("%s %q is %s: not for children", c.Film.ID, c.Film.Title, g)
					}
				}
			}
		case "choice-years":
			var got []string
			for _, c := range r.Choices {
				got = append(got, strconv.Itoa(c.Film.Year))
			}
			if strings.Join(got, " ") != arg {
				fail("choices from %v, want %s", got, arg)
			}
		case "liked": // the reply's films come from this film: it is named, not shown
			if !strings.Contains(r.Text, arg) {
				fail("text does not name %q", arg)
			}
			for _, c := range r.Films {
				if c.Film.DisplayTitle(r.Lang) == arg {
					fail("liked film %q recommended back", arg)
				}
			}
		case "why-previous": // explains film n of the previous list
			f := prevAt(num(arg))
			if len(r.Films) != 1 || r.Films[0].Film.ID != f.ID || !strings.Contains(r.Text, f.DisplayTitle(r.Lang)) {
				fail("does not explain %s %q", f.ID, f.Title)
			}
			if len(r.Films) == 1 && len(r.Films[0].Reasons) > 0 && !strings.Contains(r.Text, r.Films[0].Reason) {
				fail("text does not give the film's first reason %q", r.Films[0].Reason)
			}
		case "like-previous": // film n of the previous list is now liked: named, not shown again
			f := prevAt(num(arg))
			if !strings.Contains(r.Text, f.DisplayTitle(r.Lang)) {
				fail("text does not name %q", f.DisplayTitle(r.Lang))
			}
			for _, c := range r.Films {
				if c.Film.ID == f.ID {
					fail("%s recommended back", f.ID)
				}
			}
		case "removed-previous": // film n of the previous list is gone, the others stay in order
			f := prevAt(num(arg))
			var want []string
			for _, c := range d.prev {
				if c.Film.ID != f.ID {
					want = append(want, c.Film.ID)
				}
			}
			var got []string
			for _, c := range r.Films {
				got = append(got, c.Film.ID)
			}
			if len(got) < len(want) || !slices.Equal(got[:len(want)], want) {
				fail("list %v, want %v then new films", got, want)
			}
		case "liked-year": // the state's liked films include one from that year
			found := false
			if r.State != nil {
				for _, c := range r.State.Liked {
					if strings.HasSuffix(c.Label, "("+arg+")") {
						found = true
					}
				}
			}
			if !found {
				fail("no liked film from %s in %+v", arg, r.State)
			}
		case "filter": // a filter chip with that key is active
			if r.State == nil || !slices.ContainsFunc(r.State.Filters, func(c chat.Chip) bool { return c.Key == arg }) {
				fail("no filter %q in %+v", arg, r.State)
			}
		case "no-filter": // no filter chip with that key
			if r.State != nil && slices.ContainsFunc(r.State.Filters, func(c chat.Chip) bool { return c.Key == arg }) {
				fail("filter %q still active in %+v", arg, r.State)
			}
		case "max-runtime":
			for _, c := range r.Films {
				if c.Film.Runtime > num(arg) {
					fail("%s %q runs %d min, more than %s", c.Film.ID, c.Film.Title, c.Film.Runtime, arg)
				}
			}
		case "country":
			for _, c := range r.Films {
				if !c.Film.MadeIn(arg) { // as the customer means it: data.Film.MadeIn
					fail("%s %q is not from %s (%v, %s)", c.Film.ID, c.Film.Title, arg, c.Film.Countries, c.Film.OriginalLanguage)
				}
			}
		case "avoid-country":
			for _, c := range r.Films {
				if slices.Contains(c.Film.Countries, arg) {
					fail("%s %q is from %s", c.Film.ID, c.Film.Title, arg)
				}
			}
		case "keyword": // most films (3 of 5) carry one of these TMDB keywords
			n := 0
			for _, c := range r.Films {
				if slices.ContainsFunc(strings.Split(arg, "|"), func(k string) bool { return slices.Contains(c.Film.Keywords, k) }) {
					n++
				}
			}
			if len(r.Films) == 0 || 5*n < 3*len(r.Films) {
				fail("%d of %d films carry %s", n, len(r.Films), arg)
			}
		case "absent":
			for _, c := range r.Films {
				if c.Film.ID == arg {
					fail("%s is shown", arg)
				}
			}
		default:
			t.Fatalf("line %d: unknown check %q", tu.line, c[0])
		}
	}
	if r.Kind == chat.KindFilms {
		for _, c := range r.Films {
			if _, ok := d.shown[c.Film.ID]; !ok {
				d.shown[c.Film.ID] = i
			}
		}
		d.prev = r.Films
	}
	if low := strings.ToLower(tu.text); strings.Contains(low, "recommenc") || strings.Contains(low, "start over") || low == "reset" {
		d.shown, d.prev = map[string]int{}, nil
	}
}

// credits reports whether a person of that name is credited on the film.
func (d *dialogue) credits(f *data.Film, name string) bool {
	ids := slices.Clone(f.Directors)
	for _, c := range f.Credits {
		ids = append(ids, c.PersonID)
	}
	for _, id := range ids {
		if p, err := d.cat.Person(id); err == nil && p.Name == name {
			return true
		}
	}
	return false
}
