namespace TeachingFile.Core.Authoring;

/// <summary>The outcome of an authoring operation, with a message to show the author when it failed.</summary>
public sealed record AuthoringResult(AuthoringStatus Status, string? Message = null)
{
    public static AuthoringResult Ok { get; } = new(AuthoringStatus.Succeeded);

    public static AuthoringResult NotFound { get; } =
        new(AuthoringStatus.NotFound, "The case does not exist or is not yours to edit.");

    public bool Succeeded => Status == AuthoringStatus.Succeeded;

    public static AuthoringResult Invalid(string message) => new(AuthoringStatus.Invalid, message);

    public static AuthoringResult Conflict(string message) => new(AuthoringStatus.Conflict, message);
}
