using Microsoft.AspNetCore.Identity;

namespace TeachingFile.Core.Identity;

/// <summary>A person who signs in: resident, faculty member, program director or administrator.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;
}
