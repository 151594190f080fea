"""Write encapsulated Pixel Data test files with pydicom, or print pydicom's frames of files.

Usage:
  encapsulated_frames.py generate DIR   write one file per frame-location case into DIR
  encapsulated_frames.py frames FILE... print, as JSON lines, the SHA-256 of each frame that
                                        pydicom 2.3's generate_pixel_data_frame returns

The generated frames are synthetic codestreams: a start marker, pseudo-random bytes without 0xFF,
then FFD9. The end-of-image rule can find them, but they decode to nothing. Output is
deterministic, the same bytes on every run.
"""
import hashlib
import json
import os
import sys

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate, encapsulate_extended, generate_pixel_data_frame

SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7"
JPEG_BASELINE = "1.2.840.10008.1.2.4.50"
JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80"
JPEG_2000_LOSSLESS = "1.2.840.10008.1.2.4.90"
HTJ2K_LOSSLESS = "1.2.840.10008.1.2.4.201"
RLE_LOSSLESS = "1.2.840.10008.1.2.5"


def register_transfer_syntax(uid, name):
    """Teach pydicom 2.3 a transfer syntax newer than its UID table, such as HTJ2K."""
    pydicom.uid.UID_dictionary.setdefault(uid, (name, "Transfer Syntax", "", "", ""))


def payload(seed, length):
    """Return deterministic bytes without 0xFF, so no marker appears inside a frame."""
    state = seed
    out = bytearray()
    for _ in range(length):
        state = (state * 1103515245 + 12345) % 2**31
        out.append((state >> 16) % 255)
    return bytes(out)


def frame(seed, length, start_marker=b"\xff\xd8"):
    return start_marker + payload(seed, length - 4) + b"\xff\xd9"


def dataset(syntax, number_of_frames, pixel_data, name):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SECONDARY_CAPTURE
    meta.MediaStorageSOPInstanceUID = "2.25." + str(int(hashlib.sha256(name.encode()).hexdigest()[:24], 16))
    meta.TransferSyntaxUID = syntax
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = SECONDARY_CAPTURE
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.Modality = "OT"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = 16
    ds.Columns = 16
    ds.BitsAllocated = 8
    ds.BitsStored = 8
    ds.HighBit = 7
    ds.PixelRepresentation = 0
    ds.NumberOfFrames = number_of_frames
    ds.PixelData = pixel_data
    ds["PixelData"].VR = "OB"
    ds["PixelData"].is_undefined_length = True
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    return ds


def generate(directory):
    register_transfer_syntax(HTJ2K_LOSSLESS, "High-Throughput JPEG 2000 Image Compression (Lossless Only)")
    cases = {
        "bot_two_fragments_per_frame": (JPEG_BASELINE, [frame(i, 600 + 2 * i) for i in range(3)], 2, True),
        "no_bot_one_fragment_per_frame": (RLE_LOSSLESS, [payload(10 + i, 500) for i in range(4)], 1, False),
        "no_bot_three_fragments_per_frame": (JPEG_LS_LOSSLESS, [frame(20 + i, 900 + 2 * i) for i in range(3)], 3, False),
        "one_frame_five_fragments": (HTJ2K_LOSSLESS, [frame(30, 2000, b"\xff\x4f")], 5, False),
    }
    for name, (syntax, frames, per_frame, has_bot) in cases.items():
        pixel_data = encapsulate(frames, fragments_per_frame=per_frame, has_bot=has_bot)
        write(directory, name, dataset(syntax, len(frames), pixel_data, name), frames)

    name = "extended_offset_table"
    frames = [frame(40 + i, 700 + 2 * i, b"\xff\x4f") for i in range(3)]
    pixel_data, offsets, lengths = encapsulate_extended(frames)
    ds = dataset(JPEG_2000_LOSSLESS, len(frames), pixel_data, name)
    ds.ExtendedOffsetTable = offsets
    ds.ExtendedOffsetTableLengths = lengths
    write(directory, name, ds, frames)


def write(directory, name, ds, frames):
    path = os.path.join(directory, name + ".dcm")
    ds.save_as(path, write_like_original=False)
    print(json.dumps({"path": path, "frames": [sha256(f) for f in frames]}))


def frames_of(paths):
    for path in paths:
        ds = pydicom.dcmread(path)
        count = int(ds.get("NumberOfFrames", 1) or 1)
        frames = [b"".join(fragments) if isinstance(fragments, tuple) else fragments
                  for fragments in generate_pixel_data_frame(ds.PixelData, count)]
        print(json.dumps({"path": path, "frames": [sha256(f) for f in frames]}))


def sha256(data):
    return hashlib.sha256(data).hexdigest()


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate(sys.argv[2])
    else:
        frames_of(sys.argv[2:])
