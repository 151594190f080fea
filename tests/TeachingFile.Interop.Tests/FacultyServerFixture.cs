using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>
/// A server whose node STORESCU is owned by a faculty user, with an admin, that faculty user and a
/// resident created through /Setup and /Admin/Users.
/// </summary>
public sealed class FacultyServerFixture : IAsyncLifetime
{
    internal const string AdminEmail = "admin@interop.test";
    internal const string FacultyEmail = "faculty@interop.test";
    internal const string ResidentEmail = "resident@interop.test";

    internal TeachingFileServer Server { get; private set; } = null!;

    /// <summary>One generated password for the three accounts of this run.</summary>
    internal string Password { get; } = ServerAccounts.NewPassword();

    public async Task InitializeAsync()
    {
        Server = await TeachingFileServer.StartAsync(new ServerSettings
        {
            Nodes = [new DicomNodeSetting("STORESCU", FacultyEmail)],
        });

        using var admin = await ServerAccounts.SetUpAdminAsync(Server, AdminEmail, Password, CancellationToken.None);
        await ServerAccounts.CreateUserAsync(admin, FacultyEmail, Password, "Faculty", CancellationToken.None);
        await ServerAccounts.CreateUserAsync(admin, ResidentEmail, Password, "Resident", CancellationToken.None);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
