namespace TeachingFile.Dicom.IO;

/// <summary>How the elements of a (nested) data set are encoded: explicit or implicit VR, byte order.</summary>
internal readonly record struct ElementEncoding(bool IsExplicitVR, bool IsBigEndian)
{
    public static readonly ElementEncoding ExplicitLittle = new(true, false);

    public static readonly ElementEncoding ImplicitLittle = new(false, false);

    public static ElementEncoding Of(TransferSyntax syntax) => new(syntax.IsExplicitVR, syntax.IsBigEndian);
}
