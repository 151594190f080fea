using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Web.Hosting;

internal static class DicomHostRegistration
{
    /// <summary>
    /// Binds the SCP settings from the "Dicom" section (Dicom:AeTitle, Dicom:Port, Dicom:BindAddress and
    /// the limits of <see cref="DicomServerOptions"/>) and registers the hosted SCP. The spool goes to
    /// {Storage:Root}/tmp unless Dicom:SpoolDirectory is set.
    /// </summary>
    public static IServiceCollection AddDicomServerHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DicomHostOptions>().BindConfiguration(DicomHostOptions.SectionName);
        services.AddOptions<DicomServerOptions>()
            .BindConfiguration(DicomHostOptions.SectionName)
            .PostConfigure<IOptions<StorageOptions>>((options, storage) =>
            {
                if (string.IsNullOrWhiteSpace(configuration["Dicom:SpoolDirectory"]))
                {
                    options.SpoolDirectory = Path.Combine(storage.Value.Root, "tmp");
                }
            });
        services.AddSingleton<IValidateOptions<DicomServerOptions>, DicomServerOptionsValidator>();
        services.AddHostedService<DicomServerHostedService>();
        return services;
    }
}
