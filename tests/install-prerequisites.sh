#!/usr/bin/env bash
# Installs the Debian packages that the tests call, when one of them is missing: DCMTK (echoscu,
# storescu, dcmsend, dcmdump, dcmodify), dicom3tools (dciodvfy) and pydicom for /usr/bin/python3.
set -euo pipefail

missing=false
for tool in echoscu storescu storescp dcmsend dcmdump dcmodify dciodvfy; do
  command -v "$tool" >/dev/null || missing=true
done
/usr/bin/python3 -c 'import pydicom' 2>/dev/null || missing=true
[ "$missing" = false ] && exit 0

sudo_command=()
if [ "$(id -u)" != 0 ]; then sudo_command=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_command[@]}" apt-get update
"${sudo_command[@]}" apt-get install -y --no-install-recommends dcmtk dicom3tools python3 python3-pydicom
