namespace TeachingFile.Core.Demo;

/// <summary>A made-up patient of a demo study; the name is always DEMO^something.</summary>
internal sealed record DemoPatient(string Name, string Id, string Sex, string Age, string BirthDate);
