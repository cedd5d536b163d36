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
    /// <summary>Reads an image file, taking the format from its extension (.png, .jpg, .jpeg).</summary>
    public static ImageData FromFile(string path)
    {
        var format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => ImageFormat.Png,
            ".jpg" or ".jpeg" => ImageFormat.Jpeg,
            var other => throw new ArgumentException($"'{path}': unsupported image extension '{other}' (PNG or JPEG expected).", nameof(path)),
        };
        return new ImageData(File.ReadAllBytes(path), format);
    }

    /// <summary>Resolution in dots per inch used to size the image when no other size is given.</summary>
    public double Dpi { get; init; } = 96;
}
