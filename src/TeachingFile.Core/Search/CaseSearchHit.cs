namespace TeachingFile.Core.Search;

/// <summary>A matching case with an HTML snippet in which matched terms are wrapped in &lt;mark&gt;.</summary>
public sealed record CaseSearchHit(int CaseId, string Title, string SnippetHtml, float Score);
