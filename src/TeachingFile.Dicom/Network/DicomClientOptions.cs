namespace TeachingFile.Dicom.Network;

/// <summary>Settings of a <see cref="DicomClient"/> (an SCU) and the peer it talks to.</summary>
public sealed class DicomClientOptions
{
    /// <summary>Host name or IP address of the peer. Default "127.0.0.1".</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>TCP port of the peer. Default 11112.</summary>
    public int Port { get; set; } = 11112;

    /// <summary>Our AE title, sent as calling AE title. Default "TEACHFILE_SCU".</summary>
    public string CallingAeTitle { get; set; } = "TEACHFILE_SCU";

    /// <summary>The peer's AE title, sent as called AE title. Default "TEACHFILE".</summary>
    public string CalledAeTitle { get; set; } = "TEACHFILE";

    /// <summary>Maximum P-DATA-TF variable-field length we receive, in bytes. Default 262144.</summary>
    public uint MaxPduLength { get; set; } = 262_144;

    /// <summary>Time allowed for connecting and for each awaited PDU (ARTIM and DIMSE timeout). Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Maximum time that sending one PDU may take. The timer restarts for each PDU, so a large data
    /// set may take longer in total. A peer that stops reading blocks the send once the TCP buffers
    /// are full, and when this time runs out the call fails with <see cref="IOException"/> and the
    /// connection is closed without A-ABORT. Default 60 s, as the server's
    /// <see cref="DicomServerOptions.SendTimeout"/>.
    /// </summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
