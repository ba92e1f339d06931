#!/usr/bin/env bash
# Fills the Rolewise database to ASSESSMENTS assessments and ROLES published roles (bench/generate-data.sql:
# bulk INSERT … SELECT, a few seconds for 100k). Reproducible: earlier generated rows are replaced, real ones
# kept and counted towards the totals. Run it after Rolewise has started once (Flyway made the schema).
#
#   bench/generate.sh ASSESSMENTS ROLES        e.g. bench/generate.sh 100000 1000
#
# The database is the one WildFly uses, from the same environment (README, Configuration): PostgreSQL through
# psql when ROLEWISE_DB_DRIVER=postgresql, else the H2 file under $ROLEWISE_HOME/wildfly-data, which WildFly
# holds open: stop WildFly first (H2 refuses a second process).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ $# -eq 2 ] || { echo "usage: bench/generate.sh ASSESSMENTS ROLES" >&2; exit 2; }
[[ "$1$2" =~ ^[0-9]+$ ]] || { echo "bench: ASSESSMENTS and ROLES are numbers" >&2; exit 2; }
script=$(mktemp)
trap 'rm -f "$script"' EXIT
sed "s/:assessments/$1/g; s/:roles/$2/g" bench/generate-data.sql >"$script"

if [ "${ROLEWISE_DB_DRIVER:-h2}" = postgresql ]; then
    # jdbc:postgresql://host:port/database
    address=${ROLEWISE_DB_URL#jdbc:postgresql://}
    PGPASSWORD=${ROLEWISE_DB_PASSWORD:-} psql -q -v ON_ERROR_STOP=1 -h "${address%%[:/]*}" \
        -p "$(sed -n 's|^[^:/]*:\([0-9]*\)/.*|\1|p' <<<"$address" | grep . || echo 5432)" \
        -U "${ROLEWISE_DB_USER:-postgres}" -d "${address#*/}" -1 -f "$script"
else
    state=${ROLEWISE_HOME:-$PWD/.rolewise}
    # the H2 that WildFly itself opens the file with
    jar=$(find "$state"/servers/wildfly-*/modules/system/layers/base/com/h2database/h2/main -name 'h2-*.jar' | head -n 1)
    [ -n "$jar" ] || { echo "bench: no WildFly with its H2 module under $state/servers" >&2; exit 1; }
    database="$state/wildfly-data/rolewise/rolewise"
    [ -f "$database.mv.db" ] || { echo "bench: no database at $database.mv.db: start Rolewise once first" >&2; exit 1; }
    java -cp "$jar" org.h2.tools.RunScript -url "jdbc:h2:file:$database" -user "${ROLEWISE_DB_USER:-sa}" \
        -password "${ROLEWISE_DB_PASSWORD:-sa}" -script "$script"
fi
echo "bench: database filled to $1 assessments and $2 published roles"
