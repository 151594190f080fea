using TeachingFile.Core.Authoring;
using TeachingFile.Core.Cases;

namespace TeachingFile.Core.Tests.Authoring;

public sealed class CaseAuthoringServiceTests
{
    private static readonly CaseText SampleText = new(
        "Right lower lobe pneumonia", "Fever and cough.", "Consolidation.", "Pneumonia.", "Typical.");

    [Fact]
    public async Task Publish_rejects_a_draft_without_a_title()
    {
        await using var database = await AuthoringDatabase.CreateAsync();
        var draft = await database.AddCaseAsync(AuthoringDatabase.Alice, title: "  ");

        var result = await database.Service.PublishAsync(draft.Id, AuthoringDatabase.AliceAuthor, default);

        Assert.Equal(AuthoringStatus.Invalid, result.Status);
        Assert.Contains("title", result.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CaseStatus.Draft, (await database.ReloadAsync(draft.Id)).Status);
        Assert.Empty(database.Index.Documents);
    }

    [Fact]
    public async Task Publish_waits_for_pixel_review()
    {
        await using var database = await AuthoringDatabase.CreateAsync();
        var draft = await database.AddCaseAsync(AuthoringDatabase.Alice, "Title", pixelReview: true);

        var rejected = await database.Service.PublishAsync(draft.Id, AuthoringDatabase.AliceAuthor, default);
        var confirmed = await database.Service.ConfirmPixelReviewAsync(
            draft.Id, AuthoringDatabase.AliceAuthor, default);
        var published = await database.Service.PublishAsync(draft.Id, AuthoringDatabase.AliceAuthor, default);

        Assert.Equal(AuthoringStatus.Invalid, rejected.Status);
        Assert.Contains("Pixel review", rejected.Message, StringComparison.Ordinal);
        Assert.True(confirmed.Succeeded);
        Assert.True(published.Succeeded);
        var stored = await database.ReloadAsync(draft.Id);
        Assert.Equal(AuthoringDatabase.Alice, stored.PixelReviewConfirmedBy);
        Assert.NotNull(stored.PixelReviewConfirmedAt);
    }

    [Fact]
    public async Task Publish_indexes_text_and_tags()
    {
        await using var database = await AuthoringDatabase.CreateAsync();
        var draft = await database.AddCaseAsync(AuthoringDatabase.Alice, "Pneumonia");

        var result = await database.Service.PublishAsync(draft.Id, AuthoringDatabase.AliceAuthor, default);

        Assert.True(result.Succeeded);
        var stored = await database.ReloadAsync(draft.Id);
        Assert.Equal(CaseStatus.Published, stored.Status);
        Assert.NotNull(stored.PublishedAt);
        var document = database.Index.Documents[draft.Id];
        Assert.Equal("Pneumonia", document.Title);
        Assert.Equal("Consolidation in the right lower lobe.", document.Findings);
        Assert.Equal(["CR"], document.Modalities);
        Assert.Equal(["CHEST"], document.BodyParts);
        Assert.Equal(["chest.pneumonia"], document.Topics);
        Assert.Equal("adult", document.AgeGroup);
        Assert.Equal("F", document.PatientSex);
    }

    [Fact]
    public async Task Unpublish_removes_case_from_index()
    {
        await using var database = await AuthoringDatabase.CreateAsync();
        var draft = await database.AddCaseAsync(AuthoringDatabase.Alice, "Pneumonia");
        await database.Service.PublishAsync(draft.Id, AuthoringDatabase.AliceAuthor, default);

        var result = await database.Service.UnpublishAsync(draft.Id, AuthoringDatabase.AliceAuthor, default);

        Assert.True(result.Succeeded);
        var stored = await database.ReloadAsync(draft.Id);
        Assert.Equal(CaseStatus.Draft, stored.Status);
        Assert.Null(stored.PublishedAt);
        Assert.Empty(database.Index.Documents);
    }

