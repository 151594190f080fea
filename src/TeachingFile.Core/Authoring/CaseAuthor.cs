namespace TeachingFile.Core.Authoring;

/// <summary>The signed-in user on whose behalf an authoring operation runs.</summary>
/// <param name="UserId">Identity user id.</param>
/// <param name="IsAdmin">Administrators may edit, publish and unpublish every case.</param>
public sealed record CaseAuthor(string UserId, bool IsAdmin);
