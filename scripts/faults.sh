#!/usr/bin/env bash
# The fault runs (tests/faults) with more kills than CI makes, then their figures.
# Each run starts its own PostgreSQL cluster, redis-server and gunicorn (2 workers,
# production settings); the PostgreSQL server at DATABASE_URL only holds the suite's
# test database, whose schema the cluster copies. Needs the PostgreSQL server
# binaries (initdb, pg_ctl), redis-server and `make install-dev`.
#
#   scripts/faults.sh                 # FAULTS_ROUNDS=5: 10 worker kills, 10 web kills
#   FAULTS_ROUNDS=20 scripts/faults.sh -x
set -euo pipefail
cd "$(dirname "$0")/.."
export FAULTS_ROUNDS=${FAULTS_ROUNDS:-5}
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/sharehub}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
.venv/bin/pytest tests/faults -p no:cacheprovider -q -s -rs "$@" | tee "$out" || status=$?
echo
echo "== figures (FAULTS_ROUNDS=$FAULTS_ROUNDS; seconds)"
grep '^FAULTS ' "$out" | sed 's/^FAULTS //; s/, /\n    /g' || echo "none: the runs were skipped or failed before measuring"
exit "$status"
