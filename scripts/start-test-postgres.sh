#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for the test suite (its own port, so another
# PostgreSQL on 5432 is left alone) and prints the DATABASE_URL to use.
# Needs root and Debian's postgresql package.
set -euo pipefail
PORT=${AITIMA_TEST_PG_PORT:-55432}
CLUSTER=aitima_test
VERSION=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
if [ -z "$VERSION" ]; then
  VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
fi
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$CLUSTER"; then
  pg_createcluster "$VERSION" "$CLUSTER" -p "$PORT" >/dev/null
fi
if ! pg_lsclusters -h | awk -v c="$CLUSTER" '$2 == c {print $4}' | grep -qx online; then
  pg_ctlcluster "$VERSION" "$CLUSTER" start
fi
runuser -u postgres -- psql -p "$PORT" -qtAc \
  "do \$\$ begin if not exists (select from pg_roles where rolname = 'aitima') then create role aitima login createdb password 'aitima'; end if; end \$\$;" >/dev/null
echo "postgres://aitima:aitima@127.0.0.1:$PORT/postgres"
