using Xunit.Abstractions;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>
/// Logger that keeps every line at or above <paramref name="minimumLevel"/> for assertions and
/// echoes it to the xUnit output.
/// </summary>
internal sealed class TestLogger<T>(ITestOutputHelper output, LogLevel minimumLevel = LogLevel.Trace) : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimumLevel;

    public void Log<TState>(
        LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var line = $"{logLevel} {eventId.Id} {formatter(state, exception)}" + (exception is null ? "" : " | " + exception.GetType().Name + ": " + exception.Message);
        Lines.Enqueue(line);
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test has finished; the line stays in Lines.
        }
    }
}
