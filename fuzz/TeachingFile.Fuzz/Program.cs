using System.Globalization;
using SharpFuzz;
using TeachingFile.Fuzz;

// Usage: TeachingFile.Fuzz TARGET            run under afl-fuzz (input on standard input or @@ file)
//        TeachingFile.Fuzz TARGET --replay PATH...   run each file or directory once and report
if (args.Length == 0 || !FuzzTargets.TryGet(args[0], out var target))
{
    await Console.Error.WriteLineAsync(
        "Usage: TeachingFile.Fuzz TARGET [--replay FILE_OR_DIRECTORY...]; TARGET is one of: "
        + string.Join(", ", FuzzTargets.Names) + ".");
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    return await Replay.RunAsync(target, args[2..]);
}

// SharpFuzz emulates the AFL fork server in this process and reports an exception that escapes
// the target as a crash, so only the documented rejections are caught inside the targets.
Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray()).GetAwaiter().GetResult();
});
return 0;
