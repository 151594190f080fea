using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Data;
using TeachingFile.Core.Imaging;
using TeachingFile.Core.Storage;
using TeachingFile.Web.Authorization;
using TeachingFile.Web.Pages.Cases;

namespace TeachingFile.Web.Cases;

/// <summary>
/// GET /cases/{caseId}/thumbnail/{instanceId}: a PNG of one instance, for readers allowed to see the
/// case. Images the renderer cannot draw (compressed, unusual pixel formats) get an SVG placeholder.
/// </summary>
internal static partial class ThumbnailEndpoints
{
    private const string NoPreviewSvg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"128\" height=\"128\" viewBox=\"0 0 128 128\">" +
        "<rect width=\"128\" height=\"128\" fill=\"#f5f7fa\"/>" +
        "<text x=\"64\" y=\"68\" font-size=\"11\" text-anchor=\"middle\" fill=\"#616e7c\">No preview</text></svg>";

    public static IEndpointRouteBuilder MapThumbnails(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cases/{caseId:int}/thumbnail/{instanceId:int}", GetAsync)
            .RequireAuthorization(Policies.RequireResident)
            .WithName("CaseThumbnail");
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        int caseId,
        int instanceId,
        ClaimsPrincipal user,
        TeachingFileDbContext db,
        InstanceStore store,
        ThumbnailCache thumbnails,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var instance = await db.Instances.AsNoTracking()
            .Where(i => i.Id == instanceId && i.Series!.Study!.CaseId == caseId)
            .Select(i => new { i.SopInstanceUid, i.RelativePath, i.Series!.Study!.Case!.Status, i.Series.Study.Case.OwnerId })
            .FirstOrDefaultAsync(cancellationToken);
        if (instance is null || !CaseVisibility.CanView(user, instance.Status, instance.OwnerId))
        {
            return Results.NotFound();
        }

        var path = store.GetFullPath(instance.RelativePath);
        if (!File.Exists(path))
        {
            LogFileMissing(loggerFactory.CreateLogger(typeof(ThumbnailEndpoints)), caseId, instanceId);
            return Results.NotFound();
        }

        var png = await thumbnails.GetOrCreateAsync(instance.SopInstanceUid, path, cancellationToken);
        return png is null
            ? Results.Text(NoPreviewSvg, "image/svg+xml")
            : TypedResults.PhysicalFile(png, "image/png");
    }

    [LoggerMessage(
        4101, LogLevel.Warning, "Thumbnail of case {CaseId} instance {InstanceId}: the stored file is missing")]
    private static partial void LogFileMissing(ILogger logger, int caseId, int instanceId);
}
