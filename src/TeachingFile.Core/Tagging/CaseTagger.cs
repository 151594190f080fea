using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Data;

namespace TeachingFile.Core.Tagging;

/// <summary>
/// Replaces a case's automatic tags with ones computed from its rows (author tags are kept) and
/// refreshes the case's age group and sex. Runs after each association and on demand.
/// </summary>
public sealed partial class CaseTagger(
    TeachingFileDbContext db, CurriculumProvider curriculumProvider, TimeProvider timeProvider, ILogger<CaseTagger> logger)
{
    // Two associations that touched one case both tag it when they close. Run side by side, both
    // would insert the same new tags, so one process-wide gate serializes tagging, which is short.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Re-tags each case; a case that fails is logged and skipped so the others still get tags.</summary>
    public async Task TagAsync(IEnumerable<int> caseIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        foreach (var caseId in caseIds.Distinct())
        {
            try
            {
                await TagAsync(caseId, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception)
            {
                LogCaseTaggingFailed(exception, caseId);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Re-tags one case; returns false when no case has that id.</summary>
    public async Task<bool> TagAsync(int caseId, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await TagOneAsync(caseId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<bool> TagOneAsync(int caseId, CancellationToken cancellationToken)
    {
        var curriculum = await curriculumProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        var teachingCase = await db.Cases
            .Include(c => c.Tags)
            .Include(c => c.Studies).ThenInclude(s => s.Series)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false);
        if (teachingCase is null)
        {
            return false;
        }

        var computed = CaseTagRules.Compute(teachingCase, curriculum);
        ApplyTags(teachingCase, computed);
        var facts = CaseTagRules.GatherFacts(teachingCase, curriculum);
        teachingCase.AgeGroup = AgeGroups.FromAgeDays(facts.PatientAgeDays);
        teachingCase.PatientSex = CaseTagRules.FindSex(teachingCase);
        teachingCase.UpdatedAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogCaseTagged(caseId, computed.Count);
        return true;
    }

    // Keeps automatic tags that still apply, removes the others and adds the new ones, so that
    // re-tagging an unchanged case writes nothing. An author tag with the same value wins.
    private void ApplyTags(TeachingCase teachingCase, IReadOnlyList<(TagKind Kind, string Value)> computed)
    {
        var wanted = computed.ToHashSet();
        var stale = teachingCase.Tags.Where(t => t.IsAutomatic && !wanted.Contains((t.Kind, t.Value))).ToList();
        db.CaseTags.RemoveRange(stale);
        stale.ForEach(t => teachingCase.Tags.Remove(t));

        var present = teachingCase.Tags.Select(t => (t.Kind, t.Value)).ToHashSet();
        foreach (var (kind, value) in wanted.Where(tag => !present.Contains(tag)))
        {
            teachingCase.Tags.Add(new CaseTag { CaseId = teachingCase.Id, Kind = kind, Value = value, IsAutomatic = true });
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Case {CaseId} tagged with {Count} automatic tags")]
    private partial void LogCaseTagged(int caseId, int count);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Tagging case {CaseId} failed; its tags stay as they were")]
    private partial void LogCaseTaggingFailed(Exception exception, int caseId);
}
