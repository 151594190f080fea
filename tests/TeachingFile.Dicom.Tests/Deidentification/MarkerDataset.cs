using System.Globalization;
using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

/// <summary>
/// Builds data sets with a unique marker value in every attribute that Table E.1-1 changes under the given
/// options, generated from the action table. Text markers are "QZnnnnQ", UIDs "1.2.3.999.nnnn.9" and times
/// "235959.nnnn". Dates run on consecutive days from 1980-01-01, fewer than 365 of them, so no shifted
/// marker date equals another marker. Date-times have a unique time of day.
/// </summary>
internal sealed class MarkerDataset
{
    private readonly ResolvedRule[] _resolved;
    private readonly bool _shiftsDates;
    private readonly List<string> _markers = [];
    private int _next;
    private int _nextDay;

    public MarkerDataset(DeidentificationOptions options)
    {
        var annexOptions = options.ToAnnexEOptions();
        _resolved = AnnexEActionResolver.ResolveAll(annexOptions);
        _shiftsDates = (annexOptions & AnnexEOptions.RetainLongitudinalModifiedDates) != 0;
    }

    /// <summary>Every marker placed so far.</summary>
    public IReadOnlyList<string> Markers => _markers;

    /// <summary>Fills <paramref name="dataset"/> with one marker element per changed row.</summary>
    public void FillRows(DicomDataset dataset)
    {
        var rules = AnnexETable.Rules;
        for (var i = 0; i < rules.Length; i++)
        {
            if (rules[i].Mask == uint.MaxValue)
            {
                AddRow(dataset, rules[i], _resolved[i].Action);
            }
        }
    }

    /// <summary>Returns a new item filled with markers for every row.</summary>
    public DicomDataset NewFilledItem()
    {
        var item = new DicomDataset();
        FillRows(item);
        return item;
    }

    public string NextText() => Remember("QZ" + (_next++).ToString("D4", CultureInfo.InvariantCulture) + "Q");

    public string NextUid() => Remember("1.2.3.999." + (_next++).ToString("D4", CultureInfo.InvariantCulture) + ".9");

    public string NextDate() =>
        Remember(new DateOnly(1980, 1, 1).AddDays(_nextDay++).ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    public string NextDateTime()
    {
        var second = _next++;
        var time = new TimeOnly(0, 0).Add(TimeSpan.FromSeconds(second)).ToString("HHmmss", CultureInfo.InvariantCulture);
        return Remember("19800101" + time + ".123456");
    }

    private void AddRow(DicomDataset dataset, AnnexERule rule, ElementAction action)
    {
        var tag = new DicomTag(rule.Tag);
        var vr = rule.VR.Length >= 2 ? DicomVR.Parse(rule.VR[..2]) : DicomDictionary.Default.GetDefaultVR(tag);
        if (vr == DicomVR.SQ)
        {
            dataset.AddOrUpdate(new DicomSequence(tag, [SequenceItem(action)]));
            return;
        }

        if (action == ElementAction.Keep || (vr == DicomVR.TM && action == ElementAction.Clean && _shiftsDates))
        {
            return; // Kept by design: K rows, and times when dates are shifted by whole days.
        }

        var marker = MarkerFor(vr);
        if (marker is null)
        {
            return; // Numeric binary and AS values cannot hold a unique marker; checked structurally.
        }

        if (vr.IsString)
        {
            dataset.SetString(tag, vr, marker);
        }
        else
        {
            dataset.SetBytes(tag, vr, System.Text.Encoding.ASCII.GetBytes(marker));
        }
    }

    private string? MarkerFor(DicomVR vr) => vr.Code switch
    {
        "UI" => NextUid(),
        "DA" => NextDate(),
        "DT" => NextDateTime(),
        "TM" => Remember("235959." + (_next++).ToString("D4", CultureInfo.InvariantCulture)),
        "DS" => Remember("9" + (_next++).ToString("D4", CultureInfo.InvariantCulture) + ".5"),
        "UR" => "urn:" + NextText(),
        "OB" or "OW" or "UN" => NextText() + "-",
        "AE" or "CS" or "LO" or "LT" or "PN" or "SH" or "ST" or "UC" or "UT" => NextText(),
        _ => null,
    };

    /// <summary>
    /// An item whose markers must vanish whatever happens to its sequence. Institution Name is removed by
    /// its row and the Referenced SOP Instance UID is replaced. Code Meaning goes with removed or zeroed
    /// sequences, and Text Value is replaced or cleaned inside sequences whose action is D or C.
    /// </summary>
    private DicomDataset SequenceItem(ElementAction action)
    {
        var item = new DicomDataset();
        item.SetString(DicomTags.InstitutionName, DicomVR.LO, NextText());
        item.SetString(DicomTags.ReferencedSOPInstanceUID, DicomVR.UI, NextUid());
        if (action is ElementAction.Remove or ElementAction.Zero)
        {
            item.SetString(DicomTags.CodeMeaning, DicomVR.LO, NextText());
        }
        else if (action is ElementAction.Dummy or ElementAction.Clean)
        {
            item.SetString(DicomTags.TextValue, DicomVR.UT, NextText());
        }

        return item;
    }

    private string Remember(string marker)
    {
        _markers.Add(marker);
        return marker;
    }
}
