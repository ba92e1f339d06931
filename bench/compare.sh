#!/usr/bin/env bash
# Measures the compare page for the seed pair against a plain servlet that renders the same comparison as
# bare HTML, in the same server and the same run: wrk on loopback, 16 connections, a signed-in session.
# The page is measured twice: made and sent (a first view), and revalidated (a browser that holds the page
# sends its ETag in If-None-Match and is answered 304, as on every later view while nothing changed).
# Needs a running Rolewise (./rolewise start) and wrk (apt-get install -y wrk). Writes bench/results-compare.md.
#
#   bench/compare.sh [seconds per run, default 20] [runs, default 3]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
SECONDS_PER_RUN=${1:-20}
RUNS=${2:-3}
BASE=${ROLEWISE_URL:-http://localhost:8080}
ROLES=data-engineer,machine-learning-engineer
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }

# Other work on the machine skews every figure: say how busy it was when the run started.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
session=$(./login.sh mark rolewise)
cookie="Cookie: JSESSIONID=$session"

page="$BASE/compare?roles=$ROLES"
etag=$(curl -s -o /dev/null -D - -H "$cookie" "$page" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
[ -n "$etag" ] || { echo "bench: the compare page sent no ETag" >&2; exit 1; }

# wrk prints "Requests/sec: N" and, with --latency, "50% 1.23ms" / "99% 4.56ms"; convert to ms.
# Non-2xx counts the answers that are neither 2xx nor 3xx (304 is the revalidated page's answer).
measure() {
    local url=$1; shift
    wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -H "$cookie" "$@" "$url" | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx/ { errors = $NF }
        END { printf "%.1f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Warm up both (JIT, caches), then alternate so both see the same machine state.
wrk -t2 -c16 -d10s -H "$cookie" "$page" >/dev/null
wrk -t2 -c16 -d10s -H "$cookie" -H "If-None-Match: $etag" "$page" >/dev/null
wrk -t2 -c16 -d10s -H "$cookie" "$BASE/compare/plain?roles=$ROLES" >/dev/null
: >/tmp/rolewise-bench-page
: >/tmp/rolewise-bench-revalidated
: >/tmp/rolewise-bench-plain
for run in $(seq "$RUNS"); do
    measure "$page" >>/tmp/rolewise-bench-page
    measure "$page" -H "If-None-Match: $etag" >>/tmp/rolewise-bench-revalidated
    measure "$BASE/compare/plain?roles=$ROLES" >>/tmp/rolewise-bench-plain
done

column() { awk -v c="$1" '{ print $c }' "$2" | median; }
page_rps=$(column 1 /tmp/rolewise-bench-page); plain_rps=$(column 1 /tmp/rolewise-bench-plain)
page_p50=$(column 2 /tmp/rolewise-bench-page); plain_p50=$(column 2 /tmp/rolewise-bench-plain)
page_p99=$(column 3 /tmp/rolewise-bench-page); plain_p99=$(column 3 /tmp/rolewise-bench-plain)
again_rps=$(column 1 /tmp/rolewise-bench-revalidated); again_p50=$(column 2 /tmp/rolewise-bench-revalidated)
again_p99=$(column 3 /tmp/rolewise-bench-revalidated)
page_err=$(cat /tmp/rolewise-bench-page /tmp/rolewise-bench-revalidated | awk '{ s += $4 } END { print s + 0 }')
percent() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f", 100 * a / b; else print 0 }'; }
ratio=$(percent "$page_rps" "$plain_rps")
again_ratio=$(percent "$again_rps" "$plain_rps")

{
    echo "| what (seed pair, 16 connections, ${SECONDS_PER_RUN}s × $RUNS, median) | requests/s | p50 ms | p99 ms |"
    echo "|---|---|---|---|"
    echo "| compare page (Faces), made and sent | $page_rps | $page_p50 | $page_p99 |"
    echo "| compare page revalidated (If-None-Match, 304) | $again_rps | $again_p50 | $again_p99 |"
    echo "| plain servlet, same data | $plain_rps | $plain_p50 | $plain_p99 |"
    echo
    echo "Compare page throughput (target ≥ 50% of the plain servlet, p99 ≤ 50 ms): made and sent ${ratio}%, p99 ${page_p99} ms;"
    echo "revalidated ${again_ratio}%, p99 ${again_p99} ms;"
    echo "non-2xx answers from the page: $page_err. Machine: $(nproc) cores, load average $load_before before the run"
    echo "and $(cut -d' ' -f1-3 /proc/loadavg) after, $(date -u +%Y-%m-%d)."
} | tee results-compare.md
