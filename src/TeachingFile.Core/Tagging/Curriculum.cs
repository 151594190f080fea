using System.Text.RegularExpressions;

namespace TeachingFile.Core.Tagging;

/// <summary>
/// The loaded curriculum: subspecialties and topics, the rules that suggest subspecialties for a
/// study, and the body-part vocabulary used to normalize Body Part Examined, Anatomic Region and
/// descriptions.
/// </summary>
public sealed class Curriculum(
    IReadOnlyList<CurriculumSubspecialty> subspecialties,
    IReadOnlyList<CurriculumRule> rules,
    int? pediatricAgeYears,
    string? pediatricSubspecialty,
    IReadOnlyDictionary<string, IReadOnlyList<Regex>> bodyPartKeywords)
{
    public IReadOnlyList<CurriculumSubspecialty> Subspecialties { get; } = subspecialties;

    public IReadOnlyList<CurriculumRule> Rules { get; } = rules;

    /// <summary>Patients younger than this many years also get <see cref="PediatricSubspecialty"/>.</summary>
    public int? PediatricAgeYears { get; } = pediatricAgeYears;

    public string? PediatricSubspecialty { get; } = pediatricSubspecialty;

    public IReadOnlyDictionary<string, IReadOnlyList<Regex>> BodyPartKeywords { get; } = bodyPartKeywords;

    /// <summary>Every body-part term the rules or keyword lists name.</summary>
    public IReadOnlySet<string> KnownBodyParts { get; } =
        rules.SelectMany(r => r.BodyParts).Concat(bodyPartKeywords.Keys).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Returns the suggested subspecialty ids: the first matching rule's primary first, then every
    /// other match's primary and secondaries, then the pediatric one by age.
    /// </summary>
    public IReadOnlyList<string> SuggestSubspecialties(CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var result = new List<string>();
        foreach (var rule in Rules.Where(r => r.Matches(facts)))
        {
            AddDistinct(result, rule.Primary);
            rule.Secondary.ToList().ForEach(id => AddDistinct(result, id));
        }

        if (PediatricAgeYears is { } years && facts.PatientAgeDays < years * AgeGroups.DaysPerYear)
        {
            AddDistinct(result, PediatricSubspecialty);
        }

        return result;
    }

    /// <summary>Returns the body-part terms whose keyword patterns match the text.</summary>
    public IEnumerable<string> MatchBodyPartKeywords(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : BodyPartKeywords.Where(pair => pair.Value.Any(p => p.IsMatch(text))).Select(pair => pair.Key);

    private static void AddDistinct(List<string> list, string? id)
    {
        if (id is not null && !list.Contains(id, StringComparer.Ordinal))
        {
            list.Add(id);
        }
    }
}
