using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests;

public class CharacterSetEncodingTests
{
    [Theory]
    [InlineData("debian-pydicom__chrH31.dcm")]
    [InlineData("debian-pydicom__chrH32.dcm")]
    [InlineData("debian-pydicom__chrI2.dcm")]
    [InlineData("debian-pydicom__chrX1.dcm")]
    [InlineData("debian-pydicom__chrX2.dcm")]
    [InlineData("debian-pydicom__chrArab.dcm")]
    [InlineData("debian-pydicom__chrRuss.dcm")]
    [InlineData("debian-pydicom__chrGreek.dcm")]
    [InlineData("debian-pydicom__chrHbrw.dcm")]
    [InlineData("debian-pydicom__chrGerm.dcm")]
    public async Task SetString_DecodedPatientName_ReproducesTheFileBytes(string name)
    {
        await using var file = await DicomFile.OpenAsync(Samples.Path(name));
        var original = (DicomElement)file.Dataset[DicomTags.PatientName]!;
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(file.Dataset[DicomTags.SpecificCharacterSet]!);

        dataset.SetString(DicomTags.PatientName, file.Dataset.GetString(DicomTags.PatientName)!);

        Assert.Equal(
            Convert.ToHexString(original.Value.ToArray()),
            Convert.ToHexString(((DicomElement)dataset[DicomTags.PatientName]!).Value.ToArray()));
    }

    [Fact]
    public void SetString_JisX0212Character_UsesIsoIr159()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "\\ISO 2022 IR 87\\ISO 2022 IR 159");

        dataset.SetString(DicomTags.PatientName, "Ko^丂");

        // Python's iso2022_jp_2 codec gives the same bytes: ESC $ ( D, 30 21, ESC ( B.
        Assert.Equal("4B6F5E1B24284430211B2842", Convert.ToHexString(((DicomElement)dataset[DicomTags.PatientName]!).Value.ToArray()));
        Assert.Equal("Ko^丂", dataset.GetString(DicomTags.PatientName));
    }

    [Fact]
    public void SetString_CharacterInNoDeclaredSet_BecomesQuestionMark()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "\\ISO 2022 IR 87");

        dataset.SetString(DicomTags.StudyDescription, "山홍");

        Assert.Equal("山?", dataset.GetString(DicomTags.StudyDescription));
    }

    [Fact]
    public void SetString_LatinAndCyrillic_SwitchesG1AndBack()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, "ISO 2022 IR 100\\ISO 2022 IR 144");

        dataset.SetString(DicomTags.PatientName, "Müller^Люк");

        // "Müller" in the initial G1 set, then ESC - L before the Cyrillic and ESC - A before the end.
        Assert.Equal("4DFC6C6C65725E1B2D4CBBEEDA1B2D41", Convert.ToHexString(((DicomElement)dataset[DicomTags.PatientName]!).Value.ToArray()));
        Assert.Equal("Müller^Люк", dataset.GetString(DicomTags.PatientName));
    }
}
