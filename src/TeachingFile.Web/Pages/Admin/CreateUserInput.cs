using System.ComponentModel.DataAnnotations;

namespace TeachingFile.Web.Pages.Admin;

public sealed class CreateUserInput
{
    [Required]
    [EmailAddress]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;

    [Required]
    [StringLength(100)]
    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required]
    [DataType(DataType.Password)]
    [Display(Name = "Initial password")]
    public string Password { get; set; } = string.Empty;

    /// <summary>
    /// The main role. <see cref="ExtraRoles"/> adds more, for example a faculty member who also
    /// directs the program.
    /// </summary>
    [Required]
    public string Role { get; set; } = TeachingFile.Core.Identity.Roles.Resident;

    [Display(Name = "Also grant")]
    public List<string> ExtraRoles { get; set; } = [];
}
