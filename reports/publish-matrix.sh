#!/usr/bin/env bash
# Regenerates the published compatibility matrix in reports/matrix/: the conformance suite against
#   1. the reference implementation (embedded),
#   2. the recorded WireMock stubs, served by the stock WireMock standalone jar (no code of ours),
#   3. moto 5.2.1 (moto_server on PATH),
# then renders matrix.html and matrix.md from the three results.json files. It also runs moto once more
# with reports/matrix/moto-deviations.json, the way a mock project gates its CI, and requires exit 0.
# Usage: reports/publish-matrix.sh        (from anywhere; builds the kit first if the jar is missing)
# Servers bind 127.0.0.1 on free ports; only the processes this script started are stopped.
set -euo pipefail
cd "$(dirname "$0")/.."

SEED="${SEED:-20261129}"
WIREMOCK_VERSION=3.13.2
OUT=reports/matrix
WORK=reports/target/publish-matrix
JAR=conformance/target/dax-conformance.jar
mkdir -p "$OUT" "$WORK"

if [ ! -f "$JAR" ]; then
  mvn -B -q -DskipTests install
fi
if [ ! -f "$WORK/wiremock-standalone-$WIREMOCK_VERSION.jar" ]; then
  mvn -B -q dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" -DoutputDirectory="$WORK"
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for() {
  for _ in $(seq 1 150); do
    if curl -s -o /dev/null "$1"; then return 0; fi
    sleep 0.2
  done
  echo "error: $2 did not answer at $1 (see $WORK/*.log)" >&2
  exit 3
}

# Runs the suite; 0, 1 and 4 are verdicts (the matrix shows them), anything else stops the script.
suite() {
  local rc=0
  java -jar "$JAR" --seed "$SEED" "$@" || rc=$?
  if [ "$rc" -gt 1 ] && [ "$rc" -ne 4 ]; then
    echo "error: the suite exited $rc for: $*" >&2
    exit "$rc"
  fi
}

echo "== reference (embedded)"
suite --target-name "reference" --report-dir "$OUT/reference"

echo "== stubs (WireMock $WIREMOCK_VERSION standalone)"
port=$(free_port)
java -jar "$WORK/wiremock-standalone-$WIREMOCK_VERSION.jar" --bind-address 127.0.0.1 --port "$port" \
  --root-dir stubs/src/main/resources/dax-stubs --disable-banner > "$WORK/wiremock.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$port/__admin/health" "WireMock"
suite --endpoint-url "http://127.0.0.1:$port" --target-name "stubs (WireMock $WIREMOCK_VERSION)" \
  --capabilities none --cluster stub-cluster --node stub-cluster-a \
  --fixed-inputs --unknown-cluster stub-missing --unknown-node stub-cluster-z \
  --malformed-cluster-name stub--cluster --malformed-node-id stub_cluster_a \
  --create-timeout 20s --reboot-timeout 20s --modify-timeout 20s --delete-timeout 20s \
  --report-dir "$OUT/stubs"

echo "== moto $(python3 -c 'import moto; print(moto.__version__)')"
port=$(free_port)
moto_server -H 127.0.0.1 -p "$port" > "$WORK/moto.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$port/moto-api/" "moto_server"
# moto's clusters otherwise stay "creating" for a while; the suite's own waits stay bounded either way.
curl -s -X POST "http://127.0.0.1:$port/moto-api/state-manager/set-transition" \
  -d '{"model_name":"dax::cluster","transition":{"progression":"immediate"}}' > /dev/null
suite --endpoint-url "http://127.0.0.1:$port" --target-name "moto 5.2.1" --report-dir "$OUT/moto"

echo "== moto with its deviations file (a mock project's CI gate): must exit 0"
java -jar "$JAR" --seed "$SEED" --endpoint-url "http://127.0.0.1:$port" --target-name "moto 5.2.1 (gated)" \
  --deviations "$OUT/moto-deviations.json" --report-dir "$WORK/moto-gated"

java -cp "$JAR" org.daxkit.reports.cli.MatrixMain --out "$OUT" \
  "$OUT/reference/results.json" "$OUT/stubs/results.json" "$OUT/moto/results.json"
echo "matrix written to $OUT/matrix.html and $OUT/matrix.md"
