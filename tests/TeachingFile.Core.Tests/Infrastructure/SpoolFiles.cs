using System.Buffers.Binary;
using System.Text;
using TeachingFile.Dicom;

namespace TeachingFile.Core.Tests.Infrastructure;

/// <summary>Turns a Part 10 file into what the SCP hands the handler: the data set alone, plus the meta group's UIDs.</summary>
public static class SpoolFiles
{
    public static async Task<SpoolFile> FromPart10Async(string part10Path, string spoolDirectory)
    {
        var bytes = await File.ReadAllBytesAsync(part10Path);
        Assert.Equal("DICM", Encoding.ASCII.GetString(bytes, 128, 4));
        var position = 132;
        var values = new Dictionary<ushort, string>();
        while (position + 8 <= bytes.Length && BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(position)) == 0x0002)
        {
            var element = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(position + 2));
            var vr = Encoding.ASCII.GetString(bytes, position + 4, 2);
            var longForm = vr is "OB" or "OW" or "OF" or "SQ" or "UT" or "UN";
            var length = longForm
                ? (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(position + 8))
                : BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(position + 6));
            var header = longForm ? 12 : 8;
            values[element] = Encoding.ASCII.GetString(bytes, position + header, length).TrimEnd('\0', ' ');
            position += header + length;
        }

        Directory.CreateDirectory(spoolDirectory);
        var spoolPath = Path.Combine(spoolDirectory, Guid.NewGuid().ToString("N") + ".spool");
        await File.WriteAllBytesAsync(spoolPath, bytes.AsSpan(position).ToArray());
        return new SpoolFile(spoolPath, TransferSyntax.Lookup(values[0x0010]), values[0x0002], values[0x0003]);
    }
}

/// <param name="Path">The data set without preamble and meta group.</param>
/// <param name="TransferSyntax">From (0002,0010).</param>
/// <param name="SopClassUid">From (0002,0002).</param>
/// <param name="SopInstanceUid">From (0002,0003).</param>
public sealed record SpoolFile(string Path, TransferSyntax TransferSyntax, string SopClassUid, string SopInstanceUid);
