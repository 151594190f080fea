using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// The DICOM Storage SCP: listens for associations, responds to C-ECHO for Verification and to
/// C-STORE for every Storage SOP class, and hands each received data set to an <see cref="IDicomStoreHandler"/>.
/// Host-agnostic: a host calls <see cref="StartAsync"/> and <see cref="StopAsync"/>.
/// </summary>
public sealed class DicomServer : IAsyncDisposable
{
    private readonly DicomServerOptions _options;
    private readonly IDicomStoreHandler _storeHandler;
    private readonly ILogger _logger;
    private readonly AssociationNegotiator _negotiator;
    private readonly ConnectionLimiter _limiter;
    private readonly ArrayPool<byte> _spoolBuffers;
    private readonly ConcurrentDictionary<string, Task> _associations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _acceptStopping = new();
    private TcpListener? _listener;
    private Task? _acceptLoop;

    /// <summary>Creates a server; the options are validated here.</summary>
    /// <exception cref="OptionsValidationException">The options are invalid; the message names each problem.</exception>
    public DicomServer(
        IOptions<DicomServerOptions> options,
        IDicomStoreHandler storeHandler,
        IDicomAssociationPolicy associationPolicy,
        ILogger<DicomServer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var validation = new DicomServerOptionsValidator().Validate(Options.DefaultName, _options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(DicomServerOptions), validation.Failures);
        }

        _storeHandler = storeHandler;
        _logger = logger;
        _negotiator = new AssociationNegotiator(_options, associationPolicy, StorageSopClassSet.Value);
        _limiter = new ConnectionLimiter(_options, logger);
        // One buffer per association at most is in use, and the pool keeps no more than that many.
        _spoolBuffers = ArrayPool<byte>.Create(Math.Max(_options.SpoolMemoryBytes, 1), _options.MaxAssociations);
    }

    /// <summary>The port the server listens on, known after <see cref="StartAsync"/> (useful with port 0).</summary>
    public int Port { get; private set; }

    /// <summary>
    /// Associations currently established or being negotiated, counted against <see
    /// cref="DicomServerOptions.MaxAssociations"/>.
    /// </summary>
    public int ActiveAssociations => _limiter.Associations;

    /// <summary>
    /// TCP connections currently open without an association, counted against <see
    /// cref="DicomServerOptions.MaxPendingConnections"/>.
    /// </summary>
    public int PendingConnections => _limiter.PendingConnections;

    /// <summary>Creates the spool directory, binds the listener and starts accepting associations.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_listener is not null)
        {
            throw new InvalidOperationException("The DICOM server is already started.");
        }

        if (_stopping.IsCancellationRequested)
        {
            throw new InvalidOperationException("The DICOM server was stopped; create a new DicomServer to listen again.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(_options.SpoolDirectory);
        var listener = new TcpListener(IPAddress.Parse(_options.BindAddress), _options.Port);
        listener.Start(backlog: _options.MaxAssociations + _options.MaxPendingConnections);
        _listener = listener;
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        NetworkLog.ServerStarted(_logger, listener.LocalEndpoint, _options.AeTitle);
        _acceptLoop = AcceptLoopAsync(listener, _stopping.Token);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Stops listening, lets open associations finish for <see cref="DicomServerOptions.StopTimeout"/>,
    /// then aborts the rest and waits for them to close.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_listener is not { } listener || _acceptLoop is not { } acceptLoop)
        {
            return;
        }

        NetworkLog.ServerStopping(_logger, listener.LocalEndpoint, _associations.Count);
        await _acceptStopping.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        await acceptLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var remaining = Task.WhenAll(_associations.Values);
        try
        {
            await remaining.WaitAsync(_options.StopTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            NetworkLog.ServerAbortingAssociations(_logger, _associations.Count);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_associations.Values).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _listener = null;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping.Dispose();
        _acceptStopping.Dispose();
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken stopping)
    {
        while (!_acceptStopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(_acceptStopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (_acceptStopping.IsCancellationRequested
                && ex is ObjectDisposedException or OperationCanceledException or SocketException)
            {
                return;
            }
            catch (SocketException ex)
            {
                NetworkLog.AcceptFailed(_logger, ex);
                continue;
            }

            socket.NoDelay = true;
            Start(socket, stopping);
        }
    }

    private void Start(Socket socket, CancellationToken stopping)
    {
        // Listed before its task starts, so eviction follows accept order.
        var pending = new PendingConnection(AssociationIds.New(), socket.RemoteEndPoint, stopping);
        _limiter.AddPending(pending);
        var association = new ServerAssociation(
            socket, pending, _options, _negotiator, _storeHandler, _logger, _limiter, _spoolBuffers);
        _associations[association.Id] = RunAsync(association, stopping);
    }

    private async Task RunAsync(ServerAssociation association, CancellationToken stopping)
    {
        try
        {
            await Task.Yield();
            await association.RunAsync(stopping).ConfigureAwait(false);
        }
        finally
        {
            _associations.TryRemove(association.Id, out _);
        }
    }
}
