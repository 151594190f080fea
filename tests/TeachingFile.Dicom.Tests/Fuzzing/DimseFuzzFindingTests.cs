using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Dimse;

namespace TeachingFile.Dicom.Tests.Fuzzing;

/// <summary>Inputs the fuzzer found to crash the DIMSE command code, minimized by hand.</summary>
public sealed class DimseFuzzFindingTests
{
    /// <summary>
    /// A C-ECHO-RQ whose Affected SOP Class UID (0000,0002) has length 0. The dimse target found it from the
    /// echo.scu capture: building the response threw IndexOutOfRangeException.
    /// </summary>
    private static readonly byte[] EchoRequestWithEmptySopClassUid =
    [
        0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00, 0x30, 0x00,
        0x00, 0x00, 0x10, 0x01, 0x02, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x00, 0x00, 0x08, 0x02, 0x00, 0x00, 0x00, 0x01, 0x01,
    ];

    [Fact]
    public void Response_to_empty_sop_class_uid_has_empty_uid()
    {
        var request = DimseCommand.Decode(EchoRequestWithEmptySopClassUid);

        var response = DimseCommand.Decode(DimseResponses.For(request, DicomStatus.Success).Encode());

        Assert.Equal(string.Empty, request.AffectedSopClassUid);
        Assert.Equal(string.Empty, response.AffectedSopClassUid);
        Assert.Equal((ushort)1, response.MessageIdBeingRespondedTo);
    }

    [Fact]
    public void Empty_text_value_encodes_as_zero_length()
    {
        var command = new DimseCommand { AffectedSopInstanceUid = string.Empty, ErrorComment = string.Empty };

        var decoded = DimseCommand.Decode(command.Encode());

        Assert.Equal(string.Empty, decoded.AffectedSopInstanceUid);
        Assert.Equal(string.Empty, decoded.ErrorComment);
        Assert.Equal(12 + 8 + 8, command.Encode().Length);
    }
}
