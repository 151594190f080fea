using Microsoft.Extensions.Options;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// Validates <see cref="DeidentificationOptions"/> bound from configuration, so a host registering it
/// (with <c>ValidateOnStart</c>) fails at start rather than on the first instance.
/// </summary>
public sealed class DeidentificationOptionsValidator : IValidateOptions<DeidentificationOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DeidentificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }

        foreach (var safe in options.SafePrivateAttributes)
        {
            if (string.IsNullOrWhiteSpace(safe.PrivateCreator) || (safe.Group & 1) == 0)
            {
                return ValidateOptionsResult.Fail(
                    $"Safe private attribute ({safe.Group:X4},xx{safe.ElementOffset:X2}) of creator " +
                    $"'{safe.PrivateCreator}' is invalid; give a private creator and an odd group.");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
