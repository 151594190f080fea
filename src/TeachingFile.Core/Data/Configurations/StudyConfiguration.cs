using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TeachingFile.Core.Cases;

namespace TeachingFile.Core.Data.Configurations;

internal sealed class StudyConfiguration : IEntityTypeConfiguration<Study>
{
    public void Configure(EntityTypeBuilder<Study> builder)
    {
        builder.ToTable("Studies");
        builder.Property(s => s.StudyInstanceUid).HasMaxLength(ModelLimits.Uid).IsRequired();
        builder.Property(s => s.StudyDate).HasMaxLength(ModelLimits.DicomDate);
        builder.Property(s => s.StudyDescription).HasMaxLength(ModelLimits.Description);
        builder.Property(s => s.PatientAge).HasMaxLength(ModelLimits.PatientAge);
        builder.Property(s => s.PatientSex).HasMaxLength(ModelLimits.PatientSex);
        builder.Property(s => s.SourceAeTitle).HasMaxLength(ModelLimits.AeTitle);

        builder.HasIndex(s => s.StudyInstanceUid).IsUnique();
        builder.HasMany(s => s.Series).WithOne(s => s.Study).HasForeignKey(s => s.StudyId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
