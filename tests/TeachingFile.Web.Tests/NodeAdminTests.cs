using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Identity;
using TeachingFile.Web.Tests.Infrastructure;

namespace TeachingFile.Web.Tests;

/// <summary>Starts the app with one node from configuration, as Dicom:Nodes:0 would in appsettings.</summary>
public sealed class ConfiguredNodeFactory : TeachingFileFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dicom:Nodes:0:AeTitle", "CONFIGURED_NODE");
    }
}

public sealed class NodeAdminTests(ConfiguredNodeFactory factory) : IClassFixture<ConfiguredNodeFactory>
{
    [Theory]
    [InlineData("SEVENTEEN_CHARS_X")]
    [InlineData("BACK\\SLASH")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData("TAB\tNODE")]
    public async Task Add_rejects_invalid_AE_title(string aeTitle)
    {
        var admin = await AdminAsync();

        var response = await admin.PostFormAsync("/Admin/Nodes", "/Admin/Nodes?handler=Add", Fields(aeTitle, string.Empty));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("field-validation-error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await NodeCountAsync());
    }

    [Fact]
    public async Task Add_rejects_unknown_owner()
    {
        var admin = await AdminAsync();

        var response = await admin.PostFormAsync(
            "/Admin/Nodes", "/Admin/Nodes?handler=Add", Fields("CT_ROOM_2", "nobody@example.org"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No user has the e-mail &#x27;nobody@example.org&#x27;", html, StringComparison.Ordinal);
        Assert.Equal(1, await NodeCountAsync());
    }

    [Fact]
    public async Task Add_update_and_remove_a_node()
    {
        var admin = await AdminAsync();
        var owner = await factory.CreateUserAsync($"owner-{Guid.NewGuid():N}@example.org", Roles.Faculty);

        var added = await admin.PostFormAsync("/Admin/Nodes", "/Admin/Nodes?handler=Add", Fields("US_ROOM_3", owner.Email!));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var node = await factory.WithDbAsync(db => db.DicomNodes.SingleAsync(n => n.AeTitle == "US_ROOM_3"));
        Assert.Equal(owner.Email, node.OwnerEmail);
        Assert.False(node.FromConfiguration);

        var duplicate = await admin.PostFormAsync("/Admin/Nodes", "/Admin/Nodes?handler=Add", Fields("US_ROOM_3", string.Empty));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("already registered", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var update = Fields(string.Empty, string.Empty);
        update["Input.Id"] = node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        update["Input.Description"] = "Ultrasound room 3";
        var updated = await admin.PostFormAsync("/Admin/Nodes", "/Admin/Nodes?handler=Update", update);
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        var changed = await factory.WithDbAsync(db => db.DicomNodes.AsNoTracking().SingleAsync(n => n.Id == node.Id));
        Assert.Null(changed.OwnerEmail);
        Assert.Equal("Ultrasound room 3", changed.Description);

        var removed = await admin.PostFormAsync("/Admin/Nodes", $"/Admin/Nodes?handler=Remove&id={node.Id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.DicomNodes.AnyAsync(n => n.Id == node.Id)));
    }

    [Fact]
    public async Task Configured_node_is_marked()
    {
        var admin = await AdminAsync();

        var html = await (await admin.GetAsync("/Admin/Nodes")).Content.ReadAsStringAsync();

        Assert.Contains("CONFIGURED_NODE", html, StringComparison.Ordinal);
        Assert.Contains(">configuration<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faculty_cannot_open_nodes()
    {
        var (faculty, _) = await factory.SignInNewUserAsync($"faculty-{Guid.NewGuid():N}@example.org", Roles.Faculty);

        Assert.Equal(HttpStatusCode.Forbidden, (await faculty.GetAsync("/Admin/Nodes")).StatusCode);
    }

    private static Dictionary<string, string> Fields(string aeTitle, string owner) => new()
    {
        ["Input.AeTitle"] = aeTitle,
        ["Input.OwnerEmail"] = owner,
        ["Input.Description"] = string.Empty,
    };

    private async Task<HttpClient> AdminAsync() =>
        (await factory.SignInNewUserAsync($"admin-{Guid.NewGuid():N}@example.org", Roles.Admin)).Client;

    private Task<int> NodeCountAsync() => factory.WithDbAsync(db => db.DicomNodes.CountAsync());
}
