namespace TeachingFile.Core.Authoring;

public enum AuthoringStatus
{
    Succeeded = 0,

    /// <summary>No such case, or the author may not see it (a non-owner gets the same status, so it reveals nothing).</summary>
    NotFound = 1,

    /// <summary>The request breaks a rule of the case (empty title, pixel review pending, too long).</summary>
    Invalid = 2,

    /// <summary>Someone else changed or claimed the case first.</summary>
    Conflict = 3,
}
