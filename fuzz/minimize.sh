#!/usr/bin/env bash
# Reduces the queue of a fuzz run to the inputs that keep its coverage (afl-cmin) and replaces
# fuzz/corpus/TARGET with them.
# Usage: fuzz/minimize.sh TARGET [FINDINGS]; FINDINGS defaults to /tmp/teachingfile-fuzz/findings/TARGET.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
target="$1"
findings="${2:-/tmp/teachingfile-fuzz/findings/$target}"
bin="${FUZZ_BIN:-/tmp/teachingfile-fuzz/bin}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Every instance's queue in FINDINGS (default, and any -S instances) is an input.
mkdir "$work/queue"
for queue in "$findings"/*/queue; do
    find "$queue" -maxdepth 1 -type f -exec cp --backup=numbered -t "$work/queue" {} +
done

# afl-cmin refuses directories under /tmp unless AFL_ALLOW_TMP is set, to avoid races with other
# users of a shared /tmp. The work directory here is private (mktemp -d).
export AFL_ALLOW_TMP=1 AFL_SKIP_BIN_CHECK=1 DOTNET_EnableDiagnostics=0
nice -n 19 afl-cmin -i "$work/queue" -o "$work/minimized" -t 5000 -m none \
    -- "$(command -v dotnet)" "$bin/TeachingFile.Fuzz.dll" "$target"

rm -rf "$here/corpus/$target"
mkdir -p "$here/corpus/$target"
# Number the files so that names stay short and stable in the repository.
index=0
for file in $(ls "$work/minimized" | sort); do
    cp "$work/minimized/$file" "$(printf '%s/corpus/%s/%04d' "$here" "$target" "$index")"
    index=$((index + 1))
done
echo "fuzz/corpus/$target: $index files"
