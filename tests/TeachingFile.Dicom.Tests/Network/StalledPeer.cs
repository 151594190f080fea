using System.Net;
using System.Net.Sockets;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>
/// A listener on 127.0.0.1 that accepts one association, accepting every proposed context with its
/// first transfer syntax, and then stops reading, as a hung peer does.
/// </summary>
internal sealed class StalledPeer : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private Socket? _accepted;

    public StalledPeer()
    {
        // Accepted sockets inherit the small receive buffer, so the client's sends block early.
        _listener.ReceiveBufferSize = 4096;
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(1);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndPoint!).Port;

    /// <summary>Accepts the connection, reads the A-ASSOCIATE-RQ and sends A-ASSOCIATE-AC.</summary>
    public async Task AcceptAssociationAsync(CancellationToken cancellationToken)
    {
        _accepted = await _listener.AcceptAsync(cancellationToken);
        var stream = new NetworkStream(_accepted, ownsSocket: false);
        var request = Assert.IsType<AAssociateRq>(await new PduReader(stream, 1024 * 1024).ReadAsync(cancellationToken));
        var contexts = request.PresentationContexts
            .Select(c => new PresentationContextAc(c.Id, PresentationContextResult.Acceptance, c.TransferSyntaxes[0]))
            .ToList();
        var accept = new AAssociateAc(
            1, request.CalledAeTitle, request.CallingAeTitle, request.ApplicationContextName, contexts,
            new UserInformation(16384, "1.2.3.4", "STALLEDPEER", null, []));
        await stream.WriteAsync(PduEncoder.Encode(accept), cancellationToken);
    }

    public void Dispose()
    {
        _accepted?.Dispose();
        _listener.Dispose();
    }
}
