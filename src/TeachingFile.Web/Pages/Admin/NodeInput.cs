using System.ComponentModel.DataAnnotations;

namespace TeachingFile.Web.Pages.Admin;

public sealed class NodeInput
{
    /// <summary>Row id when editing; 0 when adding.</summary>
    public int Id { get; set; }

    [Display(Name = "Calling AE title")]
    public string? AeTitle { get; set; }

    [EmailAddress]
    [Display(Name = "Owner e-mail (empty: unassigned inbox)")]
    public string? OwnerEmail { get; set; }

    [StringLength(200)]
    public string? Description { get; set; }
}
