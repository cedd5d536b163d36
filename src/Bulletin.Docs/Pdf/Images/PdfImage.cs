namespace Bulletin.Docs.Pdf.Images;

/// <summary>
/// An image ready to be written as an image XObject (ISO 32000-1, 8.9.5): the sample data already
/// encoded for <see cref="Filter"/>, its size and colour space, and an optional soft mask for alpha.
/// </summary>
/// <param name="WidthPx">Width of the sample data in pixels (as stored, before <see cref="Orientation"/>).</param>
/// <param name="HeightPx">Height of the sample data in pixels (as stored).</param>
/// <param name="ColorSpace">DeviceGray, DeviceRGB or DeviceCMYK.</param>
/// <param name="Filter">DCTDecode (JPEG bytes passed through) or FlateDecode (zlib-compressed samples).</param>
/// <param name="Data">The encoded stream data.</param>
/// <param name="Decode">The /Decode array, or <c>null</c> for the default (Adobe inverted CMYK JPEGs need [1 0 1 0 1 0 1 0]).</param>
/// <param name="SoftMask">8-bit DeviceGray alpha as its own image (FlateDecode), or <c>null</c> when opaque.</param>
/// <param name="Orientation">EXIF orientation 1–8 still to apply when drawing (1 when the samples are upright).</param>
internal sealed record PdfImage(
    int WidthPx,
    int HeightPx,
    string ColorSpace,
    string Filter,
    ReadOnlyMemory<byte> Data,
    double[]? Decode,
    PdfImage? SoftMask,
    int Orientation = 1)
{
    /// <summary>Bits per colour component: always 8.</summary>
    public int BitsPerComponent => 8;
}
