#!/usr/bin/env bash
# Installs, configures, starts and stops the servers Rolewise runs on: Keycloak and WildFly.
# One place for both the start command (./rolewise) and the integration tests (it-tests/pom.xml), so the
# tests run the servers exactly as users do.
#
#   servers.sh provision-wildfly  <servers-dir> <downloads-dir>
#   servers.sh provision-keycloak <servers-dir> <downloads-dir>
#   servers.sh start-keycloak     <keycloak-home> <log-file> <pid-file> <admin-file>
#   servers.sh start-wildfly      <wildfly-home> <war> <state-dir> <pid-file>
#   servers.sh stop               <pid-file> <name>
#
# Versions come from the parent pom.xml; the server distributions from Maven Central (through ./mvnw).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1; }
WILDFLY_VERSION=$(pom_property wildfly.version)
KEYCLOAK_VERSION=$(pom_property keycloak.version)
POSTGRESQL_VERSION=$(pom_property postgresql.version)
DEPENDENCY_PLUGIN_VERSION=$(pom_property dependency-plugin.version)

# One host name everywhere: Keycloak's token issuer follows the host name the browser used.
RW_HOST=${ROLEWISE_HOST:-localhost}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
HTTP_PORT=${ROLEWISE_HTTP_PORT:-8080}
MANAGEMENT_PORT=${ROLEWISE_MANAGEMENT_PORT:-9990}

fail() {
    echo "rolewise: $*" >&2
    exit 1
}

port_taken() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

require_free_port() {
    if port_taken "$1"; then
        fail "port $1 ($2) is already taken on 127.0.0.1. Stop what uses it (ss -ltnp 'sport = :$1' shows it), or run './rolewise stop' if it is an earlier Rolewise."
    fi
}

# fetch GROUP:ARTIFACT:VERSION:TYPE DIR: puts the artifact from Maven Central in DIR, echoes its path
fetch() {
    local artifact=$1 dir=$2 group name version type file
    IFS=: read -r group name version type <<<"$artifact"
    file="$dir/$name-$version.$type"
    if [ ! -s "$file" ]; then
        mkdir -p "$dir"
        "$ROOT/mvnw" -q -B -N -f "$ROOT/pom.xml" \
            "org.apache.maven.plugins:maven-dependency-plugin:$DEPENDENCY_PLUGIN_VERSION:copy" \
            -Dartifact="$artifact" -DoutputDirectory="$dir" >&2 ||
            fail "could not get $artifact from Maven Central"
    fi
    echo "$file"
}

fingerprint() {
    cat "$@" | sha1sum | cut -c1-16
}

provision_wildfly() {
    local servers=$1 downloads=$2
    local home="$servers/wildfly-$WILDFLY_VERSION"
    local module="$ROOT/config/wildfly/modules/org/postgresql/main"
    local stamp
    stamp="$(fingerprint "$ROOT/config/wildfly/configure.cli" "$ROOT/config/wildfly/standalone.conf.rolewise" "$module/module.xml")-$WILDFLY_VERSION-$POSTGRESQL_VERSION"
    if [ "$(cat "$home/.rolewise-provisioned" 2>/dev/null)" = "$stamp" ]; then
        return
    fi
    echo "Installing WildFly $WILDFLY_VERSION in $home"
    local zip jar
    zip=$(fetch "org.wildfly:wildfly-dist:$WILDFLY_VERSION:zip" "$downloads")
    jar=$(fetch "org.postgresql:postgresql:$POSTGRESQL_VERSION:jar" "$downloads")
    rm -rf "$home"
    mkdir -p "$servers"
    unzip -q "$zip" -d "$servers"
    mkdir -p "$home/modules/org/postgresql/main"
    cp "$module/module.xml" "$home/modules/org/postgresql/main/"
    cp "$jar" "$home/modules/org/postgresql/main/postgresql.jar"
    cat "$ROOT/config/wildfly/standalone.conf.rolewise" >>"$home/bin/standalone.conf"
    if ! "$home/bin/jboss-cli.sh" --file="$ROOT/config/wildfly/configure.cli" >"$servers/wildfly-configure.log" 2>&1; then
        tail -n 30 "$servers/wildfly-configure.log" >&2
        fail "configuring WildFly failed; the whole output is in $servers/wildfly-configure.log"
    fi
    echo "$stamp" >"$home/.rolewise-provisioned"
}

