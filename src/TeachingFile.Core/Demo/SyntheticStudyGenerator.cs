namespace TeachingFile.Core.Demo;

/// <summary>
/// Generates the demo studies: synthetic images drawn from simple shapes, with made-up DEMO^ patients
/// and new 2.25 UIDs on every call. No real patient data is involved.
/// </summary>
public static class SyntheticStudyGenerator
{
    public const string SolitaryPulmonaryNodule = "solitary-pulmonary-nodule";
    public const string Pneumothorax = "pneumothorax";
    public const string AcuteIschemicStroke = "acute-ischemic-stroke";
    public const string MultipleSclerosis = "multiple-sclerosis";

    /// <summary>CT chest, 8 axial 256 x 256 slices, with a right upper lobe nodule.</summary>
    public static SyntheticStudy CreateChestCt() => ChestCtStudy.Create();

    /// <summary>CR chest PA, 512 x 512, with a left pneumothorax.</summary>
    public static SyntheticStudy CreateChestRadiograph() => ChestRadiographStudy.Create();

    /// <summary>CT head, 6 axial 256 x 256 slices, with a left MCA territory infarct.</summary>
    public static SyntheticStudy CreateHeadCt() => HeadCtStudy.Create();

    /// <summary>MR brain T2, 6 axial 256 x 256 slices, with periventricular demyelinating lesions.</summary>
    public static SyntheticStudy CreateBrainMr() => BrainMrStudy.Create();

    public static IReadOnlyList<SyntheticStudy> CreateAll() =>
        [CreateChestCt(), CreateChestRadiograph(), CreateHeadCt(), CreateBrainMr()];
}
