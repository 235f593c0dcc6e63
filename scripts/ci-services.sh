#!/usr/bin/env bash
# Install and start PostgreSQL on loopback and Debian's Chromium for the CI run.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq postgresql chromium >/dev/null
PGV=$(ls /usr/lib/postgresql | sort -n | tail -1)
PGDATA=/tmp/telik-ci-pgdata
if [ ! -d "$PGDATA" ]; then
  mkdir -p "$PGDATA" && chown postgres "$PGDATA"
  su postgres -c "/usr/lib/postgresql/$PGV/bin/initdb -D $PGDATA -A trust -U postgres" >/dev/null
fi
su postgres -c "/usr/lib/postgresql/$PGV/bin/pg_ctl -D $PGDATA -o '-k /tmp -p 55432 -c listen_addresses=127.0.0.1' -l /tmp/telik-ci-pg.log start -w" >/dev/null || true
su postgres -c "psql -h 127.0.0.1 -p 55432 -U postgres -tc \"SELECT 1 FROM pg_database WHERE datname='telik_test'\" | grep -q 1 || psql -h 127.0.0.1 -p 55432 -U postgres -c 'CREATE DATABASE telik_test'" >/dev/null
echo "export TELIK_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:55432/telik_test" > /tmp/telik-ci-pg.env
