#!/usr/bin/env bash
# Measures the hiring workflow as a manager feels it, with wrk on loopback at 16 connections (one signed-in
# session and Faces view each): a wizard step (an answer saved as it is picked, a PrimeFaces partial POST),
# drafting a job description from the role and the answers (the draft form's preview, a plain POST to
# /assessments/preview: generated, not stored), and the PDF export of a drafted description. Targets: wizard step p95 ≤ 100 ms, generation
# ≤ 50 ms, PDF ≤ 500 ms. Needs a running Rolewise (./rolewise start), wrk and python3.
# Writes bench/results-workflow.md.
#
#   bench/workflow.sh [seconds per run, default 20] [runs, default 3]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
SECONDS_PER_RUN=${1:-20}
RUNS=${2:-3}
CONNECTIONS=16
BASE=${ROLEWISE_URL:-http://localhost:8080}
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }

./workflow_setup.py "$CONNECTIONS"
description=$(cat target/description-id)
session=$(cat target/session)
printf '/descriptions/export?id=%s&format=pdf\t%s\t\n' "$description" "$session" > target/pdf-export.tsv

# Each prepared request once by hand first: a Faces error answers 200 with <error>, which wrk would count
# as a success.
for file in wizard-step draft-preview; do
    IFS=$'\t' read -r path cookie body < "target/$file.tsv"
    answer=$(curl -s -H "Cookie: JSESSIONID=$cookie" -H 'Faces-Request: partial/ajax' \
        -H 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8' --data "$body" "$BASE$path")
    # the wizard step is a Faces partial request; the preview answers JSON ({"html": ...} when it worked)
    if [[ "$answer" != *"<partial-response"* && "$answer" != '{"html":'* || "$answer" == *"<error>"* ]]; then
        echo "bench: $file does not work: ${answer:0:300}" >&2; exit 1
    fi
done
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$BASE/descriptions/export?id=$description&format=pdf")" == 200 ]] \
    || { echo "bench: the PDF export does not answer 200" >&2; exit 1; }

measure() {
    REPLAY="target/$1.tsv" wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s replay.lua "$BASE" \
        | awk '/^RESULT/ { print $2, $3, $4, $5, $6 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

for file in wizard-step draft-preview pdf-export; do
    REPLAY="target/$file.tsv" wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d5s -s replay.lua "$BASE" >/dev/null   # warm-up
    : > "target/$file.results"
done
for run in $(seq "$RUNS"); do
    for file in wizard-step draft-preview pdf-export; do
        measure "$file" >> "target/$file.results"
    done
done

row() {
    local file=$1 label=$2 target=$3
    local rps p50 p95 p99 errors
    rps=$(awk '{ print $1 }' "target/$file.results" | median)
    p50=$(awk '{ print $2 }' "target/$file.results" | median)
    p95=$(awk '{ print $3 }' "target/$file.results" | median)
    p99=$(awk '{ print $4 }' "target/$file.results" | median)
    errors=$(awk '{ s += $5 } END { print s + 0 }' "target/$file.results")
    echo "| $label | $rps | $p50 | $p95 | $p99 | $errors | $target |"
}
{
    echo "| what ($CONNECTIONS connections, ${SECONDS_PER_RUN}s × $RUNS, median) | requests/s | p50 ms | p95 ms | p99 ms | errors | target |"
    echo "|---|---|---|---|---|---|---|"
    row wizard-step "wizard step (answer saved, partial POST)" "p95 ≤ 100 ms"
    row draft-preview "job description generated (draft preview)" "≤ 50 ms"
    row pdf-export "PDF export" "≤ 500 ms"
    echo
    echo "Machine: $(nproc) cores, $(date -u +%Y-%m-%d)."
} | tee results-workflow.md
