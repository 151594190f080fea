#!/usr/bin/env python3
"""Builds the seed inputs of each fuzz target under OUT (default /tmp/teachingfile-fuzz/seeds).

part10: the test files of at most 64 KiB as they are, and the larger ones with their Pixel Data cut
        short. A native value keeps 64 bytes. Encapsulated Pixel Data keeps its offset table (cut to
        16 bytes when longer than 256) and four fragments of at most 64 bytes.
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
KEPT_VALUE_BYTES = 64
KEPT_FRAGMENTS = 4
MAX_KEPT_OFFSET_TABLE = 256
ITEM = b"\xfe\xff\x00\xe0"
SEQUENCE_DELIMITATION = b"\xfe\xff\xdd\xe0\x00\x00\x00\x00"


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


def shrink_pixel_data(data):
    """Returns a little-endian file with its last Pixel Data element cut short, or None if it has none."""
    start = data.rfind(b"\xe0\x7f\x10\x00")
    if start < 0:
        return None
    explicit = data[start + 4:start + 6].isalpha() and data[start + 4:start + 6].isupper()
    header = 12 if explicit else 8
    length = struct.unpack_from("<I", data, start + header - 4)[0]
    if length != 0xFFFFFFFF:
        kept = data[start + header:start + header + min(length, KEPT_VALUE_BYTES)]
        return data[:start + header - 4] + struct.pack("<I", len(kept)) + kept

    out = bytearray(data[:start + header])
    position = start + header
    fragments = 0
    while position + 8 <= len(data) and data[position:position + 4] == ITEM and fragments <= KEPT_FRAGMENTS:
        item_length = struct.unpack_from("<I", data, position + 4)[0]
        value = data[position + 8:position + 8 + item_length]
        limit = MAX_KEPT_OFFSET_TABLE if fragments == 0 else KEPT_VALUE_BYTES
        if len(value) > limit:
            value = value[:KEPT_VALUE_BYTES if fragments > 0 else 16]
        out += ITEM + struct.pack("<I", len(value)) + value
        position += 8 + item_length
        fragments += 1
    return bytes(out + SEQUENCE_DELIMITATION)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/teachingfile-fuzz/seeds"
    captures = sys.argv[2] if len(sys.argv) > 2 else "/tmp/teachingfile-fuzz/captures"
    for target in ("part10", "pdu", "dimse"):
        os.makedirs(os.path.join(out, target), exist_ok=True)

    for name in sorted(os.listdir(TEST_DATA)):
        path = os.path.join(TEST_DATA, name)
        if not name.endswith(".dcm"):
            continue
        if os.path.getsize(path) <= MAX_PART10_SEED:
            shutil.copyfile(path, os.path.join(out, "part10", name))
            continue
        with open(path, "rb") as source:
            shrunk = shrink_pixel_data(source.read())
        if shrunk is not None:
            with open(os.path.join(out, "part10", "short-" + name), "wb") as seed:
                seed.write(shrunk)

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
