"""Generate the benchmark workloads: CT, small and multiframe DICOM instances.

Every byte depends only on fixed seeds, so two runs write identical files. Headers carry patient,
study and equipment attributes that the receiver's de-identification has to remove or replace.
Pixel data is written one frame at a time, so memory use stays near one frame.
"""

import argparse
import json
import os
import struct
import sys
import uuid

import numpy as np
import pydicom
import pydicom.filewriter
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian

# Bump when the files change, so that a cached workload folder is regenerated.
GENERATOR_VERSION = 2

CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2"
MULTIFRAME_WORD_SC_STORAGE = "1.2.840.10008.5.1.4.1.1.7.3"
IMPLEMENTATION_CLASS_UID = "2.25.300918523452093650924716540962917004437"

# name: (SOP class, instance count, rows, columns, frames per instance, seed)
WORKLOADS = {
    "ct": (CT_IMAGE_STORAGE, 500, 512, 512, 1, 1001),
    "small": (CT_IMAGE_STORAGE, 2000, 64, 64, 1, 2002),
    "multiframe": (MULTIFRAME_WORD_SC_STORAGE, 1, 512, 512, 400, 3003),
}


def deterministic_uid(*parts):
    """Return a 2.25 UID derived from a UUID version 5 of the parts, the same on every run."""
    name = "teachingfile-bench/" + "/".join(str(part) for part in parts)
    return "2.25." + str(uuid.uuid5(uuid.NAMESPACE_URL, name).int)


def patient_and_study(workload):
    """Build the patient, study and equipment attributes shared by all instances of a workload."""
    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.PatientName = "BENCHMARK^PATIENT^" + workload.upper()
    ds.PatientID = "BENCH-" + workload.upper() + "-0001"
    ds.IssuerOfPatientID = "BENCH HOSPITAL"
    ds.PatientBirthDate = "19610412"
    ds.PatientSex = "F"
    ds.PatientAge = "063Y"
    ds.PatientSize = "1.68"
    ds.PatientWeight = "64"
    ds.PatientAddress = "12 Example Road, Sampletown"
    ds.EthnicGroup = "UNKNOWN"
    ds.PatientComments = "Synthetic benchmark patient"

    ds.StudyInstanceUID = deterministic_uid(workload, "study")
    ds.StudyDate = "20240315"
    ds.StudyTime = "101500"
    ds.StudyID = "S" + str(len(workload))
    ds.AccessionNumber = "ACC" + workload.upper()[:8]
    ds.ReferringPhysicianName = "REFERRER^ALEX"
    ds.StudyDescription = "CT CHEST ABDOMEN PELVIS WITH CONTRAST"
    ds.InstitutionName = "Bench General Hospital"
    ds.InstitutionAddress = "1 Hospital Way, Sampletown"

    ds.StationName = "CTSCAN01"
    ds.Manufacturer = "BenchVendor"
    ds.ManufacturerModelName = "Scanner 64"
    ds.DeviceSerialNumber = "SN-0042"
    ds.SoftwareVersions = "1.0"
    ds.OperatorsName = "OPERATOR^SAM"
    ds.PerformingPhysicianName = "PERFORMER^JO"
    ds.RequestingPhysician = "REQUESTER^LEE"

    ds.FrameOfReferenceUID = deterministic_uid(workload, "frame-of-reference")
    ds.PositionReferenceIndicator = ""
    return ds


def image_pixel_module(ds, rows, columns, frames):
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = rows
    ds.Columns = columns
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    if frames > 1:
        ds.NumberOfFrames = frames
        ds.FrameIncrementPointer = 0x00182002  # Frame Label Vector
        ds.FrameLabelVector = [str(n + 1) for n in range(frames)]


