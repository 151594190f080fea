namespace TeachingFile.Dicom.Network;

/// <summary>
/// Settings of the DICOM Storage SCP (<see cref="DicomServer"/>), checked by <see
/// cref="DicomServerOptionsValidator"/>.
/// </summary>
public sealed class DicomServerOptions
{
    /// <summary>
    /// Configuration section the host binds these options from, so each option's key is
    /// "Dicom:" followed by its name (e.g. Dicom:MaxAssociations).
    /// </summary>
    public const string SectionName = "Dicom";

    /// <summary>
    /// This node's AE title; an A-ASSOCIATE-RQ whose called AE title differs is rejected (1/1/7). Default
    /// "TEACHFILE".
    /// </summary>
    public string AeTitle { get; set; } = "TEACHFILE";

    /// <summary>
    /// TCP port; 0 picks a free port, read back from <see cref="DicomServer.Port"/>. Default 11112,
    /// the IANA-registered DICOM port.
    /// </summary>
    public int Port { get; set; } = 11112;

    /// <summary>
    /// IP address to listen on. Default "127.0.0.1": only local peers can connect until the host
    /// widens it.
    /// </summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// Maximum P-DATA-TF variable-field length we receive, announced in A-ASSOCIATE-AC, in bytes.
    /// Default 262144: larger than DCMTK's default of 16384 so that a large data set needs fewer
    /// PDUs, and small enough that each association buffers at most 256 KiB. Minimum 4096.
    /// </summary>
    public uint MaxPduLength { get; set; } = 262_144;

    /// <summary>
    /// How long a new TCP connection may take to deliver its whole A-ASSOCIATE-RQ before it is
    /// closed (the ARTIM timer in state Sta2). Default 10 s: a peer normally sends the request
    /// within milliseconds of connecting.
    /// </summary>
    public TimeSpan AssociationRequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// ARTIM timeout after A-ASSOCIATE-RJ, A-RELEASE-RP or A-ABORT: how long to wait for the peer
    /// to close the connection. Default 30 s.
    /// </summary>
    public TimeSpan ArtimTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An established association that sends no PDU for this long is aborted. Default 5 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Maximum time that sending one PDU may take. A peer that stops reading blocks the send once
    /// the TCP buffers are full, and its connection is closed when this time runs out. Default
    /// 60 s, the default of dcmSocketSendTimeout in DCMTK 3.7.0 (dcmnet/dcmtrans.h).
    /// </summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Associations open at once; one more A-ASSOCIATE-RQ is rejected transiently (2/3/2
    /// local-limit-exceeded). A connection takes a slot when its A-ASSOCIATE-RQ has been read, gives
    /// it back if the request is rejected, and otherwise keeps it until it closes. TCP connections
    /// without an association count against <see cref="MaxPendingConnections"/> instead. Default 32.
    /// </summary>
    public int MaxAssociations { get; set; } = 32;

    /// <summary>
    /// TCP connections open at once without an association: those still awaiting their
    /// A-ASSOCIATE-RQ, those waiting to close after an A-ASSOCIATE-RJ, and those aborted before
    /// an association was set up. When one more connects, the oldest of them is closed. Default 64.
    /// </summary>
    public int MaxPendingConnections { get; set; } = 64;

    /// <summary>
    /// Largest C-STORE data set spooled, in bytes; a larger one is discarded and the response
    /// status is 0xA700. Default 4 GiB.
    /// </summary>
    public long MaxDataSetBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>
    /// Bytes past <see cref="MaxDataSetBytes"/> that the AE still reads and discards while it waits
    /// for the last fragment of a data set, so that it can respond 0xA700 to a peer that sent a data
    /// set a little too large. A data set still incomplete after MaxDataSetBytes plus this many
    /// bytes, whether it was being spooled or discarded, ends the association with A-ABORT (source 2,
    /// reason 0), so a peer cannot stream one data set forever. 0 aborts as soon as a data set
    /// passes MaxDataSetBytes. Default 1 GiB.
    /// </summary>
    public long MaxDiscardedBytes { get; set; } = 1L * 1024 * 1024 * 1024;

    /// <summary>
    /// Free space, in bytes, the spool directory's volume must keep. A C-STORE that arrives when
    /// less is free, or that brings it below this while spooling (checked every 16 MiB), is
    /// discarded and gets status 0xA700, so that many large data sets at once cannot fill the disk.
    /// 0 turns the check off. Default 1 GiB.
    /// </summary>
    public long MinFreeDiskBytes { get; set; } = 1L * 1024 * 1024 * 1024;

    /// <summary>
    /// Largest C-STORE data set, in bytes, kept in memory while it arrives and while it is stored. A larger one
    /// goes to a spool file in <see cref="SpoolDirectory"/>. The buffers are pooled, at most
    /// <see cref="MaxAssociations"/> of them, each this size rounded up to a power of two (128 MiB in all with the
    /// defaults). 0 spools every data set to a file. Default 4 MiB, large enough for a CT or MR image.
    /// </summary>
    public int SpoolMemoryBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Directory for C-STORE spool files, created on start. Default "teachingfile-spool" in the
    /// system temp directory.
    /// </summary>
    public string SpoolDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "teachingfile-spool");

    /// <summary>
    /// How long <see cref="DicomServer.StopAsync"/> lets open associations finish before aborting
    /// them. Default 10 s.
    /// </summary>
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
