package data

import (
	"hash/crc32"
	"testing"
)

// The catalogue's checksum is put together from the checksums of its parts.
func TestCRC32Combine(t *testing.T) {
	all := []byte("BOBINECA: the arena, the vocabularies, then the records of every film and person")
	for _, cut := range []int{0, 1, 7, 8, 31, 40, len(all) - 1, len(all)} {
		a, b := all[:cut], all[cut:]
		got := crc32Combine(crc32.Checksum(a, crcTable), crc32.Checksum(b, crcTable), uint64(len(b)))
		if want := crc32.Checksum(all, crcTable); got != want {
			t.Errorf("cut at %d: combined %08x, want %08x", cut, got, want)
		}
	}
}
