using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Bulletin.Docs.Pdf.Syntax;

/// <summary>
/// A growable byte buffer that writes PDF tokens (ISO 32000-1, 7.2–7.3): numbers in fixed notation,
/// names, strings, references. Content streams and object bodies are built in one of these and then
/// handed to <see cref="PdfOutput"/>; nothing here allocates per token.
/// </summary>
internal sealed class PdfBuffer
{
    private static ReadOnlySpan<byte> HexDigits => "0123456789ABCDEF"u8;

    private byte[] bytes;

    public PdfBuffer(int capacity = 4096) => bytes = new byte[capacity];

    /// <summary>Number of bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Span => bytes.AsSpan(0, Length);

    /// <summary>Forgets what was written, keeping the capacity.</summary>
    public void Clear() => Length = 0;

    public PdfBuffer Raw(ReadOnlySpan<byte> data)
    {
        data.CopyTo(Reserve(data.Length));
        Length += data.Length;
        return this;
    }

    public PdfBuffer Raw(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
        return this;
    }

    /// <summary>ASCII text written as is (operators, keywords, fixed dictionary keys).</summary>
    public PdfBuffer Ascii(string text)
    {
        var span = Reserve(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        Length += text.Length;
        return this;
    }

    public PdfBuffer Space() => Raw((byte)' ');

    public PdfBuffer Line() => Raw((byte)'\n');

    /// <summary>An integer, zero-padded to at least <paramref name="digits"/> digits (the cross-reference table's fixed width).</summary>
    public PdfBuffer Integer(long value, int digits = 0)
    {
        Utf8Formatter.TryFormat(value, Reserve(20), out var written, digits > 0 ? new StandardFormat('D', (byte)digits) : default);
        Length += written;
        return this;
    }

    /// <summary>
    /// A real number rounded to <paramref name="decimals"/> places, without exponent and without
    /// trailing zeros (7.3.3: PDF has no exponent notation).
    /// </summary>
    public PdfBuffer Number(double value, int decimals = 3)
    {
        var scale = decimals switch { 0 => 1L, 1 => 10L, 2 => 100L, 3 => 1000L, 4 => 10000L, _ => 100000L };
        var scaled = (long)Math.Round(value * scale, MidpointRounding.AwayFromZero);
        if (scaled < 0)
        {
            Raw((byte)'-');
            scaled = -scaled;
        }

        Integer(scaled / scale);
        var fraction = scaled % scale;
        if (fraction != 0)
        {
            Raw((byte)'.');
            var digits = decimals;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            Span<byte> text = stackalloc byte[8];
            for (var i = digits - 1; i >= 0; i--)
            {
                text[i] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }

            Raw(text[..digits]);
        }

        return this;
    }

    /// <summary>A name object, /Name, escaping what 7.3.5 requires (#xx for delimiters, space and non-ASCII).</summary>
    public PdfBuffer Name(string name)
    {
        Raw((byte)'/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is < 0x21 or > 0x7E or (byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%')
            {
                Raw((byte)'#').Raw(HexDigits[b >> 4]).Raw(HexDigits[b & 15]);
            }
            else
            {
                Raw(b);
            }
        }

        return this;
    }

    /// <summary>An indirect reference <c>n 0 R</c>.</summary>
    public PdfBuffer Reference(int number) => Integer(number).Ascii(" 0 R");

    /// <summary>
    /// A text string (7.9.2.2): a literal string when it is printable ASCII, else UTF-16BE with a
    /// byte order mark, in hex.
    /// </summary>
    public PdfBuffer TextString(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return Utf16Hex(text);
            }
        }

        return Literal(text);
    }

    /// <summary>UTF-16BE with byte order mark, in hex (for /ActualText and text strings).</summary>
    public PdfBuffer Utf16Hex(string text)
    {
        Raw("<FEFF"u8);
        foreach (var c in text)
        {
            Hex16(c);
        }

        return Raw((byte)'>');
    }

    /// <summary>A byte string of ASCII text as a literal, escaping \, ( and ) (7.3.4.2).</summary>
    public PdfBuffer Literal(string text)
    {
        Raw((byte)'(');
        foreach (var c in text)
        {
            if (c is '\\' or '(' or ')')
            {
                Raw((byte)'\\');
            }

            Raw((byte)c);
        }

        return Raw((byte)')');
    }

    /// <summary>A byte string given as bytes, in hex.</summary>
    public PdfBuffer HexString(ReadOnlySpan<byte> data)
    {
        Raw((byte)'<');
        var span = Reserve(2 * data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            span[2 * i] = HexDigits[data[i] >> 4];
            span[(2 * i) + 1] = HexDigits[data[i] & 15];
        }

        Length += 2 * data.Length;
        return Raw((byte)'>');
    }

    /// <summary>Four hex digits of a 16-bit value (a glyph id or a UTF-16 code unit).</summary>
    public PdfBuffer Hex16(int value)
    {
        var span = Reserve(4);
        span[0] = HexDigits[(value >> 12) & 15];
        span[1] = HexDigits[(value >> 8) & 15];
        span[2] = HexDigits[(value >> 4) & 15];
        span[3] = HexDigits[value & 15];
        Length += 4;
        return this;
    }

    private Span<byte> Reserve(int count)
    {
        if (Length + count > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + count));
        }

        return bytes.AsSpan(Length, count);
    }
}
