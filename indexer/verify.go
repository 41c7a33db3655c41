package indexer

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// sumFiles returns the size and SHA-256 of every regular file under dir
// but the manifest, in path order.
func sumFiles(dir string) ([]FileSum, error) {
	var out []FileSum
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil || rel == ManifestFile {
			return err
		}
		size, sum, err := sumFile(p)
		if err != nil {
			return err
		}
		out = append(out, FileSum{Path: filepath.ToSlash(rel), Size: size, SHA256: sum})
		return nil
	})
	return out, err
}

func sumFile(path string) (int64, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return 0, "", err
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}

// ErrCorrupt is wrapped by Verify's errors: the index directory is not the
// one its manifest describes (a file missing, truncated or altered).
var ErrCorrupt = errors.New("index directory does not match its manifest")

// Verify checks that every file the manifest of dir lists is there with
// its recorded size and, when checksums is set, its SHA-256 (which reads
// every byte). A manifest without the list (written before it existed)
// fails. It does not check the format version: see Manifest.
func Verify(dir string, checksums bool) error {
	b, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return fmt.Errorf("indexer: verify: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("indexer: verify %s: %w", ManifestFile, err)
	}
	if len(m.Files) == 0 {
		return fmt.Errorf("indexer: verify %s: the manifest lists no files (written by an older bobine): %w", dir, ErrCorrupt)
	}
	for _, f := range m.Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		fi, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("indexer: verify %s: %w: %w", f.Path, ErrCorrupt, err)
		}
		if fi.Size() != f.Size {
			return fmt.Errorf("indexer: verify %s: %d bytes, the manifest says %d: %w", f.Path, fi.Size(), f.Size, ErrCorrupt)
		}
		if !checksums {
			continue
		}
		_, sum, err := sumFile(p)
		if err != nil {
			return fmt.Errorf("indexer: verify %s: %w", f.Path, err)
		}
		if sum != f.SHA256 {
			return fmt.Errorf("indexer: verify %s: SHA-256 differs from the manifest's: %w", f.Path, ErrCorrupt)
		}
	}
	return nil
}
