#!/usr/bin/env bash
# Sets up what the tests need, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-system-packages.sh test
dotnet build Exhibition.sln -c Release -v quiet -nologo
# The viewer's end-to-end tests run the kiosk build, compiled to native code as kiosks get it.
if ! published=$(scripts/publish.sh out/test-kiosk 2>&1); then echo "$published"; exit 1; fi
export EXHIBITION_VIEWER="$PWD/out/test-kiosk/viewer/ExhibitionViewer"

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
dotnet test Exhibition.sln -c Release --no-build --logger "trx" --results-directory "$results" -- NUnit.NumberOfTestWorkers=2 || status=$?

# One closing line for the whole run, summed over every test project.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$((passed + $(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")))
  failed=$((failed + $(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")))
  skipped=$((skipped + $(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")))
done
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
