"""Print, as JSON lines, what the interop tests compare between a sent file and its stored copy.

Usage: dicom_facts.py FILE...

For each file: transfer syntax, SOP Class UID, whether Pixel Data is encapsulated, the SHA-256 of
the Pixel Data value, of each encapsulated item (Basic Offset Table first) and of the Extended
Offset Table elements, Lossy Image Compression, or an error.
"""
import hashlib
import json
import sys

import pydicom
from pydicom.encaps import decode_data_sequence


# Transfer syntaxes newer than pydicom 2.3's UID table. pydicom treats every transfer syntax it
# does not list as native as compressed, which is right for all of these.
NEWER_SYNTAXES = [
    "1.2.840.10008.1.2.4.100.1", "1.2.840.10008.1.2.4.101.1", "1.2.840.10008.1.2.4.102.1",
    "1.2.840.10008.1.2.4.103.1", "1.2.840.10008.1.2.4.104.1", "1.2.840.10008.1.2.4.105.1",
    "1.2.840.10008.1.2.4.106.1", "1.2.840.10008.1.2.4.110", "1.2.840.10008.1.2.4.111",
    "1.2.840.10008.1.2.4.112", "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202",
    "1.2.840.10008.1.2.4.203", "1.2.840.10008.1.2.8.1", "1.2.840.10008.1.2.1.98",
]
for uid in NEWER_SYNTAXES:
    pydicom.uid.UID_dictionary.setdefault(uid, (uid, "Transfer Syntax", "", "", ""))


def sha256(data):
    return hashlib.sha256(data).hexdigest()


for path in sys.argv[1:]:
    facts = {"path": path}
    try:
        dataset = pydicom.dcmread(path)
        syntax = dataset.file_meta.TransferSyntaxUID
        facts["transferSyntax"] = str(syntax)
        facts["sopClass"] = str(dataset.get("SOPClassUID", ""))
        facts["encapsulated"] = bool(syntax.is_compressed)
        if "PixelData" in dataset:
            pixel_data = dataset.PixelData
            facts["pixelSha256"] = sha256(pixel_data)
            if syntax.is_compressed:
                facts["items"] = [sha256(item) for item in decode_data_sequence(pixel_data)]
        if "ExtendedOffsetTable" in dataset:
            facts["extendedOffsetTableSha256"] = sha256(dataset.ExtendedOffsetTable)
        if "ExtendedOffsetTableLengths" in dataset:
            facts["extendedOffsetTableLengthsSha256"] = sha256(dataset.ExtendedOffsetTableLengths)
        facts["lossyImageCompression"] = dataset.get("LossyImageCompression")
        facts["lossyImageCompressionRatio"] = str(dataset.get("LossyImageCompressionRatio", ""))
        facts["lossyImageCompressionMethod"] = str(dataset.get("LossyImageCompressionMethod", ""))
    except Exception as error:  # reported to the test, which fails with it
        facts["error"] = f"{type(error).__name__}: {error}"
    print(json.dumps(facts))
