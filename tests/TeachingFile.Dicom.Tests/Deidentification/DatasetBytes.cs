using TeachingFile.Dicom;

namespace TeachingFile.Dicom.Tests.Deidentification;

/// <summary>Collects every value byte of a data set tree, nested items included, for marker searches.</summary>
internal static class DatasetBytes
{
    public static byte[] Collect(DicomDataset dataset)
    {
        using var stream = new MemoryStream();
        Append(dataset, stream);
        return stream.ToArray();
    }

    public static bool Contains(byte[] haystack, string marker) =>
        haystack.AsSpan().IndexOf(System.Text.Encoding.Latin1.GetBytes(marker)) >= 0;

    /// <summary>Returns the path of the first element whose value contains <paramref name="marker"/>, or "".</summary>
    public static string Locate(DicomDataset dataset, string marker)
    {
        foreach (var item in dataset)
        {
            if (item is DicomElement element && Contains(element.Value.ToArray(), marker))
            {
                return item.ToString();
            }

            if (item is DicomSequence sequence)
            {
                foreach (var nested in sequence.Items)
                {
                    var found = Locate(nested, marker);
                    if (found.Length > 0)
                    {
                        return item.Tag + " > " + found;
                    }
                }
            }
        }

        return string.Empty;
    }

    private static void Append(DicomDataset dataset, MemoryStream stream)
    {
        foreach (var item in dataset)
        {
            switch (item)
            {
                case DicomElement element:
                    stream.Write(element.Value.ToArray());
                    break;
                case DicomSequence sequence:
                    foreach (var nested in sequence.Items)
                    {
                        Append(nested, stream);
                    }

                    break;
                case DicomFragmentSequence fragments:
                    stream.Write(fragments.BasicOffsetTable.ToArray());
                    foreach (var fragment in fragments.Fragments)
                    {
                        stream.Write(fragment.ToArray());
                    }

                    break;
            }

            stream.WriteByte(0xFF); // A separator, so no marker spans two values.
        }
    }
}
