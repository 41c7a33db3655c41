package recommend

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/bobine/bobine/data"
)

// AFCAE is the result of joining an AFCAE art-et-essai list to a
// catalogue: the films matched and how many rows were read, refused as
// malformed and matched.
type AFCAE struct {
	IDs                    []string // matched films, sorted, without repeats
	Rows, Refused, Matched int
	Unmatched              int      // well-formed rows with no film of that title, year and director
	Examples               []string // up to 5 refused rows, "line N: why"
}

// ReadAFCAE joins the AFCAE art-et-essai list r (CSV with a header line
// titre,realisateur,labels,date_sortie,distributeur,visa; CRLF or LF; titles
// in capitals; director as "SURNAME Firstname"; date dd/mm/yyyy, the French
// release) to cat. A row matches a film whose French, original, English or
// other known title folds to the same words, released in France at most two
// years after the film's year, and one of whose directors' names contains
// the row's surname (a row without director matches only a single film of
// that title and year). A malformed row is counted and skipped; a missing
// or wrong header is an error.
func ReadAFCAE(r io.Reader, cat *data.Catalogue) (*AFCAE, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("recommend: afcae: header: %w", err)
	}
	want := []string{"titre", "realisateur", "labels", "date_sortie", "distributeur", "visa"}
	if len(head) > 0 {
		head[0] = strings.TrimPrefix(head[0], "\ufeff")
	}
	if len(head) < 4 || !slices.Equal(head[:4], want[:4]) {
		return nil, fmt.Errorf("recommend: afcae: header %q, want %q: %w", strings.Join(head, ","), strings.Join(want, ","), data.ErrInvalid)
	}
	films := cat.Films()
	byTitle := map[string][]int{}
	for i := range films {
		f := &films[i]
		seen := map[string]bool{}
		for _, t := range append([]string{f.FrenchTitle, f.OriginalTitle, f.Title}, f.Akas...) {
			if k := foldTitle(t); k != "" && !seen[k] {
				seen[k] = true
				byTitle[k] = append(byTitle[k], i)
			}
		}
	}
	out := &AFCAE{}
	matched := map[string]bool{}
	refuse := func(line int, why string) {
		out.Refused++
		if len(out.Examples) < 5 {
			out.Examples = append(out.Examples, fmt.Sprintf("line %d: %s", line, why))
		}
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		out.Rows++
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				refuse(pe.Line, pe.Err.Error())
				continue
			}
			return nil, fmt.Errorf("recommend: afcae: %w", err)
		}
		if len(rec) < 4 {
			refuse(line, fmt.Sprintf("%d fields, want 6", len(rec)))
			continue
		}
		title := foldTitle(rec[0])
		year, ok := frenchDateYear(rec[3])
		if title == "" || !ok {
			refuse(line, fmt.Sprintf("no title or no date dd/mm/yyyy (%q, %q)", rec[0], rec[3]))
			continue
		}
		surname := directorSurname(rec[1])
		var hits []int
		for _, fi := range byTitle[title] {
			f := &films[fi]
			if f.Year == 0 || year < f.Year || year > f.Year+2 {
				continue
			}
			if surname == "" || directedBy(cat, f, surname) {
				hits = append(hits, fi)
			}
		}
		if len(hits) == 0 || (surname == "" && len(hits) > 1) {
			out.Unmatched++
			continue
		}
		out.Matched++
		for _, fi := range hits {
			matched[films[fi].ID] = true
		}
	}
	for id := range matched {
		out.IDs = append(out.IDs, id)
	}
	slices.Sort(out.IDs)
	return out, nil
}

// foldTitle lower-cases s, drops accents and keeps letters and digits,
// words separated by one space: "LA CITÉ DE LA PEUR" and "La cité de la
// peur" fold alike.
func foldTitle(s string) string {
	var ws []string
	foldedWords(s, func(w string) { ws = append(ws, w) })
	return strings.Join(ws, " ")
}

// frenchDateYear returns the year of a dd/mm/yyyy date.
func frenchDateYear(s string) (int, bool) {
	parts := strings.Split(strings.TrimSpace(s), "/")
	if len(parts) != 3 {
		return 0, false
	}
	y, err := strconv.Atoi(parts[2])
	return y, err == nil && y >= 1890 && y <= 2100
}

// directorSurname returns the folded surname of an AFCAE director, "SURNAME
// Firstname": the words in capitals. "" for none or a collective.
func directorSurname(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "collectif") {
		return ""
	}
	var caps []string
	for _, w := range strings.Fields(s) {
		if strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			caps = append(caps, w)
		}
	}
	if len(caps) == 0 {
		caps = strings.Fields(s)[:1]
	}
	return foldTitle(strings.Join(caps, " "))
}

// directedBy reports whether one of f's directors' folded names contains
// surname.
func directedBy(cat *data.Catalogue, f *data.Film, surname string) bool {
	for _, id := range f.Directors {
		if p, err := cat.Person(id); err == nil && strings.Contains(" "+foldTitle(p.Name)+" ", " "+surname+" ") {
			return true
		}
	}
	return false
}

// ArtEtEssaiFile is the file of the vectors directory that lists the films
// of the cinema's art-et-essai list, one IMDb id a line.
const ArtEtEssaiFile = "art_et_essai.txt"

// WriteArtEtEssai writes ids into dir as ArtEtEssaiFile.
func WriteArtEtEssai(dir string, ids []string) error {
	var b strings.Builder
	for _, id := range ids {
		b.WriteString(id)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, ArtEtEssaiFile), []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("recommend: write art-et-essai list: %w", err)
	}
	return nil
}

// ReadArtEtEssai reads ArtEtEssaiFile from dir (a vectors directory); none
// when it is absent.
func ReadArtEtEssai(dir string) ([]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, ArtEtEssaiFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("recommend: read art-et-essai list: %w", err)
	}
	return strings.Fields(string(b)), nil
}
