#!/usr/bin/env bash
# Heap per idle signed-in session: signs in once through Keycloak, then opens COUNT more sessions reusing
# Keycloak's single sign-on cookie (each one a full OIDC round trip: redirect, code, token exchange, and the
# home page rendered), and compares WildFly's live heap before and after (jcmd GC.class_histogram: a full
# GC, then every live object counted). Prints the bytes per session and the classes that grew most.
# Target: ≤ 50 KB per session. Needs a running Rolewise (./rolewise start) on this machine and jcmd.
#
#   bench/sessions.sh [COUNT, default 1000]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
COUNT=${1:-1000}
BASE=${ROLEWISE_URL:-http://localhost:8080}
pidfile="${ROLEWISE_HOME:-$(cd .. && pwd)/.rolewise}/run/wildfly.pid.java"
pid=$(cat "$pidfile" 2>/dev/null) || { echo "bench: no WildFly pid in $pidfile: is Rolewise running?" >&2; exit 1; }
mkdir -p target

# "Total <instances> <bytes>" is the histogram's last line; the sessions are Undertow's SessionImpl objects.
histogram() { jcmd "$pid" GC.class_histogram >"target/$1.histogram"; }
total() { awk '/^Total/ { print $3 }' "target/$1.histogram"; }
instances() { awk -v c="$2" '$4 == c { print $2; exit }' "target/$1.histogram"; }

rm -f target/sso.cookies   # a fresh sign-in: cookies of an earlier server or Keycloak run lead nowhere
ROLEWISE_COOKIE_JAR=target/sso.cookies ./login.sh mark rolewise >/dev/null
grep -v JSESSIONID target/sso.cookies >target/sso-only.cookies   # Keycloak's cookies, not the app session

histogram before
sign_in() { curl -s -L -o /dev/null -b target/sso-only.cookies -c /dev/null "$BASE/"; }
export -f sign_in
export BASE
seq "$COUNT" | xargs -P 4 -I{} bash -c sign_in
histogram after

session_class='io.undertow.server.session.InMemorySessionManager$SessionImpl'
sessions_before=$(instances before "$session_class") sessions_after=$(instances after "$session_class")
opened=$(( ${sessions_after:-0} - ${sessions_before:-0} ))
[ "$opened" -gt 0 ] || { echo "bench: no new sessions in the heap (before ${sessions_before:-0}, after ${sessions_after:-0})" >&2; exit 1; }
per_session=$(( ($(total after) - $(total before)) / opened ))
echo "sessions $opened bytes-per-session $per_session heap-before $(total before) heap-after $(total after)"
# Which classes grew, per session: what a session holds.
awk 'FNR == NR && $1 ~ /^[0-9]+:$/ { before[$4] = $3; next } $1 ~ /^[0-9]+:$/ { print $3 - before[$4], $4 }' \
    target/before.histogram target/after.histogram | sort -rn |
    awk -v n="$opened" 'NR <= 12 { printf "grew %d bytes per session: %s\n", $1 / n, $2 }'
