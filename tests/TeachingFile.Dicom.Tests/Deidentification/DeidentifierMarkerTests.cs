using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

public sealed class DeidentifierMarkerTests
{
    public static TheoryData<string> OptionSets => ["defaults", "no options", "all retain options off, clean on"];

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Deidentify_leaves_no_marker_at_any_depth(string optionSet)
    {
        var options = Options(optionSet);
        var markers = new MarkerDataset(options);
        var dataset = BuildMarkedDataset(markers);

        using var deidentifier = new Deidentifier(TestKeys.SiteA, options);
        deidentifier.Deidentify(dataset);

        var bytes = DatasetBytes.Collect(dataset);
        var survivors = markers.Markers.Where(marker => DatasetBytes.Contains(bytes, marker)).ToList();
        Assert.True(markers.Markers.Count > 1000, $"only {markers.Markers.Count} markers were placed");
        Assert.Empty(survivors.Select(marker => marker + " in " + DatasetBytes.Locate(dataset, marker)));
    }

    [Fact]
    public void Each_row_action_applies_at_top_level()
    {
        var options = new DeidentificationOptions();
        var markers = new MarkerDataset(options);
        var dataset = new DicomDataset();
        markers.FillRows(dataset);
        var before = dataset.Clone();

        using var deidentifier = new Deidentifier(TestKeys.SiteA, options);
        deidentifier.Deidentify(dataset);

        var resolved = AnnexEActionResolver.ResolveAll(options.ToAnnexEOptions());
        var rules = AnnexETable.Rules;
        for (var i = 0; i < rules.Length; i++)
        {
            var tag = new DicomTag(rules[i].Tag);
            if (rules[i].Mask != uint.MaxValue || !before.Contains(tag) || IsSpecial(tag))
            {
                continue;
            }

            switch (resolved[i].Action)
            {
                case ElementAction.Remove:
                    Assert.False(dataset.Contains(tag), $"{tag} {rules[i].Keyword} should be removed");
                    break;
                case ElementAction.Zero:
                    Assert.True(IsEmpty(dataset[tag]), $"{tag} {rules[i].Keyword} should be zero length");
                    break;
                case ElementAction.ReplaceUid when rules[i].VR == "UI":
                    Assert.StartsWith("2.25.", dataset.GetString(tag), StringComparison.Ordinal);
                    break;
                case ElementAction.Dummy when rules[i].VR is not "SQ" and not "UI":
                    Assert.NotEqual(ValueBytes(before[tag]), ValueBytes(dataset[tag]));
                    Assert.False(IsEmpty(dataset[tag]), $"{tag} {rules[i].Keyword} should hold a dummy");
                    break;
            }
        }
    }

    [Fact]
    public void Deidentify_removes_curve_and_whole_overlay_groups()
    {
        var dataset = TestInstances.Ct();
        dataset.SetUInt16(new DicomTag(0x6000, 0x0010), 512);
        dataset.SetBytes(new DicomTag(0x6000, 0x3000), DicomVR.OW, new byte[64]);
        dataset.SetString(new DicomTag(0x6002, 0x4000), DicomVR.LT, "QZOVERLAYQ");
        dataset.SetBytes(new DicomTag(0x5000, 0x3000), DicomVR.OW, new byte[16]);

        using var deidentifier = new Deidentifier(TestKeys.SiteA);
        deidentifier.Deidentify(dataset);

        Assert.False(dataset.Contains(new DicomTag(0x6000, 0x3000)));
        Assert.False(dataset.Contains(new DicomTag(0x6000, 0x0010)));
        Assert.False(dataset.Contains(new DicomTag(0x6002, 0x4000)));
        Assert.False(dataset.Contains(new DicomTag(0x5000, 0x3000)));
    }

    [Fact]
    public void File_meta_and_command_elements_are_stripped()
    {
        var dataset = TestInstances.Ct();
        dataset.SetString(DicomTags.MediaStorageSOPInstanceUID, DicomVR.UI, "1.2.3.4.100.1.1");
        dataset.SetString(DicomTags.SourceApplicationEntityTitle, DicomVR.AE, "QZSOURCEAEQ");
        dataset.SetString(new DicomTag(0x0000, 0x1000), DicomVR.UI, "1.2.3.4.100.1.1");
        dataset.SetBytes(new DicomTag(0x0008, 0x0000), DicomVR.UL, new byte[4]);

        using var deidentifier = new Deidentifier(TestKeys.SiteA);
        deidentifier.Deidentify(dataset);

        Assert.DoesNotContain(dataset, item => item.Tag.Group is 0x0000 or 0x0002);
        Assert.False(dataset.Contains(new DicomTag(0x0008, 0x0000)));
    }

    private static DicomDataset BuildMarkedDataset(MarkerDataset markers)
    {
        var dataset = new DicomDataset();
        markers.FillRows(dataset);

        // Referenced Study Sequence, a private sequence and a standard sequence two levels down each carry
        // a full set of markers.
        dataset.AddOrUpdate(new DicomSequence(DicomTags.ReferencedStudySequence, [markers.NewFilledItem()]));
        dataset.SetString(new DicomTag(0x0009, 0x0010), DicomVR.LO, markers.NextText());
        dataset.SetString(new DicomTag(0x0009, 0x1001), DicomVR.LO, markers.NextText());
        dataset.AddOrUpdate(new DicomSequence(new DicomTag(0x0009, 0x1002), [markers.NewFilledItem()]));
        var inner = new DicomSequence(DicomTags.RadionuclideCodeSequence, [markers.NewFilledItem()]);
        var outerItem = new DicomDataset();
        outerItem.AddOrUpdate(inner);
        dataset.AddOrUpdate(new DicomSequence(DicomTags.RadiopharmaceuticalInformationSequence, [outerItem]));
        return dataset;
    }

    private static DeidentificationOptions Options(string optionSet)
    {
        var options = new DeidentificationOptions();
        if (optionSet != "defaults")
        {
            options.RetainLongitudinalTemporalInformationWithModifiedDates = false;
            options.RetainPatientCharacteristics = false;
            options.CleanDescriptors = optionSet.EndsWith("clean on", StringComparison.Ordinal);
            options.CleanGraphics = options.CleanDescriptors;
            options.CleanStructuredContent = options.CleanDescriptors;
        }

        return options;
    }

    private static bool IsSpecial(DicomTag tag) =>
        tag.Group is 0x0000 or 0x0002 || tag == DicomTags.PatientName || tag == DicomTags.PatientID;

    private static byte[] ValueBytes(DicomItem? item) => item is DicomElement element ? element.Value.ToArray() : [];

    private static bool IsEmpty(DicomItem? item) => item switch
    {
        DicomElement element => element.Length == 0,
        DicomSequence sequence => sequence.Items.Count == 0,
        _ => false,
    };
}
