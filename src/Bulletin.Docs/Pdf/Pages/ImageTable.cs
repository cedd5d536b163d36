using Bulletin.Docs.Layout;
using Bulletin.Docs.Pdf.Images;
using Bulletin.Docs.Pdf.Syntax;

namespace Bulletin.Docs.Pdf.Pages;

/// <summary>
/// The image XObjects of one document (ISO 32000-1, 8.9.5), each written when first drawn: a picture
/// drawn twice at the same size is embedded once, whether it comes as the same bytes or as a copy. With <paramref name="rgbOnly"/> (PDF/A with its
/// sRGB output intent, ISO 19005-2, 6.2.4.3) no image is written in DeviceCMYK.
/// </summary>
internal sealed class ImageTable(PdfOutput output, double maxDpi, bool rgbOnly)
{
    private readonly Dictionary<Key, (int Object, PdfImage Image)> written = [];
    private readonly PdfBuffer body = new(256);

    /// <summary>The object and encoded image drawn for <paramref name="element"/>.</summary>
    public (int Object, PdfImage Image) Get(ImageElement element)
    {
        var key = new Key(element.Image.Bytes, Math.Round(element.Width, 2), Math.Round(element.Height, 2));
        if (!written.TryGetValue(key, out var entry))
        {
            var image = PdfImageEncoder.Encode(element.Image, element.Width, element.Height, maxDpi, rgbOnly);
            entry = (WriteImage(image), image);
            written.Add(key, entry);
        }

        return entry;
    }

    private int WriteImage(PdfImage image)
    {
        var mask = image.SoftMask is { } alpha ? WriteImage(alpha) : (int?)null;
        var number = output.Allocate();
        body.Clear();
        body.Raw("/Type/XObject/Subtype/Image/Width "u8).Integer(image.WidthPx)
            .Raw("/Height "u8).Integer(image.HeightPx)
            .Raw("/ColorSpace"u8).Name(image.ColorSpace)
            .Raw("/BitsPerComponent "u8).Integer(image.BitsPerComponent)
            .Raw("/Filter"u8).Name(image.Filter);
        if (image.Decode is { } decode)
        {
            body.Raw("/Decode["u8);
            foreach (var value in decode)
            {
                body.Number(value).Space();
            }

            body.Raw((byte)']');
        }

        if (mask is { } maskObject)
        {
            body.Raw("/SMask "u8).Reference(maskObject);
        }

        // The samples are already encoded for their filter: written as they are.
        output.WriteStream(number, body.Span, image.Data.Span, compress: false);
        return number;
    }

    /// <summary>The same picture drawn at the same size: equal bytes, found by their hash.</summary>
    private readonly record struct Key(ReadOnlyMemory<byte> Bytes, double Width, double Height)
    {
        private readonly ulong hash = System.IO.Hashing.XxHash3.HashToUInt64(Bytes.Span);

        public bool Equals(Key other) =>
            hash == other.hash && Width == other.Width && Height == other.Height && Bytes.Span.SequenceEqual(other.Bytes.Span);

        public override int GetHashCode() => HashCode.Combine(hash, Width, Height);
    }
}
