namespace TeachingFile.Core.Cases;

/// <summary>A facet value on a case: set by auto-tagging on arrival or by the author.</summary>
public sealed class CaseTag
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public TagKind Kind { get; set; }

    /// <summary>Normalized value: a modality code (CT), a body part (CHEST), or a topic id (chest.pneumonia).</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>True when auto-tagging set it; false when an author added it.</summary>
    public bool IsAutomatic { get; set; }
}
