namespace TeachingFile.Core.Search;

/// <summary>Keys of <see cref="CaseSearchResults.Facets"/>, one per facet field of the index.</summary>
public static class CaseSearchFacets
{
    public const string Modality = "modality";
    public const string BodyPart = "bodypart";
    public const string Topic = "topic";
    public const string AgeGroup = "agegroup";
    public const string Sex = "sex";

    public static IReadOnlyList<string> All { get; } = [Modality, BodyPart, Topic, AgeGroup, Sex];
}
