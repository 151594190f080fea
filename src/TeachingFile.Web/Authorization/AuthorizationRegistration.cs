using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TeachingFile.Core.Identity;

namespace TeachingFile.Web.Authorization;

/// <summary>The named policies, the fallback policy and the folder conventions that apply them to pages.</summary>
internal static class AuthorizationRegistration
{
    public static IServiceCollection AddTeachingFileAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.RequireSignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Policies.RequireResident, policy => policy.RequireRole(Roles.All))
            .AddPolicy(Policies.RequireFaculty, policy => policy.RequireRole(Roles.Faculty, Roles.Admin))
            .AddPolicy(
                Policies.RequireProgramDirector,
                policy => policy.RequireRole(Roles.ProgramDirector, Roles.Admin))
            .AddPolicy(Policies.RequireAdmin, policy => policy.RequireRole(Roles.Admin))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .Build());
        return services;
    }

    /// <summary>
    /// Gives every page folder its policy. The anonymous pages (sign-in, setup, error) carry
    /// [AllowAnonymous] on their page models instead.
    /// </summary>
    public static void AddPolicyConventions(PageConventionCollection conventions)
    {
        conventions.AuthorizePage("/Index", Policies.RequireResident);
        conventions.AuthorizePage("/Search", Policies.RequireResident);
        conventions.AuthorizeFolder("/Cases", Policies.RequireResident);
        conventions.AuthorizeFolder("/Help", Policies.RequireResident);
        conventions.AuthorizeFolder("/Authoring", Policies.RequireFaculty);
        conventions.AuthorizeFolder("/Admin", Policies.RequireAdmin);
        conventions.AuthorizePage("/Account/SignOut", Policies.RequireSignedIn);
    }
}
