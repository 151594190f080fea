using System.ComponentModel.DataAnnotations;

namespace TeachingFile.Web.Pages.Account;

public sealed class SignInInput
{
    [Required]
    [EmailAddress]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;

    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Keep me signed in on this computer")]
    public bool RememberMe { get; set; }
}
