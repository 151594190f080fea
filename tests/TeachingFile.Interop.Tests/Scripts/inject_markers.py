"""Write a copy of a DICOM file with a unique marker value in every attribute that TeachingFile's
default de-identification must not keep, and print the markers and the source's identifying values.

Usage: inject_markers.py SOURCE OUTPUT ANNEX_E_JSON SEED

The attributes come from PS3.15 Table E.1-1 (ANNEX_E_JSON): every row whose action under the Basic
profile with Retain Patient Characteristics, Retain Longitudinal Temporal Information with Modified
Dates and Clean Descriptors is not K. Markers also go into items of those sequences, of sequences
the profile keeps, of private sequences, and into private elements. SEED (one digit) keeps the
markers of different files apart. Prints JSON: {"markers": [...], "originals": [...], "skipped": [...]}.
"""
import json
import sys

import pydicom
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

# One value per temporal VR: a shifted date must differ from it, and distinct values per attribute
# could collide with another attribute's shifted value.
DATE_MARKER = "19070809"
DATETIME_MARKER = "19080910213141.516171"
TIME_MARKER = "071523.918273"
DECIMAL_MARKER = "913579.2468"
INTEGER_MARKER = "913579246"
UID_ROOT = "1.2.826.0.1.3680043.999."

source_path, output_path, annex_path, seed = sys.argv[1:5]
counter = 0
markers = []
skipped = []


def next_id():
    global counter
    counter += 1
    return f"{seed}{counter:04d}"


def record(value, where):
    markers.append({"value": value, "where": where})
    return value


def marker_value(vr, where):
    """Return a marker that is valid for the VR, or None when the VR cannot carry a searchable one."""
    if vr == "UI":
        return record(UID_ROOT + next_id(), where)
    if vr == "DA":
        return record(DATE_MARKER, where)
    if vr == "DT":
        return record(DATETIME_MARKER, where)
    if vr == "TM":
        return record(TIME_MARKER, where)
    if vr == "DS":
        return record(DECIMAL_MARKER, where)
    if vr == "IS":
        return record(INTEGER_MARKER, where)
    if vr in ("PN", "LO", "SH", "LT", "ST", "UT", "UC", "CS", "AE", "UR"):
        return record("MKR" + next_id(), where)
    if vr in ("OB", "OW", "UN", "OB or OW"):
        text = record("MKR" + next_id(), where)
        return text.encode("ascii")
    return None


def marker_item(where):
    """Return a sequence item with identifying attributes of every kind, all markers."""
    item = Dataset()
    item.PatientName = marker_value("PN", where + " > PatientName")
    item.PatientID = marker_value("LO", where + " > PatientID")
    item.ReferencedSOPInstanceUID = marker_value("UI", where + " > ReferencedSOPInstanceUID")
    item.ReferencedSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    item.StudyDate = marker_value("DA", where + " > StudyDate")
    item.SeriesDescription = marker_value("LO", where + " > SeriesDescription")
    item.PersonName = marker_value("PN", where + " > PersonName")
    creator = marker_value("LO", where + " > (0019,0010) private creator")
    item.add_new(0x00190010, "LO", creator)
    item.add_new(0x00191001, "LO", marker_value("LO", where + " > (0019,1001) private LO"))
    return item


def effective_action(row):
    for option in ("retainPatientCharacteristicsOption", "retainLongitudinalModifiedDatesOption", "cleanDescriptorsOption"):
        if row[option]:
            return row[option]
    return row["basicProfile"]


def tag_of(row):
    text = row["tag"]
    if "GGGG" in text.upper():
        return None  # private attributes: covered below
    text = text.upper().replace("XX", "00")  # repeating groups (50xx, 60xx): use the first group
    group, element = text.strip("()").split(",")
    return int(group, 16), int(element, 16)


def vr_of(row):
    return "OW" if row["vr"] == "OB or OW" else row["vr"] or None


