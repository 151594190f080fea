namespace TeachingFile.Core.Cases;

public enum CaseStatus
{
    Draft = 0,
    Published = 1,
}
