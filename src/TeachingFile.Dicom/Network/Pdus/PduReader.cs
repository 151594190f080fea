using System.Buffers.Binary;
using System.Globalization;

namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>
/// Reads whole PDUs from a stream. The declared length is checked before the body is read, so a
/// peer cannot make the reader allocate more than the cap. A decoded P-DATA-TF points into the
/// reader's buffer and is valid until the next call.
/// </summary>
internal sealed class PduReader(Stream stream, uint maxPduLength)
{
    /// <summary>
    /// Cap on A-ASSOCIATE and other non-P-DATA PDUs when our maximum PDU length is smaller: an
    /// A-ASSOCIATE-RQ with 128 presentation contexts of 3 transfer syntaxes each is about 15 KB.
    /// </summary>
    public const uint MinControlPduCap = 64 * 1024;

    private readonly byte[] _header = new byte[6];
    private byte[] _body = new byte[4096];

    /// <summary>Reads the next PDU, or returns null when the peer closed the connection between PDUs.</summary>
    /// <exception cref="DicomProtocolException">Unknown PDU type, length beyond the cap, or invalid content.</exception>
    /// <exception cref="EndOfStreamException">The connection closed inside a PDU.</exception>
    public async ValueTask<Pdu?> ReadAsync(CancellationToken cancellationToken)
    {
        var first = await stream.ReadAsync(_header.AsMemory(0, 1), cancellationToken).ConfigureAwait(false);
        if (first == 0)
        {
            return null;
        }

        await stream.ReadExactlyAsync(_header.AsMemory(1), cancellationToken).ConfigureAwait(false);
        var type = _header[0];
        if (type is < 1 or > 7)
        {
            throw new DicomProtocolException(AbortReason.UnrecognizedPdu, PduDecoder.UnknownTypeMessage(type))
            {
                ForeignProtocol = Network.ForeignProtocol.Detect(_header),
            };
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(_header.AsSpan(2));
        var cap = (PduType)type == PduType.DataTransfer ? maxPduLength : Math.Max(maxPduLength, MinControlPduCap);
        if (length > cap)
        {
            throw PduDecoder.Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"PDU type 0x{type:X2} declares length {length}; the maximum this node accepts is {cap}."));
        }

        if (_body.Length < length)
        {
            _body = new byte[Math.Max(length, Math.Min(cap, (uint)_body.Length * 2))];
        }

        var body = _body.AsMemory(0, (int)length);
        await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
        return PduDecoder.Decode((PduType)type, body);
    }
}
