using Bulletin.Docs.Fonts;
using Bulletin.Docs.Imaging;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using SkiaSharp;

namespace Bulletin.Docs.Rendering;

/// <summary>
/// Draws a laid-out page on a Skia canvas for the PNG previews, from the same page elements the PDF
/// writer serialises, so the preview shows what the PDF holds. Links and destinations are PDF
/// annotations and have no pixels.
/// </summary>
internal sealed class SkiaPageDrawer
{
    private readonly Dictionary<ImageKey, SKImage> _images = [];
    private readonly Dictionary<(FontFace Face, float Size, bool Bold), SKFont> _fonts = [];
    private readonly Dictionary<RgbColor, SKPaint> _paints = [];

    public void Draw(SKCanvas canvas, LaidOutPage page)
    {
        foreach (var element in page.Elements)
        {
            switch (element)
            {
                case TextLineElement line:
                    DrawLine(canvas, line);
                    break;
                case RuleElement rule:
                    DrawRule(canvas, rule);
                    break;
                case BoxElement box:
                    DrawBox(canvas, box);
                    break;
                case ImageElement image:
                    DrawImage(canvas, image);
                    break;
                case LinkElement or AnchorElement:
                    break;
                default:
                    throw new NotSupportedException($"Page element {element.GetType().Name} has no preview form.");
            }
        }
    }

    /// <summary>Releases the decoded images, fonts and paints; the drawer can be used again afterwards.</summary>
    public void ReleaseImages()
    {
        foreach (var image in _images.Values)
        {
            image.Dispose();
        }

        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var paint in _paints.Values)
        {
            paint.Dispose();
        }

