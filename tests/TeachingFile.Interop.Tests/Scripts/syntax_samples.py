"""Write one small, deterministic instance per transfer syntax that the Storage SCP accepts.

Usage: syntax_samples.py DIR

Prints one JSON line per file: path, transfer syntax UID and whether it is native.
Native syntaxes carry 8-bit Pixel Data (OB), so its bytes are the same in every byte order.
Encapsulated image syntaxes carry three frames of synthetic codestream: a start marker,
pseudo-random bytes without 0xFF, then FFD9. They have a Basic Offset Table and two fragments per
frame. RLE, Deflated Image Frame Compression and Encapsulated Uncompressed put each frame in one
fragment instead, which PS3.5 Annex G requires for RLE. One JPEG 2000 file has an Extended Offset Table.
Video syntaxes carry one placeholder bitstream: one fragment, or three for the fragmentable
variants. Nothing here decodes; the tests check that the bytes arrive and are stored unchanged.
"""
import hashlib
import json
import os
import sys
import zlib

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate, encapsulate_extended

MULTI_FRAME_GRAYSCALE_BYTE_SC = "1.2.840.10008.5.1.4.1.1.7.2"
VIDEO_ENDOSCOPIC = "1.2.840.10008.5.1.4.1.1.77.1.1.1"
ROWS = COLUMNS = 16
FRAMES = 3

NATIVE = {
    "1.2.840.10008.1.2": "ImplicitVRLittleEndian",
    "1.2.840.10008.1.2.1": "ExplicitVRLittleEndian",
    "1.2.840.10008.1.2.1.99": "DeflatedExplicitVRLittleEndian",
    "1.2.840.10008.1.2.2": "ExplicitVRBigEndian",
}

# UID: (name, lossy compression method for (0028,2114) or None when lossless, start marker)
IMAGE = {
    "1.2.840.10008.1.2.4.50": ("JPEG Baseline (Process 1)", "ISO_10918_1", b"\xff\xd8"),
    "1.2.840.10008.1.2.4.51": ("JPEG Extended (Process 2 & 4)", "ISO_10918_1", b"\xff\xd8"),
    "1.2.840.10008.1.2.4.57": ("JPEG Lossless, Non-Hierarchical (Process 14)", None, b"\xff\xd8"),
    "1.2.840.10008.1.2.4.70": ("JPEG Lossless, Non-Hierarchical, First-Order Prediction", None, b"\xff\xd8"),
    "1.2.840.10008.1.2.4.80": ("JPEG-LS Lossless Image Compression", None, b"\xff\xd8"),
    "1.2.840.10008.1.2.4.81": ("JPEG-LS Lossy (Near-Lossless) Image Compression", "ISO_14495_1", b"\xff\xd8"),
    "1.2.840.10008.1.2.4.90": ("JPEG 2000 Image Compression (Lossless Only)", None, b"\xff\x4f"),
    "1.2.840.10008.1.2.4.91": ("JPEG 2000 Image Compression", "ISO_15444_1", b"\xff\x4f"),
    "1.2.840.10008.1.2.4.92": ("JPEG 2000 Part 2 Multi-component (Lossless Only)", None, b"\xff\x4f"),
    "1.2.840.10008.1.2.4.93": ("JPEG 2000 Part 2 Multi-component", "ISO_15444_2", b"\xff\x4f"),
    "1.2.840.10008.1.2.4.110": ("JPEG XL Lossless", None, b"\xff\x0a"),
    "1.2.840.10008.1.2.4.111": ("JPEG XL JPEG Recompression", None, b"\xff\x0a"),
    "1.2.840.10008.1.2.4.112": ("JPEG XL", "ISO_18181_1", b"\xff\x0a"),
    "1.2.840.10008.1.2.4.201": ("HTJ2K (Lossless Only)", None, b"\xff\x4f"),
    "1.2.840.10008.1.2.4.202": ("HTJ2K with RPCL Options (Lossless Only)", None, b"\xff\x4f"),
    "1.2.840.10008.1.2.4.203": ("HTJ2K", "ISO_15444_15", b"\xff\x4f"),
}

