namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// Applies the PS3.15 Annex E Basic Application Level Confidentiality Profile, with the options of
/// <see cref="DeidentificationOptions"/>, to a data set in place, at every nesting depth. UIDs, the
/// patient pseudonym and the date shift are keyed with HMAC-SHA256 under the site key, so re-sent and
/// follow-up instances map to the same values and nothing of the original needs storing.
/// </summary>
/// <remarks>
/// Not thread-safe: an instance reuses one HMAC and a UID cache. Create one per worker; construction
/// resolves the action table once and is cheap.
/// </remarks>
public sealed class Deidentifier : IDisposable
{
    /// <summary>Minimum length of the site key in bytes.</summary>
    public const int MinimumSiteKeyLength = 16;

    private readonly KeyedHasher _hasher;
    private readonly HashSet<(string Creator, ushort Group, byte Element)> _safePrivate;
    private readonly AnnexEOptions _options;
    private readonly int _minimumShift;
    private readonly int _maximumShift;

    /// <summary>Creates a de-identifier for one site key.</summary>
    /// <param name="siteKey">The site secret (at least 16 bytes) that keys every pseudonym.</param>
    /// <param name="options">The options; the defaults of <see cref="DeidentificationOptions"/> when null.</param>
    /// <exception cref="ArgumentException">The key is too short or an option is invalid.</exception>
    public Deidentifier(byte[] siteKey, DeidentificationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(siteKey);
        if (siteKey.Length < MinimumSiteKeyLength)
        {
            throw new ArgumentException(
                $"The site key has {siteKey.Length} bytes; use a random key of at least {MinimumSiteKeyLength}.",
                nameof(siteKey));
        }

        options ??= new DeidentificationOptions();
        options.Validate();
        _options = options.ToAnnexEOptions();
        _minimumShift = options.MinimumDateShiftDays;
        _maximumShift = options.MaximumDateShiftDays;
        _hasher = new KeyedHasher(siteKey);
        Uids = new UidReplacer(_hasher);
        Cleaner = new DescriptorCleaner(options.AdditionalDescriptorWords.Count == 0
            ? DescriptorVocabulary.Words
            : DescriptorVocabulary.With(options.AdditionalDescriptorWords));
        ResolvedRules = AnnexEActionResolver.ResolveAll(_options);
        PrivateRule = AnnexEActionResolver.Resolve(AnnexETable.PrivateAttributes, _options);
        _safePrivate = [];
        foreach (var safe in options.SafePrivateAttributes)
        {
            _safePrivate.Add((safe.PrivateCreator.Trim(), safe.Group, safe.ElementOffset));
        }
    }

    internal ResolvedRule[] ResolvedRules { get; }

    internal ResolvedRule PrivateRule { get; }

    internal UidReplacer Uids { get; }

    internal DescriptorCleaner Cleaner { get; }

    internal bool RetainsUids => (_options & AnnexEOptions.RetainUids) != 0;

    internal bool ShiftsDates => (_options & AnnexEOptions.RetainLongitudinalModifiedDates) != 0;

    internal bool KeepsDates => (_options & AnnexEOptions.RetainLongitudinalFullDates) != 0;

    /// <summary>De-identifies <paramref name="dataset"/> in place and records the method used in it.</summary>
    /// <param name="dataset">The top-level data set of one instance (without File Meta Information).</param>
    /// <returns>The patient pseudonym, date shift, burned-in annotation risk and action counts.</returns>
    public DeidentificationResult Deidentify(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var burnedIn = BurnedInAnnotationRule.IsAtRisk(dataset);
        var identity = PatientPseudonym.IdentityOf(
            AsciiValues.ReadText(dataset, DicomTags.PatientID),
            AsciiValues.ReadText(dataset, DicomTags.IssuerOfPatientID),
            AsciiValues.ReadText(dataset, DicomTags.StudyInstanceUID));
        var patient = PatientPseudonym.Derive(_hasher, identity, _minimumShift, _maximumShift);

        var run = new DeidentificationRun(this, patient);
        run.Run(dataset);
        DeidentificationMethodWriter.Write(dataset, _options);

        return new DeidentificationResult
        {
            PatientKey = patient.PatientKey,
            DateShiftDays = ShiftsDates ? patient.DateShiftDays : 0,
            BurnedInAnnotationRisk = burnedIn,
            Counts = run.Counts,
        };
    }

    /// <summary>Returns the replacement of one UID as <see cref="Deidentify"/> writes it (for references
    /// held outside a data set); well-known UIDs come back unchanged.</summary>
    public string ReplaceUid(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return RetainsUids ? uid : Uids.Replace(uid.Trim());
    }

    /// <summary>Releases the HMAC.</summary>
    public void Dispose() => _hasher.Dispose();

    internal bool IsSafePrivate(string creator, ushort group, byte element) =>
        _safePrivate.Contains((creator, group, element));
}
