#!/usr/bin/env bash
# Runs afl-fuzz on one target of the instrumented harness at a low CPU priority.
# Usage: fuzz/run.sh TARGET [SEEDS [FINDINGS]] [afl-fuzz options, e.g. -V 3600]
# Defaults: SEEDS=fuzz/corpus/TARGET, FINDINGS=/tmp/teachingfile-fuzz/findings/TARGET, harness
# in FUZZ_BIN or /tmp/teachingfile-fuzz/bin (fuzz/build.sh). Point TMPDIR at a tmpfs directory
# to keep the part10 target's temporary files in memory.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
target="$1"
shift
seeds="$here/corpus/$target"
findings="/tmp/teachingfile-fuzz/findings/$target"
# SEEDS and FINDINGS are optional: the first argument that starts with '-' begins afl-fuzz's options.
if [[ $# -gt 0 && $1 != -* ]]; then seeds="$1"; shift; fi
if [[ $# -gt 0 && $1 != -* ]]; then findings="$1"; shift; fi
bin="${FUZZ_BIN:-/tmp/teachingfile-fuzz/bin}"
mkdir -p "$(dirname "$findings")"

# The harness is the dotnet host, not an AFL-compiled binary, so afl-fuzz must skip its binary
# checks. CPU binding is off because the machine is shared.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI=1 AFL_AUTORESUME=1
# The harness needs no .NET diagnostics, which would otherwise open IPC pipes in TMPDIR.
export DOTNET_EnableDiagnostics=0

# -t 5000: an input that runs longer than 5 s counts as a hang. -m none: the .NET runtime
# reserves far more virtual memory than AFL's default limit.
exec nice -n 19 afl-fuzz -i "$seeds" -o "$findings" -t 5000 -m none "$@" \
    -- "$(command -v dotnet)" "$bin/TeachingFile.Fuzz.dll" "$target"
