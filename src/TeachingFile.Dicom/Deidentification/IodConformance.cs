using System.Collections.Frozen;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// Resolves the combined actions of Table E.1-1 (Z/D, X/Z, X/D, X/Z/D, X/Z/U*), which depend on the
/// attribute's Type in the IOD at hand.
/// </summary>
/// <remarks>
/// Rule: take the most removing form the code allows (X, then Z, then D). The exception is an attribute
/// listed here as Type 1 or Type 2 in an IOD we commonly receive (CT, MR, enhanced CT/MR, CR/DX, US, XA,
/// SC, PET, NM, SR, presentation states, RT), which takes Z for Type 2 and D for Type 1. X/Z/U* sequences (Referenced
/// Image, Source Image) are kept with their instance UIDs replaced, because they are Type 1C in derived and
/// enhanced images and the replaced UIDs identify nothing. The Type 2 attributes plainly coded Z (Patient's
/// Name, Study Date, Accession Number, Study ID, Referring Physician's Name ...) stay present as Z.
/// </remarks>
internal static class IodConformance
{
    private const byte Type1 = 1;
    private const byte Type2 = 2;

    private static readonly FrozenDictionary<uint, byte> RequiredTypes = new Dictionary<uint, byte>
    {
        [0x00100020] = Type1, // Patient ID: Type 2, but it carries the patient pseudonym (a D).
        [0x00080023] = Type1, // Content Date: Type 1 in the SR Document General Module.
        [0x00080033] = Type1, // Content Time: Type 1 in the SR Document General Module.
        [0x0008002A] = Type1, // Acquisition DateTime: Type 1C in the Enhanced CT/MR Image Modules.
        [0x00181000] = Type1, // Device Serial Number: Type 1 in the Enhanced General Equipment Module.
        [0x00081111] = Type2, // Referenced Performed Procedure Step Sequence: Type 2 in SR and KO Series.
        [0x00180010] = Type2, // Contrast/Bolus Agent: Type 2 in the Contrast/Bolus Module.
        [0x00700084] = Type2, // Content Creator's Name: Type 2 in Presentation State Identification.
        [0x00102203] = Type2, // Patient's Sex Neutered: Type 2C in the Patient Module (animals).
        [0x300A00B2] = Type2, // Treatment Machine Name: Type 2 in the RT Beams Module.
        [0x300E0008] = Type2, // Reviewer Name: Type 2C in the Approval Module.
    }.ToFrozenDictionary();

    /// <summary>Returns the concrete action for a Basic Profile code on the attribute <paramref name="tag"/>.</summary>
    public static ElementAction Resolve(AnnexEAction action, uint tag)
    {
        RequiredTypes.TryGetValue(tag, out var type);
        return action switch
        {
            AnnexEAction.Keep => ElementAction.Keep,
            AnnexEAction.Clean => ElementAction.Clean,
            AnnexEAction.Remove => ElementAction.Remove,
            AnnexEAction.Zero => ElementAction.Zero,
            AnnexEAction.Dummy => ElementAction.Dummy,
            AnnexEAction.ReplaceUid => ElementAction.ReplaceUid,
            AnnexEAction.ZeroOrDummy => type == Type1 ? ElementAction.Dummy : ElementAction.Zero,
            AnnexEAction.RemoveOrZero => type == 0 ? ElementAction.Remove : ElementAction.Zero,
            AnnexEAction.RemoveOrDummy => type == 0 ? ElementAction.Remove : ElementAction.Dummy,
            AnnexEAction.RemoveOrZeroOrDummy => type switch
            {
                Type1 => ElementAction.Dummy,
                Type2 => ElementAction.Zero,
                _ => ElementAction.Remove,
            },
            AnnexEAction.RemoveOrZeroOrReplaceUids => ElementAction.ReplaceUid,
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown Annex E action."),
        };
    }
}
