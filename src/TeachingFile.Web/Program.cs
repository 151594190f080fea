using TeachingFile.Core.Configuration;
using TeachingFile.Search;
using TeachingFile.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddContentRootDefault();
if (string.IsNullOrEmpty(builder.Configuration["Urls"]))
{
    // Default address when neither Urls nor ASPNETCORE_URLS is set: loopback only.
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

builder.Services.AddTeachingFileCore(builder.Configuration);
builder.Services.AddTeachingFileSearch(builder.Configuration);
builder.Services.AddTeachingFileWeb(builder.Configuration);

var app = builder.Build();
app.UseTeachingFileWeb();
await app.RunAsync();

/// <summary>The entry point, public so that tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
