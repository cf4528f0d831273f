# Sourced by .ci/run: a throwaway PostgreSQL server on 127.0.0.1 for tests/db/test_postgres.py,
# when RAPPORT_TEST_POSTGRES_URL is not given. Never fails the build: without a server those
# tests skip. Installs Debian's postgresql package only as root with apt-get, within a time limit.

_pg_note() { echo "ci: postgres: $*" >&2; }

_pg_bindir() {
    local initdb
    initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1) || true
    [ -n "$initdb" ] && dirname "$initdb"
}

_pg_as_owner() {
    # The server refuses to run as root: as root it runs as the postgres account.
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_test_postgres() {
    if [ -n "${_PG_DATA:-}" ] && [ -d "$_PG_DATA" ]; then
        _pg_as_owner "$_PG_BIN/pg_ctl" -D "$_PG_DATA" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$_PG_DATA"
    fi
}

start_test_postgres() {
    if [ -n "${RAPPORT_TEST_POSTGRES_URL:-}" ]; then
        _pg_note "using the given RAPPORT_TEST_POSTGRES_URL"
        return 0
    fi
    _PG_BIN=$(_pg_bindir)
    if [ -z "$_PG_BIN" ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        _pg_note "installing Debian's postgresql package"
        timeout 150 sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql' \
            >/dev/null 2>&1 || _pg_note "could not install it"
        _PG_BIN=$(_pg_bindir)
    fi
    if [ -z "$_PG_BIN" ]; then
        _pg_note "no server available: the PostgreSQL tests will skip"
        return 0
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        _pg_note "no postgres account to run the server as: the PostgreSQL tests will skip"
        return 0
    fi
    _PG_DATA=$(mktemp -d /tmp/rapport-ci-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "$_PG_DATA"
    local port
    port=$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # Trust on loopback only, no fsync: a server for one test run, thrown away after.
    if _pg_as_owner "$_PG_BIN/initdb" -D "$_PG_DATA" -U rapport --auth=trust -E UTF8 --locale=C.UTF-8 \
            >/dev/null 2>&1 \
        && _pg_as_owner "$_PG_BIN/pg_ctl" -D "$_PG_DATA" -l "$_PG_DATA/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $_PG_DATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null 2>&1; then
        export RAPPORT_TEST_POSTGRES_URL="postgresql://rapport@127.0.0.1:$port/postgres"
        trap stop_test_postgres EXIT
        _pg_note "server started on 127.0.0.1:$port"
    else
        _pg_note "the server did not start: the PostgreSQL tests will skip"
        stop_test_postgres
    fi
    return 0
}
