using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using TeachingFile.Dicom;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>
/// A synthetic CT chest study written as Part 10 files: the same UIDs, sizes and pixels on every
/// run. Each instance has its own pseudo-random Pixel Data, so its SHA-256 identifies the stored
/// copy after de-identification has replaced every UID.
/// </summary>
internal static class GeneratedStudy
{
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    /// <summary>Instance count and image sides (rows = columns, 16 bits) of each series: 32 KiB to 8 MiB per file, 29.5 MB in all.</summary>
    private static readonly (int Count, int[] Sides)[] SeriesLayout =
    [
        (24, [128, 256]),
        (16, [512, 384]),
        (4, [1024, 2048]),
    ];

    public static int SeriesCount => SeriesLayout.Length;

    /// <summary>Writes the study's files into <paramref name="directory"/> and returns them in instance order.</summary>
    public static async Task<IReadOnlyList<GeneratedInstance>> WriteAsync(string directory, CancellationToken cancellationToken)
    {
        var instances = new List<GeneratedInstance>();
        var studyUid = Uid("study");
        for (var series = 0; series < SeriesLayout.Length; series++)
        {
            var (count, sides) = SeriesLayout[series];
            var seriesUid = Uid($"series/{series}");
            for (var number = 1; number <= count; number++)
            {
                var index = instances.Count;
                var side = sides[number % sides.Length];
                instances.Add(await WriteInstanceAsync(directory, index, studyUid, seriesUid, series + 1, number, side, cancellationToken));
            }
        }

        return instances;
    }

    private static async Task<GeneratedInstance> WriteInstanceAsync(
        string directory, int index, string studyUid, string seriesUid, int seriesNumber, int instanceNumber, int side,
        CancellationToken cancellationToken)
    {
        var sopInstanceUid = Uid($"instance/{index}");
        var pixels = new byte[side * side * 2];
        new Random(index).NextBytes(pixels);

        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SOPClassUID, CtImageStorage);
        dataset.SetString(DicomTags.SOPInstanceUID, sopInstanceUid);
        dataset.SetString(DicomTags.PatientName, "Durability^Test");
        dataset.SetString(DicomTags.PatientID, "DURABILITY-1");
        dataset.SetString(DicomTags.PatientSex, "F");
        dataset.SetString(DicomTags.PatientAge, "054Y");
        dataset.SetString(DicomTags.StudyInstanceUID, studyUid);
        dataset.SetString(DicomTags.StudyDate, "20240102");
        dataset.SetString(DicomTags.StudyTime, "101500");
        dataset.SetString(DicomTags.StudyDescription, "CT CHEST");
        dataset.SetString(DicomTags.Modality, "CT");
        dataset.SetString(DicomTags.SeriesInstanceUID, seriesUid);
        dataset.SetString(DicomTags.SeriesNumber, seriesNumber.ToString(CultureInfo.InvariantCulture));
        dataset.SetString(DicomTags.BodyPartExamined, "CHEST");
        dataset.SetString(DicomTags.InstanceNumber, instanceNumber.ToString(CultureInfo.InvariantCulture));
        dataset.SetString(DicomTags.BurnedInAnnotation, "NO");
        dataset.SetUInt16(DicomTags.SamplesPerPixel, 1);
        dataset.SetString(DicomTags.PhotometricInterpretation, "MONOCHROME2");
        dataset.SetUInt16(DicomTags.Rows, (ushort)side);
        dataset.SetUInt16(DicomTags.Columns, (ushort)side);
        dataset.SetUInt16(DicomTags.BitsAllocated, 16);
        dataset.SetUInt16(DicomTags.BitsStored, 16);
        dataset.SetUInt16(DicomTags.HighBit, 15);
        dataset.SetUInt16(DicomTags.PixelRepresentation, 0);
        dataset.SetBytes(DicomTags.PixelData, DicomVR.OW, pixels);

        var path = Path.Combine(directory, $"instance-{index:D3}.dcm");
        using (var file = new DicomFile(dataset, TransferSyntax.ExplicitVRLittleEndian))
        {
            await file.SaveAsync(path, cancellationToken);
        }

        return new GeneratedInstance(index, path, sopInstanceUid, new FileInfo(path).Length, Convert.ToHexString(SHA256.HashData(pixels)));
    }

    // A 2.25 UID (a UUID-derived integer, PS3.5 B.2) from a fixed name, so every run sends the same UIDs.
    private static string Uid(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("teachingfile-durability/" + name));
        var value = new BigInteger(hash.AsSpan(0, 16), isUnsigned: true, isBigEndian: true);
        return "2.25." + value.ToString(CultureInfo.InvariantCulture);
    }
}
