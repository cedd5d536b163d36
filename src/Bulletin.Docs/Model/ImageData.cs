using System.Text.Json.Serialization;

namespace Bulletin.Docs.Model;

/// <summary>The encodings an <see cref="ImageData"/> may hold.</summary>
public enum ImageFormat
{
    /// <summary>PNG.</summary>
    [JsonStringEnumMemberName("png")]
    Png,

    /// <summary>JPEG.</summary>
    [JsonStringEnumMemberName("jpeg")]
    Jpeg,
}

/// <summary>
/// Encoded image bytes and the format they claim to be. Validation checks the bytes' signature
/// against the claim and reads the pixel size from the header.
/// </summary>
public sealed record ImageData(ReadOnlyMemory<byte> Bytes, ImageFormat Format)
{
    /// <summary>
    /// Reads an image file (.png, .jpg, .jpeg). The format is what the bytes' signature says, so a
    /// JPEG saved as photo.png reads as JPEG; bytes with neither signature take the extension's
    /// format, and validation then reports them.
    /// </summary>
    /// <exception cref="ArgumentException">The extension is not .png, .jpg or .jpeg.</exception>
    /// <exception cref="IOException">The file cannot be read (as <see cref="File.ReadAllBytes"/>).</exception>
    public static ImageData FromFile(string path)
    {
        var format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => ImageFormat.Png,
            ".jpg" or ".jpeg" => ImageFormat.Jpeg,
            var other => throw new ArgumentException($"'{path}': unsupported image extension '{other}' (PNG or JPEG expected).", nameof(path)),
        };
        var bytes = File.ReadAllBytes(path);
        return new ImageData(bytes, ImageHeader.DetectFormat(bytes) ?? format);
    }

    /// <summary>Resolution in dots per inch used to size the image when no other size is given.</summary>
    public double Dpi { get; init; } = 96;
}
