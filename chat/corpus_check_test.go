package chat_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/indexer/indexertest"
)

// TestCorpusParseErrors: a malformed corpus file is reported with its line.
func TestCorpusParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		line     int
	}{
		{"message before header", "> bonjour\n? kind text\n", 1},
		{"check before message", "== fr a\n? kind films\n", 2},
		{"bad header", "\n== de a\n> hallo\n? kind films\n", 2},
		{"duplicate dialogue", "== fr a\n> x\n? kind text\n== fr a\n> y\n? kind text\n", 4},
		{"unknown check", "== fr a\n> x\n? colour blue\n", 3},
		{"bad kind", "== fr a\n> x\n? kind movies\n", 3},
		{"bad field", "== fr a\n> x\n? all colour blue\n", 3},
		{"bad year", "== fr a\n> x\n? all year>=deux\n", 3},
		{"unknown genre", "== fr a\n> x\n? none genre Horreur\n", 3},
		{"bad person id", "== fr a\n> x\n? all person Jean Gabin\n", 3},
		{"bad film id", "== fr a\n> x\n? liked Heat\n", 3},
		{"bad film alternative", "== fr a\n> x\n? resolves tt0113277|Heat\n", 3},
		{"bad count", "== fr a\n> x\n? count five\n", 3},
		{"why zero", "== fr a\n> x\n? why 0\n", 3},
		{"unknown category", "== fr a\n> x\n? [colour] kind films\n", 3},
		{"stray line", "== fr a\n> x\n? kind films\nbonjour\n", 4},
		{"message without checks", "== fr a\n> x\n> y\n? kind films\n", 2},
		{"dialogue without message", "== fr a\n== fr b\n> y\n? kind films\n", 1},
		{"empty alternative", "== fr a\n> x\n? any keyword heist||robbery\n", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseCorpus("x.txt", strings.NewReader(tc.in))
			var pe *corpusParseError
			if !errors.As(err, &pe) || !errors.Is(err, errCorpusSyntax) {
				t.Fatalf("err %v, want a corpusParseError", err)
			}
			if pe.Line != tc.line || pe.File != "x.txt" {
				t.Errorf("error at %s:%d, want line %d: %v", pe.File, pe.Line, tc.line, err)
			}
		})
	}
	ds, err := parseCorpus("x.txt", strings.NewReader("# c\n== fr a\n> je cherche un film de braquage\n? kind films\n? [theme] most keyword heist|bank robbery\n\n== en b\n> more\n? lang fr\n? all year>=2000\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 || len(ds[0].messages) != 1 {
		t.Fatalf("parsed %d dialogues", len(ds))
	}
	// fr: kind, keyword, implicit lang fr and no-english; en: explicit lang, year.
	if got := len(ds[0].messages[0].checks); got != 4 {
		t.Errorf("%d checks in the French message, want 4 (2 + lang + no-english)", got)
	}
	if got := len(ds[1].messages[0].checks); got != 2 {
		t.Errorf("%d checks in the English message, want 2 (explicit lang: no implicit one)", got)
	}
	if c := ds[0].messages[0].checks[1]; c.category != "theme" || c.quant != "most" || len(c.vals) != 2 || c.vals[1] != "bank robbery" {
		t.Errorf("keyword check parsed as %+v", c)
	}
}

