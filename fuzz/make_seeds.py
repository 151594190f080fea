#!/usr/bin/env python3
"""Builds the seed inputs of each fuzz target under OUT (default /tmp/teachingfile-fuzz/seeds).

part10: the test files of at most 64 KiB, as they are.
pdu:    the captured byte streams of capture-pdus.sh, one per direction and scenario.
dimse:  the P-DATA-TF PDUs of those captures only, the other PDUs removed.
"""
import os
import shutil
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST_DATA = os.path.join(HERE, "..", "tests", "TeachingFile.Dicom.Tests", "TestData")
MAX_PART10_SEED = 64 * 1024
P_DATA_TF = 0x04


def pdus(data):
    """Yields (type, bytes) for each whole PDU at the start of data."""
    position = 0
    while position + 6 <= len(data):
        length = struct.unpack_from(">I", data, position + 2)[0]
        end = position + 6 + length
        if end > len(data):
            return
        yield data[position], data[position:end]
        position = end


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/teachingfile-fuzz/seeds"
    captures = sys.argv[2] if len(sys.argv) > 2 else "/tmp/teachingfile-fuzz/captures"
    for target in ("part10", "pdu", "dimse"):
        os.makedirs(os.path.join(out, target), exist_ok=True)

    for name in sorted(os.listdir(TEST_DATA)):
        path = os.path.join(TEST_DATA, name)
        if name.endswith(".dcm") and os.path.getsize(path) <= MAX_PART10_SEED:
            shutil.copyfile(path, os.path.join(out, "part10", name))

    for name in sorted(os.listdir(captures)):
        with open(os.path.join(captures, name), "rb") as capture:
            data = capture.read()
        with open(os.path.join(out, "pdu", name), "wb") as seed:
            seed.write(data)
        data_transfer = b"".join(pdu for kind, pdu in pdus(data) if kind == P_DATA_TF)
        if data_transfer:
            with open(os.path.join(out, "dimse", name), "wb") as seed:
                seed.write(data_transfer)


if __name__ == "__main__":
    main()
