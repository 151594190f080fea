using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests;

public class DicomFileRecoveryTests
{
    [Fact]
    public async Task OpenAsync_NoPreambleOrMeta_FindsTheDatasetAfterAStrayByte()
    {
        await using var file = await DicomFile.OpenAsync(Samples.Path("pydicom__no_meta.dcm"));

        Assert.Equal(0, file.FileMetaInformation.Count);
        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal("CompressedSamples^CT1", file.Dataset.GetString(DicomTags.PatientName));
        Assert.Contains(file.Warnings, w => w.Contains("no preamble", StringComparison.Ordinal));
        Assert.Contains(file.Warnings, w => w.Contains("1 stray bytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenAsync_MetaWithoutTransferSyntax_InfersImplicitVR_AndReadsNestedUnSequences()
    {
        await using var file = await DicomFile.OpenAsync(Samples.Path("pydicom__meta_missing_tsyntax.dcm"));

        Assert.Equal(TransferSyntax.ImplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal("1234567890.1998.310", file.FileMetaInformation.GetString(DicomTags.ImplementationClassUID));
        var outer = Assert.IsType<DicomSequence>(file.Dataset[new DicomTag(0x0001, 0x0001)]);
        var item = Assert.Single(outer.Items);
        var inner = Assert.IsType<DicomSequence>(item[new DicomTag(0x0001, 0x0001)]);
        var innerValue = Assert.IsType<DicomElement>(Assert.Single(inner.Items)[new DicomTag(0x0001, 0x0001)]);
        Assert.Equal("Double Nested SQ"u8.ToArray(), innerValue.Value.ToArray());
        Assert.Equal(9, ((DicomElement)item[new DicomTag(0x0001, 0x0002)]!).Length);
        Assert.Equal(2, ((DicomElement)file.Dataset[DicomTags.PixelData]!).Length);
    }

    [Fact]
    public async Task OpenAsync_PrivateUnknownValueStartingWithAnItem_IsReadAsSequence()
    {
        await using var file = await DicomFile.OpenAsync(Samples.Path("pydicom__priv_SQ.dcm"));

        Assert.Equal("aaabbbccc MEDICAL SYSTEMS", file.Dataset.GetString(new DicomTag(0x3F03, 0x0010)));
        var sequence = Assert.IsType<DicomSequence>(file.Dataset[new DicomTag(0x3F03, 0x1001)]);
        var item = Assert.Single(sequence.Items);
        Assert.Equal("111111111111111", item.GetString(new DicomTag(0x0008, 0x0090)));
        Assert.Null(file.Dataset.GetString(DicomTags.SOPInstanceUID));
    }

    [Fact]
    public async Task OpenAsync_ExplicitUnElements_StayUn_AndDecodeWithTheDictionaryVR()
    {
        await using var file = await DicomFile.OpenAsync(Samples.Path("pydicom-data__explicit_VR-UN.dcm"));
        var dataset = file.Dataset;

        Assert.Equal(DicomVR.UN, dataset[DicomTags.PatientName]!.VR);
        Assert.Equal("PANCREAS_0001", dataset.GetString(DicomTags.PatientName));
        Assert.Equal(DicomVR.UN, dataset[DicomTags.SOPClassUID]!.VR);
        Assert.Equal(DicomUids.CTImageStorage, dataset.GetString(DicomTags.SOPClassUID));
        Assert.Equal(DicomVR.UN, dataset[DicomTags.ImagePositionPatient]!.VR);
        Assert.Equal(3, dataset.GetStrings(DicomTags.ImagePositionPatient).Length);
    }

    [Fact]
    public async Task OpenAsync_UnElementHoldingImplicitSequence_ReadsItsItems()
    {
        await using var file = await DicomFile.OpenAsync(Samples.Path("pydicom-data__bad_sequence.dcm"));

        var sequence = Assert.IsType<DicomSequence>(file.Dataset[DicomTags.CTDIPhantomTypeCodeSequence]);
        var item = Assert.Single(sequence.Items);
        Assert.Equal("113691", item.GetString(DicomTags.CodeValue));
        Assert.Equal("IEC Body Dosimetry Phantom", item.GetString(DicomTags.CodeMeaning));
        Assert.Contains(file.Warnings, w => w.Contains("(0018,9346)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenAsync_MisspeltCharacterSetTerm_DecodesAsTheTerm_AndWarns()
    {
        await using var file = await DicomFile.OpenAsync(Samples.Path("dicomParser__IM00001.fragmented_no_bot_jpeg_baseline.50.dcm"));

        Assert.Equal("ISO-IR 100", file.Dataset.GetString(DicomTags.SpecificCharacterSet));
        Assert.Equal("iso-8859-1", file.Dataset.GetEncoding().WebName);
        Assert.Contains("Specific Character Set term 'ISO-IR 100' read as 'ISO_IR 100'.", file.Warnings);
    }
}
