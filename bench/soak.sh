#!/usr/bin/env bash
# Soak: MINUTES (default 10) at 16 connections on loopback across the compare page, the needs assessment
# wizard (an answer saved as it is picked, a PrimeFaces partial POST) and the job description editor, each
# connection with its own signed-in session. Counts every error: HTTP and socket errors, and Faces errors
# answered with status 200. Each minute it forces a full GC in WildFly and reads the heap in use after it,
# so a leak shows as a rising line. Needs a running Rolewise (./rolewise start), wrk, python3 and the JDK's
# jcmd. Writes bench/results-soak.md.
#
#   bench/soak.sh [minutes, default 10]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
MINUTES=${1:-10}
BASE=${ROLEWISE_URL:-http://localhost:8080}
STATE=${ROLEWISE_HOME:-$(cd .. && pwd)/.rolewise}
for tool in wrk python3 jcmd; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done
pid=$(cat "$STATE/run/wildfly.pid.java" 2>/dev/null) || { echo "bench: no WildFly pid under $STATE/run; start Rolewise first" >&2; exit 1; }

# 6 wizard sessions, 5 on the compare page, 5 in the editor: 16 connections, one session each.
./workflow_setup.py 6 >/dev/null
description=$(cat target/description-id)
: > target/soak-compare.tsv
: > target/soak-editor.tsv
for n in 1 2 3 4 5; do
    printf '/compare?roles=data-engineer,machine-learning-engineer\t%s\t\n' "$(./login.sh holly rolewise)" >> target/soak-compare.tsv
    printf '/descriptions/description.xhtml?id=%s\t%s\t\n' "$description" "$(./login.sh mark rolewise)" >> target/soak-editor.tsv
done

heap_after_gc_mb() {
    jcmd "$pid" GC.run >/dev/null
    jcmd "$pid" GC.heap_info | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -n 1 | awk '{ printf "%.1f", $1 / 1024 }'
}

duration=$((MINUTES * 60))
start_heap=$(heap_after_gc_mb)
REPLAY=target/wizard-step.tsv wrk -t6 -c6 -d"${duration}s" -s soak.lua "$BASE" > target/soak-wizard.out &
wizard=$!
REPLAY=target/soak-compare.tsv wrk -t5 -c5 -d"${duration}s" -s soak.lua "$BASE" > target/soak-compare.out &
compare=$!
REPLAY=target/soak-editor.tsv wrk -t5 -c5 -d"${duration}s" -s soak.lua "$BASE" > target/soak-editor.out &
editor=$!

samples=("0 $start_heap")
for minute in $(seq "$MINUTES"); do
    sleep 60
    samples+=("$minute $(heap_after_gc_mb)")
    echo "bench: minute $minute, heap after GC ${samples[-1]#* } MB"
done
wait "$wizard" "$compare" "$editor"

row() {
    local label=$1 out=$2
    awk -v label="$label" '/^RESULT/ { rps = $2; p50 = $3; p99 = $5; errors = $6 } /^FACES_ERRORS/ { faces = $2 }
        END { printf "| %s | %s | %s | %s | %d |\n", label, rps, p50, p99, errors + faces }' "$out"
}
errors=$(cat target/soak-*.out | awk '/^RESULT/ { s += $6 } /^FACES_ERRORS/ { s += $2 } END { print s + 0 }')
first=$(echo "${samples[1]}" | cut -d' ' -f2)
last=$(echo "${samples[-1]}" | cut -d' ' -f2)
{
    echo "Soak: $MINUTES min, 16 connections (6 wizard, 5 compare, 5 editor), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)."
    echo
    echo "| what | requests/s | p50 ms | p99 ms | errors |"
    echo "|---|---|---|---|---|"
    row "wizard step (partial POST)" target/soak-wizard.out
    row "compare page" target/soak-compare.out
    row "job description editor" target/soak-editor.out
    echo
    echo "Errors in all: $errors (HTTP status, socket and Faces errors)."
    echo
    echo "| minute | heap in use after a full GC, MB |"
    echo "|---|---|"
    for sample in "${samples[@]}"; do
        echo "| ${sample% *} | ${sample#* } |"
    done
    echo
    echo "Heap after GC: $first MB after the first minute, $last MB at the end ($(awk -v a="$first" -v b="$last" 'BEGIN { printf "%+.1f%%", (b - a) / a * 100 }'))."
} | tee results-soak.md
[ "$errors" -eq 0 ]
