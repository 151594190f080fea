using System.Collections.Frozen;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>The built-in imaging descriptor words, read once from the embedded DescriptorVocabulary.txt.</summary>
internal static class DescriptorVocabulary
{
    private const string ResourceName = "TeachingFile.Dicom.Deidentification.DescriptorVocabulary.txt";

    private static readonly Lazy<FrozenSet<string>> LazyWords = new(Load);

    /// <summary>The words, upper case.</summary>
    public static FrozenSet<string> Words => LazyWords.Value;

    /// <summary>Returns the built-in words together with <paramref name="additionalWords"/>, upper-cased.</summary>
    public static FrozenSet<string> With(IEnumerable<string> additionalWords)
    {
        var words = new HashSet<string>(Words, StringComparer.Ordinal);
        foreach (var word in additionalWords)
        {
            if (!string.IsNullOrWhiteSpace(word))
            {
                words.Add(word.Trim().ToUpperInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(DescriptorVocabulary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The embedded resource {ResourceName} is missing; check the EmbeddedResource item of the project.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                words.Add(word.ToUpperInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
