using Microsoft.Extensions.Logging;

namespace TeachingFile.Core.Authoring;

/// <summary>Log events of the authoring service (event ids 3000-3099).</summary>
internal static partial class AuthoringLog
{
    [LoggerMessage(3001, LogLevel.Information, "Case {CaseId} published by user {UserId}")]
    public static partial void Published(ILogger logger, int caseId, string userId);

    [LoggerMessage(3002, LogLevel.Information, "Case {CaseId} unpublished by user {UserId}")]
    public static partial void Unpublished(ILogger logger, int caseId, string userId);

    [LoggerMessage(3003, LogLevel.Information, "Case {CaseId} claimed by user {UserId}")]
    public static partial void Claimed(ILogger logger, int caseId, string userId);

    [LoggerMessage(3004, LogLevel.Information, "Pixel review of case {CaseId} confirmed by user {UserId}")]
    public static partial void PixelReviewConfirmed(ILogger logger, int caseId, string userId);
}
