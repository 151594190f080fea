using Lucene.Net.Search;

namespace TeachingFile.Search;

/// <summary>The query built from a user's search text.</summary>
/// <param name="Query">The query to run.</param>
/// <param name="FellBackToPlainText">True when the text was not valid query syntax and was searched as plain words.</param>
/// <param name="MatchesAll">True when the text asks for every case (empty or "*"), so hits are sorted by date.</param>
internal sealed record CaseTextQuery(Query Query, bool FellBackToPlainText, bool MatchesAll);