    [Fact]
    public async Task Another_faculty_member_cannot_change_a_draft()
    {
        await using var database = await AuthoringDatabase.CreateAsync();
        var draft = await database.AddCaseAsync(AuthoringDatabase.Alice, "Alice's case");

        var update = await database.Service.UpdateTextAsync(
            draft.Id, SampleText, AuthoringDatabase.BobAuthor, null, default);
        var publish = await database.Service.PublishAsync(draft.Id, AuthoringDatabase.BobAuthor, default);
        var review = await database.Service.ConfirmPixelReviewAsync(draft.Id, AuthoringDatabase.BobAuthor, default);

        Assert.Equal(AuthoringStatus.NotFound, update.Status);
        Assert.Equal(AuthoringStatus.NotFound, publish.Status);
        Assert.Equal(AuthoringStatus.NotFound, review.Status);
        Assert.Equal("Alice's case", (await database.ReloadAsync(draft.Id)).Title);
    }

    [Fact]
    public async Task Admin_can_change_any_draft()
    {
        await using var database = await AuthoringDatabase.CreateAsync();
        var draft = await database.AddCaseAsync(AuthoringDatabase.Alice, "Alice's case");

        var update = await database.Service.UpdateTextAsync(
            draft.Id, SampleText, AuthoringDatabase.Admin, null, default);

        Assert.True(update.Succeeded);
        var stored = await database.ReloadAsync(draft.Id);
        Assert.Equal(SampleText.Title, stored.Title);
        Assert.Equal(SampleText.Discussion, stored.Discussion);
    }

    [Fact]
    public async Task UpdateText_rejects_a_stale_edit()
    {
        await using var database = await AuthoringDatabase.CreateAsync();
        var draft = await database.AddCaseAsync(AuthoringDatabase.Alice, "First");
        var loadedAt = (await database.ReloadAsync(draft.Id)).UpdatedAt;

        var first = await database.Service.UpdateTextAsync(
            draft.Id, SampleText, AuthoringDatabase.AliceAuthor, loadedAt, default);
        var second = await database.Service.UpdateTextAsync(
            draft.Id, SampleText with { Title = "Stale" }, AuthoringDatabase.AliceAuthor, loadedAt, default);

        Assert.True(first.Succeeded);
        Assert.Equal(AuthoringStatus.Conflict, second.Status);
        Assert.Equal(SampleText.Title, (await database.ReloadAsync(draft.Id)).Title);
    }

    [Fact]
    public async Task UpdateText_rejects_an_overlong_title()
    {
        await using var database = await AuthoringDatabase.CreateAsync();
        var draft = await database.AddCaseAsync(AuthoringDatabase.Alice, "First");

        var result = await database.Service.UpdateTextAsync(
            draft.Id, SampleText with { Title = new string('x', 201) }, AuthoringDatabase.AliceAuthor, null, default);

        Assert.Equal(AuthoringStatus.Invalid, result.Status);
        Assert.Contains("201", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_assigns_inbox_case_once()
    {
        await using var database = await AuthoringDatabase.CreateAsync();
        var inbox = await database.AddCaseAsync(ownerId: null);

        var inboxBefore = await database.Service.ListInboxAsync(default);
        var alice = await database.Service.ClaimAsync(inbox.Id, AuthoringDatabase.AliceAuthor, default);
        var bob = await database.Service.ClaimAsync(inbox.Id, AuthoringDatabase.BobAuthor, default);

        Assert.Single(inboxBefore);
        Assert.True(alice.Succeeded);
        Assert.Equal(AuthoringStatus.Conflict, bob.Status);
        Assert.Equal(AuthoringDatabase.Alice, (await database.ReloadAsync(inbox.Id)).OwnerId);
        Assert.Empty(await database.Service.ListInboxAsync(default));
    }

    [Fact]
    public async Task ListDrafts_returns_only_the_authors_drafts()
    {
        await using var database = await AuthoringDatabase.CreateAsync();
        var mine = await database.AddCaseAsync(AuthoringDatabase.Alice, "Mine");
        await database.AddCaseAsync(AuthoringDatabase.Bob, "Bob's");
        await database.AddCaseAsync(ownerId: null, "Inbox");

        var drafts = await database.Service.ListDraftsAsync(AuthoringDatabase.AliceAuthor, default);

        var only = Assert.Single(drafts);
        Assert.Equal(mine.Id, only.CaseId);
        Assert.Equal("Mine", only.Title);
    }
}
