#!/usr/bin/env bash
# Measures pages as signed-in users see them: GET requests with wrk on loopback (bench/replay.lua, one thread
# per connection, each page with its user's session from bench/login.sh). Prints one line per page:
#
#   label requests/s p50-ms p95-ms p99-ms errors        (medians of the runs; errors summed)
#
#   bench/pages.sh SECONDS RUNS CONNECTIONS LABEL=USER:PATH...
#   e.g. bench/pages.sh 10 3 8 catalogue=mark:/roles/ mine=mark:/assessments/
#
# Each page is requested once by hand first and must answer 200. Needs a running Rolewise and wrk.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
[ $# -ge 4 ] || { echo "usage: bench/pages.sh SECONDS RUNS CONNECTIONS LABEL=USER:PATH..." >&2; exit 2; }
SECONDS_PER_RUN=$1 RUNS=$2 CONNECTIONS=$3
shift 3
BASE=${ROLEWISE_URL:-http://localhost:8080}
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
mkdir -p target

declare -A session
labels=()
for page in "$@"; do
    label=${page%%=*} user_path=${page#*=}
    user=${user_path%%:*} path=${user_path#*:}
    [ -n "${session[$user]:-}" ] || session[$user]=$(./login.sh "$user" rolewise)
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=${session[$user]}" "$BASE$path")
    [ "$status" = 200 ] || { echo "bench: $path as $user answers $status, not 200" >&2; exit 1; }
    printf '%s\t%s\t\n' "$path" "${session[$user]}" >"target/page-$label.tsv"
    labels+=("$label")
done

replay() { REPLAY="target/page-$1.tsv" wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$2s" -s replay.lua "$BASE"; }
for label in "${labels[@]}"; do
    replay "$label" 3 >/dev/null   # warm-up: JIT, caches
    : >"target/page-$label.results"
done
# runs alternate between the pages, so that each sees the same machine state
for run in $(seq "$RUNS"); do
    for label in "${labels[@]}"; do
        replay "$label" "$SECONDS_PER_RUN" | awk '/^RESULT/ { print $2, $3, $4, $5, $6 }' >>"target/page-$label.results"
    done
done

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
for label in "${labels[@]}"; do
    results="target/page-$label.results"
    echo "$label $(for c in 1 2 3 4; do awk -v c=$c '{ print $c }' "$results" | median; done | tr '\n' ' ')$(awk '{ s += $5 } END { print s + 0 }' "$results")"
done
