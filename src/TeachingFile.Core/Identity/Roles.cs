namespace TeachingFile.Core.Identity;

/// <summary>Role names stored by ASP.NET Core Identity.</summary>
public static class Roles
{
    public const string Resident = "Resident";
    public const string Faculty = "Faculty";
    public const string ProgramDirector = "ProgramDirector";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Resident, Faculty, ProgramDirector, Admin];
}
