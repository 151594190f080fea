using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Tagging;
using TeachingFile.Core.Tests.Infrastructure;

namespace TeachingFile.Core.Tests.Tagging;

public sealed class CaseTaggerTests
{
    [Fact]
    public async Task Ct_chest_gets_modality_body_part_and_topic()
    {
        await using var host = await CoreTestHost.StartAsync();
        var caseId = await AddCaseAsync(host, "045Y", "F", new Series { Modality = "CT", BodyPartExamined = "CHEST" });

        var tags = await TagAsync(host, caseId);

        Assert.Contains((TagKind.Modality, "CT"), tags);
        Assert.Contains((TagKind.BodyPart, "CHEST"), tags);
        Assert.Contains((TagKind.Topic, "thoracic"), tags);
        Assert.Contains((TagKind.AgeGroup, "adult"), tags);
        Assert.Contains((TagKind.Sex, "F"), tags);
    }

    [Fact]
    public async Task Body_part_falls_back_to_region_and_description()
    {
        await using var host = await CoreTestHost.StartAsync();
        var caseId = await AddCaseAsync(host, null, null,
            new Series { Modality = "MR", AnatomicRegionMeaning = "Knee" },
            new Series { Modality = "CT", SeriesDescription = "Axial brain without contrast" });

        var tags = await TagAsync(host, caseId);

        Assert.Contains((TagKind.BodyPart, "KNEE"), tags);
        Assert.Contains((TagKind.BodyPart, "HEAD"), tags);
        Assert.Contains((TagKind.Topic, "msk"), tags);
        Assert.Contains((TagKind.Topic, "neuro"), tags);
    }

    [Fact]
    public async Task Child_gets_the_pediatric_topic_and_age_group()
    {
        await using var host = await CoreTestHost.StartAsync();
        var caseId = await AddCaseAsync(host, "006Y", "M", new Series { Modality = "DX", BodyPartExamined = "CHEST" });

        var tags = await TagAsync(host, caseId);
        var teachingCase = await host.WithDbAsync(db => db.Cases.SingleAsync(c => c.Id == caseId));

        Assert.Contains((TagKind.Topic, "pediatric"), tags);
        Assert.Contains((TagKind.AgeGroup, "child"), tags);
        Assert.Equal("child", teachingCase.AgeGroup);
        Assert.Equal("M", teachingCase.PatientSex);
    }

    [Fact]
    public async Task Retagging_replaces_automatic_tags_and_keeps_author_tags()
    {
        await using var host = await CoreTestHost.StartAsync();
        var caseId = await AddCaseAsync(host, null, null, new Series { Modality = "CT", BodyPartExamined = "CHEST" });
        await TagAsync(host, caseId);
        await host.WithDbAsync(async db =>
        {
            db.CaseTags.Add(new CaseTag { CaseId = caseId, Kind = TagKind.Topic, Value = "thoracic.ild" });
            var series = await db.Series.SingleAsync();
            series.Modality = "MR";
            return await db.SaveChangesAsync();
        });

        var tags = await TagAsync(host, caseId);

        Assert.Contains((TagKind.Modality, "MR"), tags);
        Assert.DoesNotContain((TagKind.Modality, "CT"), tags);
        Assert.Contains((TagKind.Topic, "thoracic.ild"), tags);
        Assert.Single(tags, tag => tag == (TagKind.Topic, "thoracic"));
    }

    [Fact]
    public async Task Concurrent_tagging_of_one_case_succeeds()
    {
        await using var host = await CoreTestHost.StartAsync();
        var caseId = await AddCaseAsync(host, "045Y", "F", new Series { Modality = "CT", BodyPartExamined = "CHEST" });

        // Two associations that touched the same case tag it when each closes, possibly at once.
        var runs = Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CaseTagger>().TagAsync([caseId], CancellationToken.None);
        });
        await Task.WhenAll(runs);
        var tags = await host.WithDbAsync(db => db.CaseTags.Where(t => t.CaseId == caseId)
            .Select(t => new ValueTuple<TagKind, string>(t.Kind, t.Value)).ToListAsync());

        Assert.Single(tags, tag => tag == (TagKind.Modality, "CT"));
        Assert.Equal(tags.Count, tags.Distinct().Count());
    }

    [Fact]
    public async Task Unknown_case_id_returns_false()
    {
        await using var host = await CoreTestHost.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();

        var tagged = await scope.ServiceProvider.GetRequiredService<CaseTagger>().TagAsync(4711, CancellationToken.None);

        Assert.False(tagged);
    }

    private static async Task<int> AddCaseAsync(CoreTestHost host, string? age, string? sex, params Series[] series)
    {
        var uid = 1;
        foreach (var item in series)
        {
            item.SeriesInstanceUid = "2.25." + uid++;
        }

        return await host.WithDbAsync(async db =>
        {
            var teachingCase = new TeachingCase
            {
                Studies = [new Study { StudyInstanceUid = "2.25.99", PatientAge = age, PatientSex = sex, Series = [.. series] }],
            };
            db.Cases.Add(teachingCase);
            await db.SaveChangesAsync();
            return teachingCase.Id;
        });
    }

    private static async Task<List<(TagKind, string)>> TagAsync(CoreTestHost host, int caseId)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<CaseTagger>().TagAsync(caseId, CancellationToken.None));
        }

        return await host.WithDbAsync(db => db.CaseTags.Where(t => t.CaseId == caseId)
            .Select(t => new ValueTuple<TagKind, string>(t.Kind, t.Value)).ToListAsync());
    }
}
