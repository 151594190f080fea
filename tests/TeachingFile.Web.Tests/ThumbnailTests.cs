using System.Net;
using TeachingFile.Core.Demo;
using TeachingFile.Core.Identity;
using TeachingFile.Dicom;
using TeachingFile.Web.Tests.Infrastructure;

namespace TeachingFile.Web.Tests;

public sealed class ThumbnailTests(TeachingFileFactory factory) : IClassFixture<TeachingFileFactory>
{
    [Fact]
    public async Task Thumbnail_of_uncompressed_image_is_png()
    {
        var (client, user) = await factory.SignInNewUserAsync("thumb-author@example.org", Roles.Faculty);
        var relativePath = "thumbs/radiograph.dcm";
        var path = Path.Combine(factory.StorageRoot, "dicom", "thumbs", "radiograph.dcm");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var dataset = SyntheticStudyGenerator.CreateChestRadiograph().Instances[0];
        await using (var file = new DicomFile(dataset, TransferSyntax.ExplicitVRLittleEndian))
        {
            await file.SaveAsync(path, CancellationToken.None);
        }

        var caseId = await TestCases.AddDraftAsync(factory, user.Id, "Radiograph", relativePath: relativePath);
        var instanceId = await factory.WithDbAsync(db => Task.FromResult(
            db.Instances.Where(i => i.Series!.Study!.CaseId == caseId).Select(i => i.Id).Single()));

        var details = await (await client.GetAsync($"/Cases/Details/{caseId}")).Content.ReadAsStringAsync();
        var response = await client.GetAsync($"/cases/{caseId}/thumbnail/{instanceId}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Contains($"/cases/{caseId}/thumbnail/{instanceId}", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(factory.StorageRoot, "thumbnails"), "*.png"));
    }

    [Fact]
    public async Task Thumbnail_of_another_authors_draft_is_not_found()
    {
        var owner = await factory.CreateUserAsync("thumb-owner@example.org", Roles.Faculty);
        var (other, _) = await factory.SignInNewUserAsync("thumb-other@example.org", Roles.Resident);
        var caseId = await TestCases.AddDraftAsync(factory, owner.Id, "Private draft");
        var instanceId = await factory.WithDbAsync(db => Task.FromResult(
            db.Instances.Where(i => i.Series!.Study!.CaseId == caseId).Select(i => i.Id).Single()));

        var response = await other.GetAsync($"/cases/{caseId}/thumbnail/{instanceId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
