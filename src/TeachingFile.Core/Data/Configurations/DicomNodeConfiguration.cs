using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TeachingFile.Core.Nodes;

namespace TeachingFile.Core.Data.Configurations;

internal sealed class DicomNodeConfiguration : IEntityTypeConfiguration<DicomNode>
{
    public void Configure(EntityTypeBuilder<DicomNode> builder)
    {
        builder.ToTable("DicomNodes");
        builder.Property(n => n.AeTitle).HasMaxLength(ModelLimits.AeTitle).IsRequired();
        builder.Property(n => n.OwnerEmail).HasMaxLength(ModelLimits.Email);
        builder.Property(n => n.Description).HasMaxLength(ModelLimits.Description);

        builder.HasIndex(n => n.AeTitle).IsUnique();
    }
}
