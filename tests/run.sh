#!/usr/bin/env bash
# Runs every test project in Release after installing the Debian packages the tests call, then
# prints "tests: N passed, N failed, N skipped" as its last line. Arguments go to dotnet test.
set -euo pipefail

cd "$(dirname "$0")/.."
bash tests/install-prerequisites.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Debian's DCMTK leaves Nagle's algorithm on; the tests also set this for every tool they start.
export TCP_NODELAY=1

log_file="$(mktemp)"
trap 'rm -f "$log_file"' EXIT
status=0
dotnet test TeachingFile.sln -c Release "$@" 2>&1 | tee "$log_file" || status=$?

# VSTest prints one line per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, ..."
read -r passed failed skipped < <(
  grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log_file" \
    | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
    | awk '{p += $1; f += $2; s += $3} END {print p + 0, f + 0, s + 0}'
)
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "tests: no test ran" >&2
  [ "$status" -eq 0 ] && status=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
