namespace TeachingFile.Core.Demo;

/// <summary>A drawing surface of stored pixel values for synthetic images: ellipses and a little noise.</summary>
internal sealed class Phantom
{
    private readonly int[] _values;

    public Phantom(int columns, int rows, int background)
    {
        Columns = columns;
        Rows = rows;
        _values = new int[columns * rows];
        Array.Fill(_values, background);
    }

    public int Columns { get; }

    public int Rows { get; }

    public int this[int x, int y] => _values[(y * Columns) + x];

    /// <summary>Sets every pixel inside the ellipse (centre and radii in pixels) to <paramref name="value"/>.</summary>
    public Phantom Ellipse(double centerX, double centerY, double radiusX, double radiusY, int value)
    {
        for (var y = 0; y < Rows; y++)
        {
            for (var x = 0; x < Columns; x++)
            {
                var dx = (x - centerX) / radiusX;
                var dy = (y - centerY) / radiusY;
                if ((dx * dx) + (dy * dy) <= 1)
                {
                    _values[(y * Columns) + x] = value;
                }
            }
        }

        return this;
    }

    /// <summary>Adds uniform noise of at most <paramref name="amplitude"/>; the seed keeps images reproducible.</summary>
    public Phantom Noise(int amplitude, int seed)
    {
        // Deterministic noise for synthetic images, not for anything security related.
#pragma warning disable CA5394
        var random = new Random(seed);
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i] += random.Next(-amplitude, amplitude + 1);
        }
#pragma warning restore CA5394

        return this;
    }

    /// <summary>Returns the pixels as 16-bit little-endian words, clamped to the unsigned range of <paramref name="bitsStored"/>.</summary>
    public byte[] ToUInt16Bytes(int bitsStored)
    {
        var max = (1 << bitsStored) - 1;
        var bytes = new byte[_values.Length * 2];
        for (var i = 0; i < _values.Length; i++)
        {
            var value = (ushort)Math.Clamp(_values[i], 0, max);
            bytes[i * 2] = (byte)value;
            bytes[(i * 2) + 1] = (byte)(value >> 8);
        }

        return bytes;
    }
}
