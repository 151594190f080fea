using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TeachingFile.Core.Cases;

namespace TeachingFile.Core.Data.Configurations;

internal sealed class SeriesConfiguration : IEntityTypeConfiguration<Series>
{
    public void Configure(EntityTypeBuilder<Series> builder)
    {
        builder.ToTable("Series");
        builder.Property(s => s.SeriesInstanceUid).HasMaxLength(ModelLimits.Uid).IsRequired();
        builder.Property(s => s.Modality).HasMaxLength(ModelLimits.CodeString).IsRequired();
        builder.Property(s => s.BodyPartExamined).HasMaxLength(ModelLimits.CodeString);
        builder.Property(s => s.AnatomicRegionCode).HasMaxLength(ModelLimits.CodeValue);
        builder.Property(s => s.AnatomicRegionMeaning).HasMaxLength(ModelLimits.Description);
        builder.Property(s => s.SeriesDescription).HasMaxLength(ModelLimits.Description);

        builder.HasIndex(s => s.SeriesInstanceUid).IsUnique();
        builder.HasMany(s => s.Instances).WithOne(i => i.Series).HasForeignKey(i => i.SeriesId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
