using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TeachingFile.Core.Cases;

namespace TeachingFile.Core.Data.Configurations;

internal sealed class InstanceConfiguration : IEntityTypeConfiguration<Instance>
{
    public void Configure(EntityTypeBuilder<Instance> builder)
    {
        builder.ToTable("Instances");
        builder.Property(i => i.SopInstanceUid).HasMaxLength(ModelLimits.Uid).IsRequired();
        builder.Property(i => i.SopClassUid).HasMaxLength(ModelLimits.Uid).IsRequired();
        builder.Property(i => i.TransferSyntaxUid).HasMaxLength(ModelLimits.Uid).IsRequired();
        builder.Property(i => i.RelativePath).HasMaxLength(ModelLimits.RelativePath).IsRequired();

        builder.HasIndex(i => i.SopInstanceUid).IsUnique();
    }
}
