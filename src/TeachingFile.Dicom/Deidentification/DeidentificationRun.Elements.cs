using System.Text;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>The actions on single attributes.</summary>
internal sealed partial class DeidentificationRun
{
    private void ApplyRule(DicomDataset dataset, DicomItem item, ResolvedRule rule, TextContext context, int depth)
    {
        if (item is DicomSequence sequence)
        {
            ApplySequenceAction(dataset, sequence, rule.Action, context, depth);
            return;
        }

        if (item is not DicomElement element)
        {
            // Encapsulated pixel data is kept unless a row matching its tag gives another action.
            if (rule.Action != ElementAction.Keep)
            {
                Remove(dataset, item.Tag);
            }

            return;
        }

        var vr = ValueVR(element);
        if (vr == DicomVR.SQ || vr == DicomVR.UN)
        {
            // A sequence read as UN, or an unknown VR, cannot be inspected, so it cannot be kept or cleaned.
            Remove(dataset, element.Tag);
            return;
        }

        if (rule.Action == ElementAction.Clean)
        {
            Clean(dataset, element, vr, rule.Fallback, context);
        }
        else
        {
            ApplyElementAction(dataset, element, vr, rule.Action, context);
        }
    }

    private void ApplyUnlisted(DicomDataset dataset, DicomItem item, TextContext context, int depth)
    {
        if (item is DicomSequence sequence)
        {
            WalkSequence(dataset, sequence, context, depth);
            return;
        }

        if (item is not DicomElement element)
        {
            return;
        }

        var vr = ValueVR(element);
        if (vr == DicomVR.SQ || vr == DicomVR.UN)
        {
            Remove(dataset, element.Tag);
        }
        else if (vr == DicomVR.UI)
        {
            if (!_owner.RetainsUids && !ClassUidTags.Contains(element.Tag.Value))
            {
                ReplaceUids(dataset, element);
            }
        }
        else if (vr == DicomVR.DA || vr == DicomVR.DT)
        {
            // Dates without a row still follow the date option, so no original date sits beside shifted ones.
            ApplyElementAction(dataset, element, vr, _owner.ShiftsDates ? ElementAction.Clean
                : _owner.KeepsDates ? ElementAction.Keep : ElementAction.Remove, context);
        }
        else
        {
            ApplyContext(dataset, element, vr, context);
        }
    }

    private void ApplyElementAction(
        DicomDataset dataset, DicomElement element, DicomVR vr, ElementAction action, TextContext context)
    {
        switch (action)
        {
            case ElementAction.Keep:
                ApplyContext(dataset, element, vr, context);
                break;
            case ElementAction.Zero:
                SetAscii(dataset, element.Tag, vr, string.Empty);
                Counts.Zeroed++;
                break;
            case ElementAction.Dummy:
                SetDummy(dataset, element, vr);
                break;
            case ElementAction.ReplaceUid:
                ReplaceUids(dataset, element);
                break;
            case ElementAction.Clean:
                Clean(dataset, element, vr, ElementAction.Remove, context);
                break;
            default:
                Remove(dataset, element.Tag);
                break;
        }
    }

    private void Clean(DicomDataset dataset, DicomElement element, DicomVR vr, ElementAction fallback, TextContext context)
    {
        switch (vr.Code)
        {
            case "DA" or "DT" when _owner.ShiftsDates:
                ShiftDates(dataset, element, vr);
                break;
            case "TM" when _owner.ShiftsDates:
                break; // A whole-day shift leaves times unchanged.
            case "UI":
                ReplaceUids(dataset, element);
                break;
            case "PN" or "AE":
                SetDummy(dataset, element, vr);
                break;
            case "CS" or "LO" or "LT" or "SH" or "ST" or "UC" or "UT":
                CleanText(dataset, element, vr);
                break;
            default:
                // Binary values cannot be cleaned: take the Basic Profile action instead.
                ApplyElementAction(dataset, element, vr, fallback == ElementAction.Clean ? ElementAction.Remove : fallback, context);
                break;
        }
    }

    /// <summary>Applies the sequence's text treatment to free text and names that have no row.</summary>
    private void ApplyContext(DicomDataset dataset, DicomElement element, DicomVR vr, TextContext context)
    {
        if (context == TextContext.Normal)
        {
            return;
        }

        if (vr == DicomVR.PN || (context == TextContext.Dummy && IsFreeText(vr)))
        {
            SetDummy(dataset, element, vr);
        }
        else if (IsFreeText(vr))
        {
            CleanText(dataset, element, vr);
        }
    }

    private static bool IsFreeText(DicomVR vr) =>
        vr == DicomVR.LT || vr == DicomVR.ST || vr == DicomVR.UT || vr == DicomVR.UC;

    private void CleanText(DicomDataset dataset, DicomElement element, DicomVR vr)
    {
        var text = AsciiValues.ReadText(dataset, element);
        SetAscii(dataset, element.Tag, vr, _owner.Cleaner.Clean(text));
        Counts.Cleaned++;
    }

    private void ShiftDates(DicomDataset dataset, DicomElement element, DicomVR vr)
    {
        var text = ReadAscii(element);
        var shifted = vr == DicomVR.DA
            ? DateShifter.ShiftDates(text, _patient.DateShiftDays)
            : DateShifter.ShiftDateTimes(text, _patient.DateShiftDays);
        if (shifted is null)
        {
            // Not a date we can shift: it may still be one, so it goes.
            SetAscii(dataset, element.Tag, vr, string.Empty);
            Counts.Zeroed++;
            return;
        }

        SetAscii(dataset, element.Tag, vr, shifted);
        Counts.DatesShifted++;
    }

    private void ReplaceUids(DicomDataset dataset, DicomElement element)
    {
        var values = ReadAscii(element).Split('\\');
        var replaced = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var original = values[i].Trim();
            values[i] = _owner.Uids.Replace(original);
            replaced += ReferenceEquals(values[i], original) ? 0 : 1;
        }

        SetAscii(dataset, element.Tag, DicomVR.UI, string.Join('\\', values));
        Counts.UidsReplaced += replaced;
    }

    private void SetDummy(DicomDataset dataset, DicomElement element, DicomVR vr)
    {
        if (vr == DicomVR.UI)
        {
            ReplaceUids(dataset, element);
            return;
        }

        var text = DummyValues.TextFor(vr);
        if (text is null)
        {
            dataset.AddOrUpdate(new DicomElement(element.Tag, vr, new MemoryByteSource(DummyValues.BinaryFor(vr))));
        }
        else
        {
            SetAscii(dataset, element.Tag, vr, text);
        }

        Counts.Dummied++;
    }

    /// <summary>The VR of the value: the element's own, or the dictionary's when it was read as UN.</summary>
    private static DicomVR ValueVR(DicomElement element) =>
        element.VR == DicomVR.UN ? DicomDictionary.Default.GetDefaultVR(element.Tag) : element.VR;

    private static string ReadAscii(DicomElement element) =>
        Encoding.Latin1.GetString(element.Value.ToArray()).TrimEnd('\0', ' ');

    private static void SetAscii(DicomDataset dataset, DicomTag tag, DicomVR vr, string value) =>
        AsciiValues.Write(dataset, tag, vr, value);
}
