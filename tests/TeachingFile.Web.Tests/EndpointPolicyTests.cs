using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Web.Tests.Infrastructure;

namespace TeachingFile.Web.Tests;

public sealed class EndpointPolicyTests(TeachingFileFactory factory) : IClassFixture<TeachingFileFactory>
{
    /// <summary>The only endpoints anyone may open without signing in (static files need no endpoint).</summary>
    private static readonly HashSet<string> AnonymousRoutes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Account/SignIn",
        "Setup",
        "Error",
    };

    [Fact]
    public void Every_endpoint_has_policy_or_is_anonymous()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .ToList();

        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText ?? string.Empty;
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Select(data => data.Policy)
                .Where(policy => !string.IsNullOrEmpty(policy))
                .ToList();

            if (AnonymousRoutes.Contains(route))
            {
                Assert.True(anonymous, $"'{route}' is on the anonymous list but lacks [AllowAnonymous].");
            }
            else
            {
                Assert.False(anonymous, $"'{route}' allows anonymous access but is not on the anonymous list.");
                Assert.True(policies.Count > 0, $"'{route}' names no authorization policy.");
            }
        }
    }

    [Fact]
    public void Anonymous_list_matches_real_endpoints()
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => endpoint.RoutePattern.RawText)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var route in AnonymousRoutes)
        {
            Assert.Contains(route, routes);
        }
    }
}
