using System.Security.Claims;
using TeachingFile.Core.Authoring;
using TeachingFile.Core.Identity;

namespace TeachingFile.Web.Identity;

internal static class ClaimsPrincipalExtensions
{
    /// <summary>Returns the Identity user id of a signed-in user; throws when the cookie carries none.</summary>
    public static string GetUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("The signed-in user has no name identifier claim.");

    /// <summary>Returns the author on whose behalf authoring operations run.</summary>
    public static CaseAuthor ToCaseAuthor(this ClaimsPrincipal user) =>
        new(user.GetUserId(), user.IsInRole(Roles.Admin));
}
