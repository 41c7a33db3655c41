package data

import (
	"fmt"
	"io"
	"os"
)

// MapFile returns the bytes of the file at path. On unix it maps the file
// read-only (mapped is true): its pages are read from the page cache as they
// are touched, count in the process's resident memory only then, and are
// never on the Go heap. The mapping lives as long as the process, since
// views of it may be kept anywhere; the file must be replaced by a rename,
// never rewritten in place, or reads of the mapping may fault. Elsewhere,
// or when mapping fails, it reads the file in one piece. The bytes must
// not be modified.
func MapFile(path string) (b []byte, mapped bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, false, err
	}
	if b, mapped = mapFile(f, st.Size()); mapped {
		return b, true, nil
	}
	if b, err = io.ReadAll(f); err != nil {
		return nil, false, fmt.Errorf("read %s: %w", path, err)
	}
	return b, false, nil
}

// UnmapFile releases a mapping MapFile returned, when no view of it is
// kept anywhere (after a failed decoding).
func UnmapFile(b []byte) { unmapFile(b) }
