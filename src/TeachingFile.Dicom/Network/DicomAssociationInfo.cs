using System.Net;

namespace TeachingFile.Dicom.Network;

/// <summary>What a service handler may know of the association a request arrived on.</summary>
/// <param name="AssociationId">Short id that every log line of this association carries.</param>
/// <param name="CallingAeTitle">The peer's AE title, trailing spaces removed.</param>
/// <param name="CalledAeTitle">Our AE title as the peer addressed it, trailing spaces removed.</param>
/// <param name="RemoteEndPoint">The peer's address, or null when unknown.</param>
public sealed record DicomAssociationInfo(
    string AssociationId,
    string CallingAeTitle,
    string CalledAeTitle,
    EndPoint? RemoteEndPoint);
