namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// A private attribute known to carry no identifying information, kept under the Retain Safe Private
/// Option: the private creator of its block, its group and the low byte of its element
/// (e.g. "SIEMENS MR HEADER", 0x0019, 0x0C for (0019,xx0C)).
/// </summary>
/// <param name="PrivateCreator">The Private Creator value of the block, compared exactly after trimming
/// padding.</param>
/// <param name="Group">The odd group number.</param>
/// <param name="ElementOffset">The element number within the block (the xx of (gggg,xxEE) excluded).</param>
public sealed record SafePrivateAttribute(string PrivateCreator, ushort Group, byte ElementOffset);
