using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Storage;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Core.Ingest;

/// <summary>
/// Creates de-identifiers keyed with the site secret and configured by <see cref="DeidentificationSettings"/>.
/// A <see cref="Deidentifier"/> is not thread-safe, so each stored instance gets its own.
/// </summary>
public sealed class DeidentifierFactory(SiteSecret siteSecret, IOptionsMonitor<DeidentificationSettings> settings)
{
    public async Task<Deidentifier> CreateAsync(CancellationToken cancellationToken)
    {
        var key = await siteSecret.GetKeyAsync(cancellationToken).ConfigureAwait(false);
        return new Deidentifier(key, ToOptions(settings.CurrentValue));
    }

    public static DeidentificationOptions ToOptions(DeidentificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new DeidentificationOptions
        {
            RetainLongitudinalTemporalInformationWithModifiedDates = settings.RetainLongitudinalTemporalInformationWithModifiedDates,
            RetainPatientCharacteristics = settings.RetainPatientCharacteristics,
            CleanDescriptors = settings.CleanDescriptors,
        };
    }
}
