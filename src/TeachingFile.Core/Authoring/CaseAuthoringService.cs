using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Data;
using TeachingFile.Core.Search;

namespace TeachingFile.Core.Authoring;

/// <summary>
/// Every change an author makes to a case: text, pixel review, publish, unpublish and claiming an
/// inbox case. Only the owner or an administrator may change a case; anyone else gets NotFound.
/// </summary>
public sealed class CaseAuthoringService(
    TeachingFileDbContext db,
    ICaseIndex index,
    TimeProvider clock,
    ILogger<CaseAuthoringService> logger)
{
    /// <summary>Lists the author's own drafts, most recently changed first.</summary>
    public Task<List<DraftSummary>> ListDraftsAsync(CaseAuthor author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        return ListAsync(c => c.OwnerId == author.UserId && c.Status == CaseStatus.Draft, cancellationToken);
    }

    /// <summary>Lists the author's published cases, most recently changed first.</summary>
    public Task<List<DraftSummary>> ListPublishedAsync(CaseAuthor author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        return ListAsync(c => c.OwnerId == author.UserId && c.Status == CaseStatus.Published, cancellationToken);
    }

    /// <summary>Lists drafts that no author owns yet (sent from a node without an owner).</summary>
    public Task<List<DraftSummary>> ListInboxAsync(CancellationToken cancellationToken) =>
        ListAsync(c => c.OwnerId == null && c.Status == CaseStatus.Draft, cancellationToken);

    /// <summary>Loads a case with its tags for editing, or null when it is missing or not the author's.</summary>
    public async Task<TeachingCase?> FindEditableAsync(
        int caseId, CaseAuthor author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        var teachingCase = await db.Cases
            .Include(c => c.Tags)
            .FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            .ConfigureAwait(false);
        return teachingCase is not null && CanEdit(teachingCase, author) ? teachingCase : null;
    }

    /// <summary>
    /// Replaces the Markdown sections. <paramref name="expectedUpdatedAt"/>, when given, is the
    /// <see cref="TeachingCase.UpdatedAt"/> the author loaded; a newer value means someone else saved
    /// in between, and the update is rejected instead of overwriting their text.
    /// </summary>
    public async Task<AuthoringResult> UpdateTextAsync(
        int caseId,
        CaseText text,
        CaseAuthor author,
        DateTimeOffset? expectedUpdatedAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var invalid = AuthoringRules.CheckText(text);
        if (invalid is not null)
        {
            return invalid;
        }

        var teachingCase = await FindEditableAsync(caseId, author, cancellationToken).ConfigureAwait(false);
        if (teachingCase is null)
        {
            return AuthoringResult.NotFound;
        }

        if (expectedUpdatedAt is { } expected && expected.UtcTicks != teachingCase.UpdatedAt.UtcTicks)
        {
            return AuthoringResult.Conflict(
                "Someone saved this case after you opened it. Reload the page to see their changes, " +
                "then apply yours again.");
        }

        teachingCase.Title = text.Title.Trim();
        teachingCase.History = text.History;
        teachingCase.Findings = text.Findings;
        teachingCase.Diagnosis = text.Diagnosis;
        teachingCase.Discussion = text.Discussion;
        var saved = await SaveAsync(teachingCase, cancellationToken).ConfigureAwait(false);
        if (saved.Succeeded && teachingCase.Status == CaseStatus.Published)
        {
            // A published case's text is searchable, so the index gets the new text at once.
            await index.IndexAsync(CaseSearchDocumentFactory.Create(teachingCase), cancellationToken)
                .ConfigureAwait(false);
        }

        return saved;
    }

    /// <summary>Records that the author checked every flagged image for burned-in patient data.</summary>
    public async Task<AuthoringResult> ConfirmPixelReviewAsync(
        int caseId, CaseAuthor author, CancellationToken cancellationToken)
    {
        var teachingCase = await FindEditableAsync(caseId, author, cancellationToken).ConfigureAwait(false);
        if (teachingCase is null)
        {
            return AuthoringResult.NotFound;
        }

        teachingCase.PixelReviewConfirmedAt = clock.GetUtcNow();
        teachingCase.PixelReviewConfirmedBy = author.UserId;
        AuthoringLog.PixelReviewConfirmed(logger, caseId, author.UserId);
        return await SaveAsync(teachingCase, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes a draft and adds it to the search index.</summary>
    public async Task<AuthoringResult> PublishAsync(int caseId, CaseAuthor author, CancellationToken cancellationToken)
    {
        var teachingCase = await FindEditableAsync(caseId, author, cancellationToken).ConfigureAwait(false);
        if (teachingCase is null)
        {
            return AuthoringResult.NotFound;
        }

        var invalid = AuthoringRules.CheckPublishable(teachingCase);
        if (invalid is not null)
        {
            return invalid;
        }

        teachingCase.Status = CaseStatus.Published;
        teachingCase.PublishedAt = clock.GetUtcNow();
        var saved = await SaveAsync(teachingCase, cancellationToken).ConfigureAwait(false);
        if (!saved.Succeeded)
        {
            return saved;
        }

        AuthoringLog.Published(logger, caseId, author.UserId);
        await index.IndexAsync(CaseSearchDocumentFactory.Create(teachingCase), cancellationToken)
            .ConfigureAwait(false);
        return saved;
    }

    /// <summary>Returns a published case to draft and removes it from the search index.</summary>
    public async Task<AuthoringResult> UnpublishAsync(
        int caseId, CaseAuthor author, CancellationToken cancellationToken)
    {
        var teachingCase = await FindEditableAsync(caseId, author, cancellationToken).ConfigureAwait(false);
        if (teachingCase is null)
        {
            return AuthoringResult.NotFound;
        }

        if (teachingCase.Status != CaseStatus.Published)
        {
            return AuthoringResult.Invalid("The case is a draft already.");
        }

        teachingCase.Status = CaseStatus.Draft;
        teachingCase.PublishedAt = null;
        var saved = await SaveAsync(teachingCase, cancellationToken).ConfigureAwait(false);
        if (saved.Succeeded)
        {
            AuthoringLog.Unpublished(logger, caseId, author.UserId);
            await index.RemoveAsync(caseId, cancellationToken).ConfigureAwait(false);
        }

        return saved;
    }

    /// <summary>Makes the author the owner of an unassigned inbox draft.</summary>
    public async Task<AuthoringResult> ClaimAsync(int caseId, CaseAuthor author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        var teachingCase = await db.Cases
            .FirstOrDefaultAsync(c => c.Id == caseId && c.Status == CaseStatus.Draft, cancellationToken)
            .ConfigureAwait(false);
        if (teachingCase is null)
        {
            return AuthoringResult.NotFound;
        }

        if (teachingCase.OwnerId is not null)
        {
            return teachingCase.OwnerId == author.UserId
                ? AuthoringResult.Ok
                : AuthoringResult.Conflict("Another author claimed this case first.");
        }

        teachingCase.OwnerId = author.UserId;
        AuthoringLog.Claimed(logger, caseId, author.UserId);
        return await SaveAsync(teachingCase, cancellationToken).ConfigureAwait(false);
    }

    private static bool CanEdit(TeachingCase teachingCase, CaseAuthor author) =>
        author.IsAdmin || (teachingCase.OwnerId is not null && teachingCase.OwnerId == author.UserId);

    private async Task<AuthoringResult> SaveAsync(TeachingCase teachingCase, CancellationToken cancellationToken)
    {
        teachingCase.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return AuthoringResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return AuthoringResult.Conflict("Someone else changed this case at the same time. Reload and try again.");
        }
    }

    private Task<List<DraftSummary>> ListAsync(
        System.Linq.Expressions.Expression<Func<TeachingCase, bool>> filter,
        CancellationToken cancellationToken) =>
        db.Cases
            .AsNoTracking()
            .Where(filter)
            .OrderByDescending(c => c.UpdatedAt)
            .Select(c => new DraftSummary(
                c.Id,
                c.Title,
                c.Status,
                c.SourceAeTitle,
                c.Studies.Count,
                c.PixelReviewRequired && c.PixelReviewConfirmedAt == null,
                c.CreatedAt,
                c.UpdatedAt))
            .ToListAsync(cancellationToken);
}
