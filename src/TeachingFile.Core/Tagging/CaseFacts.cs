namespace TeachingFile.Core.Tagging;

/// <summary>What the curriculum rules look at, gathered from a case's studies and series.</summary>
/// <param name="Modalities">Modality codes of the series (CT, MR, ...).</param>
/// <param name="BodyParts">Normalized body parts (PS3.16 Annex L terms such as CHEST).</param>
/// <param name="Descriptions">Cleaned study and series descriptions.</param>
/// <param name="PatientAgeDays">Patient's age in days, or null when unknown.</param>
public sealed record CaseFacts(
    IReadOnlySet<string> Modalities,
    IReadOnlySet<string> BodyParts,
    IReadOnlyList<string> Descriptions,
    double? PatientAgeDays);
