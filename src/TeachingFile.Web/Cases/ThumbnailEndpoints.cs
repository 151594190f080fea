using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Data;
using TeachingFile.Core.Imaging;
using TeachingFile.Core.Storage;
using TeachingFile.Dicom;
using TeachingFile.Web.Authorization;
using TeachingFile.Web.Pages.Cases;

namespace TeachingFile.Web.Cases;

/// <summary>
/// GET /cases/{caseId}/thumbnail/{instanceId}: a PNG of one instance, for readers allowed to see the
/// case. Images the renderer cannot draw (compressed, unusual pixel formats) get an SVG placeholder.
/// </summary>
internal static partial class ThumbnailEndpoints
{
    /// <summary>Long side of a thumbnail in pixels.</summary>
    public const int MaxSize = 256;

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

    // NOTE: thumbnails are rendered on every request; a cache under the data root would spare the
    // decoding once cases carry many images.
    private static async Task<IResult> GetAsync(
        int caseId,
        int instanceId,
        ClaimsPrincipal user,
        TeachingFileDbContext db,
        InstanceStore store,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var instance = await db.Instances.AsNoTracking()
            .Where(i => i.Id == instanceId && i.Series!.Study!.CaseId == caseId)
            .Select(i => new { i.RelativePath, i.Series!.Study!.Case!.Status, i.Series.Study.Case.OwnerId })
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

        var png = await RenderAsync(path, caseId, instanceId, loggerFactory, cancellationToken);
        return png is null
            ? Results.Text(NoPreviewSvg, "image/svg+xml")
            : Results.File(png, "image/png");
    }

    private static async Task<byte[]?> RenderAsync(
        string path, int caseId, int instanceId, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        try
        {
            var file = await DicomFile.OpenAsync(path, cancellationToken: cancellationToken);
            await using (file)
            {
                return await ThumbnailRenderer.RenderAsync(
                    file.Dataset, file.TransferSyntax, MaxSize, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is DicomFormatException or InvalidDataException)
        {
            LogRenderFailed(loggerFactory.CreateLogger(typeof(ThumbnailEndpoints)), exception, caseId, instanceId);
            return null;
        }
    }

    [LoggerMessage(
        4101, LogLevel.Warning, "Thumbnail of case {CaseId} instance {InstanceId}: the stored file is missing")]
    private static partial void LogFileMissing(ILogger logger, int caseId, int instanceId);

    [LoggerMessage(4102, LogLevel.Warning, "Thumbnail of case {CaseId} instance {InstanceId} could not be rendered")]
    private static partial void LogRenderFailed(ILogger logger, Exception exception, int caseId, int instanceId);
}
