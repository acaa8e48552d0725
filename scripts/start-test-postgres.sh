#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for the test suite (its own port, so another
# PostgreSQL on 5432 is left alone) and prints the DATABASE_URL to use.
# Needs root and Debian's postgresql package.
#
# Standard output carries the URL and nothing else: callers capture it with $(…),
# and chatter of the PostgreSQL tools would corrupt it, so their output goes to
# standard error. (No extra descriptor is opened for the URL: the server started
# here would inherit it and keep the caller's $(…) waiting forever.)
set -euo pipefail

PORT=${AITIMA_TEST_PG_PORT:-55432}
CLUSTER=aitima_test

start_cluster() {
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  fi
  if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$CLUSTER"; then
    pg_createcluster "$version" "$CLUSTER" -p "$PORT"
  fi
  if ! pg_lsclusters -h | awk -v c="$CLUSTER" '$2 == c {print $4}' | grep -qx online; then
    # Started directly, not through systemd: CI machines may or may not run it.
    pg_ctlcluster --skip-systemctl-redirect "$version" "$CLUSTER" start
  fi
  runuser -u postgres -- psql -p "$PORT" -qtAc \
    "do \$\$ begin if not exists (select from pg_roles where rolname = 'aitima') then create role aitima login createdb password 'aitima'; end if; end \$\$;"
}

start_cluster >&2
echo "postgres://aitima:aitima@127.0.0.1:$PORT/postgres"
