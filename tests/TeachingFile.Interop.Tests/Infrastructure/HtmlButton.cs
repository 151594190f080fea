namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>A submit button of a form: its visible text, formaction, and the name and value it posts.</summary>
internal sealed record HtmlButton(string Text, string? FormAction, string? Name, string? Value);