// TestCorpusChecks: every kind of check holds on a reply that has the fact
// and fails on one that lacks it.
func TestCorpusChecks(t *testing.T) {
	films := []data.Film{
		{ID: "tt0000001", Title: "Old French Comedy", FrenchTitle: "Vieille comédie", Year: 1965, Runtime: 90, Genres: []string{"Comedy"}, Countries: []string{"FR"}, OriginalLanguage: "fr", Directors: []string{"nm0000001"}, Keywords: []string{"heist"}},
		{ID: "tt0000002", Title: "New American Horror", Year: 2010, Runtime: 130, Genres: []string{"Horror"}, Countries: []string{"US"}, OriginalLanguage: "en", Credits: []data.Credit{{PersonID: "nm0000002"}}, Keywords: []string{"zombie"}},
		{ID: "tt0000003", Title: "Heat", Year: 1995, Runtime: 170, Genres: []string{"Crime"}},
	}
	people := []data.Person{{ID: "nm0000001", Name: "Jean Réalisateur"}, {ID: "nm0000002", Name: "Will Actor"}}
	cat := data.NewCatalogue(films, people)
	f := func(id string) *data.Film {
		x, err := cat.Film(id)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	old := chat.Reply{Lang: "fr", Kind: chat.KindFilms, Text: "Puisque vous avez aimé « Heat », voici un film :",
		Films: []chat.Card{{Rank: 1, Film: f("tt0000001"), Reason: "Réalisé par Jean Réalisateur"}}}
	recent := chat.Reply{Lang: "fr", Kind: chat.KindFilms, Text: "Voici des films :",
		Films: []chat.Card{{Rank: 1, Film: f("tt0000002"), Reason: "Thèmes en commun : friendship, zombie"}}}
	both := chat.Reply{Lang: "en", Kind: chat.KindFilms, Text: "Here:", Films: append(append([]chat.Card{}, old.Films...), recent.Films...)}
	choose := chat.Reply{Lang: "fr", Kind: chat.KindChoose, Text: "Lequel ?", Choices: []chat.Choice{{Index: 1, Film: f("tt0000003"), Label: "Heat (1995)"}}}
	text := chat.Reply{Lang: "fr", Kind: chat.KindText, Text: "Je ne trouve pas ce film."}
	cr := &corpusRun{cat: cat}
	st := &dialogueState{shown: map[string]bool{"tt0000002": true}, prev: both.Films}
	for _, tc := range []struct {
		check     string
		hold, not chat.Reply
	}{
		{"kind films", old, text},
		{"kind choose", choose, old},
		{"count 1", old, both},
		{"lang en", both, old},
		{"no-english", old, recent},
		{"liked tt0000003", old, recent},
		{"liked tt0000003", old, chat.Reply{Lang: "fr", Kind: chat.KindText, Text: "Je ne trouve pas « Heat mais… »."}},
		{"why 2", recent, old},
		{"not-prev 1", recent, old},
		{"not tt0000002", old, both},
		{"new", old, recent},
		{"family", old, recent},
		{"choices-include tt0000003", choose, old},
		{"all year>=2000", recent, both},
		{"all year<1990", old, recent},
		{"all runtime<=120", old, recent},
		{"none genre Horror", old, both},
		{"all genre Comedy|Crime", old, recent},
		{"all country FR", old, both},
		{"none country US", old, recent},
		{"all language fr", old, recent},
		{"all person nm0000002", recent, old},
		{"any director nm0000001", both, recent},
		{"all keyword heist|bank robbery", old, recent},
		{"most keyword zombie", recent, both},
		{"notall genre Comedy", both, old},
		{"resolves tt0000003", choose, recent},
		{"resolves tt0000003", old, text},
		{"resolves tt0000009|tt0000003", choose, recent},
		{"newer", recent, old}, // previous list: 1965 and 2010
		{"older", old, recent},
		{"shorter", old, recent},         // previous list: 90 and 130 min
		{"all year>=2000", recent, text}, // a reply without films fails a film check
	} {
		c, err := parseCheck(tc.check)
		if err != nil {
			t.Fatalf("%s: %v", tc.check, err)
		}
		if s, why := cr.evaluate(c, tc.hold, st); s != held {
			t.Errorf("%s fails on %q: %s", tc.check, tc.hold.Text, why)
		}
		if s, _ := cr.evaluate(c, tc.not, st); s != failed {
			t.Errorf("%s holds on %q (status %d)", tc.check, tc.not.Text, s)
		}
	}
	// Titles and names are not English words of a French reply.
	named := chat.Reply{Lang: "fr", Kind: chat.KindFilms, Text: "Voici :", Films: []chat.Card{{Film: f("tt0000002"), Reason: "Avec Will Actor, comme dans New American Horror"}}}
	if w := cr.englishWords(named); len(w) > 0 {
		t.Errorf("names and titles taken for English words: %v", w)
	}
	// A title quoted once, or named earlier in the dialogue, may come back unquoted.
	quoted := chat.Reply{Lang: "fr", Kind: chat.KindFilms, Text: "Puisque vous avez aimé « Love and Poetry », voici :",
		Films: []chat.Card{{Film: f("tt0000001"), Reason: "Même genre que Love and Poetry, comme dans Heat"}}}
	if w := cr.englishWords(quoted, "tt0000003"); len(w) > 0 {
		t.Errorf("quoted or earlier titles taken for English words: %v", w)
	}
	if w := cr.englishWords(recent, "tt0000003"); !slices.Equal(w, []string{"friendship"}) {
		t.Errorf("English words %v, want [friendship]", w)
	}
}

// TestCorpusShape keeps the corpus as large and as balanced as issue 10
// asks: at least 400 messages in 150 dialogues, about two thirds French,
// split about 60/40 between the tune and held-out parts by dialogue.
func TestCorpusShape(t *testing.T) {
	var dialogues, messages, fr, frMessages int
	parts := map[string]int{}
	for _, part := range []string{"tune", "heldout"} {
		ds := readCorpus(t, part)
		parts[part] = len(ds)
		for _, d := range ds {
			dialogues++
			messages += len(d.messages)
			if d.lang == "fr" {
				fr++
				frMessages += len(d.messages)
			}
		}
	}
	t.Logf("%d dialogues (tune %d, heldout %d), %d messages, French: %d dialogues, %d messages",
		dialogues, parts["tune"], parts["heldout"], messages, fr, frMessages)
	if dialogues < 150 || messages < 400 {
		t.Errorf("%d dialogues and %d messages, want at least 150 and 400", dialogues, messages)
	}
	if share := float64(frMessages) / float64(messages); share < 0.55 || share > 0.75 {
		t.Errorf("French messages %.0f%%, want about two thirds", 100*share)
	}
	// The tune part grows with the grids of each class fixed (the first
	// held-out part was read while fixing, so it no longer needs to stay
	// 40 %); it must not swallow the rest.
	if share := float64(parts["tune"]) / float64(dialogues); share < 0.55 || share > 0.72 {
		t.Errorf("tune part %.0f%% of the dialogues, want 55-72%%", 100*share)
	}
}

// TestCorpusShapeHeldout2 keeps the second held-out part as issue 10's
// fresh measure needs it: at least 60 dialogues and 130 messages, about two
// thirds French, explicit checks in every category, and no message of four
// words or more copied from the other parts (it measures phrasings the chat
// was not tuned on).
func TestCorpusShapeHeldout2(t *testing.T) {
	checkHeldoutShape(t, "heldout2", []string{"tune", "heldout"}, 60, 130)
}

// TestCorpusShapeHeldout3 keeps the third held-out part as issue 10's final
// measure needs it: at least 90 dialogues and 260 messages, about two thirds
// French, explicit checks in every category, and no message of four words or
// more copied from the other parts (it was written without reading them, to
// measure phrasings the chat was not tuned on). It only parses the files.
func TestCorpusShapeHeldout3(t *testing.T) {
	checkHeldoutShape(t, "heldout3", []string{"tune", "heldout", "heldout2"}, 90, 260)
}

// TestCorpusShapeHeldout4 keeps the fourth held-out part as the lead's
// figure needs it: at least 150 dialogues and 320 messages, about two thirds
// French, explicit checks in every category, and, stricter than the parts
// before it, no message of two words or more that is also, once folded, a
// message of any other part (every other file of testdata/corpus), nor
// twice in the part itself (it was written without reading them; a message
// copied from a part tuned on would not measure anything held out). It only
// parses the files.
func TestCorpusShapeHeldout4(t *testing.T) { checkSealedPart(t, "heldout4", 150, 320) }

// TestCorpusShapeHeldout5 keeps the fifth held-out part as the lead's
// end-of-session figure needs it: at least 170 dialogues and 330 messages,
// about two thirds French, explicit checks in every category, and, as
// TestCorpusShapeHeldout4, no message of two words or more that is also,
// once folded, a message of any other part (every other file of
// testdata/corpus, heldout4 included: a message shared with any part would
// not measure anything held out), nor twice in the part itself. It only
// parses the files.
func TestCorpusShapeHeldout5(t *testing.T) { checkSealedPart(t, "heldout5", 170, 330) }

// TestCorpusShapeHeldout6 keeps the sixth held-out part, written like
// heldout5 by an independent writer from the customer's side, as the lead's
// figure needs it: at least 220 dialogues and 350 messages, about two thirds
// French, explicit checks in every category, and no message of two words or
// more that is also, once folded, a message of any other part, nor twice in
// the part itself (as TestCorpusShapeHeldout5). It only parses the files.
func TestCorpusShapeHeldout6(t *testing.T) { checkSealedPart(t, "heldout6", 220, 350) }

// TestCorpusShapeHeldout7 keeps the seventh held-out part, written like
// heldout6 by an independent writer from the customer's side (customers of a
// cinema in the Creuse), as the lead's figure needs it: at least 420
// dialogues and 520 messages, about two thirds French, explicit checks in
// every category, and no message of two words or more that is also, once
// folded, a message of any other part, nor twice in the part itself (as
// TestCorpusShapeHeldout6). It only parses the files.
func TestCorpusShapeHeldout7(t *testing.T) { checkSealedPart(t, "heldout7", 420, 520) }

// TestCorpusShapeHeldout8 keeps the eighth held-out part, written like
// heldout7 by an independent writer from the customer's side (customers of a
// small cinema in the Creuse, French first, British and Dutch residents
// writing English), as the lead's figure needs it: at least 520 dialogues and
// 600 messages, 60-75 % French, explicit checks in every category, and no
// message of two words or more that is also, once folded, a message of any
// other part, nor twice in the part itself (as TestCorpusShapeHeldout7). It
// only parses the files.
func TestCorpusShapeHeldout8(t *testing.T) { checkSealedPart(t, "heldout8", 520, 600) }

// TestCorpusShapeHeldout9 keeps the ninth held-out part, written like
// heldout8 by an independent writer from the customer's side (customers of a
// small cinema in the Creuse, French first, British, Dutch and German
// residents writing English; more than half of its dialogues have several
// turns), as the lead's figure needs it: at least 520 dialogues and 620
// messages, 60-75 % French, explicit checks in every category, and no
// message of two words or more that is also, once folded, a message of any
// other part, nor twice in the part itself (as TestCorpusShapeHeldout8). It
// only parses the files.
func TestCorpusShapeHeldout9(t *testing.T) { checkSealedPart(t, "heldout9", 520, 620) }

// TestCorpusShapeHeldout10 keeps the tenth held-out part, written like
// heldout9 by an independent writer from the customer's side (customers of a
// small cinema in the Creuse: retirement homes, farmers, nurses, students,
// families, a ciné-club, a school class, British, Dutch, Belgian and Swiss
// visitors; many dialogues of several turns), as the lead's figure needs it:
// at least 600 dialogues and 950 messages, 60-75 % French, explicit checks in
// every category, and no message of two words or more that is also, once
// folded, a message of any other part, nor twice in the part itself (as
// TestCorpusShapeHeldout9). It only parses the files.
func TestCorpusShapeHeldout10(t *testing.T) { checkSealedPart(t, "heldout10", 600, 950) }

// TestCorpusShapeHeldout11 keeps the eleventh held-out part, written like
// heldout10 by an independent writer from the customer's side (customers of
// a small cinema in the Creuse going online: shopkeepers, a rugby club, a
// book club, a priest, nurses, a mayor's office, students, teachers,
// families, British, Irish, Dutch, German and Swiss residents; many
// dialogues of several turns), as the lead's figure needs it: at least 600
// dialogues and 950 messages, 60-75 % French, explicit checks in every
// category, and no message of two words or more that is also, once folded,
// a message of any other part, nor twice in the part itself (as
// TestCorpusShapeHeldout10). It only parses the files.
func TestCorpusShapeHeldout11(t *testing.T) { checkSealedPart(t, "heldout11", 600, 950) }

// TestCorpusShapeHeldout12 keeps the twelfth held-out part, written by hand
// like heldout11's own stories by an independent writer from the customer's
// side (customers of a small cinema in the Creuse: retired couples,
// farmers, nurses, parents and grandparents, teenagers, a ciné-club,
// teachers, a Portuguese-French family, British, Dutch, Irish, Flemish,
// German and American residents and visitors; about half of its dialogues
// have several turns), as the lead's figure needs it: at least 250
// dialogues and 450 messages, 60-75 % French, explicit checks in every
// category, and no message of two words or more that is also, once folded,
// a message of any other part, nor twice in the part itself (as
// TestCorpusShapeHeldout11). It only parses the files.
func TestCorpusShapeHeldout12(t *testing.T) { checkSealedPart(t, "heldout12", 250, 450) }

// TestCorpusShapeHeldout13 keeps the thirteenth held-out part, written by
// hand like heldout12 by an independent writer from the customer's side
// (customers of a small cinema in the Creuse: shopkeepers and craftsmen, a
// gendarme, a chaplain, a widower, students, grandparents, a Moroccan-French
// family, Spanish and Italian neighbours, British, Canadian, American, New
// Zealand, Danish, Polish and Japanese residents and visitors), as the
// lead's figure needs it: at least 250 dialogues and 450 messages, 60-75 %
// French, explicit checks in every category, and no message of two words
// or more that is also, once folded, a message of any other part, nor twice
// in the part itself (as TestCorpusShapeHeldout12). It only parses the
// files.
func TestCorpusShapeHeldout13(t *testing.T) { checkSealedPart(t, "heldout13", 250, 450) }

// TestCorpusShapeHeldout14 keeps the fourteenth held-out part, written by
// hand like heldout13 by an independent writer from the customer's side
// (customers of a small cinema in the Creuse: a sawmill worker, a tapestry
// weaver, a vet, a rugby club treasurer, an ambulance driver, a volunteer
// firefighter, a mayor's secretary, a midwife, a truck driver, a B&B owner,
// a retired railwayman, a bored teenager, a single father, a first date, a
// retirement home's ciné-club, a Portuguese-French family, Belgian and Swiss
// visitors, British, Irish, Australian, South African, American, Swedish,
// German and Indian residents and visitors), as the lead's figure needs it:
// at least 250 dialogues and 450 messages, 60-75 % French, explicit checks
// in every category, and no message of two words or more that is also, once
// folded, a message of any other part, nor twice in the part itself (as
// TestCorpusShapeHeldout13). It only parses the files.
func TestCorpusShapeHeldout14(t *testing.T) { checkSealedPart(t, "heldout14", 250, 450) }

// checkSealedPart checks a part never read beyond its totals: the shape of
// checkHeldoutShape, and no message of two words or more that is also, once
// folded, a message of any other part, nor twice in the part. Every other
// file of testdata/corpus is compared, so that a part added later (a tune
// grid) is too, except the own held-out parts (ownheldout_*): never tuned on
// either, a message they share inflates nothing.
func checkSealedPart(t *testing.T, part string, minDialogues, minMessages int) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var others []string
	for _, f := range files {
		if p := strings.TrimSuffix(filepath.Base(f), ".txt"); p != part && !strings.HasPrefix(p, "ownheldout") {
			others = append(others, p)
		}
	}
	checkHeldoutShape(t, part, others, minDialogues, minMessages)
	seen := map[string]string{}
	for _, b := range others {
		for _, d := range readCorpus(t, b) {
			for _, m := range d.messages {
				seen[normMessage(m.text)] = fmt.Sprintf("%s.txt:%d", b, m.line)
			}
		}
	}
	own := map[string]int{}
	for _, d := range readCorpus(t, part) {
		for _, m := range d.messages {
			if words(m.text) < 2 {
				continue
			}
			k := normMessage(m.text)
			if where, ok := seen[k]; ok {
				t.Errorf("%s.txt:%d: %q is already in %s", part, m.line, m.text, where)
			}
			if first, ok := own[k]; ok {
				t.Errorf("%s.txt:%d: %q is already at line %d", part, m.line, m.text, first)
			}
			own[k] = m.line
		}
	}
}

