using TeachingFile.Core.Storage;

namespace TeachingFile.Core.Ingest;

/// <summary>One de-identified instance whose file is durable and whose rows are to be written.</summary>
/// <param name="Metadata">Fields read from the de-identified data set.</param>
/// <param name="File">The committed Part 10 file.</param>
/// <param name="TransferSyntaxUid">Transfer syntax of the stored file.</param>
/// <param name="PatientKey">Keyed patient pseudonym from the de-identifier.</param>
/// <param name="BurnedInAnnotationRisk">True when the pixels may carry burned-in PHI.</param>
/// <param name="CallingAeTitle">The sending node.</param>
/// <param name="AssociationId">For log lines.</param>
public sealed record StoredInstance(
    InstanceMetadata Metadata,
    StoredFile File,
    string TransferSyntaxUid,
    string PatientKey,
    bool BurnedInAnnotationRisk,
    string CallingAeTitle,
    string AssociationId);
