#!/usr/bin/env bash
# The whole benchmark suite in one command, against a Rolewise started with ./rolewise start (same
# ROLEWISE_HOME and environment). Restarts WildFly (never Keycloak) to time its start and to fill the
# database; leaves it running on the 1k-assessment data set. Writes bench/results.md: the machine (cores,
# load), every figure as the median of the runs, its ratio to the plain servlet measured in the same run
# (the baseline: the same machine state, the cheapest signed-in page), and each target met or missed.
#
#   bench/suite.sh [seconds per run, default 10] [runs, default 3] [sessions, default 1000]
#
# About 15 minutes with the defaults. Needs wrk, python3, jcmd; the H2 database by default (the generator
# then writes while WildFly is stopped), or PostgreSQL by the environment (README, Configuration).
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
SECONDS_PER_RUN=${1:-10}
RUNS=${2:-3}
SESSIONS=${3:-1000}
CONNECTIONS=16
BASE=${ROLEWISE_URL:-http://localhost:8080}
# shellcheck source=../scripts/servers.sh
source "$ROOT/scripts/servers.sh"
STATE=${ROLEWISE_HOME:-$ROOT/.rolewise}
RUN="$STATE/run"
WILDFLY_HOME="$STATE/servers/wildfly-$WILDFLY_VERSION"
WAR="$ROOT/web/target/rolewise.war"
mkdir -p "$BENCH/target"
cd "$BENCH"
[ -s "$RUN/wildfly.pid" ] && [ -s "$RUN/keycloak.pid" ] || fail "start Rolewise first: ./rolewise start"

loads=()
load() { loads+=("$(cut -d' ' -f1-3 /proc/loadavg)"); }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Seconds from starting WildFly (Keycloak up) until /health/ready answers 200 and the application answers
# (its sign-in redirect), polled every 0.1 s while start_wildfly waits on its own 1 s polls.
ready_times=()
restart_wildfly() {
    stop "$RUN/wildfly.pid" WildFly >/dev/null
    [ -z "${1:-}" ] || ./generate.sh "$1" "$2"
    local started=$EPOCHREALTIME
    (start_wildfly "$WILDFLY_HOME" "$WAR" "$STATE" "$RUN/wildfly.pid") >/dev/null &
    local starter=$!
    until curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$MANAGEMENT_PORT/health/ready" &&
        [[ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$BASE/")" =~ ^(200|302)$ ]]; do
        kill -0 "$starter" 2>/dev/null || { wait "$starter" || true; fail "WildFly did not start (see $STATE/logs)"; }
        sleep 0.1
    done
    ready_times+=("$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')")
    wait "$starter"
    echo "bench: WildFly ready in ${ready_times[-1]} s${1:+ with $1 assessments and $2 roles}"
}

pages() { ./pages.sh "$SECONDS_PER_RUN" "$RUNS" "$CONNECTIONS" "$@"; }
BASELINE="baseline=mark:/compare/plain?roles=data-engineer,machine-learning-engineer"
LISTS=(catalogue=mark:/roles/ mine=mark:/assessments/ all=holly:/assessments/)

load
echo "bench: 1. start with 1,000 assessments and the seed's roles"
restart_wildfly 1000 10
echo "bench: 2. the baseline (plain servlet) and the lists at 1,000 assessments"
pages "$BASELINE" "${LISTS[@]}" | tee target/small.figures
echo "bench: 3. compare page"
./compare.sh "$SECONDS_PER_RUN" "$RUNS" >/dev/null
echo "bench: 4. hiring workflow"
./workflow.sh "$SECONDS_PER_RUN" "$RUNS" >/dev/null
load
echo "bench: 5. heap per session, $SESSIONS sessions"
./sessions.sh "$SESSIONS" | tee target/sessions.figures
echo "bench: 6. start again (without the sessions)"
restart_wildfly
echo "bench: 7. start with 100,000 assessments and 1,000 roles; the baseline and the lists again"
restart_wildfly 100000 1000
pages "$BASELINE" "${LISTS[@]}" | tee target/large.figures
load
echo "bench: 8. back to 1,000 assessments"
restart_wildfly 1000 10

# ---- results.md ----
figure() { awk -v l="$2" -v c="$3" '$1 == l { print $(c + 1) }' "target/$1.figures"; }  # columns: 1 rps, 3 p95
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == "<=") ? v <= t : v >= t; print (ok ? "met" : "**missed**") }'; }
workflow() { awk -F'|' -v l="$1" -v c="$2" 'index($2, l) { gsub(/ /, "", $(c + 2)); print $(c + 2) }' results-workflow.md; }  # c: 1 rps, 3 p95
compare() { awk -F'|' -v l="$1" -v c="$2" 'index($2, l) { gsub(/ /, "", $(c + 2)); print $(c + 2) }' results-compare.md; }   # c: 1 rps, 3 p99