// checkHeldoutShape checks a held-out part: at least minDialogues dialogues
// and minMessages messages, 60-75 % of them French, at least 3 explicit
// checks in every category but language, and no message of four words or
// more that is also in one of the parts before it ("more" may repeat).
func checkHeldoutShape(t *testing.T, part string, before []string, minDialogues, minMessages int) {
	t.Helper()
	ds := readCorpus(t, part)
	seen := map[string]string{}
	for _, b := range before {
		for _, d := range readCorpus(t, b) {
			for _, m := range d.messages {
				seen[normMessage(m.text)] = fmt.Sprintf("%s.txt:%d", b, m.line)
			}
		}
	}
	var messages, frMessages, explicit, implicit int
	byCat := map[string]int{}
	for _, d := range ds {
		messages += len(d.messages)
		if d.lang == "fr" {
			frMessages += len(d.messages)
		}
		for _, m := range d.messages {
			if where, ok := seen[normMessage(m.text)]; ok && words(m.text) >= 4 {
				t.Errorf("%s.txt:%d: %q is already in %s", part, m.line, m.text, where)
			}
			for _, c := range m.checks {
				if c.implicit {
					implicit++
					continue
				}
				explicit++
				byCat[c.category]++
			}
		}
	}
	t.Logf("%s: %d dialogues, %d messages (%d French), %d explicit and %d implicit checks, explicit checks per category %v",
		part, len(ds), messages, frMessages, explicit, implicit, byCat)
	if len(ds) < minDialogues || messages < minMessages {
		t.Errorf("%d dialogues and %d messages, want at least %d and %d", len(ds), messages, minDialogues, minMessages)
	}
	if share := float64(frMessages) / float64(messages); share < 0.6 || share > 0.75 {
		t.Errorf("French messages %.0f%%, want about two thirds", 100*share)
	}
	for _, c := range corpusCategories {
		if c != "language" && byCat[c] < 3 {
			t.Errorf("category %s: %d explicit checks, want at least 3", c, byCat[c])
		}
	}
}

