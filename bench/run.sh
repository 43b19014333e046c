#!/usr/bin/env bash
# Runs every benchmark and prints its figures beside its target. Each benchmark exits non-zero on a missed target;
# this script runs them all and exits non-zero if any missed.
# Usage: bench/run.sh [name...]   (names: bundle panorama viewer video pannellum survey collector report; default all)
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install-system-packages.sh bench
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"

declare -A projects=(
  [bundle]=bench/BundleBench
  [panorama]=bench/PanoramaBench
  [viewer]=bench/ViewerBench
  [survey]=bench/SurveyStoreBench
  [collector]=bench/CollectorBench
  [report]=bench/ReportBench
  [video]=bench/VideoBench
  [pannellum]=bench/PannellumCompare
)
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(bundle panorama viewer video pannellum survey collector report)

failed=()
for name in "${names[@]}"; do
  project=${projects[$name]:-}
  if [ -z "$project" ]; then echo "unknown benchmark '$name'; known: ${!projects[*]}"; exit 2; fi
  [ -d "$project" ] || continue
  echo; echo "== $name ($project)"
  if [ -x "$project/run.sh" ]; then "$project/run.sh" || failed+=("$name")  # a script, not a .NET project
  else dotnet run -c Release --project "$project" || failed+=("$name"); fi
done

echo
if [ ${#failed[@]} -gt 0 ]; then echo "Targets missed in: ${failed[*]}"; exit 1; fi
echo "All targets met."
