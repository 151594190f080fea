using TeachingFile.Web.Cases;

namespace TeachingFile.Web;

public static class WebApplicationExtensions
{
    /// <summary>Builds the request pipeline and maps every page and endpoint.</summary>
    public static WebApplication UseTeachingFileWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.Use(SecurityHeaders.AddAsync);

        // Static files are served before routing, so they need no endpoint and no sign-in.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapThumbnails();
        return app;
    }
}
