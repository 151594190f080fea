using System.Globalization;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Network.Dimse;

/// <summary>
/// Reassembles DIMSE messages from PDVs (PS3.8 Annex E.2 and PS3.7 Section 9.2): command fragments
/// until the last one, then, when the command announces one, data set fragments until the last one.
/// Fragments of one message must stay on one presentation context. No command fragment may arrive
/// while a data set is in progress. Any violation is a protocol error, so the association is aborted.
/// </summary>
internal sealed class DimseMessageAssembler(
    IReadOnlyDictionary<byte, AcceptedPresentationContext> contexts, IDimseMessageHandler handler)
{
    /// <summary>Largest command set accepted; real command sets are a few hundred bytes.</summary>
    private const int MaxCommandSetLength = 64 * 1024;

    private readonly MemoryStream _commandBytes = new();
    private AcceptedPresentationContext? _context;
    private DimseCommand? _command;
    private IDataSetSink? _sink;

    /// <summary>Bytes received so far of the data set in progress, or 0 when none is in progress.</summary>
    public long PendingDataSetLength => _sink?.Length ?? 0;

    /// <summary>Message ID of the request whose data set is in progress; null when none is or it is a response.</summary>
    public ushort? PendingMessageId => _command?.MessageId;

    public async ValueTask ReceiveAsync(PDataTf pdu, CancellationToken cancellationToken)
    {
        foreach (var value in pdu.Values)
        {
            var context = ResolveContext(value.PresentationContextId);
            if (value.IsCommand)
            {
                await ReceiveCommandFragmentAsync(context, value, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ReceiveDataFragmentAsync(value, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Disposes the sink of a data set still in progress, which deletes its spool file.</summary>
    public async ValueTask DiscardPendingAsync()
    {
        var sink = _sink;
        _sink = null;
        _command = null;
        _context = null;
        if (sink is not null)
        {
            await sink.DisposeAsync().ConfigureAwait(false);
        }
    }

    private AcceptedPresentationContext ResolveContext(byte id)
    {
        if (!contexts.TryGetValue(id, out var context))
        {
            throw Error(AbortReason.InvalidPduParameterValue, $"PDV on presentation context {id}, which was not accepted");
        }

        if (_context is not null && _context.Id != id)
        {
            throw Error(
                AbortReason.UnexpectedPduParameter,
                $"PDV on presentation context {id} while a message on context {_context.Id} is incomplete");
        }

        _context = context;
        return context;
    }

    private async ValueTask ReceiveCommandFragmentAsync(
        AcceptedPresentationContext context, PresentationDataValue value, CancellationToken cancellationToken)
    {
        if (_command is not null)
        {
            throw Error(
                AbortReason.UnexpectedPduParameter,
                $"command fragment while the data set of message {_command.MessageId} is in progress");
        }

        if (_commandBytes.Length + value.Data.Length > MaxCommandSetLength)
        {
            throw Error(AbortReason.InvalidPduParameterValue, $"command set longer than {MaxCommandSetLength} bytes");
        }

        _commandBytes.Write(value.Data.Span);
        if (!value.IsLast)
        {
            return;
        }

        var command = DimseCommand.Decode(_commandBytes.GetBuffer().AsSpan(0, (int)_commandBytes.Length));
        _commandBytes.SetLength(0);
        if (!command.HasDataSet)
        {
            _context = null;
            await handler.OnMessageAsync(context, command, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        _command = command;
        _sink = await handler.BeginDataSetAsync(context, command, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask ReceiveDataFragmentAsync(PresentationDataValue value, CancellationToken cancellationToken)
    {
        if (_command is null || _sink is null)
        {
            throw Error(AbortReason.UnexpectedPduParameter, $"data set fragment before a command announcing a data set");
        }

        await _sink.WriteAsync(value.Data, cancellationToken).ConfigureAwait(false);
        if (!value.IsLast)
        {
            return;
        }

        var (context, command, sink) = (_context!, _command, _sink);
        _context = null;
        _command = null;
        _sink = null;
        await handler.OnMessageAsync(context, command, sink, cancellationToken).ConfigureAwait(false);
    }

    private static DicomProtocolException Error(AbortReason reason, FormattableString detail) => new(
        reason, "DIMSE message framing error: " + detail.ToString(CultureInfo.InvariantCulture) + ".");
}