ONE_FRAGMENT_PER_FRAME = {
    "1.2.840.10008.1.2.5": "RLE Lossless",
    "1.2.840.10008.1.2.8.1": "Deflated Image Frame Compression",
    "1.2.840.10008.1.2.1.98": "Encapsulated Uncompressed Explicit VR Little Endian",
}

VIDEO = [
    "1.2.840.10008.1.2.4.100", "1.2.840.10008.1.2.4.100.1", "1.2.840.10008.1.2.4.101",
    "1.2.840.10008.1.2.4.101.1", "1.2.840.10008.1.2.4.102", "1.2.840.10008.1.2.4.102.1",
    "1.2.840.10008.1.2.4.103", "1.2.840.10008.1.2.4.103.1", "1.2.840.10008.1.2.4.104",
    "1.2.840.10008.1.2.4.104.1", "1.2.840.10008.1.2.4.105", "1.2.840.10008.1.2.4.105.1",
    "1.2.840.10008.1.2.4.106", "1.2.840.10008.1.2.4.106.1", "1.2.840.10008.1.2.4.107",
    "1.2.840.10008.1.2.4.108",
]


def uid(name):
    return "2.25." + str(int(hashlib.sha256(name.encode()).hexdigest()[:24], 16))


def payload(seed, length):
    """Return deterministic bytes without 0xFF, so no marker appears inside a frame."""
    state = seed
    out = bytearray()
    for _ in range(length):
        state = (state * 1103515245 + 12345) % 2**31
        out.append((state >> 16) % 255)
    return bytes(out)


def seed_of(name):
    """Return a seed that differs per sample, so that no two samples share Pixel Data."""
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def raw_frame(seed):
    return payload(seed, ROWS * COLUMNS)


def register(syntax):
    """Teach pydicom 2.3 a transfer syntax newer than its UID table, such as HTJ2K."""
    pydicom.uid.UID_dictionary.setdefault(syntax, (syntax, "Transfer Syntax", "", "", ""))


def base(syntax, name, sop_class):
    register(syntax)
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = uid("instance " + name)
    meta.TransferSyntaxUID = syntax
    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID

    ds.StudyInstanceUID = uid("study syntaxes")
    ds.SeriesInstanceUID = uid("series " + name)
    ds.StudyDate = "20240101"
    ds.StudyTime = "120000"
    ds.AccessionNumber = ""
    ds.ReferringPhysicianName = ""
    ds.PatientName = "Syntax^Test"
    ds.PatientID = "SYNTAX-1"
    ds.PatientBirthDate = ""
    ds.PatientSex = "O"
    ds.StudyID = "1"
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    ds.Modality = "ES" if sop_class == VIDEO_ENDOSCOPIC else "OT"
    ds.ConversionType = "WSD"
    ds.PatientOrientation = ""

    ds.Rows = ROWS
    ds.Columns = COLUMNS
    ds.BitsAllocated = 8
    ds.BitsStored = 8
    ds.HighBit = 7
    ds.PixelRepresentation = 0
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    return ds


def set_encapsulated(ds, pixel_data, method):
    ds.PixelData = pixel_data
    ds["PixelData"].VR = "OB"
    ds["PixelData"].is_undefined_length = True
    if method:
        ds.LossyImageCompression = "01"
        ds.LossyImageCompressionRatio = "8.5"
        ds.LossyImageCompressionMethod = method
    else:
        ds.LossyImageCompression = "00"


def multi_frame(syntax, name):
    """Return a Multi-frame Grayscale Byte Secondary Capture data set without Pixel Data.

    Its attributes satisfy dciodvfy, which cannot read a deflated file, so the stored copy of
    the deflated sample is checked against an empty list of errors.
    """
    ds = base(syntax, name, MULTI_FRAME_GRAYSCALE_BYTE_SC)
    ds.Laterality = ""
    ds.NumberOfFrames = FRAMES
    ds.FrameIncrementPointer = 0x00181063
    ds.FrameTime = "100"
    ds.BurnedInAnnotation = "NO"
    ds.PresentationLUTShape = "IDENTITY"
    ds.RescaleIntercept = "0"
    ds.RescaleSlope = "1"
    ds.RescaleType = "US"
    return ds


