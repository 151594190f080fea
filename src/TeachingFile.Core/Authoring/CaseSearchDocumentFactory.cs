using TeachingFile.Core.Cases;
using TeachingFile.Core.Search;

namespace TeachingFile.Core.Authoring;

/// <summary>Builds the index document of a published case from its text and tags.</summary>
public static class CaseSearchDocumentFactory
{
    /// <summary>Creates the document; the case's <see cref="TeachingCase.Tags"/> must be loaded.</summary>
    public static CaseSearchDocument Create(TeachingCase teachingCase)
    {
        ArgumentNullException.ThrowIfNull(teachingCase);

        return new CaseSearchDocument(
            teachingCase.Id,
            teachingCase.Title,
            teachingCase.History,
            teachingCase.Findings,
            teachingCase.Diagnosis,
            teachingCase.Discussion,
            TagValues(teachingCase, TagKind.Modality),
            TagValues(teachingCase, TagKind.BodyPart),
            TagValues(teachingCase, TagKind.Topic),
            teachingCase.AgeGroup,
            teachingCase.PatientSex,
            teachingCase.PublishedAt ?? teachingCase.UpdatedAt);
    }

    private static string[] TagValues(TeachingCase teachingCase, TagKind kind) =>
        teachingCase.Tags
            .Where(tag => tag.Kind == kind)
            .Select(tag => tag.Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
