using System.Globalization;
using TeachingFile.Core.Cases;

namespace TeachingFile.Core.Authoring;

/// <summary>The checks a case's text must pass to be saved, and a draft to be published.</summary>
internal static class AuthoringRules
{
    public static AuthoringResult? CheckText(CaseText text)
    {
        if (text.Title.Trim().Length > CaseText.MaxTitleLength)
        {
            return AuthoringResult.Invalid(string.Format(
                CultureInfo.InvariantCulture,
                "The title has {0} characters; shorten it to {1} or fewer.",
                text.Title.Trim().Length,
                CaseText.MaxTitleLength));
        }

        (string Name, string Value)[] sections =
        [
            ("History", text.History), ("Findings", text.Findings),
            ("Diagnosis", text.Diagnosis), ("Discussion", text.Discussion),
        ];
        var tooLong = sections.FirstOrDefault(s => s.Value.Length > CaseText.MaxSectionLength);
        return tooLong.Name is null
            ? null
            : AuthoringResult.Invalid(string.Format(
                CultureInfo.InvariantCulture,
                "{0} has {1} characters; shorten it to {2} or fewer.",
                tooLong.Name,
                tooLong.Value.Length,
                CaseText.MaxSectionLength));
    }

    public static AuthoringResult? CheckPublishable(TeachingCase teachingCase)
    {
        if (teachingCase.Status == CaseStatus.Published)
        {
            return AuthoringResult.Invalid("The case is published already.");
        }

        if (string.IsNullOrWhiteSpace(teachingCase.Title))
        {
            return AuthoringResult.Invalid("Add a title before publishing.");
        }

        if (teachingCase.PixelReviewRequired && teachingCase.PixelReviewConfirmedAt is null)
        {
            return AuthoringResult.Invalid(
                "Pixel review is pending: some images may show burned-in patient data. Check every " +
                "flagged image, then confirm the review before publishing.");
        }

        return null;
    }
}
