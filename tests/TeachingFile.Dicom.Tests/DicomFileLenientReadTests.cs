using System.Globalization;
using TeachingFile.Dicom.Tests.Support;
using static TeachingFile.Dicom.Tests.Support.Part10Bytes;

namespace TeachingFile.Dicom.Tests;

public sealed class DicomFileLenientReadTests : IDisposable
{
    private static readonly DicomTag PrivateCreator = new(0x0009, 0x0010);
    private static readonly DicomTag PrivateSequence = new(0x0009, 0x1010);
    private static readonly DicomTag PrivateSequenceOfDefinedLength = new(0x0009, 0x1011);

    private readonly string _directory = Directory.CreateTempSubdirectory("tf-dicom-lenient-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task OpenAsync_UnUndefinedLength_ReadsAsSequence()
    {
        var path = await WriteAsync(File(ExplicitLittle,
        [
            .. ExplicitSop(),
            .. ExplicitUndefined(0x0008, 0x1140, "UN"), .. ImplicitReferenceItem(), .. SequenceDelimitation(),
            .. Explicit(0x0009, 0x0010, "LO", Ascii("ACME 1.0")),
            .. ExplicitUndefined(0x0009, 0x1010, "UN"), .. ImplicitReferenceItem(), .. SequenceDelimitation(),
        ]));

        await using var file = await DicomFile.OpenAsync(path);

        AssertReferenceSequence(file.Dataset, DicomTags.ReferencedImageSequence);
        AssertReferenceSequence(file.Dataset, PrivateSequence);
        await AssertRoundTripAsync(file, dataset =>
        {
            AssertReferenceSequence(dataset, DicomTags.ReferencedImageSequence);
            AssertReferenceSequence(dataset, PrivateSequence);
        });
    }

    [Fact]
    public async Task OpenAsync_MalformedElementFlood_BoundsWarnings()
    {
        // 4 MiB of zero bytes: half a million elements (0000,0000) with no VR, each a warning.
        var path = await WriteAsync(File(ExplicitLittle, [.. ExplicitSop(), .. new byte[4 * 1024 * 1024]]));

        await using var file = await DicomFile.OpenAsync(path);

        Assert.Equal(DicomReadOptions.MaxWarnings + 1, file.Warnings.Count);
        Assert.Contains("the rest were not recorded", file.Warnings[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_ImplicitPrivateSequences_ReadAsSequences()
    {
        byte[] item = [.. Implicit(0x0008, 0x1150, Ascii("1.2.3\0")), .. Implicit(0x0008, 0x1155, Ascii("1.2.3.4\0"))];
        var path = await WriteAsync(File(ImplicitLittle,
        [
            .. Implicit(0x0008, 0x0016, Ascii("1.2.840.10008.5.1.4.1.1.7\0")),
            .. Implicit(0x0008, 0x0018, Ascii("1.2.3.5\0")),
            .. Implicit(0x0009, 0x0010, Ascii("ACME 1.0")),
            .. ImplicitUndefined(0x0009, 0x1010), .. ImplicitReferenceItem(), .. SequenceDelimitation(),
            .. Implicit(0x0009, 0x1011, [.. Item((uint)item.Length), .. item]),
        ]));

        await using var file = await DicomFile.OpenAsync(path);

        Assert.Equal(TransferSyntax.ImplicitVRLittleEndian, file.TransferSyntax);
        AssertReferenceSequence(file.Dataset, PrivateSequence);
        AssertReferenceSequence(file.Dataset, PrivateSequenceOfDefinedLength);
        Assert.Equal("ACME 1.0", file.Dataset.GetString(PrivateCreator));
        await AssertRoundTripAsync(file, dataset =>
        {
            AssertReferenceSequence(dataset, PrivateSequence);
            AssertReferenceSequence(dataset, PrivateSequenceOfDefinedLength);
        });
    }

    [Fact]
    public async Task OpenAsync_DictionarySequenceWithTextVR_ReadsAsSequence()
    {
        byte[] item = [.. Explicit(0x0008, 0x1150, "UI", Ascii("1.2.3\0")), .. Explicit(0x0008, 0x1155, "UI", Ascii("1.2.3.4\0"))];
        var path = await WriteAsync(File(ExplicitLittle,
        [
            .. ExplicitSop(),
            .. ExplicitUndefined(0x0008, 0x1115, "UT"), .. Item(), .. item, .. ItemDelimitation(), .. SequenceDelimitation(),
            .. Explicit(0x0008, 0x1140, "LO", [.. Item((uint)item.Length), .. item]),
        ]));

        await using var file = await DicomFile.OpenAsync(path);

        AssertReferenceSequence(file.Dataset, DicomTags.ReferencedSeriesSequence);
        AssertReferenceSequence(file.Dataset, DicomTags.ReferencedImageSequence);
        Assert.Contains(file.Warnings, w => w.Contains("(0008,1115)", StringComparison.Ordinal));
        Assert.Contains(file.Warnings, w => w.Contains("(0008,1140)", StringComparison.Ordinal));
        await AssertRoundTripAsync(file, dataset => AssertReferenceSequence(dataset, DicomTags.ReferencedImageSequence));
    }

    [Fact]
    public async Task OpenAsync_DictionarySequenceWithText_KeepsTheText()
    {
        var path = await WriteAsync(File(ExplicitLittle, [.. ExplicitSop(), .. Explicit(0x0008, 0x1140, "LO", Ascii("NOT ITEMS "))]));

        await using var file = await DicomFile.OpenAsync(path);

        Assert.Equal(DicomVR.LO, file.Dataset[DicomTags.ReferencedImageSequence]!.VR);
        Assert.IsType<DicomElement>(file.Dataset[DicomTags.ReferencedImageSequence]);
    }

    [Fact]
    public async Task OpenAsync_OddValueLengths_ReadsAndPadsOnWrite()
    {
        var path = await WriteAsync(File(ExplicitLittle,
        [
            .. ExplicitSop(),
            .. Explicit(0x0008, 0x103E, "LO", Ascii("ABC")),
            .. Explicit(0x0010, 0x0010, "PN", Ascii("Doe^J")),
        ]));

        await using var file = await DicomFile.OpenAsync(path);

        Assert.Equal("ABC", file.Dataset.GetString(DicomTags.SeriesDescription));
        Assert.Equal("Doe^J", file.Dataset.GetString(DicomTags.PatientName));
        Assert.Contains(file.Warnings, w => w.Contains("odd length 3", StringComparison.Ordinal));
        Assert.Equal(file.Warnings, file.Dataset.ReadWarnings);
        await AssertRoundTripAsync(file, dataset =>
        {
            Assert.Equal(4, ((DicomElement)dataset[DicomTags.SeriesDescription]!).Length);
            Assert.Equal(6, ((DicomElement)dataset[DicomTags.PatientName]!).Length);
            Assert.Equal("ABC", dataset.GetString(DicomTags.SeriesDescription));
            Assert.Equal("Doe^J", dataset.GetString(DicomTags.PatientName));
        });
    }

    [Fact]
    public async Task OpenAsync_NumbersWithSpacesSignsAndExponents_Parse()
    {
        var path = await WriteAsync(File(ExplicitLittle,
        [
            .. ExplicitSop(),
            .. Explicit(0x0020, 0x0013, "IS", Ascii(" +12 ")),
            .. Explicit(0x0020, 0x0032, "DS", Ascii(" -1.5E+01\\+2.5e-1\\3 ")),
            .. Explicit(0x0028, 0x0008, "IS", Ascii("-0004 ")),
        ]));

        await using var file = await DicomFile.OpenAsync(path);
        var dataset = file.Dataset;

        Assert.Equal(12, dataset.GetInt32(DicomTags.InstanceNumber));
        Assert.Equal(-4, dataset.GetInt32(DicomTags.NumberOfFrames));
        Assert.Equal(-15.0, dataset.GetDouble(DicomTags.ImagePositionPatient));
        Assert.Equal([-15.0, 0.25, 3.0], dataset.GetDoubles(DicomTags.ImagePositionPatient));
        await AssertRoundTripAsync(file, copy => Assert.Equal([-15.0, 0.25, 3.0], copy.GetDoubles(DicomTags.ImagePositionPatient)));
    }

    [Fact]
    public async Task OpenAsync_WrongGroupLengths_AreIgnored_AndNotWritten()
    {
        var path = await WriteAsync(File(ExplicitLittle,
        [
            .. Explicit(0x0008, 0x0000, "UL", [0x0F, 0x27, 0, 0]),
            .. ExplicitSop(),
            .. Explicit(0x0010, 0x0000, "UL", [2, 0, 0, 0]),
            .. Explicit(0x0010, 0x0010, "PN", Ascii("Doe^Jane")),
            .. Explicit(0x0010, 0x0020, "LO", Ascii("ID42")),
        ]));

        await using var file = await DicomFile.OpenAsync(path);

        Assert.Equal("Doe^Jane", file.Dataset.GetString(DicomTags.PatientName));
        Assert.Equal("ID42", file.Dataset.GetString(DicomTags.PatientID));
        var dump = await AssertRoundTripAsync(file, dataset =>
        {
            Assert.False(dataset.Contains(new DicomTag(0x0008, 0x0000)));
            Assert.False(dataset.Contains(new DicomTag(0x0010, 0x0000)));
            Assert.Equal("ID42", dataset.GetString(DicomTags.PatientID));
        });
        Assert.DoesNotContain("(0010,0000)", dump, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_EndInsideUndefinedLengthSequence_AcceptsWithWarning()
    {
        var path = await WriteAsync(File(ExplicitLittle,
        [
            .. ExplicitSop(),
            .. ExplicitUndefined(0x0008, 0x1140, "SQ"), .. Item(),
            .. Explicit(0x0008, 0x1150, "UI", Ascii("1.2.3\0")), .. Explicit(0x0008, 0x1155, "UI", Ascii("1.2.3.4\0")),
        ]));

        await using var file = await DicomFile.OpenAsync(path);

        AssertReferenceSequence(file.Dataset, DicomTags.ReferencedImageSequence);
        Assert.Contains(file.Warnings, w => w.Contains("without its Item Delimitation Item", StringComparison.Ordinal));
        Assert.Contains(file.Warnings, w => w.Contains("without its Sequence Delimitation Item", StringComparison.Ordinal));
        await AssertRoundTripAsync(file, dataset => AssertReferenceSequence(dataset, DicomTags.ReferencedImageSequence));
    }

    [Fact]
    public async Task OpenAsync_EndAfterItemWithoutSequenceDelimiter_AcceptsWithWarning()
    {
        var path = await WriteAsync(File(ExplicitLittle,
        [
            .. ExplicitSop(),
            .. ExplicitUndefined(0x0008, 0x1140, "SQ"), .. Item(),
            .. Explicit(0x0008, 0x1150, "UI", Ascii("1.2.3\0")), .. Explicit(0x0008, 0x1155, "UI", Ascii("1.2.3.4\0")),
            .. ItemDelimitation(),
        ]));

        await using var file = await DicomFile.OpenAsync(path);

        AssertReferenceSequence(file.Dataset, DicomTags.ReferencedImageSequence);
        Assert.Contains(file.Warnings, w => w.Contains("without its Sequence Delimitation Item", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenAsync_ValueLengthPastEnd_ThrowsNamingTheOffset()
    {
        byte[] bytes = File(ExplicitLittle, [.. ExplicitSop(), .. Explicit(0x0010, 0x0010, "PN", Ascii("Doe^Jane"))]);
        var elementOffset = bytes.Length - 16;
        bytes[elementOffset + 6] = 200;
        var path = await WriteAsync(bytes);

        var error = await Assert.ThrowsAsync<DicomFormatException>(() => DicomFile.OpenAsync(path));

        Assert.Equal(elementOffset, error.Offset);
        Assert.Contains("(0010,0010)", error.Message, StringComparison.Ordinal);
        Assert.Contains("offset " + elementOffset.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_ItemLengthPastEnd_ThrowsNamingTheOffset()
    {
        byte[] item = [.. Explicit(0x0008, 0x1150, "UI", Ascii("1.2.3\0"))];
        byte[] bytes = File(ExplicitLittle,
        [
            .. ExplicitSop(),
            .. ExplicitUndefined(0x0008, 0x1140, "SQ"), .. Item(1000), .. item,
        ]);
        var itemOffset = bytes.Length - item.Length - 8;
        var path = await WriteAsync(bytes);

        var error = await Assert.ThrowsAsync<DicomFormatException>(() => DicomFile.OpenAsync(path));

        Assert.Contains("offset " + itemOffset.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Offset, itemOffset, bytes.Length);
    }

    private static byte[] ExplicitSop() =>
    [
        .. Explicit(0x0008, 0x0016, "UI", Ascii("1.2.840.10008.5.1.4.1.1.7\0")),
        .. Explicit(0x0008, 0x0018, "UI", Ascii("1.2.3.5\0")),
    ];

    // An undefined-length item in Implicit VR Little Endian, as PS3.5 6.2.2 requires inside a UN sequence.
    private static byte[] ImplicitReferenceItem() =>
    [
        .. Item(),
        .. Implicit(0x0008, 0x1150, Ascii("1.2.3\0")),
        .. Implicit(0x0008, 0x1155, Ascii("1.2.3.4\0")),
        .. ItemDelimitation(),
    ];

    private static void AssertReferenceSequence(DicomDataset dataset, DicomTag tag)
    {
        var sequence = Assert.IsType<DicomSequence>(dataset[tag]);
        var item = Assert.Single(sequence.Items);
        Assert.Equal("1.2.3", item.GetString(DicomTags.ReferencedSOPClassUID));
        Assert.Equal("1.2.3.4", item.GetString(DicomTags.ReferencedSOPInstanceUID));
    }

    private async Task<string> WriteAsync(byte[] bytes)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".dcm");
        await System.IO.File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    // Writes the file with our writer, checks that dcmdump parses it without errors, and checks the reread
    // data set. Returns dcmdump's output.
    private async Task<string> AssertRoundTripAsync(DicomFile file, Action<DicomDataset> check)
    {
        var written = Path.Combine(_directory, Guid.NewGuid().ToString("N") + "-written.dcm");
        await file.SaveAsync(written, CancellationToken.None);

        var dump = await ExternalTool.RunAsync("dcmdump", "-q", written);
        Assert.Equal(0, dump.ExitCode);
        Assert.DoesNotContain("E: ", dump.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("W: ", dump.Error, StringComparison.Ordinal);

        await using var reread = await DicomFile.OpenAsync(written);
        check(reread.Dataset);
        Assert.Empty(reread.Warnings);
        return dump.Output;
    }
}
