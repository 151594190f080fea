"""Print, as JSON lines, what the interop tests compare between a sent file and its stored copy.

Usage: dicom_facts.py FILE...

For each file: transfer syntax, SOP Class UID, whether Pixel Data is encapsulated, the SHA-256 of
the Pixel Data value and of each encapsulated item (Basic Offset Table first), or an error.
"""
import hashlib
import json
import sys

import pydicom
from pydicom.encaps import decode_data_sequence


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
    except Exception as error:  # reported to the test, which fails with it
        facts["error"] = f"{type(error).__name__}: {error}"
    print(json.dumps(facts))