// TestDevCorpusIDs checks every film and person id of every corpus part
// against the development catalogue, and that some film carries at least
// one of the keywords of each keyword check (otherwise the check could never
// hold; a dead alternative is only logged), without playing the dialogues: a wrong id or keyword is a
// defect of the corpus, found here in a second rather than after a full
// TestCorpus run.
func TestDevCorpusIDs(t *testing.T) {
	if testing.Short() {
		t.Skip("dev dataset: skipped in -short mode")
	}
	cat := indexertest.Dev(t).Catalogue
	keywords := map[string]bool{}
	for _, f := range cat.Films() {
		for _, k := range f.Keywords {
			keywords[k] = true
		}
	}
	for _, part := range corpusParts {
		ds := readCorpus(t, part)
		checkCorpusIDs(t, cat, part, ds)
		for _, d := range ds {
			for _, m := range d.messages {
				for _, c := range m.checks {
					if c.field != "keyword" {
						continue
					}
					var dead []string
					for _, k := range c.vals {
						if !keywords[k] {
							dead = append(dead, k)
						}
					}
					switch {
					case len(dead) == len(c.vals):
						t.Errorf("%s.txt:%d: no film of the dev catalogue carries any of the keywords %q", part, c.line, c.vals)
					case len(dead) > 0:
						t.Logf("%s.txt:%d: keywords %q are on no film of the dev catalogue (dead alternatives)", part, c.line, dead)
					}
				}
			}
		}
	}
}

// normMessage folds a message for comparison: lower case, no accents, single spaces.
func normMessage(s string) string {
	return strings.Join(strings.Fields(foldLower(s)), " ")
}

// words counts the words of s (runs of letters and digits).
func words(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}
