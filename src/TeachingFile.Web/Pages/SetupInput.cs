using System.ComponentModel.DataAnnotations;

namespace TeachingFile.Web.Pages;

public sealed class SetupInput
{
    [Required]
    [Display(Name = "Setup token")]
    public string Token { get; set; } = string.Empty;

    [Required]
    [EmailAddress]
    [Display(Name = "Administrator e-mail")]
    public string Email { get; set; } = string.Empty;

    [Required]
    [StringLength(100)]
    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Required]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    [Display(Name = "Repeat the password")]
    public string ConfirmPassword { get; set; } = string.Empty;

    [Display(Name = "Load demo content (a few published example cases)")]
    public bool LoadDemoContent { get; set; }
}