def build_dataset(workload, index, sop_class, rows, columns, frames):
    """Build the data set of one instance without Pixel Data."""
    ds = patient_and_study(workload)
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = deterministic_uid(workload, "instance", index)
    ds.SeriesInstanceUID = deterministic_uid(workload, "series", index // 250)
    ds.SeriesNumber = 1 + index // 250
    ds.InstanceNumber = 1 + index % 250

    ds.SeriesDate = ds.StudyDate
    ds.SeriesTime = "101700"
    ds.ContentDate = ds.StudyDate
    ds.ContentTime = "101800"
    ds.AcquisitionDateTime = "20240315101730"
    ds.SeriesDescription = "AXIAL 1.25MM SOFT TISSUE"
    ds.ProtocolName = "CHEST ABDO PELVIS"
    ds.BodyPartExamined = "CHEST"
    ds.PatientPosition = "HFS"

    if sop_class == CT_IMAGE_STORAGE:
        ds.Modality = "CT"
        ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
        ds.KVP = "120"
        ds.AcquisitionNumber = "1"
        ds.SliceThickness = "1.25"
        ds.SliceLocation = f"{-300 + 1.25 * (index % 250):.2f}"
        ds.ImagePositionPatient = ["-250", "-250", ds.SliceLocation]
        ds.ImageOrientationPatient = ["1", "0", "0", "0", "1", "0"]
        ds.PixelSpacing = [f"{500 / rows:.4f}", f"{500 / columns:.4f}"]
        ds.RescaleIntercept = "-1024"
        ds.RescaleSlope = "1"
        ds.WindowCenter = "40"
        ds.WindowWidth = "400"
    else:
        ds.Modality = "OT"
        ds.ImageType = ["DERIVED", "SECONDARY"]
        ds.ConversionType = "WSD"
        ds.BurnedInAnnotation = "NO"
        ds.RescaleIntercept = "0"
        ds.RescaleSlope = "1"
    image_pixel_module(ds, rows, columns, frames)
    return ds


def file_meta(ds):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.ImplementationClassUID = IMPLEMENTATION_CLASS_UID
    meta.ImplementationVersionName = "TF_BENCH_1"
    return meta


def write_instance(path, ds, rng, rows, columns, frames):
    """Write the header with pydicom, then append Pixel Data (OW) one frame at a time."""
    ds.file_meta = file_meta(ds)
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    ds.preamble = b"\0" * 128
    frame_bytes = rows * columns * 2
    with open(path, "wb") as out:
        pydicom.filewriter.dcmwrite(out, ds, write_like_original=False)
        # Pixel Data must be the last element, so appending keeps the data set in tag order.
        out.write(struct.pack("<HH2sHI", 0x7FE0, 0x0010, b"OW", 0, frame_bytes * frames))
        for _ in range(frames):
            frame = rng.integers(0, 4096, size=rows * columns, dtype=np.uint16)
            out.write(frame.astype("<u2", copy=False).tobytes())


def generate_workload(root, name):
    sop_class, count, rows, columns, frames, seed = WORKLOADS[name]
    folder = os.path.join(root, name)
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(seed)
    for index in range(count):
        ds = build_dataset(name, index, sop_class, rows, columns, frames)
        write_instance(os.path.join(folder, f"{index:05d}.dcm"), ds, rng, rows, columns, frames)


def manifest_matches(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle) == expected_manifest()
    except (OSError, ValueError):
        return False


def expected_manifest():
    return {"generator_version": GENERATOR_VERSION, "workloads": {k: list(v) for k, v in WORKLOADS.items()}}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", help="folder that receives one subfolder per workload")
    parser.add_argument("--force", action="store_true", help="regenerate even when the folder is up to date")
    args = parser.parse_args()
    manifest_path = os.path.join(args.output, "manifest.json")
    if not args.force and manifest_matches(manifest_path):
        print(f"workloads in {args.output} are up to date")
        return 0
    os.makedirs(args.output, exist_ok=True)
    if os.path.exists(manifest_path):
        os.remove(manifest_path)
    for name in WORKLOADS:
        print(f"generating {name} ...", flush=True)
        generate_workload(args.output, name)
    with open(manifest_path, "w", encoding="utf-8") as handle:
        json.dump(expected_manifest(), handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
