#!/usr/bin/env bash
# Publish the node in Release with ReadyToRun, generate the workloads, then run bench.py in a private network
# namespace, because storescp and Orthanc cannot be bound to loopback only. Needs root (unshare).
# Arguments go to bench.py, for example: bench/run.sh --runs 5 --only ct,multiframe
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${BENCH_WORK:-/tmp/tf-bench}
python=/usr/bin/python3

for tool in dotnet storescu storescp echoscu /usr/sbin/Orthanc unshare ip; do
    command -v "$tool" > /dev/null || { echo "missing $tool: install dcmtk, orthanc, iproute2 and the .NET 10 SDK" >&2; exit 1; }
done
"$python" -c 'import pydicom, numpy' || { echo "missing pydicom or numpy: apt-get install python3-pydicom" >&2; exit 1; }

# Published as a deployment would be: Release, ReadyToRun, so a fresh process compiles less at run time.
dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true --nologo -v quiet \
    -o "$work/node" "$repo/src/TeachingFile.Web"
web_dll="$work/node/TeachingFile.Web.dll"

"$python" "$repo/bench/generate.py" "$work/workloads"

echo "load average before sending: $(cut -d' ' -f1-3 /proc/loadavg)"
unshare --net -- bash -c 'ip link set lo up && exec "$@"' bash \
    "$python" "$repo/bench/bench.py" --workloads "$work/workloads" --work "$work" --web-dll "$web_dll" "$@"
echo "load average after sending: $(cut -d' ' -f1-3 /proc/loadavg)"
