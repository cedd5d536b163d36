using System.Text;
using System.Text.Unicode;

namespace Bulletin.Docs.Cli.Input;

/// <summary>
/// Reads an input or theme file as UTF-8 (a UTF-8, UTF-16 or UTF-32 byte order mark is honoured).
/// A file in another encoding — most often GBK/GB18030, what a Chinese Windows editor saves as
/// "ANSI" — is one problem at its first byte that is not UTF-8, rather than text full of U+FFFD
/// reported as characters no font covers.
/// </summary>
internal static class SourceText
{
    /// <summary>The text of <paramref name="file"/>, or <c>null</c> and the problem; I/O failures throw as <see cref="File.ReadAllBytes"/> does.</summary>
    public static string? Read(string file, out Diagnostic? problem)
    {
        problem = null;
        var bytes = File.ReadAllBytes(file);
        ReadOnlySpan<byte> utf8Bom = [0xEF, 0xBB, 0xBF];
        var hasOtherBom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
        if (hasOtherBom)
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        var body = bytes.AsSpan().StartsWith(utf8Bom) ? bytes.AsSpan(utf8Bom.Length) : bytes.AsSpan();
        if (Utf8.IsValid(body))
        {
            return Encoding.UTF8.GetString(body);
        }

        var offset = 0;
        while (System.Text.Rune.DecodeFromUtf8(body[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        var lineStart = body[..offset].LastIndexOf((byte)'\n') + 1;
        var line = body[..offset].Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(body[lineStart..offset]) + 1;
        problem = new Diagnostic(file, new SourceLocation(line, column),
            $"the file is not UTF-8 (byte 0x{body[offset]:X2}); save it as UTF-8 (GBK and GB18030 are not read)");
        return null;
    }
}
