#!/usr/bin/env bash
# Signs in to a running Rolewise through the real Keycloak login page and prints the JSESSIONID, so that
# wrk can load pages as a signed-in user. Usage: bench/login.sh [user] [password]
# With ROLEWISE_COOKIE_JAR set, the cookies (Keycloak's single sign-on among them) stay in that file.
set -euo pipefail
USER_NAME=${1:-mark}
PASSWORD=${2:-rolewise}
BASE=${ROLEWISE_URL:-http://localhost:8080}
if [ -n "${ROLEWISE_COOKIE_JAR:-}" ]; then
    jar=$ROLEWISE_COOKIE_JAR
else
    jar=$(mktemp)
    trap 'rm -f "$jar"' EXIT
fi

# 1. The app sends us to Keycloak; its login page carries the form's action URL.
page=$(curl -s -L -c "$jar" -b "$jar" "$BASE/")
action=$(printf '%s' "$page" | grep -o 'action="[^"]*"' | head -n 1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
[ -n "$action" ] || { echo "bench: no Keycloak login form found at $BASE/" >&2; exit 1; }

# 2. Post the credentials; Keycloak redirects back to the app, which sets its session cookie.
curl -s -L -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$USER_NAME" \
    --data-urlencode "password=$PASSWORD" --data "credentialId=" "$action"
# 3. The first signed-in request renews the session id (against session fixation); keep the new one.
curl -s -o /dev/null -c "$jar" -b "$jar" "$BASE/"
session=$(awk '$6 == "JSESSIONID" && $1 ~ /localhost/ {print $7}' "$jar" | tail -n 1)
[ -n "$session" ] || { echo "bench: sign-in as $USER_NAME gave no session" >&2; exit 1; }
echo "$session"
