using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests;

public class CharacterSetTests
{
    [Theory]
    [InlineData("debian-pydicom__chrArab.dcm", "قباني^لنزار")]
    [InlineData("debian-pydicom__chrGerm.dcm", "Äneas^Rüdiger")]
    [InlineData("debian-pydicom__chrGreek.dcm", "Διονυσιος")]
    [InlineData("debian-pydicom__chrHbrw.dcm", "שרון^דבורה")]
    [InlineData("debian-pydicom__chrRuss.dcm", "Люкceмбypг")]
    [InlineData("debian-pydicom__chrX1.dcm", "Wang^XiaoDong=王^小東=")]
    [InlineData("debian-pydicom__chrX2.dcm", "Wang^XiaoDong=王^小东=")]
    [InlineData("debian-pydicom__chrI2.dcm", "Hong^Gildong=洪^吉洞=홍^길동")]
    [InlineData("debian-pydicom__chrKoreanMulti.dcm", "김희중")]
    [InlineData("debian-pydicom__chrH31.dcm", "Yamada^Tarou=山田^太郎=やまだ^たろう")]
    [InlineData("debian-pydicom__chrH32.dcm", "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう")]
    public async Task GetString_PatientName_DecodesTheSpecificCharacterSet(string name, string expected)
    {
        await using var file = await DicomFile.OpenAsync(Samples.Path(name));

        Assert.Equal(expected, file.Dataset.GetString(DicomTags.PatientName));
    }

    [Fact]
    public async Task GetString_SequenceItem_InheritsTheCharacterSetOfItsParent()
    {
        await using var file = await DicomFile.OpenAsync(Samples.Path("debian-pydicom__chrSQEncoding1.dcm"));

        var item = ((DicomSequence)file.Dataset[DicomTags.RequestedProcedureCodeSequence]!).Items[0];
        Assert.Equal("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう", item.GetString(DicomTags.PatientName));
    }

    [Fact]
    public async Task GetString_SequenceItem_WithItsOwnCharacterSet_UsesIt()
    {
        await using var file = await DicomFile.OpenAsync(Samples.Path("debian-pydicom__chrSQEncoding.dcm"));

        var item = ((DicomSequence)file.Dataset[DicomTags.RequestedProcedureCodeSequence]!).Items[0];
        Assert.Equal("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう", item.GetString(DicomTags.PatientName));
    }

    [Theory]
    [InlineData("ISO_IR 100", "ISO_IR 100")]
    [InlineData("ISO-IR 100", "ISO_IR 100")]
    [InlineData("iso_ir 100", "ISO_IR 100")]
    [InlineData("ISO_IR100", "ISO_IR 100")]
    [InlineData("ISO 2022 IR 87", "ISO 2022 IR 87")]
    [InlineData("ISO IR 192", "ISO_IR 192")]
    [InlineData("", "")]
    [InlineData("KLINGON", null)]
    public void Normalize_CorrectsCommonMisspellings(string term, string? expected) =>
        Assert.Equal(expected, Text.DicomCharacterSet.Normalize(term));

