namespace TeachingFile.Web.Authorization;

/// <summary>Names of the authorization policies; every page and endpoint names one of them.</summary>
public static class Policies
{
    /// <summary>Any signed-in user, with or without a role (sign-out).</summary>
    public const string RequireSignedIn = "RequireSignedIn";

    /// <summary>Any signed-in user with one of the four roles: the reading side of the site.</summary>
    public const string RequireResident = "RequireResident";

    /// <summary>Faculty or administrators: authoring.</summary>
    public const string RequireFaculty = "RequireFaculty";

    /// <summary>Program directors or administrators: coverage and performance reports.</summary>
    public const string RequireProgramDirector = "RequireProgramDirector";

    /// <summary>Administrators: users and DICOM nodes.</summary>
    public const string RequireAdmin = "RequireAdmin";
}
