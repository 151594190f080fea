using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>
/// DCMTK storescp in a private network namespace, because it cannot bind to loopback only. Inside
/// the namespace a Python bridge exposes storescp's port as a Unix socket, and this class exposes
/// that socket again as a TCP port on 127.0.0.1, so no test traffic leaves the machine.
/// </summary>
internal sealed class IsolatedStoreScp : IAsyncDisposable
{
    public const string AeTitle = "STORESCP";

    private const string NamespaceScript =
        "ip link set lo up && storescp -aet " + AeTitle + " -od \"$1\" 11112 & exec /usr/bin/python3 \"$2\" \"$3\" 11112";

    private const string BridgeScript = """
        import socket, sys, threading, time
        path, port = sys.argv[1], int(sys.argv[2])
        server = socket.socket(socket.AF_UNIX)
        server.bind(path)
        server.listen(8)
        def pump(source, target):
            try:
                while True:
                    data = source.recv(65536)
                    if not data:
                        break
                    target.sendall(data)
            except OSError:
                pass
            finally:
                try:
                    target.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
        def connect():
            for _ in range(100):
                try:
                    return socket.create_connection(("127.0.0.1", port))
                except OSError:
                    time.sleep(0.1)
            raise SystemExit("storescp is not listening")
        while True:
            client, _ = server.accept()
            upstream = connect()
            upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=pump, args=(upstream, client), daemon=True).start()
        """;

    private readonly Process _process;
    private readonly TcpListener _listener;
    private readonly string _socketPath;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _acceptLoop;

    private IsolatedStoreScp(Process process, string socketPath, string outputDirectory, string workDirectory)
    {
        _process = process;
        _socketPath = socketPath;
        OutputDirectory = outputDirectory;
        WorkDirectory = workDirectory;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = AcceptLoopAsync();
    }

    public string OutputDirectory { get; }

    public string WorkDirectory { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static async Task<IsolatedStoreScp> StartAsync()
    {
        var work = Path.Combine(Path.GetTempPath(), "tf-storescp-" + Guid.NewGuid().ToString("N")[..8]);
        var output = Path.Combine(work, "received");
        Directory.CreateDirectory(output);
        var bridge = Path.Combine(work, "bridge.py");
        await File.WriteAllTextAsync(bridge, BridgeScript);
        var socketPath = Path.Combine(work, "storescp.sock");
        var start = new ProcessStartInfo("unshare") { UseShellExecute = false };
        foreach (var argument in new[] { "--net", "sh", "-c", NamespaceScript, "sh", output, bridge, socketPath })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TCP_NODELAY"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("unshare did not start.");
        for (var i = 0; i < 100 && !File.Exists(socketPath); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(File.Exists(socketPath), "storescp bridge socket did not appear; is unshare (util-linux) usable?");
        return new IsolatedStoreScp(process, socketPath, output, work);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _stopping.Dispose();
        Directory.Delete(WorkDirectory, recursive: true);
    }

    private async Task AcceptLoopAsync()
    {
        var pumps = new List<Task>();
        try
        {
            while (true)
            {
                var client = await _listener.AcceptSocketAsync(_stopping.Token);
                pumps.Add(ForwardAsync(client));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            await Task.WhenAll(pumps);
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        using var tcp = new NetworkStream(client, ownsSocket: true);
        var unix = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await unix.ConnectAsync(new UnixDomainSocketEndPoint(_socketPath));
        using var upstream = new NetworkStream(unix, ownsSocket: true);
        var up = PumpAsync(tcp, upstream, unix);
        var down = PumpAsync(upstream, tcp, client);
        await Task.WhenAll(up, down);
    }

    private async Task PumpAsync(Stream source, Stream target, Socket targetSocket)
    {
        try
        {
            await source.CopyToAsync(target, _stopping.Token);
            targetSocket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // One side closed or reset; the other pump ends too.
        }
    }
}
