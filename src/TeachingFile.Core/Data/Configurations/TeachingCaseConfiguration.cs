using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Identity;

namespace TeachingFile.Core.Data.Configurations;

internal sealed class TeachingCaseConfiguration : IEntityTypeConfiguration<TeachingCase>
{
    public void Configure(EntityTypeBuilder<TeachingCase> builder)
    {
        builder.ToTable("Cases");
        builder.Property(c => c.Title).HasMaxLength(ModelLimits.Title);
        builder.Property(c => c.SourceAeTitle).HasMaxLength(ModelLimits.AeTitle);
        builder.Property(c => c.PatientKey).HasMaxLength(ModelLimits.PatientKey);
        builder.Property(c => c.PatientSex).HasMaxLength(ModelLimits.PatientSex);
        builder.Property(c => c.AgeGroup).HasMaxLength(ModelLimits.TagValue);
        builder.Property(c => c.PixelReviewConfirmedBy).HasMaxLength(ModelLimits.UserId);
        builder.Property(c => c.Status).HasConversion<int>();

        builder.HasOne<ApplicationUser>()
            .WithMany()
            .HasForeignKey(c => c.OwnerId)
            .OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(c => c.Studies).WithOne(s => s.Case).HasForeignKey(s => s.CaseId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.CaseId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(c => new { c.Status, c.OwnerId });
        builder.HasIndex(c => c.PatientKey);
        builder.HasIndex(c => c.PublishedAt);
    }
}
