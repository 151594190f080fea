namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>Asynchronous operations window sub-item (PS3.7 Annex D.3.3.3); 0 means unlimited.</summary>
internal sealed record AsyncOperationsWindow(ushort MaxOperationsInvoked, ushort MaxOperationsPerformed);
