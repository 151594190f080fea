namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>One Dicom:Nodes entry: a calling AE title the server accepts and the e-mail of its owner.</summary>
internal sealed record DicomNodeSetting(string AeTitle, string? OwnerEmail = null);
