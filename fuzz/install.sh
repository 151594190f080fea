#!/usr/bin/env bash
# Installs the fuzzing toolchain: AFL++ from Debian and the SharpFuzz instrumenter
# (a local dotnet tool pinned in .config/dotnet-tools.json). Run as root on Debian bookworm.
# The normal build and test run do not need any of this.
set -euo pipefail

cd "$(dirname "$0")/.."

if ! command -v afl-fuzz >/dev/null; then
    apt-get update
    apt-get install -y --no-install-recommends afl++
fi
afl-fuzz -h 2>&1 | head -n 1 || true

dotnet tool restore
dotnet tool run sharpfuzz 2>&1 | head -n 1 || true
