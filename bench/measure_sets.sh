#!/usr/bin/env bash
# Measure quotecheck on every laid-out real-news set (bench/layout_sets.sh) and total the judged
# warnings: per set, the compare report OUT/<set>.json and eval_realnews.py's output OUT/<set>.txt
# (pair P/R/F1, warnings per 100 articles, the judged seed-1 sample of 40), then judged_totals.py.
# Usage: bench/measure_sets.sh [REALNEWS] [OUT]; env JOBS (default 2), SETS (default: all
# folders of REALNEWS that have pair labels, except the untuned reserve named in
# bench/labels/reserve.txt, which only an explicit SETS opens), UNTUNED (sets kept out of the tuned total, those
# measured before any tuning and kept untuned; default none: groundnews and allsides06, measured
# untuned at the sixteenth session's end, and every earlier untuned set are tuned on from then).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
R=${1:-/tmp/realnews}
OUT=${2:-/tmp/measure}
mkdir -p "$OUT"
if [ -z "${SETS:-}" ]; then
  reserve=$(grep -v '^#' "$HERE/labels/reserve.txt" 2>/dev/null || true)
  SETS=$(for d in "$R"/*/; do s=$(basename "$d"); [ -f "$HERE/labels/${s}_pairs.csv" ] \
         && ! printf '%s\n' $reserve | grep -qx "$s" && echo "$s"; done)
fi
one() {
  local s=$1 extra
  extra=$(ls "$HERE"/labels/"${s}"_pairs_pool*.csv 2>/dev/null || true)
  (cd "$HERE/.." && python -m quotecheck compare "$R/$s" --format json --fail-on never --quiet \
      > "$OUT/$s.json" \
   && python bench/eval_realnews.py "$R/$s" "bench/labels/${s}_pairs.csv" \
      ${extra:+--extra-labels $extra} --judgements "bench/labels/${s}_judgements.csv" \
      --sample 40 --seed 1 --report "$OUT/$s.json" > "$OUT/$s.txt" 2>&1) \
   || echo "measure_sets: $s failed" >&2
}
export -f one; export HERE R OUT
printf '%s\n' $SETS | xargs -P "${JOBS:-2}" -I{} bash -c 'one {}'
python "$HERE/judged_totals.py" "$OUT" --untuned ${UNTUNED-}
