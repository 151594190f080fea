using System.Security.Cryptography;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

public sealed class DescriptorCleanerTests
{
    private readonly DescriptorCleaner _cleaner = new(DescriptorVocabulary.Words);

    [Fact]
    public void Imaging_description_survives_unchanged()
    {
        Assert.Equal("CT CHEST W/O CONTRAST AXIAL 5MM", _cleaner.Clean("CT CHEST W/O CONTRAST AXIAL 5MM"));
    }

    [Fact]
    public void Random_markers_injected_anywhere_are_dropped()
    {
        var words = "CT CHEST W/O CONTRAST AXIAL 5MM".Split(' ');
        for (var round = 0; round < 200; round++)
        {
            var marker = RandomMarker();
            var position = RandomNumberGenerator.GetInt32(words.Length + 1);
            var text = string.Join(' ', words[..position].Append(marker).Concat(words[position..]));

            var cleaned = _cleaner.Clean(text);

            Assert.DoesNotContain(marker.ToUpperInvariant(), cleaned, StringComparison.Ordinal);
            Assert.Equal("CT CHEST W/O CONTRAST AXIAL 5MM", cleaned);
        }
    }

    [Theory]
    [InlineData("Brain MRI for John Smith 12/03/2023", "BRAIN MRI")]
    [InlineData("MRN 123456789 CT ABD/PELVIS", "CT ABD/PELVIS")]
    [InlineData("T1 FLAIR DWI ADC 3D SAG", "T1 FLAIR DWI ADC 3D SAG")]
    [InlineData("Acc#A1234567 CHEST PA/LAT", "CHEST PA/LAT")]
    [InlineData("Smith^John", "")]
    [InlineData("CT HEAD 120KV 0.625MM B1000", "CT HEAD 120KV 0.625MM B1000")]
    [InlineData("20230312 101530", "")]
    [InlineData("chest/Smith", "CHEST")]
    [InlineData("SERIES 2", "SERIES 2")]
    [InlineData("SERIES 22", "SERIES")]
    public void Clean_keeps_only_vocabulary_and_measurements(string text, string expected)
    {
        Assert.Equal(expected, _cleaner.Clean(text));
    }

    [Fact]
    public void Multiple_values_are_cleaned_separately()
    {
        Assert.Equal("AXIAL\\CORONAL", _cleaner.Clean("AXIAL Smith\\CORONAL"));
    }

    [Fact]
    public void Additional_words_extend_the_vocabulary()
    {
        var cleaner = new DescriptorCleaner(DescriptorVocabulary.With(["glioma-protocol"]));

        Assert.Equal("MR GLIOMA-PROTOCOL", cleaner.Clean("MR glioma-protocol"));
    }

    [Fact]
    public void Vocabulary_is_large_without_single_letters()
    {
        Assert.InRange(DescriptorVocabulary.Words.Count, 500, 5000);
        Assert.DoesNotContain(DescriptorVocabulary.Words, word => word.Length == 1);
    }

    /// <summary>Returns "QZ" and random letters and digits, punctuation included in the middle: no
    /// vocabulary word starts with QZ, so no part of the marker may survive.</summary>
    private static string RandomMarker()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var length = RandomNumberGenerator.GetInt32(4, 16);
        var chars = new char[length];
        chars[0] = 'Q';
        chars[1] = 'Z';
        for (var i = 2; i < length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return new string(chars);
    }
}
