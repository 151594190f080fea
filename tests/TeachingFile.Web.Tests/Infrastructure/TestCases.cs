using TeachingFile.Core.Cases;

namespace TeachingFile.Web.Tests.Infrastructure;

/// <summary>Builds cases directly in the database, the way ingest files them.</summary>
public static class TestCases
{
    public static Task<int> AddDraftAsync(
        TeachingFileFactory factory, string? ownerId, string title, bool pixelReview = false,
        string transferSyntaxUid = "1.2.840.10008.1.2.1", string relativePath = "missing/missing.dcm")
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var teachingCase = new TeachingCase
            {
                OwnerId = ownerId,
                Title = title,
                Findings = "Consolidation in the right lower lobe.",
                PixelReviewRequired = pixelReview,
                CreatedAt = now,
                UpdatedAt = now,
                SourceAeTitle = "CT_ROOM_1",
                Tags =
                [
                    new CaseTag { Kind = TagKind.Modality, Value = "CT", IsAutomatic = true },
                    new CaseTag { Kind = TagKind.BodyPart, Value = "CHEST", IsAutomatic = true },
                ],
                Studies =
                [
                    new Study
                    {
                        StudyInstanceUid = "2.25." + Random.Shared.NextInt64(1, long.MaxValue).ToString(
                            System.Globalization.CultureInfo.InvariantCulture),
                        StudyDescription = "CT CHEST",
                        Series =
                        [
                            new Series
                            {
                                SeriesInstanceUid = "2.25.1" + Random.Shared.Next().ToString(
                                    System.Globalization.CultureInfo.InvariantCulture),
                                Modality = "CT",
                                SeriesDescription = "Axial",
                                SeriesNumber = 2,
                                Instances =
                                [
                                    new Instance
                                    {
                                        SopInstanceUid = "2.25.2" + Random.Shared.Next().ToString(
                                            System.Globalization.CultureInfo.InvariantCulture),
                                        SopClassUid = "1.2.840.10008.5.1.4.1.1.2",
                                        TransferSyntaxUid = transferSyntaxUid,
                                        RelativePath = relativePath,
                                        ReceivedAt = now,
                                    },
                                ],
                            },
                        ],
                    },
                ],
            };
            db.Cases.Add(teachingCase);
            await db.SaveChangesAsync();
            return teachingCase.Id;
        });
    }
}
