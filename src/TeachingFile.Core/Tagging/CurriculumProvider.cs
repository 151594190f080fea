using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;

namespace TeachingFile.Core.Tagging;

/// <summary>Loads the curriculum from {Content:Root}/curriculum.yaml once and keeps it.</summary>
public sealed class CurriculumProvider(IOptions<ContentOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Curriculum? _curriculum;

    public async Task<Curriculum> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _curriculum) is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _curriculum ??= await CurriculumLoader.LoadFileAsync(options.Value.CurriculumPath, cancellationToken)
                .ConfigureAwait(false);
            return _curriculum;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
