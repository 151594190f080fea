namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>Writes the variable fields of A-ASSOCIATE-RQ and A-ASSOCIATE-AC PDUs.</summary>
internal static class AssociatePduEncoder
{
    public static void WriteRequest(PduBufferWriter writer, AAssociateRq rq)
    {
        WriteFixedFields(writer, rq.ProtocolVersion, rq.CalledAeTitle, rq.CallingAeTitle, rq.ApplicationContextName);
        foreach (var context in rq.PresentationContexts)
        {
            writer.WriteByte(0x20);
            writer.WriteByte(0);
            var length = writer.ReserveUInt16();
            writer.WriteByte(context.Id);
            writer.WriteZeros(3);
            writer.WriteAsciiItem(0x30, context.AbstractSyntax);
            foreach (var transferSyntax in context.TransferSyntaxes)
            {
                writer.WriteAsciiItem(0x40, transferSyntax);
            }

            writer.PatchUInt16Length(length);
        }

        WriteUserInformation(writer, rq.UserInformation);
    }

    public static void WriteAccept(PduBufferWriter writer, AAssociateAc ac)
    {
        WriteFixedFields(writer, ac.ProtocolVersion, ac.CalledAeTitle, ac.CallingAeTitle, ac.ApplicationContextName);
        foreach (var context in ac.PresentationContexts)
        {
            writer.WriteByte(0x21);
            writer.WriteByte(0);
            var length = writer.ReserveUInt16();
            writer.WriteByte(context.Id);
            writer.WriteByte(0);
            writer.WriteByte((byte)context.Result);
            writer.WriteByte(0);
            writer.WriteAsciiItem(0x40, context.TransferSyntax);
            writer.PatchUInt16Length(length);
        }

        WriteUserInformation(writer, ac.UserInformation);
    }

    private static void WriteFixedFields(
        PduBufferWriter writer, ushort version, string called, string calling, string applicationContext)
    {
        writer.WriteUInt16(version);
        writer.WriteZeros(2);
        writer.WriteAeTitle(called);
        writer.WriteAeTitle(calling);
        writer.WriteZeros(32);
        writer.WriteAsciiItem(0x10, applicationContext);
    }

    private static void WriteUserInformation(PduBufferWriter writer, UserInformation info)
    {
        writer.WriteByte(0x50);
        writer.WriteByte(0);
        var length = writer.ReserveUInt16();
        writer.WriteByte(0x51);
        writer.WriteByte(0);
        writer.WriteUInt16(4);
        writer.WriteUInt32(info.MaxPduLength);
        if (info.ImplementationClassUid is not null)
        {
            writer.WriteAsciiItem(0x52, info.ImplementationClassUid);
        }

        if (info.AsyncOperationsWindow is { } window)
        {
            writer.WriteByte(0x53);
            writer.WriteByte(0);
            writer.WriteUInt16(4);
            writer.WriteUInt16(window.MaxOperationsInvoked);
            writer.WriteUInt16(window.MaxOperationsPerformed);
        }

        foreach (var role in info.RoleSelections)
        {
            writer.WriteByte(0x54);
            writer.WriteByte(0);
            var roleLength = writer.ReserveUInt16();
            writer.WriteUInt16(checked((ushort)role.SopClassUid.Length));
            writer.WriteAscii(role.SopClassUid);
            writer.WriteByte(role.ScuRole ? (byte)1 : (byte)0);
            writer.WriteByte(role.ScpRole ? (byte)1 : (byte)0);
            writer.PatchUInt16Length(roleLength);
        }

        if (info.ImplementationVersionName is not null)
        {
            writer.WriteAsciiItem(0x55, info.ImplementationVersionName);
        }

        writer.PatchUInt16Length(length);
    }
}
