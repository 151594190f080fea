using System.Net.Sockets;
using Microsoft.Extensions.Options;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Web.Hosting;

/// <summary>
/// Runs the DICOM Storage SCP for the lifetime of the host, with the ingest handler and the node
/// policy from Core. Registered after Core's start-up service, so the database is ready first.
/// </summary>
internal sealed partial class DicomServerHostedService(
    IServiceProvider services,
    IOptions<DicomHostOptions> hostOptions,
    IOptions<DicomServerOptions> serverOptions,
    IHostApplicationLifetime lifetime,
    ILogger<DicomServerHostedService> logger) : BackgroundService
{
    private DicomServer? _server;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!hostOptions.Value.Enabled)
        {
            LogDisabled();
            return;
        }

        _server = new DicomServer(
            serverOptions,
            services.GetRequiredService<IDicomStoreHandler>(),
            services.GetRequiredService<IDicomAssociationPolicy>(),
            services.GetRequiredService<ILogger<DicomServer>>());
        try
        {
            await _server.StartAsync(stoppingToken);
        }
        catch (SocketException exception) when (exception.SocketErrorCode is SocketError.AddressAlreadyInUse
                                                    or SocketError.AccessDenied or SocketError.AddressNotAvailable)
        {
            // Log one clear line instead of the host's stack traces, because the usual cause is a second instance.
            LogCannotListen(serverOptions.Value.BindAddress, serverOptions.Value.Port, exception.SocketErrorCode);
            await _server.DisposeAsync();
            _server = null;
            lifetime.StopApplication();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken);
            await _server.DisposeAsync();
            LogStopped();
        }
    }

    [LoggerMessage(4002, LogLevel.Information, "DICOM SCP stopped")]
    private partial void LogStopped();

    [LoggerMessage(4004, LogLevel.Critical,
        "DICOM SCP cannot listen on {BindAddress} port {Port} ({SocketError}): the port is already in use or the address is not on this host; set Dicom:Port or Dicom:BindAddress")]
    private partial void LogCannotListen(string bindAddress, int port, SocketError socketError);

    [LoggerMessage(4003, LogLevel.Information, "DICOM SCP disabled by Dicom:Enabled=false")]
    private partial void LogDisabled();
}
