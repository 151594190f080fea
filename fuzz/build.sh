#!/usr/bin/env bash
# Publishes the fuzz harness to OUT (default /tmp/teachingfile-fuzz/bin) and instruments
# TeachingFile.Dicom.dll there with SharpFuzz, so afl-fuzz records the branch coverage of the library.
set -euo pipefail

cd "$(dirname "$0")/.."
out="${1:-/tmp/teachingfile-fuzz/bin}"

dotnet publish fuzz/TeachingFile.Fuzz/TeachingFile.Fuzz.csproj -c Release -o "$out"
dotnet tool run sharpfuzz "$out/TeachingFile.Dicom.dll"
