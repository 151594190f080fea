using System.Security.Cryptography;

namespace TeachingFile.Dicom.Tests.Support;

/// <summary>Compares data set trees value by value (group lengths and group 0002 ignored).</summary>
internal static class DatasetAssert
{
    public static void Equal(DicomDataset expected, DicomDataset actual, string path = "")
    {
        var expectedItems = Relevant(expected);
        var actualItems = Relevant(actual);
        Assert.Equal(expectedItems.Select(i => path + i.Tag), actualItems.Select(i => path + i.Tag));
        foreach (var (left, right) in expectedItems.Zip(actualItems))
        {
            var where = path + left.Tag;
            switch (left)
            {
                case DicomElement element:
                    var other = Assert.IsType<DicomElement>(right);
                    Assert.True(
                        left.VR == right.VR || right.VR == DicomVR.UN,
                        $"{where}: VR {left.VR} became {right.VR}");
                    Assert.True(Padded(element).AsSpan().SequenceEqual(other.Value.ToArray()), $"{where}: value differs");
                    break;
                case DicomSequence sequence:
                    var otherSequence = Assert.IsType<DicomSequence>(right);
                    Assert.Equal(sequence.Items.Count, otherSequence.Items.Count);
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        Equal(sequence.Items[i], otherSequence.Items[i], $"{where}[{i}]");
                    }

                    break;
                case DicomFragmentSequence fragments:
                    Assert.Equal(Hashes(fragments), Hashes(Assert.IsType<DicomFragmentSequence>(right)));
                    break;
            }
        }
    }

    public static IReadOnlyList<string> Hashes(DicomFragmentSequence fragments) =>
        fragments.Fragments.Prepend(fragments.BasicOffsetTable).Select(Hash).ToArray();

    public static string Hash(IByteSource source)
    {
        using var stream = source.OpenRead();
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private static List<DicomItem> Relevant(DicomDataset dataset) =>
        dataset.Where(item => !item.Tag.IsGroupLength && item.Tag.Group != 0x0002).ToList();

    private static byte[] Padded(DicomElement element)
    {
        var bytes = element.Value.ToArray();
        return bytes.Length % 2 == 0 ? bytes : [.. bytes, element.VR.PaddingByte];
    }
}