    [Fact]
    public void GetString_InvalidBytes_DecodeAsReplacementCharacters()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "ISO_IR 192");
        dataset.SetBytes(DicomTags.PatientName, DicomVR.PN, [(byte)'A', 0xC3, 0x28, (byte)'B']);

        Assert.Equal("A\uFFFD(B", dataset.GetString(DicomTags.PatientName));
    }

    [Fact]
    public void GetString_Iso2022_TruncatedMultiByteCharacter_DoesNotThrow()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "\\ISO 2022 IR 87");
        dataset.SetBytes(DicomTags.PatientName, DicomVR.PN, [0x1B, (byte)'$', (byte)'B', 0x3B, 0x33, 0x45]);

        Assert.StartsWith("山", dataset.GetString(DicomTags.PatientName), StringComparison.Ordinal);
    }

    [Fact]
    public void SetString_Utf8_RoundTrips()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "ISO_IR 192");
        dataset.SetString(DicomTags.PatientName, "Ωmega^Ünïcode=名前");

        Assert.Equal("Ωmega^Ünïcode=名前", dataset.GetString(DicomTags.PatientName));
        Assert.Equal(0, ((DicomElement)dataset[DicomTags.PatientName]!).Length % 2);
    }

    [Fact]
    public void GetString_InvalidUtf8_RecordsTheTagAndTerm()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "ISO_IR 192");
        dataset.SetBytes(DicomTags.StudyDescription, DicomVR.LO, [(byte)'M', 0xFC, (byte)'l']);

        Assert.Equal("M\uFFFDl", dataset.GetString(DicomTags.StudyDescription));
        var issue = Assert.Single(dataset.TextDecodingIssues);
        Assert.Equal(DicomTags.StudyDescription, issue.Tag);
        Assert.Equal("ISO_IR 192", issue.SpecificCharacterSet);
        Assert.Equal(DicomTextDecodingProblem.InvalidBytes, issue.Problem);
    }

    [Fact]
    public void GetString_UnknownTerm_DecodesAsLatin1_AndRecordsIt()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "KLINGON");
        dataset.SetBytes(DicomTags.StudyDescription, DicomVR.LO, [(byte)'M', 0xFC, (byte)'l', (byte)'l']);

        Assert.Equal("Müll", dataset.GetString(DicomTags.StudyDescription));
        var issue = Assert.Single(dataset.TextDecodingIssues);
        Assert.Equal("(undefined term)", issue.SpecificCharacterSet);
        Assert.Equal(DicomTextDecodingProblem.UnknownCharacterSet, issue.Problem);
    }

    [Fact]
    public async Task Open_UnknownTerm_WarningLeavesOutTheText()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7");
        dataset.SetString(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.3.4");
        dataset.SetString(DicomTags.SpecificCharacterSet, "JOHNDOE77");
        using var stream = new MemoryStream();
        await new DicomFile(dataset, TransferSyntax.ExplicitVRLittleEndian).SaveAsync(stream, CancellationToken.None);

        await using var file = DicomFile.Open(stream.ToArray());

        var warning = Assert.Single(file.Warnings, w => w.Contains("not a defined term", StringComparison.Ordinal));
        Assert.DoesNotContain("JOHNDOE77", warning, StringComparison.Ordinal);
        Assert.Contains("9 characters", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void GetString_UnknownTerm_AsciiValue_RecordsNothing()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "KLINGON");
        dataset.SetString(DicomTags.StudyDescription, "CT HEAD");

        Assert.Equal("CT HEAD", dataset.GetString(DicomTags.StudyDescription));
        Assert.Empty(dataset.TextDecodingIssues);
    }

    [Fact]
    public void GetString_DefaultRepertoireWith8BitBytes_DecodesAsLatin1_AndRecordsIt()
    {
        var dataset = new DicomDataset();
        dataset.SetBytes(DicomTags.StudyDescription, DicomVR.LO, [(byte)'M', 0xFC, (byte)'l', (byte)'l']);

        Assert.Equal("Müll", dataset.GetString(DicomTags.StudyDescription));
        var issue = Assert.Single(dataset.TextDecodingIssues);
        Assert.Equal(string.Empty, issue.SpecificCharacterSet);
        Assert.Equal(DicomTextDecodingProblem.InvalidBytes, issue.Problem);
    }

    [Fact]
    public void GetString_Iso2022MissingEscape_UsesTheListedG1Set_AndRecordsIt()
    {
        // KS X 1001 bytes of "홍길동" without the ESC $ ) C that PS3.5 requires before them.
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "\\ISO 2022 IR 149");
        dataset.SetBytes(DicomTags.PatientName, DicomVR.PN, Convert.FromHexString("C8AB5EB1E6B5BF"));

        Assert.Equal("홍^길동", dataset.GetString(DicomTags.PatientName));
        var issue = Assert.Single(dataset.TextDecodingIssues);
        Assert.Equal("\\ISO 2022 IR 149", issue.SpecificCharacterSet);
        Assert.Equal(DicomTextDecodingProblem.MissingEscapeSequence, issue.Problem);
    }

    [Fact]
    public void GetString_Iso2022UnknownEscape_SkipsIt_AndRecordsIt()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "\\ISO 2022 IR 87");
        dataset.SetBytes(DicomTags.PatientName, DicomVR.PN, [0x1B, (byte)'$', (byte)'(', (byte)'Q', (byte)'A', (byte)'B']);

        Assert.Equal("AB", dataset.GetString(DicomTags.PatientName));
        Assert.Equal(DicomTextDecodingProblem.UnknownEscapeSequence, Assert.Single(dataset.TextDecodingIssues).Problem);
    }

    [Fact]
    public void TextDecodingIssues_FromSequenceItem_AreCollectedOnTheTopLevelOnce()
    {
        var item = new DicomDataset();
        item.SetBytes(DicomTags.CodeMeaning, DicomVR.LO, [0xC3, 0x28]);
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "ISO_IR 192");
        dataset.AddOrUpdate(new DicomSequence(DicomTags.AnatomicRegionSequence, [item]));

        item.GetString(DicomTags.CodeMeaning);
        item.GetString(DicomTags.CodeMeaning);

        var issue = Assert.Single(dataset.TextDecodingIssues);
        Assert.Equal(DicomTags.CodeMeaning, issue.Tag);
        Assert.Equal("ISO_IR 192", issue.SpecificCharacterSet);
    }
}
