using System.Diagnostics.CodeAnalysis;

namespace TeachingFile.Fuzz;

/// <summary>
/// The fuzz targets by name. Each one runs one input through a decoder, returns normally when the input
/// was accepted or rejected with a documented exception, and lets any other exception escape as a crash.
/// </summary>
internal static class FuzzTargets
{
    private static readonly Dictionary<string, Func<byte[], Task>> Targets = new(StringComparer.Ordinal)
    {
        ["part10"] = Part10Target.RunAsync,
        ["pdu"] = PduTarget.RunAsync,
        ["dimse"] = DimseTarget.RunAsync,
    };

    public static IEnumerable<string> Names => Targets.Keys;

    public static bool TryGet(string name, [NotNullWhen(true)] out Func<byte[], Task>? target) =>
        Targets.TryGetValue(name, out target);
}
