using System.Text;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Theme;
using SkiaSharp;

namespace Bulletin.Docs.Rendering;

/// <summary>
/// Draws a laid-out page on any Skia canvas: the PDF and the PNG painters share this code, so the
/// preview shows exactly what the PDF holds.
/// </summary>
internal sealed class SkiaPageDrawer
{
    private readonly Func<FontFace, SKTypeface> _typefaceOf;
    private readonly bool _annotate;
    private readonly Dictionary<ImageKey, SKImage> _images = [];

    /// <param name="typefaceOf">The typeface to draw a face with (the per-document subset in a PDF).</param>
    /// <param name="annotate">Write link and destination annotations (PDF only).</param>
    public SkiaPageDrawer(Func<FontFace, SKTypeface> typefaceOf, bool annotate)
    {
        _typefaceOf = typefaceOf;
        _annotate = annotate;
    }

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
                case LinkElement link when _annotate:
                    DrawLink(canvas, link);
                    break;
                case AnchorElement anchor when _annotate:
                    canvas.DrawNamedDestinationAnnotation(new SKPoint((float)anchor.X, (float)anchor.Y), anchor.Name);
                    break;
            }
        }
    }

    /// <summary>Releases the decoded images; the drawer can be used again afterwards.</summary>
    public void ReleaseImages()
    {
        foreach (var image in _images.Values)
        {
            image.Dispose();
        }

        _images.Clear();
    }

    private void DrawLine(SKCanvas canvas, TextLineElement element)
    {
        using var builder = new SKTextBlobBuilder();
        var x = (float)element.X;
        var baseline = (float)element.Baseline;
        foreach (var group in GroupByPaint(element.Line.Runs))
        {
            foreach (var run in group)
            {
                AddRun(builder, run, x, baseline);
            }

            using var blob = builder.Build();
            if (blob is null)
            {
                continue;
            }

            using var paint = FillPaint(group[0].Color);
            canvas.DrawText(blob, 0, 0, paint);
        }
    }

    private void AddRun(SKTextBlobBuilder builder, GlyphRun run, float x, float baseline)
    {
        if (run.GlyphIds.Length == 0)
        {
            return;
        }

        using var font = new SKFont(_typefaceOf(run.Font), run.SizePt)
        {
            Embolden = run.SyntheticBold,
            Subpixel = true,
            Hinting = SKFontHinting.None,
            LinearMetrics = true,
        };

        // Skia writes the PDF text layer from the UTF-8 text and the per-glyph cluster byte offsets.
        var utf8 = Encoding.UTF8.GetBytes(run.Text);
        var buffer = builder.AllocatePositionedTextRun(font, run.GlyphIds.Length, utf8.Length);
        buffer.SetGlyphs(run.GlyphIds);
        buffer.SetText(utf8);

        var count = run.GlyphIds.Length;
        var positions = new SKPoint[count];
        var clusters = new uint[count];
        var utf8Offsets = Utf8Offsets(run.Text);
        for (var i = 0; i < count; i++)
        {
            var dy = run.Y is null ? 0 : run.Y[i];
            positions[i] = new SKPoint(x + run.X[i], baseline - dy);
            clusters[i] = utf8Offsets[run.Clusters[i]];
        }

        buffer.SetPositions(positions);
        buffer.SetClusters(clusters);
    }

    /// <summary>The UTF-8 byte offset of every UTF-16 index of <paramref name="text"/> (and of its end).</summary>
    private static uint[] Utf8Offsets(string text)
    {
        var offsets = new uint[text.Length + 1];
        uint offset = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = offset;
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                offsets[++i] = offset;
                offset += 4;
            }
            else
            {
                offset += c < 0x80 ? 1u : c < 0x800 ? 2u : 3u;
            }
        }

        offsets[text.Length] = offset;
        return offsets;
    }

    private static List<List<GlyphRun>> GroupByPaint(IReadOnlyList<GlyphRun> runs)
    {
        var groups = new List<List<GlyphRun>>();
        foreach (var run in runs)
        {
            if (groups.Count > 0 && groups[^1][0].Color == run.Color)
            {
                groups[^1].Add(run);
            }
            else
            {
                groups.Add([run]);
            }
        }

        return groups;
    }

    private static void DrawRule(SKCanvas canvas, RuleElement rule)
    {
        using var paint = new SKPaint
        {
            Color = ToSkia(rule.Color),
            StrokeWidth = (float)rule.ThicknessPt,
            Style = SKPaintStyle.Stroke,
            IsAntialias = true,
        };
        canvas.DrawLine((float)rule.X1, (float)rule.Y1, (float)rule.X2, (float)rule.Y2, paint);
    }

    private static void DrawBox(SKCanvas canvas, BoxElement box)
    {
        var rect = SKRect.Create((float)box.X, (float)box.Y, (float)box.Width, (float)box.Height);
        if (box.Fill is { } fill)
        {
            using var paint = FillPaint(fill);
            canvas.DrawRect(rect, paint);
        }

        if (box.Stroke is { } stroke && box.StrokePt > 0)
        {
            using var paint = new SKPaint
            {
                Color = ToSkia(stroke),
                StrokeWidth = (float)box.StrokePt,
                Style = SKPaintStyle.Stroke,
                IsAntialias = true,
            };
            canvas.DrawRect(rect, paint);
        }
    }

    private void DrawImage(SKCanvas canvas, ImageElement element)
    {
        var key = new ImageKey(element.Image.Bytes);
        if (!_images.TryGetValue(key, out var image))
        {
            using var data = SKData.CreateCopy(element.Image.Bytes.Span);
            image = SKImage.FromEncodedData(data)
                ?? throw new InvalidDataException($"The image for '{element.AltText}' cannot be decoded.");
            _images.Add(key, image);
        }

        var rect = SKRect.Create((float)element.X, (float)element.Y, (float)element.Width, (float)element.Height);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }

    private static void DrawLink(SKCanvas canvas, LinkElement link)
    {
        var rect = SKRect.Create((float)link.X, (float)link.Y, (float)link.Width, (float)link.Height);
        if (link.Target.StartsWith('#'))
        {
            canvas.DrawLinkDestinationAnnotation(rect, link.Target[1..]);
        }
        else
        {
            canvas.DrawUrlAnnotation(rect, link.Target);
        }
    }

    private static SKPaint FillPaint(RgbColor color) => new()
    {
        Color = ToSkia(color),
        Style = SKPaintStyle.Fill,
        IsAntialias = true,
    };

    private static SKColor ToSkia(RgbColor color) => new(color.R, color.G, color.B);

    /// <summary>Identifies an image by its bytes' memory, so a picture used twice is decoded once.</summary>
    private readonly record struct ImageKey(ReadOnlyMemory<byte> Bytes)
    {
        public bool Equals(ImageKey other) => Bytes.Equals(other.Bytes);

        public override int GetHashCode() => Bytes.GetHashCode();
    }
}
