namespace TeachingFile.Dicom.Text;

/// <summary>
/// Encodes text with ISO 2022 code extensions (PS3.5 6.1.2.5.3). A character outside the active sets is
/// written with the first code element of the declared terms that contains it, after that element's escape
/// sequence. Before each delimiter ('\', '^', '=', CR, LF, FF, TAB) and at the end of the value, the initial
/// G0 and G1 sets are designated again, as the standard requires. Characters no declared set contains
/// become '?'.
/// </summary>
internal sealed class Iso2022Encoder
{
    private const byte Esc = 0x1B;

    private readonly CodeElement _initialG0;
    private readonly CodeElement? _initialG1;
    private readonly CodeElement _ascii = CodeElement.All[0];
    private readonly List<CodeElement> _declared;

    public Iso2022Encoder(CodeElement initialG0, CodeElement? initialG1, IReadOnlyList<string> terms)
    {
        _initialG0 = initialG0;
        _initialG1 = initialG1;
        _declared = CodeElement.All.Where(e => terms.Contains(e.Term, StringComparer.Ordinal)).ToList();
    }

    public byte[] Encode(ReadOnlySpan<char> text)
    {
        var output = new List<byte>(text.Length + 8);
        var g0 = _initialG0;
        var g1 = _initialG1;
        Span<byte> bytes = stackalloc byte[4];
        foreach (var c in text)
        {
            if (c is '\\' or '^' or '=' or '\r' or '\n' or '\f' or '\t')
            {
                (g0, g1) = RestoreInitialSets(output, g0, g1);
                output.Add((byte)c);
                continue;
            }

            if (c < 0x80)
            {
                g0 = g0.BytesPerChar == 1 ? g0 : Designate(output, _ascii);
                output.Add((byte)c);
                continue;
            }

            var element = FindElement(c, g0, g1, bytes, out var count);
            if (element is null)
            {
                g0 = g0.BytesPerChar == 1 ? g0 : Designate(output, _ascii);
                output.Add((byte)'?');
                continue;
            }

            if (element.IsG1 && element != g1)
            {
                g1 = Designate(output, element);
            }
            else if (!element.IsG1 && element != g0)
            {
                g0 = Designate(output, element);
            }

            output.AddRange(bytes[..count]);
        }

        RestoreInitialSets(output, g0, g1);
        return [.. output];
    }

    private CodeElement? FindElement(char c, CodeElement g0, CodeElement? g1, Span<byte> bytes, out int count)
    {
        foreach (var candidate in (IEnumerable<CodeElement?>)[g1, g0, .. _declared])
        {
            if (candidate is not null && (count = candidate.Encode(c, bytes)) > 0)
            {
                return candidate;
            }
        }

        count = 0;
        return null;
    }

    private (CodeElement G0, CodeElement? G1) RestoreInitialSets(List<byte> output, CodeElement g0, CodeElement? g1)
    {
        if (g0 != _initialG0)
        {
            Designate(output, _initialG0);
        }

        if (g1 != _initialG1 && _initialG1 is not null)
        {
            Designate(output, _initialG1);
        }

        return (_initialG0, _initialG1);
    }

    private static CodeElement Designate(List<byte> output, CodeElement element)
    {
        output.Add(Esc);
        output.AddRange(element.Escape);
        return element;
    }
}
