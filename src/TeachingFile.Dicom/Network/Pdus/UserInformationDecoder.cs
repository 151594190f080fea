using System.Globalization;

namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>Decodes the user information item and the sub-items this library uses (PS3.7 Annex D.3.3).</summary>
internal static class UserInformationDecoder
{
    private const string ItemName = "user information item (0x50)";

    public static UserInformation Decode(ReadOnlySpan<byte> value)
    {
        var reader = new PduSpanReader(value, ItemName);
        uint maxPduLength = 0;
        string? classUid = null;
        string? versionName = null;
        AsyncOperationsWindow? window = null;
        var roles = new List<RoleSelection>();
        while (reader.Remaining > 0)
        {
            var type = reader.ReadByte("sub-item type");
            reader.Skip(1, "reserved byte");
            var length = reader.ReadUInt16("sub-item length");
            var sub = new PduSpanReader(reader.ReadBytes(length, SubItemName(type)), SubItemName(type));
            switch (type)
            {
                case 0x51:
                    maxPduLength = sub.ReadUInt32("maximum length received");
                    break;
                case 0x52:
                    classUid = sub.ReadAscii(length, "implementation class UID");
                    break;
                case 0x53:
                    window = new AsyncOperationsWindow(sub.ReadUInt16("invoked"), sub.ReadUInt16("performed"));
                    break;
                case 0x54:
                    roles.Add(DecodeRoleSelection(ref sub));
                    break;
                case 0x55:
                    versionName = sub.ReadAscii(length, "implementation version name");
                    break;
                default:
                    // Extended negotiation (0x56, 0x57), user identity (0x58) and unknown sub-items are
                    // skipped. Leaving them out of the A-ASSOCIATE-AC tells the peer they are not supported.
                    break;
            }
        }

        return new UserInformation(maxPduLength, classUid, versionName, window, roles);
    }

    private static RoleSelection DecodeRoleSelection(ref PduSpanReader reader)
    {
        var uidLength = reader.ReadUInt16("UID length");
        var uid = reader.ReadAscii(uidLength, "SOP class UID");
        var scu = reader.ReadByte("SCU role");
        var scp = reader.ReadByte("SCP role");
        return new RoleSelection(uid, scu == 1, scp == 1);
    }

    private static string SubItemName(byte type) =>
        string.Create(CultureInfo.InvariantCulture, $"{ItemName} sub-item 0x{type:X2}");
}
