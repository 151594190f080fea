using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Authoring;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Demo;
using TeachingFile.Core.Imaging;
using TeachingFile.Web.Authorization;
using TeachingFile.Web.Help;
using TeachingFile.Web.Hosting;
using TeachingFile.Web.Identity;
using TeachingFile.Web.Setup;

namespace TeachingFile.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>
    /// Registers the web host: Identity and policies, Razor Pages with their folder conventions,
    /// data protection keys under {Storage:Root}/keys, the setup flow, authoring, help pages and
    /// the DICOM SCP hosted service. Call after AddTeachingFileCore and AddTeachingFileSearch, so
    /// that the database is initialized before the setup check and the SCP start.
    /// </summary>
    public static IServiceCollection AddTeachingFileWeb(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTeachingFileIdentity();
        services.AddTeachingFileAuthorization();
        services.AddRazorPages(options => AuthorizationRegistration.AddPolicyConventions(options.Conventions));
        services.AddAntiforgery(options => options.Cookie.Name = "TeachingFile.Antiforgery");
        services.AddTeachingFileDataProtection();

        services.AddScoped<CaseAuthoringService>();
        services.AddScoped<DemoContentSeeder>();
        services.AddTeachingFileThumbnails(configuration);
        services.AddSingleton<HelpPageStore>();
        services.AddSingleton<SetupTokenFile>();
        services.AddScoped<SetupService>();
        services.AddHostedService<SetupStartupService>();
        services.AddDicomServerHost(configuration);
        return services;
    }

    private static void AddTeachingFileDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("TeachingFile");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<StorageOptions>, ILoggerFactory>((options, storage, loggerFactory) =>
                options.XmlRepository = new FileSystemXmlRepository(
                    CreateKeyDirectory(Path.Combine(storage.Value.Root, "keys")), loggerFactory));
    }

    /// <summary>Creates the key folder readable by the service account only, since the keys are unencrypted.</summary>
    private static DirectoryInfo CreateKeyDirectory(string path) =>
        OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(path)
            : Directory.CreateDirectory(
                path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
}
