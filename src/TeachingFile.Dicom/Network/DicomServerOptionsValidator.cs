using System.Net;
using Microsoft.Extensions.Options;

namespace TeachingFile.Dicom.Network;

/// <summary>Validates <see cref="DicomServerOptions"/>; <see cref="DicomServer"/> runs it on construction.</summary>
public sealed class DicomServerOptionsValidator : IValidateOptions<DicomServerOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, DicomServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (AeTitleRules.Check(options.AeTitle) is { } aeProblem)
        {
            failures.Add("AeTitle: " + aeProblem);
        }

        if (options.Port is < 0 or > 65535)
        {
            failures.Add(Invariant($"Port {options.Port} is invalid; expected 0 (any free port) to 65535."));
        }

        if (!IPAddress.TryParse(options.BindAddress, out _))
        {
            failures.Add("BindAddress '" + options.BindAddress + "' is not an IP address; expected e.g. 127.0.0.1 or ::1.");
        }

        if (options.MaxPduLength < 4096)
        {
            failures.Add(Invariant($"MaxPduLength {options.MaxPduLength} is too small; expected at least 4096 bytes."));
        }

        if (options.AssociationRequestTimeout <= TimeSpan.Zero || options.ArtimTimeout <= TimeSpan.Zero
            || options.IdleTimeout <= TimeSpan.Zero || options.SendTimeout <= TimeSpan.Zero
            || options.StopTimeout < TimeSpan.Zero)
        {
            failures.Add(
                "AssociationRequestTimeout, ArtimTimeout, IdleTimeout and SendTimeout must be positive and StopTimeout must not be negative.");
        }

        if (options.MaxAssociations < 1)
        {
            failures.Add(Invariant($"MaxAssociations {options.MaxAssociations} is invalid; expected at least 1."));
        }

        if (options.MaxPendingConnections < 1)
        {
            failures.Add(Invariant($"MaxPendingConnections {options.MaxPendingConnections} is invalid; expected at least 1."));
        }

        if (options.MinFreeDiskBytes < 0)
        {
            failures.Add(Invariant($"MinFreeDiskBytes {options.MinFreeDiskBytes} is invalid; expected 0 (no check) or a byte count."));
        }

        if (options.MaxDataSetBytes < 1)
        {
            failures.Add(Invariant($"MaxDataSetBytes {options.MaxDataSetBytes} is invalid; expected a positive byte count."));
        }

        if (options.MaxDiscardedBytes < 0)
        {
            failures.Add(Invariant(
                $"MaxDiscardedBytes {options.MaxDiscardedBytes} is invalid; expected 0 (abort at MaxDataSetBytes) or a byte count."));
        }

        if (options.SpoolMemoryBytes is < 0 or > MaxSpoolMemoryBytes)
        {
            failures.Add(Invariant(
                $"SpoolMemoryBytes {options.SpoolMemoryBytes} is invalid; expected 0 (always a file) to {MaxSpoolMemoryBytes}."));
        }

        if (string.IsNullOrWhiteSpace(options.SpoolDirectory))
        {
            failures.Add("SpoolDirectory is empty; expected a writable directory path.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>256 MiB: past this a spool file costs little next to the transfer itself.</summary>
    private const int MaxSpoolMemoryBytes = 256 * 1024 * 1024;

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
