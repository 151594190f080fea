using System.Net;
using System.Net.Sockets;

namespace TeachingFile.Interop.Tests.Infrastructure;

internal static class FreeTcpPort
{
    /// <summary>
    /// Returns a loopback port that was free a moment ago. Another process may take it before the
    /// server binds it, but the kernel hands out ephemeral ports in rotation, so that is rare.
    /// </summary>
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
