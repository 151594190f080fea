using Microsoft.Extensions.Logging;

namespace TeachingFile.Search;

public sealed partial class LuceneCaseIndex
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Case index opened at {IndexPath} with {DocumentCount} documents")]
    private static partial void LogOpened(ILogger logger, string indexPath, int documentCount);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Indexed case {CaseId}")]
    private static partial void LogIndexed(ILogger logger, int caseId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Removed case {CaseId} from the index")]
    private static partial void LogRemoved(ILogger logger, int caseId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Rebuilt the case index with {DocumentCount} documents")]
    private static partial void LogRebuilt(ILogger logger, int documentCount);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Debug, Message = "Search text of {TextLength} characters is not valid query syntax; searched as plain words")]
    private static partial void LogFellBack(ILogger logger, int textLength);
}
