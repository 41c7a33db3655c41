#!/usr/bin/env bash
# bench-scale.sh [dev] [70k] [full] — the figures of issue 11 at three sizes.
#
# For each case it indexes (timing it and taking its peak resident memory),
# then runs `bobine bench` on the index it wrote: start-up time, resident
# memory after the load (N queries of each operation) and the latency table
# (resolve exact/fuzzy title, autocomplete, people by name, five films from
# 1/3/10 liked films, refined). Cases:
#   dev   the development bundle (DEVDATA, default ../shared/data), whole
#   70k   the full-size synthetic set (SYNTH) with index.min_votes 500
#   full  the full-size synthetic set with index.min_votes 0 (every film and series)
# The synthetic set is written once by
#   bobine gen -dir "$SYNTH" -titles 12000000 -seed 1
# Environment: BIN (bin/bobine), SYNTH (var/synth), DEVDATA, OUT (var/bench-scale: indexes and
# logs), N (queries per operation, 1000), WRAP (a command prefix for the heavy runs, e.g.
# "/work/bigrun.sh 12" on a shared machine), REUSE (1: a case whose index in OUT passes
# `bobine index -check` is not built again; its index figures are those of the run that
# built it, kept in OUT/CASE-index.time: the full case takes tens of minutes to index).
set -euo pipefail
BIN=${BIN:-bin/bobine}
SYNTH=${SYNTH:-var/synth}
DEVDATA=${DEVDATA:-../shared/data}
OUT=${OUT:-var/bench-scale}
N=${N:-1000}
WRAP=${WRAP:-}
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(dev 70k full)
mkdir -p "$OUT"
[ -x "$BIN" ] || { echo "bench-scale: $BIN not built (make build)" >&2; exit 1; }

# field FILE LABEL: a value of a GNU time -v report.
field() { sed -n "s/^[[:space:]]*$2: //p" "$1" | tail -1; }

summary="$OUT/summary.txt"
: >"$summary"
for c in "${cases[@]}"; do
	case $c in
	dev) data=$DEVDATA votes=0 ;;
	70k) data=$SYNTH votes=500 ;;
	full) data=$SYNTH votes=0 ;;
	*) echo "bench-scale: unknown case $c (dev, 70k, full)" >&2; exit 2 ;;
	esac
	[ -f "$data/imdb/title.basics.tsv.gz" ] || { echo "bench-scale: $c: no data in $data" >&2; continue; }
	idx="$OUT/index-$c"
	echo "== $c: indexing $data (min_votes $votes) into $idx" >&2
	status=ok
	if [ "${REUSE:-}" = 1 ] && [ -f "$OUT/$c-index.time" ] && "$BIN" index -check -out "$idx" >/dev/null 2>&1; then
		echo "== $c: reusing $idx (REUSE=1)" >&2
		status="ok (reused, built earlier)"
	else
		BOBINE_DATA_DIR=$data BOBINE_INDEX_DIR=$idx BOBINE_INDEX_MIN_VOTES=$votes \
			$WRAP /usr/bin/time -v -o "$OUT/$c-index.time" "$BIN" index -q >"$OUT/$c-index.log" 2>&1 || status=failed
	fi
	itime=$(field "$OUT/$c-index.time" "Elapsed (wall clock) time (h:mm:ss or m:ss)")
	irss=$(( $(field "$OUT/$c-index.time" "Maximum resident set size (kbytes)") / 1024 ))
	films=$(sed -n 's/.*"films": \([0-9]*\).*/\1/p' "$idx/manifest.json" 2>/dev/null | head -1)
	{
		echo "=== $c: $data, index.min_votes $votes: ${films:-?} films"
		echo "index: $status in $itime, peak resident memory $irss MB"
	} | tee -a "$summary"
	[ "$status" != failed ] || { tail -5 "$OUT/$c-index.log" | tee -a "$summary"; continue; }
	echo "== $c: bench (-n $N)" >&2
	if BOBINE_INDEX_DIR=$idx $WRAP /usr/bin/time -v -o "$OUT/$c-bench.time" "$BIN" bench -n "$N" >"$OUT/$c-bench.txt" 2>"$OUT/$c-bench.log"; then
		cat "$OUT/$c-bench.txt" | tee -a "$summary"
	else
		echo "bench failed:" | tee -a "$summary"; tail -5 "$OUT/$c-bench.log" | tee -a "$summary"
	fi
	echo | tee -a "$summary"
done
echo "bench-scale: summary in $summary" >&2
