using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>
/// A hand-built Storage SCU over a raw socket (PS3.8 PDUs, PS3.7 command set), because no DCMTK
/// tool can stop in the middle of a data set. It proposes one SOP Class in Explicit VR
/// Little Endian.
/// </summary>
internal sealed class RawStoreAssociation : IDisposable
{
    private const string ExplicitVrLittleEndian = "1.2.840.10008.1.2.1";
    private const byte PresentationContextId = 1;

    // Well below any maximum PDU length a peer may announce, so the AC's value need not be parsed.
    private const int MaxFragmentLength = 8000;

    private readonly TcpClient _client = new() { NoDelay = true };
    private NetworkStream _stream = null!;

    public void Dispose() => _client.Dispose();

    /// <summary>Connects and negotiates; fails unless the server returns A-ASSOCIATE-AC accepting the context.</summary>
    public async Task ConnectAsync(int port, string callingAeTitle, string calledAeTitle, string sopClassUid, CancellationToken cancellationToken)
    {
        await _client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        _stream = _client.GetStream();
        await _stream.WriteAsync(AssociateRequest(callingAeTitle, calledAeTitle, sopClassUid), cancellationToken);

        var header = new byte[6];
        await _stream.ReadExactlyAsync(header, cancellationToken);
        var body = new byte[BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(2))];
        await _stream.ReadExactlyAsync(body, cancellationToken);
        Assert.True(header[0] == 0x02, $"Expected A-ASSOCIATE-AC (PDU type 02), got PDU type {header[0]:X2}.");
        Assert.True(ContextAccepted(body), "The server did not accept the presentation context in Explicit VR Little Endian.");
    }

    /// <summary>Sends the C-STORE-RQ command and the first <paramref name="dataSetBytes"/> of the data set, without its last fragment.</summary>
    public async Task SendPartialStoreAsync(
        string sopClassUid, string sopInstanceUid, ReadOnlyMemory<byte> dataSetBytes, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(DataPdu(StoreCommand(sopClassUid, sopInstanceUid), messageControlHeader: 0x03), cancellationToken);
        for (var offset = 0; offset < dataSetBytes.Length; offset += MaxFragmentLength)
        {
            var fragment = dataSetBytes.Slice(offset, Math.Min(MaxFragmentLength, dataSetBytes.Length - offset));
            await _stream.WriteAsync(DataPdu(fragment.ToArray(), messageControlHeader: 0x00), cancellationToken);
        }

        await _stream.FlushAsync(cancellationToken);
    }

    /// <summary>Sends A-ABORT (source: service user) and closes the connection.</summary>
    public async Task AbortAsync(CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(new byte[] { 0x07, 0, 0, 0, 0, 4, 0, 0, 0, 0 }, cancellationToken);
        await _stream.FlushAsync(cancellationToken);
        _client.Close();
    }

    /// <summary>Closes the TCP connection with no A-ABORT or A-RELEASE, as a crashed peer would.</summary>
    public void Drop() => _client.Close();

    /// <summary>Returns the data set of a Part 10 file: the bytes after the preamble, "DICM" and the File Meta group.</summary>
    public static byte[] ReadDataSet(string part10File)
    {
        var bytes = File.ReadAllBytes(part10File);
        Assert.True(Encoding.ASCII.GetString(bytes, 128, 4) == "DICM", $"{part10File} has no DICM prefix.");
        // (0002,0000) UL in explicit VR: tag 4 bytes, "UL", length 2 bytes, value 4 bytes.
        var groupLength = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(140));
        return bytes[(int)(144 + groupLength)..];
    }

    private static bool ContextAccepted(byte[] body)
    {
        // Items start after protocol version, reserved, AE titles and 32 reserved bytes: 68 bytes.
        var offset = 68;
        while (offset + 4 <= body.Length)
        {
            var type = body[offset];
            var length = BinaryPrimitives.ReadUInt16BigEndian(body.AsSpan(offset + 2));
            if (type == 0x21)
            {
                return body[offset + 4] == PresentationContextId && body[offset + 6] == 0;
            }

            offset += 4 + length;
        }

        return false;
    }

    private static byte[] AssociateRequest(string callingAeTitle, string calledAeTitle, string sopClassUid)
    {
        var variable = new List<byte>();
        variable.AddRange(Item(0x10, Encoding.ASCII.GetBytes("1.2.840.10008.3.1.1.1")));
        var context = new List<byte> { PresentationContextId, 0, 0, 0 };
        context.AddRange(Item(0x30, Encoding.ASCII.GetBytes(sopClassUid)));
        context.AddRange(Item(0x40, Encoding.ASCII.GetBytes(ExplicitVrLittleEndian)));
        variable.AddRange(Item(0x20, [.. context]));
        var maxLength = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(maxLength, 16384);
        var userInformation = new List<byte>();
        userInformation.AddRange(Item(0x51, maxLength));
        userInformation.AddRange(Item(0x52, Encoding.ASCII.GetBytes("1.2.826.0.1.3680043.999.1")));
        variable.AddRange(Item(0x50, [.. userInformation]));

        var body = new List<byte> { 0x00, 0x01, 0x00, 0x00 };
        body.AddRange(Encoding.ASCII.GetBytes(calledAeTitle.PadRight(16)));
        body.AddRange(Encoding.ASCII.GetBytes(callingAeTitle.PadRight(16)));
        body.AddRange(new byte[32]);
        body.AddRange(variable);
        return Pdu(0x01, [.. body]);
    }

    private static byte[] StoreCommand(string sopClassUid, string sopInstanceUid)
    {
        // The command set is always Implicit VR Little Endian (PS3.7 Section 6.3.1).
        var elements = new List<byte>();
        elements.AddRange(CommandElement(0x0002, Uid(sopClassUid)));
        elements.AddRange(CommandElement(0x0100, UInt16(0x0001)));
        elements.AddRange(CommandElement(0x0110, UInt16(1)));
        elements.AddRange(CommandElement(0x0700, UInt16(0)));
        elements.AddRange(CommandElement(0x0800, UInt16(0x0000)));
        elements.AddRange(CommandElement(0x1000, Uid(sopInstanceUid)));
        var groupLength = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(groupLength, (uint)elements.Count);
        return [.. CommandElement(0x0000, groupLength), .. elements];
    }

    private static byte[] CommandElement(ushort element, byte[] value)
    {
        var bytes = new byte[8 + value.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, 0x0000);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), element);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)value.Length);
        value.CopyTo(bytes, 8);
        return bytes;
    }

    private static byte[] Uid(string uid)
    {
        var text = uid.Length % 2 == 0 ? uid : uid + "\0";
        return Encoding.ASCII.GetBytes(text);
    }

    private static byte[] UInt16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] DataPdu(byte[] fragment, byte messageControlHeader)
    {
        var pdv = new byte[4 + 2 + fragment.Length];
        BinaryPrimitives.WriteUInt32BigEndian(pdv, (uint)(2 + fragment.Length));
        pdv[4] = PresentationContextId;
        pdv[5] = messageControlHeader;
        fragment.CopyTo(pdv, 6);
        return Pdu(0x04, pdv);
    }

    private static byte[] Item(byte type, byte[] value)
    {
        var bytes = new byte[4 + value.Length];
        bytes[0] = type;
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2), (ushort)value.Length);
        value.CopyTo(bytes, 4);
        return bytes;
    }

    private static byte[] Pdu(byte type, byte[] body)
    {
        var bytes = new byte[6 + body.Length];
        bytes[0] = type;
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(2), (uint)body.Length);
        body.CopyTo(bytes, 6);
        return bytes;
    }
}
