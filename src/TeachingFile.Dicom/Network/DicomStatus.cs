namespace TeachingFile.Dicom.Network;

/// <summary>A DIMSE status code (PS3.7 Annex C) with the statuses this library sends.</summary>
public readonly record struct DicomStatus(ushort Code)
{
    public static readonly DicomStatus Success = new(0x0000);

    /// <summary>Refused: out of resources (C-STORE, PS3.4 Table B.2-1).</summary>
    public static readonly DicomStatus OutOfResources = new(0xA700);

    /// <summary>Error: data set does not match SOP Class (C-STORE).</summary>
    public static readonly DicomStatus DataSetDoesNotMatchSopClass = new(0xA900);

    /// <summary>Error: cannot understand (C-STORE); the data set could not be parsed.</summary>
    public static readonly DicomStatus CannotUnderstand = new(0xC000);

    /// <summary>Failure: processing failure (PS3.7 C.4.2).</summary>
    public static readonly DicomStatus ProcessingFailure = new(0x0110);

    /// <summary>Failure: SOP Class not supported.</summary>
    public static readonly DicomStatus SopClassNotSupported = new(0x0122);

    /// <summary>Failure: unrecognized operation.</summary>
    public static readonly DicomStatus UnrecognizedOperation = new(0x0211);

    /// <summary>Warning: coercion of data elements (C-STORE).</summary>
    public static readonly DicomStatus CoercionOfDataElements = new(0xB000);

    public bool IsSuccess => Code == 0x0000;

    public bool IsWarning => Code is 0x0001 or (>= 0xB000 and <= 0xBFFF);

    public override string ToString() => "0x" + Code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
