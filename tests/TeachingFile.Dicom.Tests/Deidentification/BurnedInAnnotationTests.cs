using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

public sealed class BurnedInAnnotationTests
{
    private const string SecondaryCaptureStorage = "1.2.840.10008.5.1.4.1.1.7";
    private const string MultiFrameTrueColorSecondaryCapture = "1.2.840.10008.5.1.4.1.1.7.4";

    [Theory]
    [InlineData("CT", null, TestInstances.CtImageStorage, false)]
    [InlineData("CT", "YES", TestInstances.CtImageStorage, true)]
    [InlineData("US", null, TestInstances.CtImageStorage, true)]
    [InlineData("US", "NO", TestInstances.CtImageStorage, false)]
    [InlineData("XA", null, TestInstances.CtImageStorage, true)]
    [InlineData("OT", null, TestInstances.CtImageStorage, true)]
    [InlineData("SC", null, TestInstances.CtImageStorage, true)]
    [InlineData("CT", null, SecondaryCaptureStorage, true)]
    [InlineData("MR", null, MultiFrameTrueColorSecondaryCapture, true)]
    [InlineData("MR", "NO", MultiFrameTrueColorSecondaryCapture, false)]
    public void Risk_follows_the_flag_modality_and_sop_class(
        string modality, string? burnedIn, string sopClass, bool expected)
    {
        var dataset = TestInstances.Ct();
        dataset.SetString(DicomTags.Modality, DicomVR.CS, modality);
        dataset.SetString(DicomTags.SOPClassUID, DicomVR.UI, sopClass);
        if (burnedIn is not null)
        {
            dataset.SetString(DicomTags.BurnedInAnnotation, DicomVR.CS, burnedIn);
        }

        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        Assert.Equal(expected, deidentifier.Deidentify(dataset).BurnedInAnnotationRisk);
    }
}
