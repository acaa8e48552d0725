#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for the test suite and prints the
# DATABASE_URL to use. Needs root and Debian's postgresql package.
#
# The cluster is disposable: one left over from an earlier run is reused only if
# it answers; otherwise (a copy of a machine taken while it ran leaves a stale pid
# file, and its port may since have been taken by something else) it is dropped
# and made anew on a port that nothing listens on. It never starts by itself at
# boot or on a package upgrade (start.conf "manual").
#
# Standard output carries the URL and nothing else: callers capture it with $(…),
# and chatter of the PostgreSQL tools would corrupt it, so their output goes to
# standard error. (No extra descriptor is opened for the URL: the server started
# here would inherit it and keep the caller's $(…) waiting forever.)
set -euo pipefail

CLUSTER=aitima_test
FIRST_PORT=${AITIMA_TEST_PG_PORT:-55432}

newest_version() {
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  fi
  echo "$version"
}

# Prints "version port status" of our cluster, or nothing when there is none.
cluster_line() {
  pg_lsclusters -h | awk -v c="$CLUSTER" '$2 == c {print $1, $3, $4}'
}

port_is_taken() {
  local port=$1
  if command -v ss >/dev/null && ss -Hltn "sport = :$port" | grep -q .; then
    return 0
  fi
  # Without ss: anything that accepts a connection holds the port.
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null
}

free_port() {
  local port
  for ((port = FIRST_PORT; port < FIRST_PORT + 200; port++)); do
    if ! port_is_taken "$port"; then
      echo "$port"
      return 0
    fi
  done
  echo "no free TCP port in $FIRST_PORT–$((FIRST_PORT + 199)) for the test PostgreSQL" >&2
  return 1
}

answers() {
  runuser -u postgres -- psql -p "$1" -qtAc 'select 1' >/dev/null 2>&1
}

# Not "pg_dropcluster --stop": a stale pid file may name a live process that is
# not PostgreSQL at all (pids are reused), and stopping would signal it.
drop_cluster() {
  local version=$1
  rm -f "/var/lib/postgresql/$version/$CLUSTER/postmaster.pid"
  pg_dropcluster "$version" "$CLUSTER" \
    || rm -rf "/etc/postgresql/$version/$CLUSTER" "/var/lib/postgresql/$version/$CLUSTER"
}

start_cluster() {
  local line version port status
  line=$(cluster_line)
  if [ -n "$line" ]; then
    read -r version port status <<<"$line"
    if [ "$status" = online ] && answers "$port"; then
      PORT=$port
      return 0
    fi
    echo "dropping the leftover test cluster $version/$CLUSTER (status: $status)"
    drop_cluster "$version"
  fi
  version=$(newest_version)
  PORT=$(free_port)
  pg_createcluster --start-conf=manual "$version" "$CLUSTER" -p "$PORT"
  # Started directly, not through systemd: CI machines may or may not run it.
  pg_ctlcluster --skip-systemctl-redirect "$version" "$CLUSTER" start
}

create_role() {
  runuser -u postgres -- psql -p "$PORT" -qtAc \
    "do \$\$ begin if not exists (select from pg_roles where rolname = 'aitima') then create role aitima login createdb password 'aitima'; end if; end \$\$;"
  # A test database is dropped WITH (FORCE) while the server may have a worker of its own in
  # it (autovacuum): ending that takes pg_signal_backend, or the drop fails after the tests pass.
  runuser -u postgres -- psql -p "$PORT" -qtAc "grant pg_signal_backend to aitima"
}

PORT=
{
  start_cluster
  create_role
} >&2
echo "postgres://aitima:aitima@127.0.0.1:$PORT/postgres"
