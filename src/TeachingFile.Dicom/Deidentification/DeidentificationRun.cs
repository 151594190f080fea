using System.Buffers;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// One de-identification of one data set: walks every item at every depth and applies the resolved
/// Table E.1-1 actions, the patient pseudonym and the date shift. Single use, not thread-safe.
/// </summary>
internal sealed partial class DeidentificationRun
{
    /// <summary>Sequences nested deeper than this are removed whole rather than walked, so a hostile file
    /// cannot exhaust the stack.</summary>
    private const int MaxDepth = 64;

    private const uint OverlayDataMask = 0xFF00FFFF;
    private const uint OverlayData = 0x60003000;

    private readonly Deidentifier _owner;
    private readonly PatientPseudonym _patient;

    public DeidentificationRun(Deidentifier owner, PatientPseudonym patient)
    {
        _owner = owner;
        _patient = patient;
    }

    public DeidentificationActionCounts Counts { get; } = new();

    /// <summary>De-identifies the top-level <paramref name="dataset"/> in place.</summary>
    public void Run(DicomDataset dataset)
    {
        ProcessDataset(dataset, TextContext.Normal, 0);

        // Patient's Name and Patient ID are Type 2: they carry the pseudonym even when they were absent.
        if (!dataset.Contains(DicomTags.PatientName))
        {
            SetPseudonym(dataset, DicomTags.PatientName);
        }

        if (!dataset.Contains(DicomTags.PatientID))
        {
            SetPseudonym(dataset, DicomTags.PatientID);
        }
    }

    private void ProcessDataset(DicomDataset dataset, TextContext context, int depth)
    {
        var count = dataset.Count;
        var snapshot = ArrayPool<DicomItem>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var n = 0;
            foreach (var item in dataset)
            {
                snapshot[n++] = item;
            }

            ProcessItems(dataset, snapshot.AsSpan(0, n), context, depth);
        }
        finally
        {
            Array.Clear(snapshot, 0, count);
            ArrayPool<DicomItem>.Shared.Return(snapshot);
        }
    }

    private void ProcessItems(DicomDataset dataset, ReadOnlySpan<DicomItem> items, TextContext context, int depth)
    {
        List<DicomItem>? privateItems = null;
        List<ushort>? removedOverlays = null;
        foreach (var item in items)
        {
            var tag = item.Tag;
            if ((tag.Group & 1) == 1)
            {
                if (_owner.PrivateRule.Action == ElementAction.Clean)
                {
                    (privateItems ??= []).Add(item);
                }
                else
                {
                    RemovePrivate(dataset, tag);
                }

                continue;
            }

            ProcessItem(dataset, item, context, depth);
            if ((tag.Value & OverlayDataMask) == OverlayData && !dataset.Contains(tag))
            {
                (removedOverlays ??= []).Add(tag.Group);
            }
        }

        if (privateItems is not null)
        {
            ProcessSafePrivate(dataset, privateItems, context, depth);
        }

        if (removedOverlays is not null)
        {
            RemoveOverlayGroups(dataset, items, removedOverlays);
        }
    }

    private void ProcessItem(DicomDataset dataset, DicomItem item, TextContext context, int depth)
    {
        var tag = item.Tag;

        // File Meta Information (0002) belongs to the file and the command group (0000) to a message, so
        // neither belongs in the data set, and the writer rebuilds group 0002. Group lengths would be wrong
        // once values change.
        if (tag.Group is 0x0000 or 0x0002 || tag.Element == 0x0000)
        {
            Remove(dataset, tag);
            return;
        }

        if (tag == DicomTags.PatientName || tag == DicomTags.PatientID)
        {
            SetPseudonym(dataset, tag);
            return;
        }

        var index = AnnexERuleIndex.Find(tag.Value);
        if (index >= 0)
        {
            ApplyRule(dataset, item, _owner.ResolvedRules[index], context, depth);
        }
        else
        {
            ApplyUnlisted(dataset, item, context, depth);
        }
    }

    private void SetPseudonym(DicomDataset dataset, DicomTag tag)
    {
        var isName = tag == DicomTags.PatientName;
        SetAscii(dataset, tag, isName ? DicomVR.PN : DicomVR.LO, isName ? _patient.PatientName : _patient.PatientKey);
        Counts.Pseudonymized++;
    }

    private void ApplySequenceAction(
        DicomDataset dataset, DicomSequence sequence, ElementAction action, TextContext context, int depth)
    {
        switch (action)
        {
            case ElementAction.Remove:
                Remove(dataset, sequence.Tag);
                break;
            case ElementAction.Zero:
                dataset.AddOrUpdate(new DicomSequence(sequence.Tag));
                Counts.Zeroed++;
                break;
            case ElementAction.Dummy:
                WalkSequence(dataset, sequence, Stricter(context, TextContext.Dummy), depth);
                Counts.Dummied++;
                break;
            case ElementAction.Clean:
                WalkSequence(dataset, sequence, Stricter(context, TextContext.Clean), depth);
                Counts.Cleaned++;
                break;
            default:
                WalkSequence(dataset, sequence, context, depth);
                break;
        }
    }

    private void WalkSequence(DicomDataset dataset, DicomSequence sequence, TextContext context, int depth)
    {
        if (depth >= MaxDepth)
        {
            Remove(dataset, sequence.Tag);
            return;
        }

        foreach (var item in sequence.Items)
        {
            ProcessDataset(item, context, depth + 1);
        }
    }

    private static TextContext Stricter(TextContext a, TextContext b) => a > b ? a : b;

    private void ProcessSafePrivate(DicomDataset dataset, List<DicomItem> items, TextContext context, int depth)
    {
        HashSet<int>? keptBlocks = null;
        foreach (var item in items)
        {
            var tag = item.Tag;
            if (tag.Element <= 0x00FF)
            {
                continue; // Private creators are decided once their blocks are known.
            }

            var block = tag.Element >> 8;
            var creator = block >= 0x10 ? dataset.GetString(new DicomTag(tag.Group, (ushort)block))?.Trim() : null;
            if (creator is null || !_owner.IsSafePrivate(creator, tag.Group, (byte)tag.Element))
            {
                RemovePrivate(dataset, tag);
                continue;
            }

            (keptBlocks ??= []).Add((tag.Group << 8) | block);
            if (item is DicomSequence sequence)
            {
                WalkSequence(dataset, sequence, context, depth);
            }
        }

        foreach (var item in items)
        {
            var tag = item.Tag;
            if (tag.Element <= 0x00FF && keptBlocks?.Contains((tag.Group << 8) | tag.Element) != true)
            {
                RemovePrivate(dataset, tag);
            }
        }
    }

    /// <summary>Removes the rest of each overlay whose Overlay Data was removed: an overlay without its
    /// data is not conformant and its other attributes are of no use.</summary>
    private void RemoveOverlayGroups(DicomDataset dataset, ReadOnlySpan<DicomItem> items, List<ushort> groups)
    {
        foreach (var item in items)
        {
            if (groups.Contains(item.Tag.Group) && dataset.Remove(item.Tag))
            {
                Counts.Removed++;
            }
        }
    }

    private void Remove(DicomDataset dataset, DicomTag tag)
    {
        if (dataset.Remove(tag))
        {
            Counts.Removed++;
        }
    }

    private void RemovePrivate(DicomDataset dataset, DicomTag tag)
    {
        if (dataset.Remove(tag))
        {
            Counts.PrivateRemoved++;
        }
    }
}