provision_keycloak() {
    local servers=$1 downloads=$2
    local home="$servers/keycloak-$KEYCLOAK_VERSION"
    local realm="$ROOT/config/keycloak/rolewise-realm.json"
    if [ ! -x "$home/bin/kc.sh" ]; then
        echo "Installing Keycloak $KEYCLOAK_VERSION in $home"
        local zip
        zip=$(fetch "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "$downloads")
        mkdir -p "$servers"
        unzip -q "$zip" -d "$servers"
    fi
    # Keycloak imports a realm only if it does not exist yet: when the committed realm changes, start
    # from a fresh Keycloak database so that the demo realm is exactly the committed one.
    local stamp
    stamp=$(fingerprint "$realm")
    if [ "$(cat "$home/.rolewise-realm" 2>/dev/null)" != "$stamp" ]; then
        rm -rf "$home/data/h2"
        mkdir -p "$home/data/import"
        cp "$realm" "$home/data/import/"
        echo "$stamp" >"$home/.rolewise-realm"
    fi
}

# wait_until NAME SECONDS PID LOG COMMAND...: polls COMMAND until it succeeds, the process dies or time runs out
wait_until() {
    local name=$1 seconds=$2 pid=$3 log=$4
    shift 4
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "---- last lines of $log ----" >&2
            tail -n 40 "$log" >&2
            fail "$name stopped while starting; its log is $log"
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "---- last lines of $log ----" >&2
            tail -n 40 "$log" >&2
            fail "$name did not answer within $seconds s; its log is $log"
        fi
        sleep 0.2
    done
}

url_answers() {
    curl -sf -o /dev/null --max-time 5 "$1"
}

# keycloak_admin FILE: Keycloak's administrator (master realm) as "user password", made up at the first start and
# kept in FILE (readable by its owner only); prints where it is when it makes one.
keycloak_admin() {
    local file=$1
    if [ ! -s "$file" ]; then
        mkdir -p "$(dirname "$file")"
        (
            umask 077
            printf 'admin %s\n' "$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" >"$file"
        )
        echo "Keycloak's administrator: user admin, password in $file (made up now, kept for later starts)" >&2
    fi
    cat "$file"
}

start_keycloak() {
    local home=$1 log=$2 pidfile=$3 adminfile=$4
    require_free_port "$KEYCLOAK_PORT" "Keycloak"
    mkdir -p "$(dirname "$log")" "$(dirname "$pidfile")"
    local admin_user admin_password
    read -r admin_user admin_password <<<"$(keycloak_admin "$adminfile")"
    # The master realm's administrator exists from the first start, so Keycloak's welcome page never offers
    # to create one to whoever opens it first; passed in the environment, so no process list shows it.
    # setsid: its own process group, so that stop can end Keycloak with everything it started
    KC_BOOTSTRAP_ADMIN_USERNAME="$admin_user" KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
        setsid "$home/bin/kc.sh" start-dev \
        --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
        --hostname="http://$RW_HOST:$KEYCLOAK_PORT" \
        --import-realm </dev/null >"$log" 2>&1 &
    local pid=$!
    echo "$pid" >"$pidfile"
    wait_until Keycloak 300 "$pid" "$log" \
        url_answers "http://$RW_HOST:$KEYCLOAK_PORT/realms/rolewise/.well-known/openid-configuration"
    echo "Keycloak is up at http://$RW_HOST:$KEYCLOAK_PORT (pid $pid)"
}

deployment_done() {
    local deployments=$1
    [ -e "$deployments/rolewise.war.deployed" ] || [ -e "$deployments/rolewise.war.failed" ]
}

# class_data_sharing HOME WAR DIR: echoes the JVM options for the JVM's class data sharing. A start loads about
# 30,000 classes (the server's and the application's); the first start with this JVM, server and WAR records
# them, parsed and verified, in an archive when the server stops, and later starts map them from it: about 4 s
# of a 20 s start on 2 cores. The JVM ignores an archive that does not fit it, and any class
# whose bytes differ from the recorded ones, so an archive can make a start slower at worst, never wrong.
class_data_sharing() {
    local home=$1 war=$2 dir=$3
    local java=java
    if [ -n "${JAVA_HOME:-}" ]; then
        java="$JAVA_HOME/bin/java"
    fi
    local version major archive
    version=$("$java" -version 2>&1)
    major=$(sed -n 's/.* version "\([0-9]*\).*/\1/p' <<<"$version" | head -1)
    archive="$dir/wildfly-$(printf '%s\n' "$version" | fingerprint - "$home/jboss-modules.jar" "$war").jsa"
    mkdir -p "$dir"
    # one archive at a time: each new WAR makes a new one of about 150 MB, and the older ones never fit again
    [ -s "$archive" ] || find "$dir" -name 'wildfly-*.jsa' ! -path "$archive" -delete
    # the recording's notes (classes it leaves out) go to a file, not the server's console
    local log="-Xlog:cds=off -Xlog:cds=warning:file=$dir/cds.log::filecount=0"
    if [ "${major:-0}" -ge 19 ]; then
        echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$archive $log"
    elif [ -s "$archive" ]; then
        echo "-XX:SharedArchiveFile=$archive $log"
    else
        echo "-XX:ArchiveClassesAtExit=$archive $log"
    fi
}

start_wildfly() {
    local home=$1 war=$2 state=$3 pidfile=$4
    require_free_port "$HTTP_PORT" "WildFly HTTP"
    require_free_port "$MANAGEMENT_PORT" "WildFly management"
    local deployments="$home/standalone/deployments"
    rm -f "$deployments"/rolewise.war*
    cp "$war" "$deployments/rolewise.war"
    mkdir -p "$state/wildfly-data" "$state/logs" "$(dirname "$pidfile")"
    local log="$state/logs/server.log"
    # Data (the H2 database among it) and logs live outside the server, so reinstalling it keeps them.
    local jvm_options
    jvm_options=$(class_data_sharing "$home" "$war" "$state/cds")
    ROLEWISE_JVM_OPTIONS="$jvm_options" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$pidfile.java" setsid "$home/bin/standalone.sh" \
        -Djboss.server.data.dir="$state/wildfly-data" \
        -Djboss.server.log.dir="$state/logs" \
        -Djboss.http.port="$HTTP_PORT" \
        -Djboss.management.http.port="$MANAGEMENT_PORT" \
        </dev/null >"$state/logs/wildfly-console.log" 2>&1 &
    local pid=$!
    echo "$pid" >"$pidfile"
    wait_until WildFly 300 "$pid" "$state/logs/wildfly-console.log" deployment_done "$deployments"
    if [ -e "$deployments/rolewise.war.failed" ]; then
        echo "---- why the deployment failed ----" >&2
        cat "$deployments/rolewise.war.failed" >&2
        tail -n 40 "$log" >&2
        fail "Rolewise did not deploy; the server log is $log"
    fi
    wait_until WildFly 60 "$pid" "$log" url_answers "http://127.0.0.1:$MANAGEMENT_PORT/health/ready"
    echo "WildFly is up at http://$RW_HOST:$HTTP_PORT (pid $pid)"
}

stop() {
    local pidfile=$1 name=$2
    if [ ! -s "$pidfile" ]; then
        return
    fi
    local pid
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        local waited=0
        while kill -0 "$pid" 2>/dev/null && [ $waited -lt 30 ]; do
            sleep 1
            waited=$((waited + 1))
        done
        if kill -0 "$pid" 2>/dev/null; then
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        fi
        echo "$name stopped (pid $pid)"
    fi
    rm -f "$pidfile" "$pidfile.java"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    command=${1:-}
    shift || true
    case "$command" in
        provision-wildfly) provision_wildfly "$@" ;;
        provision-keycloak) provision_keycloak "$@" ;;
        start-keycloak) start_keycloak "$@" ;;
        start-wildfly) start_wildfly "$@" ;;
        stop) stop "$@" ;;
        *) fail "usage: servers.sh provision-wildfly|provision-keycloak|start-keycloak|start-wildfly|stop ..." ;;
    esac
fi
