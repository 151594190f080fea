using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;

namespace TeachingFile.Web.Setup;

/// <summary>
/// The one-time token that proves the person on /Setup can read the data root: written to
/// {Storage:Root}/setup-token, readable by the service account only, deleted once an admin exists.
/// </summary>
public sealed class SetupTokenFile(IOptions<StorageOptions> storage)
{
    public const string FileName = "setup-token";

    public string Path => System.IO.Path.Combine(storage.Value.Root, FileName);

    /// <summary>Writes a fresh random token, replacing any earlier one.</summary>
    public async Task WriteNewTokenAsync(CancellationToken cancellationToken)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        Directory.CreateDirectory(storage.Value.Root);
        File.Delete(Path);

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stream = new FileStream(Path, options);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(token + "\n"), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Compares the entered token with the file in constant time; false when there is no file.</summary>
    public async Task<bool> VerifyAsync(string? enteredToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(enteredToken) || !File.Exists(Path))
        {
            return false;
        }

        var expected = (await File.ReadAllTextAsync(Path, cancellationToken).ConfigureAwait(false)).Trim();
        return expected.Length > 0 && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(enteredToken.Trim()));
    }

    public void Delete() => File.Delete(Path);
}
