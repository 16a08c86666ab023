#!/usr/bin/env bash
# Soak test of the embedded default database (not part of ./mvnw verify; run it by hand).
#
# Starts the packaged application on a new, empty H2 file database, exactly as
# `./mvnw spring-boot:run` does, signs in as the demo administrator and saves a workstream
# (a table with a "check (... in (...))" constraint) every INTERVAL seconds for DURATION seconds,
# staying idle in between, and reports every save that fails.
#
# The fault it was written to find: H2 2.4 compiles such a constraint with the connection that
# created it, so once the connection pool retires the migration's connection (Hikari: after
# max-lifetime, 30 minutes by default) every insert fails with "Check constraint invalid".
# MAX_LIFETIME_MS shortens the pool's lifetime (30000 is Hikari's minimum) so that an hour of
# soaking takes a few minutes; leave it empty to soak with the real settings.
#
#   ./mvnw -q package -DskipTests && src/test/soak/embedded-database-soak.sh
#   DURATION=3900 INTERVAL=600 MAX_LIFETIME_MS= src/test/soak/embedded-database-soak.sh   # the real hour
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-240}
INTERVAL=${INTERVAL:-40}
MAX_LIFETIME_MS=${MAX_LIFETIME_MS-30000}
PORT=${PORT:-18080}
JAR=$(ls target/transformation-governance-*.jar | grep -v plain | head -n 1)
WORK=$(mktemp -d)
BASE="http://localhost:$PORT"
trap 'status=$?; [ $status -ne 0 ] && tail -n 20 "$WORK/app.log"; kill "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

echo "Soaking $JAR for ${DURATION}s, a save every ${INTERVAL}s, pool max-lifetime ${MAX_LIFETIME_MS:-default} ms"
(cd "$WORK" && exec java -jar "$OLDPWD/$JAR" --server.port="$PORT" \
    ${MAX_LIFETIME_MS:+--spring.datasource.hikari.max-lifetime=$MAX_LIFETIME_MS}) > "$WORK/app.log" 2>&1 &
APP=$!
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
JAR_COOKIES="$WORK/cookies"
signed_in=no
for _ in $(seq 1 180); do
  token=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/sign-in" 2>/dev/null | csrf || true)
  if [ -n "$token" ]; then
    where=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
        -d "username=admin&password=demo-password&_csrf=$token" "$BASE/sign-in")
    case "$where" in *sign-in*) ;; "") ;; *) signed_in=yes; break ;; esac
  fi
  sleep 1
done
[ "$signed_in" = yes ] || { echo "Could not sign in as admin"; exit 1; }
programme=$(curl -fs -b "$JAR_COOKIES" "$BASE/programmes" | grep -o 'href="/programmes/[0-9]*"' | head -n 1 | grep -o '[0-9]*')

started=$(date +%s)
failures=0
saves=0
while [ $(( $(date +%s) - started )) -lt "$DURATION" ]; do
  token=$(curl -fs -b "$JAR_COOKIES" "$BASE/programmes/$programme/workstreams/new" | csrf)
  status=$(curl -s -o "$WORK/response.html" -w '%{http_code}' -b "$JAR_COOKIES" \
      --data-urlencode "name=Soak $(date +%s)" -d "lead=&description=&_csrf=$token" "$BASE/programmes/$programme/workstreams")
  saves=$((saves + 1))
  elapsed=$(( $(date +%s) - started ))
  if [ "$status" = "302" ]; then
    echo "  ${elapsed}s: saved"
  else
    failures=$((failures + 1))
    echo "  ${elapsed}s: FAILED with $status"
  fi
  sleep "$INTERVAL"
done
grep -m 3 "Check constraint invalid" "$WORK/app.log" || true
echo "$saves saves, $failures failed"
[ "$failures" -eq 0 ]
