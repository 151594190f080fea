using System.Security.Claims;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Identity;
using TeachingFile.Web.Identity;

namespace TeachingFile.Web.Pages.Cases;

/// <summary>Who may see a case: every reader once published; only its owner or an admin while a draft.</summary>
internal static class CaseVisibility
{
    public static bool CanView(ClaimsPrincipal user, CaseStatus status, string? ownerId) =>
        status == CaseStatus.Published
        || user.IsInRole(Roles.Admin)
        || (ownerId is not null && ownerId == user.GetUserId());
}
