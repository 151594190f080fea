using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;

namespace TeachingFile.Core.Tests.Configuration;

public sealed class CoreOptionsTests
{
    [Fact]
    public void Sqlite_defaults_to_data_root_file()
    {
        using var services = Build(new() { ["Storage:Root"] = "/srv/teachingfile" });

        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(DatabaseProvider.Sqlite, database.Provider);
        Assert.Equal("Data Source=/srv/teachingfile/teachingfile.db", database.ConnectionString);
        Assert.Equal(DatabaseOptions.SqliteMigrationsAssembly, database.MigrationsAssembly);
        Assert.Equal("/srv/teachingfile/dicom", storage.DicomDirectory);
        Assert.Equal("/srv/teachingfile/tmp", storage.TempDirectory);
    }

    [Fact]
    public void SqlServer_without_connection_string_fails_validation()
    {
        using var services = Build(new() { ["Database:Provider"] = "SqlServer" });

        var error = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IOptions<DatabaseOptions>>().Value);

        Assert.Contains("ConnectionStrings:TeachingFile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServer_uses_its_connection_string_and_migrations()
    {
        using var services = Build(new()
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:TeachingFile"] = "Server=127.0.0.1;Database=tf",
        });

        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

        Assert.Equal("Server=127.0.0.1;Database=tf", database.ConnectionString);
        Assert.Equal(DatabaseOptions.SqlServerMigrationsAssembly, database.MigrationsAssembly);
    }

    [Fact]
    public void Deidentification_options_default_on()
    {
        using var defaults = Build([]);
        using var switched = Build(new() { ["Deidentification:CleanDescriptors"] = "false" });

        var on = defaults.GetRequiredService<IOptions<DeidentificationSettings>>().Value;
        var off = switched.GetRequiredService<IOptions<DeidentificationSettings>>().Value;

        Assert.True(on.RetainLongitudinalTemporalInformationWithModifiedDates);
        Assert.True(on.RetainPatientCharacteristics);
        Assert.True(on.CleanDescriptors);
        Assert.False(off.CleanDescriptors);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddTeachingFileCore(configuration)
            .BuildServiceProvider();
    }
}
