#!/usr/bin/env bash
# Records real DCMTK exchanges (echoscu, storescu against storescp) as PDU seed inputs. Every
# process runs in a new network namespace that has only a loopback interface, because storescp
# cannot be bound to 127.0.0.1 alone. Writes OUT/<scenario>.scu and .scp (default
# /tmp/teachingfile-fuzz/captures). Needs root (unshare), DCMTK and python3.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-/tmp/teachingfile-fuzz/captures}"
data="$here/../tests/TeachingFile.Dicom.Tests/TestData"
mkdir -p "$out"

exec unshare --net bash -s "$here" "$out" "$data" <<'INNER'
set -euo pipefail
here="$1"; out="$2"; data="$3"
ip link set lo up
export TCP_NODELAY=1
spool="$(mktemp -d)"

# scenario NAME "STORESCP OPTIONS" SCU-COMMAND... ; the SCU connects to the recorder on port 4242.
scenario() {
    local name="$1" scp_options="$2"
    shift 2
    storescp +xa $scp_options --output-directory "$spool" 4343 &
    local scp_pid=$!
    sleep 1
    timeout 30 python3 "$here/record_pdus.py" 4242 4343 "$out/$name" &
    local recorder_pid=$!
    sleep 1
    "$@" || true
    wait "$recorder_pid" || true
    kill "$scp_pid" 2>/dev/null || true
    wait "$scp_pid" 2>/dev/null || true
}

scenario echo "" echoscu -aet FUZZSCU -aec STORESCP 127.0.0.1 4242
scenario store-mr "" storescu -aet FUZZSCU -aec STORESCP -pdu 4096 127.0.0.1 4242 "$data/pydicom__MR_small.dcm"
scenario store-jpeg "" storescu -aet FUZZSCU -aec STORESCP --propose-jpeg8 -pdu 4096 127.0.0.1 4242 "$data/pydicom__SC_rgb_jpeg_dcmtk.dcm"
scenario store-two "" storescu -aet FUZZSCU -aec STORESCP --required -pdu 8192 127.0.0.1 4242 \
    "$data/debian-pydicom__chrH31.dcm" "$data/pydicom__MR_small_RLE.dcm"
scenario store-implicit "" storescu -aet FUZZSCU -aec STORESCP --propose-implicit -pdu 16384 127.0.0.1 4242 \
    "$data/pydicom__MR_small_implicit.dcm"
scenario user-identity "" storescu -aet FUZZSCU -aec STORESCP --user fuzzuser --password fuzzpass 127.0.0.1 4242 "$data/debian-pydicom__chrX1.dcm"
scenario store-large-pdu "" storescu -aet FUZZSCU -aec STORESCP -pdu 131072 127.0.0.1 4242 "$data/pydicom__MR_small.dcm"
scenario reject "--refuse" echoscu -aet FUZZSCU -aec STORESCP 127.0.0.1 4242
scenario abort "--abort-after" storescu -aet FUZZSCU -aec STORESCP 127.0.0.1 4242 "$data/debian-pydicom__chrGerm.dcm"
rm -rf "$spool"
INNER