        _images.Clear();
        _fonts.Clear();
        _paints.Clear();
    }

    /// <summary>One text blob per stretch of runs in the same colour.</summary>
    private void DrawLine(SKCanvas canvas, TextLineElement element)
    {
        using var builder = new SKTextBlobBuilder();
        var x = (float)element.X;
        var baseline = (float)element.Baseline;
        var runs = element.Line.Runs;
        for (var first = 0; first < runs.Count;)
        {
            var color = runs[first].Color;
            var end = first;
            for (; end < runs.Count && runs[end].Color == color; end++)
            {
                AddRun(builder, runs[end], x, baseline);
            }

            using var blob = builder.Build();
            if (blob is not null)
            {
                canvas.DrawText(blob, 0, 0, PaintOf(color));
            }

            first = end;
        }
    }

    private SKFont FontOf(GlyphRun run)
    {
        var key = (run.Font, run.SizePt, run.SyntheticBold);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = new SKFont(run.Font.Typeface, run.SizePt)
            {
                Embolden = run.SyntheticBold,
                Subpixel = true,
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
            };
            _fonts.Add(key, font);
        }

        return font;
    }

    private SKPaint PaintOf(RgbColor color)
    {
        if (!_paints.TryGetValue(color, out var paint))
        {
            paint = FillPaint(color);
            _paints.Add(color, paint);
        }

        return paint;
    }

    private void AddRun(SKTextBlobBuilder builder, GlyphRun run, float x, float baseline)
    {
        if (run.GlyphIds.Length == 0)
        {
            return;
        }

        // Pixels only: the text layer is the PDF writer's business.
        var buffer = builder.AllocatePositionedRun(FontOf(run), run.GlyphIds.Length);
        buffer.SetGlyphs(run.GlyphIds.AsSpan());
        var positions = buffer.Positions;
        for (var i = 0; i < positions.Length; i++)
        {
            var dy = run.Y is { } y ? y[i] : 0;
            positions[i] = new SKPoint(x + run.X[i], baseline - dy);
        }
    }

    /// <summary>
    /// Rules across or down the page are snapped to whole device pixels, at least one wide, as PDF
    /// readers do with automatic stroke adjustment (ISO 32000-1, 10.6.5): a 0.5 pt column rule stays
    /// one crisp pixel at 96 dpi instead of two grey ones. Other rules are drawn as they are.
    /// </summary>
    private static void DrawRule(SKCanvas canvas, RuleElement rule)
    {
        using var paint = FillPaint(rule.Color);
        if (rule.Y1 == rule.Y2 || rule.X1 == rule.X2)
        {
            var half = rule.ThicknessPt / 2;
            canvas.DrawRect(Snap(canvas, Math.Min(rule.X1, rule.X2) - (rule.Y1 == rule.Y2 ? 0 : half), Math.Min(rule.Y1, rule.Y2) - (rule.Y1 == rule.Y2 ? half : 0),
                Math.Max(rule.X1, rule.X2) + (rule.Y1 == rule.Y2 ? 0 : half), Math.Max(rule.Y1, rule.Y2) + (rule.Y1 == rule.Y2 ? half : 0)), paint);
            return;
        }

        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = (float)rule.ThicknessPt;
        canvas.DrawLine((float)rule.X1, (float)rule.Y1, (float)rule.X2, (float)rule.Y2, paint);
    }

    private static void DrawBox(SKCanvas canvas, BoxElement box)
    {
        if (box.Fill is { } fill)
        {
            using var paint = FillPaint(fill);
            canvas.DrawRect(SKRect.Create((float)box.X, (float)box.Y, (float)box.Width, (float)box.Height), paint);
        }

        if (box.Stroke is { } stroke && box.StrokePt > 0)
        {
            var (left, top, right, bottom) = (box.X, box.Y, box.X + box.Width, box.Y + box.Height);
            foreach (var (x1, y1, x2, y2) in new[] { (left, top, right, top), (left, bottom, right, bottom), (left, top, left, bottom), (right, top, right, bottom) })
            {
                DrawRule(canvas, new RuleElement(x1, y1, x2, y2, box.StrokePt, stroke));
            }
        }
    }

    /// <summary>The rectangle (in page points) covering the whole device pixels nearest to the given one, at least one pixel each way.</summary>
    private static SKRect Snap(SKCanvas canvas, double left, double top, double right, double bottom)
    {
        var matrix = canvas.TotalMatrix;
        double sx = matrix.ScaleX, sy = matrix.ScaleY, tx = matrix.TransX, ty = matrix.TransY;
        static (double Low, double High) Pixels(double low, double high)
        {
            var width = Math.Max(1, Math.Round(high - low));
            var start = Math.Round(((low + high) / 2) - (width / 2));
            return (start, start + width);
        }

        var (x0, x1) = Pixels((left * sx) + tx, (right * sx) + tx);
        var (y0, y1) = Pixels((top * sy) + ty, (bottom * sy) + ty);
        return new SKRect((float)((x0 - tx) / sx), (float)((y0 - ty) / sy), (float)((x1 - tx) / sx), (float)((y1 - ty) / sy));
    }

    /// <summary>
    /// Draws a picture upright (EXIF orientation applied) into its box, decoded at no more pixels
    /// than the canvas shows it with (the printed size at the device's scale), so a huge picture
    /// never costs its full size.
    /// </summary>
    private void DrawImage(SKCanvas canvas, ImageElement element)
    {
        var header = ImageHeader.TryRead(element.Image.Bytes.Span)
            ?? throw new InvalidDataException($"The image for '{element.AltText}' is neither a readable PNG nor a readable JPEG.");
        var device = canvas.TotalMatrix;
        var pixelsPerPoint = Math.Max(
            Math.Sqrt((device.ScaleX * device.ScaleX) + (device.SkewY * device.SkewY)),
            Math.Sqrt((device.SkewX * device.SkewX) + (device.ScaleY * device.ScaleY)));
        var (width, height) = ImageResolution.Limit(header.WidthPx, header.HeightPx, element.Width, element.Height, Math.Max(pixelsPerPoint, 1e-3) * 72);
        var (storedWidth, storedHeight) = header.SwapsAxes ? (height, width) : (width, height);
        var key = new ImageKey(element.Image.Bytes, storedWidth, storedHeight);
        if (!_images.TryGetValue(key, out var image))
        {
            using var bitmap = ScaledImageDecoder.Decode(element.Image.Bytes, storedWidth, storedHeight);
            bitmap.SetImmutable();
            image = SKImage.FromBitmap(bitmap)
                ?? throw new InvalidDataException($"The image for '{element.AltText}' cannot be decoded.");
            _images.Add(key, image);
        }

        var placement = ExifOrientationMap.Of(header.Orientation).ToBox(storedWidth, storedHeight, element.X, element.Y, element.Width, element.Height);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.Save();
        canvas.Concat(in placement);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        canvas.Restore();
    }

    private static SKPaint FillPaint(RgbColor color) => new()
    {
        Color = ToSkia(color),
        Style = SKPaintStyle.Fill,
        IsAntialias = true,
    };

    private static SKColor ToSkia(RgbColor color) => new(color.R, color.G, color.B);

    /// <summary>Identifies a decoded image by its bytes' memory and pixel size, so a picture drawn twice the same size is decoded once.</summary>
    private readonly record struct ImageKey(ReadOnlyMemory<byte> Bytes, int WidthPx, int HeightPx)
    {
        public bool Equals(ImageKey other) => Bytes.Equals(other.Bytes) && WidthPx == other.WidthPx && HeightPx == other.HeightPx;

        public override int GetHashCode() => HashCode.Combine(Bytes, WidthPx, HeightPx);
    }
}
