using System.Globalization;
using System.Security.Cryptography;

namespace Bulletin.Docs.Word;

/// <summary>
/// The font obfuscation of ECMA-376 Part 1 §17.8.1: the first 32 bytes of the font are XORed with
/// the 16 bytes of a GUID key taken in reverse order, once over bytes 0–15 and once over 16–31.
/// The same operation undoes it. The key is written in <c>w:fontKey</c> as <c>{8-4-4-4-12}</c> hex.
/// </summary>
internal static class FontObfuscation
{
    private const int KeyLength = 16;
    private const int ObfuscatedLength = 2 * KeyLength;

    /// <summary>
    /// The key for <paramref name="font"/>: its SHA-256, first 16 bytes, marked as an RFC 9562
    /// version 8 (custom) UUID, as <c>{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}</c>. Derived from the
    /// bytes so the same font gives the same key, and so the same .docx.
    /// </summary>
    public static string KeyFor(ReadOnlySpan<byte> font)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(font, hash);
        var key = hash[..KeyLength];
        key[6] = (byte)((key[6] & 0x0F) | 0x80);
        key[8] = (byte)((key[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexString(key);
        return string.Create(CultureInfo.InvariantCulture, $"{{{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}}}");
    }

    /// <summary>A copy of <paramref name="font"/> with its first 32 bytes XORed with <paramref name="fontKey"/> (obfuscates and de-obfuscates).</summary>
    /// <exception cref="ArgumentException"><paramref name="fontKey"/> is not a braced GUID, or the font is shorter than 32 bytes.</exception>
    public static byte[] Apply(ReadOnlySpan<byte> font, string fontKey)
    {
        if (font.Length < ObfuscatedLength)
            throw new ArgumentException($"A font of {font.Length} bytes is too short to obfuscate (at least {ObfuscatedLength}).", nameof(font));
        var key = KeyBytes(fontKey);
        var result = font.ToArray();
        for (var i = 0; i < ObfuscatedLength; i++)
            result[i] ^= key[KeyLength - 1 - (i % KeyLength)];
        return result;
    }

    /// <summary>The key's 16 bytes in the order its hex digits are written.</summary>
    private static byte[] KeyBytes(string fontKey)
    {
        ArgumentNullException.ThrowIfNull(fontKey);
        var digits = fontKey.Length == 38 && fontKey[0] == '{' && fontKey[^1] == '}' ? fontKey[1..^1].Replace("-", string.Empty, StringComparison.Ordinal) : string.Empty;
        if (digits.Length != 2 * KeyLength || !digits.All(char.IsAsciiHexDigit))
            throw new ArgumentException($"'{fontKey}' is not a font key of the form {{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}.", nameof(fontKey));
        return Convert.FromHexString(digits);
    }
}
