using Microsoft.Extensions.Configuration.Memory;

namespace TeachingFile.Web;

internal static class ContentRootDefaults
{
    /// <summary>
    /// Makes Content:Root default to the content folder copied beside the binaries, so that
    /// `dotnet run` and a published app find curriculum.yaml without settings. The source is added
    /// first, so appsettings, environment variables and the command line still override it.
    /// </summary>
    public static void AddContentRootDefault(this ConfigurationManager configuration)
    {
        var defaults = new MemoryConfigurationSource
        {
            InitialData = [new("Content:Root", Path.Combine(AppContext.BaseDirectory, "content"))],
        };
        configuration.Sources.Insert(0, defaults);
    }
}
