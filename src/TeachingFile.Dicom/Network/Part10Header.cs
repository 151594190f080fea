using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// The file meta information a C-STORE SCU needs from a Part 10 file (PS3.10 Section 7.1): SOP
/// class and instance UIDs, transfer syntax and where the data set starts. Reads only group 0002,
/// which is always Explicit VR Little Endian, so sending a file never parses its data set.
/// </summary>
internal sealed record Part10Header(
    string SopClassUid, string SopInstanceUid, TransferSyntax TransferSyntax, long DataSetOffset)
{
    private const int MaxMetaGroupLength = 64 * 1024;

    public static async Task<Part10Header> ReadAsync(Stream stream, string path, CancellationToken cancellationToken)
    {
        var prefix = new byte[132];
        await stream.ReadExactlyAsync(prefix, cancellationToken).ConfigureAwait(false);
        if (!prefix.AsSpan(128).SequenceEqual("DICM"u8))
        {
            throw new InvalidDataException($"'{path}' is not a DICOM Part 10 file: no 'DICM' prefix at byte 128.");
        }

        var values = new Dictionary<ushort, string>();
        var position = 132L;
        var header = new byte[12];
        while (position - 132 < MaxMetaGroupLength)
        {
            var read = await stream.ReadAtLeastAsync(header.AsMemory(0, 8), 8, throwOnEndOfStream: false, cancellationToken)
                .ConfigureAwait(false);
            if (read < 8 || BinaryPrimitives.ReadUInt16LittleEndian(header) != 0x0002)
            {
                break;
            }

            var element = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(2));
            var (length, headerLength) = await ReadLengthAsync(stream, header, cancellationToken).ConfigureAwait(false);
            var value = new byte[length];
            await stream.ReadExactlyAsync(value, cancellationToken).ConfigureAwait(false);
            values[element] = Encoding.ASCII.GetString(value).TrimEnd('\0', ' ');
            position += headerLength + length;
        }

        return new Part10Header(
            Require(values, 0x0002, "Media Storage SOP Class UID (0002,0002)", path),
            Require(values, 0x0003, "Media Storage SOP Instance UID (0002,0003)", path),
            TransferSyntax.Lookup(Require(values, 0x0010, "Transfer Syntax UID (0002,0010)", path)),
            position);
    }

    private static async Task<(int Length, int HeaderLength)> ReadLengthAsync(
        Stream stream, byte[] header, CancellationToken cancellationToken)
    {
        var vr = Encoding.ASCII.GetString(header, 4, 2);
        if (vr is "OB" or "OW" or "OF" or "SQ" or "UT" or "UN" or "UC" or "UR" or "OD" or "OL" or "OV" or "SV" or "UV")
        {
            await stream.ReadExactlyAsync(header.AsMemory(8, 4), cancellationToken).ConfigureAwait(false);
            return (CheckLength(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(8))), 12);
        }

        return (BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(6)), 8);
    }

    private static int CheckLength(uint length) => length <= MaxMetaGroupLength
        ? (int)length
        : throw new InvalidDataException(string.Create(
            CultureInfo.InvariantCulture, $"File meta element length {length} exceeds {MaxMetaGroupLength} bytes."));

    private static string Require(Dictionary<ushort, string> values, ushort element, string name, string path) =>
        values.TryGetValue(element, out var value) && value.Length > 0
            ? value
            : throw new InvalidDataException($"'{path}' has no {name} in its file meta information.");
}