base_rps=$(figure small baseline 1) base_p95=$(figure small baseline 3)
page_rps=$(compare 'made and sent' 1) plain_rps=$(compare 'plain servlet' 1) page_p99=$(compare 'made and sent' 3)
again_rps=$(compare 'revalidated' 1) again_p99=$(compare 'revalidated' 3)
share() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", 100 * a / b }'; }
compare_share=$(share "$page_rps" "$plain_rps") again_share=$(share "$again_rps" "$plain_rps")
wizard=$(workflow 'wizard step' 3) drafted=$(workflow 'job description' 3) pdf=$(workflow 'PDF export' 3)
read -r _ opened _ per_session _ < target/sessions.figures
per_session_kb=$(awk -v b="$per_session" 'BEGIN { printf "%.1f", b / 1024 }')
ready=$(printf '%s\n' "${ready_times[@]:0:3}" | median)
{
    echo "# Benchmark results"
    echo
    echo "bench/suite.sh $SECONDS_PER_RUN $RUNS $SESSIONS, $(date -u '+%Y-%m-%d %H:%M') UTC: $(nproc) cores, load average (1, 5, 15 min)"
    echo "${loads[0]} at the start, ${loads[1]} after the page figures, ${loads[2]} after the 100k figures;"
    echo "database ${ROLEWISE_DB_DRIVER:-h2}; wrk on the same machine, $CONNECTIONS connections, ${SECONDS_PER_RUN} s × $RUNS runs, median."
    echo "Baseline: the plain servlet (/compare/plain, the seed pair as bare HTML), measured in the same run:"
    echo "$base_rps requests/s, p95 $base_p95 ms (at 1k assessments); ratios are figure / baseline."
    echo
    echo "| figure | median | baseline | ratio | target | |"
    echo "|---|---|---|---|---|---|"
    echo "| compare page made and sent, requests/s | $page_rps | $plain_rps (compare.sh's own plain run) | $(ratio "$page_rps" "$plain_rps") | ≥ 50% of the plain servlet | $(verdict "$compare_share" '>=' 50) |"
    echo "| compare page made and sent, p99 ms | $page_p99 | $(compare 'plain servlet' 3) | $(ratio "$page_p99" "$(compare 'plain servlet' 3)") | ≤ 50 ms | $(verdict "$page_p99" '<=' 50) |"
    echo "| compare page revalidated (304), requests/s | $again_rps | $plain_rps | $(ratio "$again_rps" "$plain_rps") | ≥ 50% of the plain servlet | $(verdict "$again_share" '>=' 50) |"
    echo "| compare page revalidated (304), p99 ms | $again_p99 | $(compare 'plain servlet' 3) | $(ratio "$again_p99" "$(compare 'plain servlet' 3)") | ≤ 50 ms | $(verdict "$again_p99" '<=' 50) |"
    echo "| wizard step (answer saved), p95 ms | $wizard | $base_p95 | $(ratio "$wizard" "$base_p95") | ≤ 100 ms | $(verdict "$wizard" '<=' 100) |"
    echo "| job description generated, p95 ms | $drafted | $base_p95 | $(ratio "$drafted" "$base_p95") | ≤ 50 ms | $(verdict "$drafted" '<=' 50) |"
    echo "| PDF export, p95 ms | $pdf | $base_p95 | $(ratio "$pdf" "$base_p95") | ≤ 500 ms | $(verdict "$pdf" '<=' 500) |"
    for list in catalogue:"role catalogue (mark)" mine:"my assessments (mark, a tenth of them)" all:"all assessments (HR)"; do
        label=${list%%:*} name=${list#*:}
        small=$(figure small "$label" 3) large=$(figure large "$label" 3)
        echo "| $name, p95 ms at 1k assessments / seed roles | $small | $base_p95 | $(ratio "$small" "$base_p95") | | |"
        echo "| $name, p95 ms at 100k assessments / 1,000 roles | $large | $(figure large baseline 3) | $(ratio "$large" "$(figure large baseline 3)") | ≤ 1.5 × the 1k figure: $(ratio "$large" "$small") | $(verdict "$(ratio "$large" "$small")" '<=' 1.5) |"
    done
    echo "| heap per idle signed-in session ($opened sessions) | $per_session_kb KB | | | ≤ 50 KB | $(verdict "$per_session_kb" '<=' 50) |"
    echo "| WildFly + app ready after Keycloak is up, s | $ready | | | ≤ 10 s | $(verdict "$ready" '<=' 10) |"
    echo
    echo "Start times (s), in order: ${ready_times[*]} (the first, second and fourth with 1k assessments, the third"
    echo "with 100k; the median is of the first three). Lists at 1k / 100k: target/small.figures and"
    echo "target/large.figures (label, requests/s, p50, p95, p99, errors); what a session holds: below."
    echo
    echo '```'
    cat target/sessions.figures
    echo '```'
} >results.md
cat results.md
