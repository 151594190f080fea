using TeachingFile.Fuzz;

namespace TeachingFile.Dicom.Tests.Fuzzing;

/// <summary>
/// Replays the committed fuzz corpus (fuzz/corpus, copied to FuzzCorpus/ in the output) through the
/// fuzz targets. A target returns normally on acceptance or a documented rejection, so any exception
/// here is a crash the fuzzer would report.
/// </summary>
public sealed class FuzzCorpusReplayTests
{
    public static TheoryData<string> Targets => [.. FuzzTargets.Names];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Target_ReplaysEveryCorpusFile_WithoutCrash(string name)
    {
        Assert.True(FuzzTargets.TryGet(name, out var target));
        var directory = Path.Combine(AppContext.BaseDirectory, "FuzzCorpus", name);
        var files = Directory.GetFiles(directory);
        Assert.NotEmpty(files);

        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            var exception = await Record.ExceptionAsync(() => target(bytes).WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.True(exception is null, $"{name} crashed on {Path.GetFileName(file)}: {exception}");
        }
    }

    [Fact]
    public async Task Part10Corpus_TakesBothReadPaths()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "FuzzCorpus", "part10");
        var fileReads = 0;
        var files = Directory.GetFiles(directory);

        foreach (var file in files)
        {
            fileReads += Part10Target.IsFileRead(await File.ReadAllBytesAsync(file)) ? 1 : 0;
        }

        // afl-cmin keeps the inputs that add coverage, so the share of file reads here is not the one in eight
        // of a fuzz run. The replay only needs inputs on both paths.
        Assert.True(fileReads > 0, "No part10 corpus file is read from a file.");
        Assert.True(fileReads < files.Length, "Every part10 corpus file is read from a file.");
    }
}
