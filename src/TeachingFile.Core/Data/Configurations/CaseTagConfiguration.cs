using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TeachingFile.Core.Cases;

namespace TeachingFile.Core.Data.Configurations;

internal sealed class CaseTagConfiguration : IEntityTypeConfiguration<CaseTag>
{
    public void Configure(EntityTypeBuilder<CaseTag> builder)
    {
        builder.ToTable("CaseTags");
        builder.Property(t => t.Value).HasMaxLength(ModelLimits.TagValue).IsRequired();
        builder.Property(t => t.Kind).HasConversion<int>();

        // One value per kind and case: an author tag and an automatic tag never duplicate each other.
        builder.HasIndex(t => new { t.CaseId, t.Kind, t.Value }).IsUnique();
        builder.HasIndex(t => new { t.Kind, t.Value });
    }
}
