using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>The TestData samples each test sends; every SOP Instance UID differs, so none overwrites another.</summary>
internal static class SampleFiles
{
    /// <summary>Uncompressed samples: CT, MR, 10-frame MR, SR without pixels, UTF-8 names.</summary>
    public static IReadOnlyList<string> Uncompressed =>
    [
        TestPaths.TestData("pydicom__CT_small.dcm"),
        TestPaths.TestData("pydicom__MR_small.dcm"),
        TestPaths.TestData("pydicom-data__emri_small.dcm"),
        TestPaths.TestData("pydicom__test-SR.dcm"),
        TestPaths.TestData("debian-pydicom__chrX1.dcm"),
    ];

    /// <summary>Encapsulated samples, by transfer syntax UID.</summary>
    public static IReadOnlyDictionary<string, string> Compressed => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1.2.840.10008.1.2.4.50"] = TestPaths.TestData("pydicom__SC_rgb_jpeg_dcmtk.dcm"),
        ["1.2.840.10008.1.2.4.51"] = TestPaths.TestData("pydicom__JPGExtended.dcm"),
        ["1.2.840.10008.1.2.4.80"] = TestPaths.TestData("dicomParser__CT1_UNC.fragmented_bot_jpeg_ls.80.dcm"),
        ["1.2.840.10008.1.2.4.90"] = TestPaths.TestData("pydicom-data__693_J2KR.dcm"),
        ["1.2.840.10008.1.2.5"] = TestPaths.TestData("pydicom-data__OBXXXX1A_rle.dcm"),
    };
}