def add_table_attributes(dataset, rows):
    for row in rows:
        if effective_action(row) == "K":
            continue
        tag = tag_of(row)
        if tag is None or tag[0] in (0x0000, 0x0002):
            continue
        if tag == (0x5000, 0x0000):
            # Curve Data (50xx,xxxx): one text element of the curve group stands for the group.
            dataset.add_new(0x50000022, "LO", marker_value("LO", row["tag"] + " Curve Data, as (5000,0022) Curve Description"))
            continue
        vr = vr_of(row)
        where = f"{row['tag']} {row['keyword'] or row['name']}"
        if vr == "TM" and row["retainLongitudinalModifiedDatesOption"] == "C":
            # TeachingFile shifts dates by whole days, which leaves a time of day unchanged.
            skipped.append(f"{where} (time of day, kept by the whole-day date shift)")
            continue
        if vr == "SQ":
            dataset.add_new(tag, "SQ", Sequence([marker_item(where)]))
            continue
        value = marker_value(vr, where) if vr else None
        if value is None:
            skipped.append(f"{where} (VR {vr or 'unknown'} cannot carry a searchable marker)")
            continue
        dataset.add(DataElement(tag, vr, value))


def add_kept_sequences(dataset):
    """Sequences outside the table are kept, but their items must still be cleaned."""
    region = Dataset()
    region.CodeValue = "818981001"
    region.CodingSchemeDesignator = "SCT"
    region.CodeMeaning = "Abdomen"
    for element in marker_item("AnatomicRegionSequence item"):
        region.add(element)
    region.AnatomicRegionModifierSequence = Sequence([marker_item("AnatomicRegionSequence > AnatomicRegionModifierSequence item")])
    dataset.AnatomicRegionSequence = Sequence([region])


def add_private_elements(dataset):
    dataset.add_new(0x00090010, "LO", marker_value("LO", "(0009,0010) private creator"))
    dataset.add_new(0x00091001, "LO", marker_value("LO", "(0009,1001) private LO"))
    dataset.add_new(0x00091002, "UI", marker_value("UI", "(0009,1002) private UI"))
    dataset.add_new(0x00091003, "DA", marker_value("DA", "(0009,1003) private DA"))
    dataset.add_new(0x00091004, "PN", marker_value("PN", "(0009,1004) private PN"))
    dataset.add_new(0x00091005, "SQ", Sequence([marker_item("(0009,1005) private SQ item")]))
    dataset.add_new(0x00091006, "OB", marker_value("OB", "(0009,1006) private OB"))
    dataset.add_new(0x00091007, "UN", marker_value("UN", "(0009,1007) private UN"))
    dataset.add_new(0x00110010, "LO", marker_value("LO", "(0011,0010) private creator"))
    dataset.add_new(0x00111001, "UT", marker_value("UT", "(0011,1001) private UT"))


# Identifying attributes of the source whose values are checked too: VRs that carry names, dates and
# UIDs, plus the IDs and institution written as LO or SH.
IDENTIFYING_VRS = ("PN", "DA", "DT", "UI")
IDENTIFYING_TAGS = {(0x0010, 0x0020), (0x0010, 0x1000), (0x0008, 0x0050), (0x0008, 0x0080)}


def identifying_values(dataset, rows):
    """Return the source's names, IDs, dates and UIDs from attributes the profile does not keep."""
    actions = {}
    for row in rows:
        tag = tag_of(row)
        if tag is not None:
            actions[tag] = effective_action(row)
    values = set()
    kept_texts = []
    for element in dataset.iterall():
        key = (element.tag.group, element.tag.element)
        if element.VR == "SQ" or isinstance(element.value, bytes):
            continue
        if actions.get(key, "K") == "K":
            kept_texts.append(str(element.value))
            continue
        if element.VR not in IDENTIFYING_VRS and key not in IDENTIFYING_TAGS:
            continue
        multiple = isinstance(element.value, pydicom.multival.MultiValue)
        for value in element.value if multiple else [element.value]:
            text = str(value).strip()
            if len(text) >= 4 and any(c.isalnum() for c in text) and not text.startswith("1.2.840.10008."):
                values.add(text)
    # A value that is part of a kept one (InstitutionName "TOSHIBA" in Manufacturer "TOSHIBA_MEC")
    # may legitimately stay in the file, so it cannot be searched for.
    return sorted(v for v in values if not any(v in kept for kept in kept_texts))


rows = json.load(open(annex_path, encoding="utf-8"))["rows"]
dataset = pydicom.dcmread(source_path)
originals = identifying_values(dataset, rows)

add_table_attributes(dataset, rows)
add_kept_sequences(dataset)
add_private_elements(dataset)
dataset.file_meta.MediaStorageSOPInstanceUID = dataset.SOPInstanceUID
dataset.save_as(output_path, write_like_original=False)

print(json.dumps({"markers": markers, "originals": originals, "skipped": skipped}))
