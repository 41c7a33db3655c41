package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/bobine/bobine/indexer"
)

// A fresh data directory with the IMDb files and a TMDB key: fetch -tmdb
// then index gives French titles and posters; a second fetch asks nothing;
// the key shows in no output.
func TestFetchTMDBThenIndex(t *testing.T) {
	const key = "feedfacefeedfacefeedfacefeedface"
	var requests atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		if r.URL.Query().Get("api_key") != key {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		var num int
		if _, err := fmt.Sscanf(r.URL.Path, "/3/find/tt%d", &num); err == nil {
			json.NewEncoder(w).Encode(map[string]any{"movie_results": []any{map[string]any{"id": 100 + num}}})
			return
		}
		if _, err := fmt.Sscanf(r.URL.Path, "/3/movie/%d", &num); err == nil {
			json.NewEncoder(w).Encode(map[string]any{"id": num, "original_language": "en", "poster_path": fmt.Sprintf("/p%d.jpg", num),
				"translations": map[string]any{"translations": []any{map[string]any{"iso_639_1": "fr", "iso_3166_1": "FR",
					"data": map[string]any{"title": fmt.Sprintf("Titre français %d", num), "overview": "Un résumé."}}}}})
			return
		}
		w.WriteHeader(http.StatusNotFound)
	}))
	defer srv.Close()

	data := t.TempDir()
	if err := os.CopyFS(filepath.Join(data, "imdb"), os.DirFS("../../indexer/testdata/minidata/imdb")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BOBINE_DATA_DIR", data)
	t.Setenv("BOBINE_TMDB_API_KEY", key)
	t.Setenv("BOBINE_TMDB_BASE_URL", srv.URL+"/3")
	t.Setenv("BOBINE_LOG_LEVEL", "debug")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"fetch", "-tmdb"}, &stdout, &stderr); code != 0 {
		t.Fatalf("fetch -tmdb: exit %d\n%s", code, stderr.String())
	}
	first := requests.Load()
	if first == 0 {
		t.Fatal("fetch -tmdb made no request")
	}
	if code := run(context.Background(), []string{"fetch", "-tmdb"}, &stdout, &stderr); code != 0 {
		t.Fatalf("second fetch -tmdb: exit %d\n%s", code, stderr.String())
	}
	if n := requests.Load() - first; n != 0 {
		t.Errorf("second fetch -tmdb made %d requests, want 0", n)
	}
	if out := stdout.String() + stderr.String(); strings.Contains(out, key) {
		t.Errorf("the API key shows in the output:\n%s", out)
	}

	idx := filepath.Join(t.TempDir(), "index")
	if code := run(context.Background(), []string{"index", "-q", "-out", idx}, &stdout, &stderr); code != 0 {
		t.Fatalf("index: exit %d\n%s", code, stderr.String())
	}
	res, err := indexer.Open(context.Background(), idx)
	if err != nil {
		t.Fatal(err)
	}
	// tt0000007 has no French title in IMDb: TMDB's is used.
	f, err := res.Catalogue.Film("tt0000007")
	if err != nil {
		t.Fatal(err)
	}
	if f.FrenchTitle != "Titre français 107" || f.PosterPath != "/p107.jpg" || f.OverviewFR != "Un résumé." {
		t.Errorf("indexed film: french title %q, poster %q, overview %q", f.FrenchTitle, f.PosterPath, f.OverviewFR)
	}
}

func TestFetchTMDBNeedsKey(t *testing.T) {
	t.Setenv("BOBINE_DATA_DIR", t.TempDir())
	t.Setenv("BOBINE_TMDB_API_KEY", "")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"fetch", "-tmdb"}, &stdout, &stderr); code == 0 || !strings.Contains(stderr.String(), "BOBINE_TMDB_API_KEY") {
		t.Errorf("no key: exit %d, stderr %q; want a failure naming BOBINE_TMDB_API_KEY", code, stderr.String())
	}
}
