using System.Globalization;
using System.Numerics;

namespace TeachingFile.Core.Demo;

/// <summary>Creates UIDs under the 2.25 root (PS3.5 B.2): "2.25." and the decimal value of a random UUID.</summary>
internal static class DemoUids
{
    public static string Create()
    {
        var value = new BigInteger(Guid.NewGuid().ToByteArray(), isUnsigned: true, isBigEndian: false);
        return "2.25." + value.ToString(CultureInfo.InvariantCulture);
    }
}
