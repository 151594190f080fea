namespace TeachingFile.Dicom.Network;

/// <summary>
/// Recognizes an HTTP request or a TLS handshake from the first bytes a peer sends, so that the
/// log names what the peer spoke instead of only an unrecognized PDU type. Neither can be a PDU,
/// because an HTTP method starts with an ASCII letter, a TLS record with 0x16, and PDU types are 1 to 7.
/// </summary>
internal static class ForeignProtocol
{
    public const string Http = "HTTP";

    public const string Tls = "TLS";

    // The first four bytes of each HTTP/1.x method, and of the HTTP/2 connection preface "PRI * HTTP/2.0".
    private static readonly byte[][] HttpPrefixes =
    [
        "GET "u8.ToArray(), "HEAD"u8.ToArray(), "POST"u8.ToArray(), "PUT "u8.ToArray(), "DELE"u8.ToArray(),
        "CONN"u8.ToArray(), "OPTI"u8.ToArray(), "TRAC"u8.ToArray(), "PATC"u8.ToArray(), "PRI "u8.ToArray(),
    ];

    /// <summary>Returns <see cref="Http"/>, <see cref="Tls"/> or null for a PDU header of 6 bytes.</summary>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        // A TLS record header: content type 22 (handshake), then major version 3, which SSL 3.0
        // and every TLS version up to 1.3 send in the ClientHello record.
        if (header.Length >= 2 && header[0] == 0x16 && header[1] == 0x03)
        {
            return Tls;
        }

        if (header.Length < 4)
        {
            return null;
        }

        foreach (var prefix in HttpPrefixes)
        {
            if (header[..4].SequenceEqual(prefix))
            {
                return Http;
            }
        }

        return null;
    }
}
