namespace TeachingFile.Dicom.Tests.Support;

/// <summary>
/// Tests that measure process-wide memory, threads or file descriptors run alone, since other tests running at
/// the same time open files and processes of their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial (measures process resources)";
}
