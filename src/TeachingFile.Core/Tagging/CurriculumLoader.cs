using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TeachingFile.Core.Tagging;

/// <summary>Parses and checks content/curriculum.yaml.</summary>
public static class CurriculumLoader
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public static async Task<Curriculum> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Curriculum file '{path}' not found; set Content:Root to the folder holding curriculum.yaml.", path);
        }

        var yaml = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(yaml, path);
    }

    /// <summary>Parses the YAML; throws <see cref="InvalidDataException"/> naming the source and the bad entry.</summary>
    public static Curriculum Parse(string yaml, string sourceName)
    {
        var document = Deserialize(yaml, sourceName);
        var ids = document.Subspecialties.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var rules = (document.DicomMapping?.Rules ?? [])
            .Select((rule, index) => BuildRule(rule, index, ids, sourceName))
            .ToList();
        var ageRule = document.DicomMapping?.AgeRule;
        CheckId(ageRule?.AddSecondary, ids, sourceName, "age_rule");
        var keywords = document.BodyPartKeywords.ToDictionary(
            pair => pair.Key.ToUpperInvariant(),
            pair => (IReadOnlyList<Regex>)pair.Value.Select(p => Compile(p, sourceName, pair.Key)).ToList(),
            StringComparer.Ordinal);
        return new Curriculum(document.Subspecialties, rules, ageRule?.IfPatientAgeYearsBelow, ageRule?.AddSecondary, keywords);
    }

    private static CurriculumDocument Deserialize(string yaml, string sourceName)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        try
        {
            return deserializer.Deserialize<CurriculumDocument?>(yaml)
                ?? throw new InvalidDataException($"Curriculum file '{sourceName}' is empty.");
        }
        catch (YamlException exception)
        {
            throw new InvalidDataException(
                $"Curriculum file '{sourceName}' is not valid YAML at line {exception.Start.Line}: {exception.Message}", exception);
        }
    }

    private static CurriculumRule BuildRule(CurriculumRuleDocument rule, int index, HashSet<string> ids, string sourceName)
    {
        var where = $"dicom_mapping rule {index + 1}";
        var secondary = (rule.Secondary ?? []).Append(rule.AddSecondary).OfType<string>().ToList();
        CheckId(rule.Primary, ids, sourceName, where);
        secondary.ForEach(id => CheckId(id, ids, sourceName, where));
        return new CurriculumRule(
            ToUpperSet(rule.Modality),
            ToUpperSet(rule.BodyPart),
            rule.DescriptionRegex is null ? null : Compile(rule.DescriptionRegex, sourceName, where),
            rule.Primary,
            secondary);
    }

    private static HashSet<string> ToUpperSet(List<string>? values) =>
        (values ?? []).Select(v => v.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    private static void CheckId(string? id, HashSet<string> ids, string sourceName, string where)
    {
        if (id is not null && !ids.Contains(id))
        {
            throw new InvalidDataException(
                $"Curriculum file '{sourceName}', {where}: subspecialty '{id}' is not defined under subspecialties.");
        }
    }

    private static Regex Compile(string pattern, string sourceName, string where)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidDataException(
                $"Curriculum file '{sourceName}', {where}: invalid regex '{pattern}': {exception.Message}", exception);
        }
    }
}