def native(syntax):
    ds = multi_frame(syntax, syntax)
    ds.PixelData = b"".join(raw_frame(seed_of(syntax) + i) for i in range(FRAMES))
    ds["PixelData"].VR = "OB"
    ds.is_little_endian = syntax != "1.2.840.10008.1.2.2"
    ds.is_implicit_VR = syntax == "1.2.840.10008.1.2"
    return ds


def image(syntax, method, start):
    frames = [start + payload(seed_of(syntax) + i, 300 + 2 * i) + b"\xff\xd9" for i in range(FRAMES)]
    ds = multi_frame(syntax, syntax)
    set_encapsulated(ds, encapsulate(frames, fragments_per_frame=2, has_bot=True), method)
    return ds


def one_fragment_per_frame(syntax):
    frames = [raw_frame(seed_of(syntax) + i) for i in range(FRAMES)]
    if syntax == "1.2.840.10008.1.2.8.1":
        frames = [deflate(frame) for frame in frames]
    elif syntax == "1.2.840.10008.1.2.5":
        frames = [rle(frame) for frame in frames]
    ds = multi_frame(syntax, syntax)
    set_encapsulated(ds, encapsulate(frames, fragments_per_frame=1, has_bot=True), None)
    return ds


def deflate(data):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = compressor.compress(data) + compressor.flush()
    return out + b"\x00" * (len(out) % 2)


def rle(data):
    """Encode one 8-bit segment as PS3.5 Annex G literal runs of up to 128 bytes."""
    body = bytearray()
    for start in range(0, len(data), 128):
        chunk = data[start:start + 128]
        body.append(len(chunk) - 1)
        body.extend(chunk)
    header = (1).to_bytes(4, "little") + (64).to_bytes(4, "little") + bytes(56)
    out = header + bytes(body)
    return out + b"\x00" * (len(out) % 2)


def extended_offset_table():
    syntax = "1.2.840.10008.1.2.4.90"
    name = "extended offset table"
    frames = [b"\xff\x4f" + payload(seed_of(name) + i, 400) + b"\xff\xd9" for i in range(FRAMES)]
    pixel_data, offsets, lengths = encapsulate_extended(frames)
    ds = multi_frame(syntax, name)
    set_encapsulated(ds, pixel_data, None)
    ds.ExtendedOffsetTable = offsets
    ds.ExtendedOffsetTableLengths = lengths
    return ds


def video(syntax):
    ds = base(syntax, syntax, VIDEO_ENDOSCOPIC)
    ds.PhotometricInterpretation = "YBR_PARTIAL_420"
    ds.SamplesPerPixel = 3
    ds.PlanarConfiguration = 0
    ds.NumberOfFrames = 30
    ds.FrameIncrementPointer = 0x00181063
    ds.FrameTime = "33.3"
    ds.CineRate = 30
    stream = b"\x00\x00\x01\xb3" + payload(seed_of(syntax), 1200) + b"\x00\x00\x01\xb7"
    per_frame = 3 if syntax.endswith(".1") else 1
    set_encapsulated(ds, encapsulate([stream], fragments_per_frame=per_frame, has_bot=False), "ISO_13818_2")
    return ds


def main(directory):
    samples = [(syntax, native(syntax)) for syntax in NATIVE]
    samples += [(syntax, image(syntax, method, start)) for syntax, (_, method, start) in IMAGE.items()]
    samples += [(syntax, one_fragment_per_frame(syntax)) for syntax in ONE_FRAGMENT_PER_FRAME]
    samples += [(syntax, video(syntax)) for syntax in VIDEO]
    samples.append(("1.2.840.10008.1.2.4.90", extended_offset_table()))
    for syntax, ds in samples:
        name = "eot" if "ExtendedOffsetTable" in ds else syntax
        path = os.path.join(directory, name + ".dcm")
        if syntax not in NATIVE:
            ds.is_little_endian = True
            ds.is_implicit_VR = False
        ds.save_as(path, write_like_original=False)
        print(json.dumps({"path": path, "transferSyntax": syntax, "native": syntax in NATIVE}))


if __name__ == "__main__":
    main(sys.argv[1])
