using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Pdf.Fonts;
using Bulletin.Docs.Pdf.Images;
using Bulletin.Docs.Pdf.Structure;
using Bulletin.Docs.Pdf.Syntax;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Pdf.Pages;

/// <summary>
/// Builds one page's content stream (ISO 32000-1, 8–9): each element in painting order, inside a
/// marked-content sequence that ties it to its structure element, or marked as an artifact when it
/// is furniture (14.8.2.2). Text is one text object per line, the pen set once per run with Tm, the
/// spacing the run's gaps share in Tc (9.3.2) and every other shift (compression, Han–Latin gaps)
/// in the TJ array (9.4.3).
/// Reused page after page; holds the graphics state it has set, so nothing is said twice.
/// </summary>
internal sealed class PageContent(PdfFontTable fonts, ImageTable images, MarkedContent marked)
{
    /// <summary>
    /// A shift bigger than this (in thousandths of an em) reads as a word gap or an overlap to text
    /// extraction (poppler splits words at 0.1 em): such lines carry /ActualText.
    /// </summary>
    private const double ExtractionSafeShift = 80;

    /// <summary>Synthetic bold: the outline stroked at this fraction of the size, as a bold face is heavier.</summary>
    private const double SyntheticBoldStroke = 0.03;

    private readonly HashSet<PdfFont> pageFonts = [];
    private readonly List<(int Object, int Index)> pageImages = [];
    private PdfFont? font;
    private double fontSize;
    private RgbColor fill;
    private RgbColor stroke;
    private double lineWidth;
    private double charSpacing;
    private bool strokedText;
    private double height;
    private int pageIndex;

    /// <summary>The content stream being built.</summary>
    public PdfBuffer Content { get; } = new(64 * 1024);

    /// <summary>The fonts the page uses (for its resources).</summary>
    public IReadOnlyCollection<PdfFont> Fonts => pageFonts;

    /// <summary>The image objects the page draws with their resource numbers /ImN.</summary>
    public IReadOnlyList<(int Object, int Index)> Images => pageImages;

    /// <summary>Starts a page: an empty stream and the initial graphics state (8.4).</summary>
    public void Start(LaidOutPage page, int index)
    {
        Content.Clear();
        pageFonts.Clear();
        pageImages.Clear();
        font = null;
        fontSize = 0;
        fill = RgbColor.Black;
        stroke = RgbColor.Black;
        lineWidth = 1;
        charSpacing = 0;
        strokedText = false;
        height = page.HeightPt;
        pageIndex = index;
        marked.StartPage(index);
    }

    public void Add(PageElement element)
    {
        switch (element)
        {
            case TextLineElement line:
                Text(line);
                break;
            case RuleElement rule:
                BeginArtifact();
                StrokeState(rule.Color, rule.ThicknessPt);
                Content.Number(rule.X1).Space().Number(height - rule.Y1).Raw(" m "u8)
                    .Number(rule.X2).Space().Number(height - rule.Y2).Raw(" l S\n"u8);
                End();
                break;
            case BoxElement box:
                Box(box);
                break;
            case ImageElement image:
                Image(image);
                break;
            case LinkElement or AnchorElement:
                // Annotations and destinations, not content: the page writer collects them.
                break;
            default:
                throw new NotSupportedException($"Page element {element.GetType().Name} has no PDF form.");
        }
    }

    private void Text(TextLineElement element)
    {
        var line = element.Line;
        if (line.Runs.Count == 0)
        {
            return;
        }

        var faithful = true;
        foreach (var run in line.Runs)
        {
            var pdfFont = fonts.Get(run.Font);
            pageFonts.Add(pdfFont);
            faithful &= pdfFont.Use(run);
        }

        // Decide before writing whether a shift would spoil extraction.
        faithful &= !HasLargeShift(line);
        Begin(element.Structure, height - element.Baseline + line.Ascent);
        if (!faithful)
        {
            Content.Raw("/Span<</ActualText"u8).Utf16Hex(line.Text).Raw(">>BDC\n"u8);
        }

        Content.Raw("BT\n"u8);
        foreach (var run in line.Runs)
        {
            Run(run, element.X, height - element.Baseline);
        }

        Content.Raw("ET\n"u8);
        if (!faithful)
        {
            Content.Raw("EMC\n"u8);
        }

        End();
    }

    /// <summary>Whether any two neighbouring glyphs of the line, within a run or across runs, stand further apart or closer than their advances say.</summary>
    private bool HasLargeShift(LaidOutLine line)
    {
        GlyphRun? previous = null;
        var previousEnd = 0.0;
        foreach (var run in line.Runs)
        {
            var pdfFont = fonts.Get(run.Font);
            var glyphs = run.GlyphIds;
            for (var i = 0; i < glyphs.Length; i++)
            {
                if (previous is not null && Math.Abs(run.X[i] - previousEnd) * 1000 / previous.SizePt > ExtractionSafeShift)
                {
                    return true;
                }

                previous = run;
                previousEnd = NaturalEnd(run, pdfFont, i);
            }
        }

        return false;
    }

    /// <summary>One run: font, colour, render mode, then Tm and a TJ array per stretch of equal vertical offset.</summary>
    private void Run(GlyphRun run, double lineX, double baseline)
    {
        var glyphs = run.GlyphIds;
        if (glyphs.Length == 0)
        {
            return;
        }

        var pdfFont = fonts.Get(run.Font);
        if (!ReferenceEquals(font, pdfFont) || fontSize != run.SizePt)
        {
            font = pdfFont;
            fontSize = run.SizePt;
            Content.Raw(pdfFont.ResourceName).Space().Number(run.SizePt).Raw(" Tf\n"u8);
        }

        FillState(run.Color);
        if (run.SyntheticBold != strokedText)
        {
            strokedText = run.SyntheticBold;
            if (strokedText)
            {
                StrokeState(run.Color, run.SizePt * SyntheticBoldStroke);
            }

            // 9.3.6: mode 2 fills and strokes the outlines, 0 fills them.
            Content.Raw(strokedText ? "2 Tr\n"u8 : "0 Tr\n"u8);
        }

        var scale = 1000 / run.SizePt;
        var first = 0;
        while (first < glyphs.Length)
        {
            var dy = run.Y?[first] ?? 0;
            var end = first + 1;
            while (end < glyphs.Length && (run.Y?[end] ?? 0) == dy)
            {
                end++;
            }

            // The spacing most gaps of the segment share (justification, letter spacing) goes into
            // Tc once (9.3.2); the TJ array keeps only the gaps that differ from it.
            var spacing = Math.Round(Tracking(run, pdfFont, first, end) * run.SizePt / 1000, 3);
            if (spacing != charSpacing)
            {
                charSpacing = spacing;
                Content.Number(spacing).Raw(" Tc\n"u8);
            }

            var spacingPen = spacing * scale;
            Content.Raw("1 0 0 1 "u8).Number(lineX + run.X[first]).Space().Number(baseline + dy).Raw(" Tm["u8);
            // The pen in thousandths of an em from the segment's start: each shift is what is
            // left between where the reader's pen is and where the glyph goes, so rounding never
            // accumulates along the line.
            double pen = 0;
            var open = false;
            for (var i = first; i < end; i++)
            {
                var target = (run.X[i] - run.X[first]) * scale;
                var shift = Math.Round(pen - target);
                if (shift != 0)
                {
                    if (open)
                    {
                        Content.Raw((byte)'>');
                        open = false;
                    }

                    Content.Integer((long)shift);
                    pen -= shift;
                }

                if (!open)
                {
                    Content.Raw((byte)'<');
                    open = true;
                }

                Content.Hex16(glyphs[i]);
                pen += pdfFont.Width(glyphs[i]) + spacingPen;
            }

            Content.Raw(open ? ">]TJ\n"u8 : "]TJ\n"u8);
            first = end;
        }
    }

    /// <summary>
    /// The gap most pairs of neighbouring glyphs in <c>[first, end)</c> leave beyond their advances,
    /// in thousandths of an em (0 for a single glyph).
    /// </summary>
    private static int Tracking(GlyphRun run, PdfFont font, int first, int end)
    {
        var count = end - first - 1;
        if (count <= 0)
        {
            return 0;
        }

        var gaps = count <= 256 ? stackalloc int[count] : new int[count];
        for (var i = 0; i < count; i++)
        {
            var glyph = first + i;
            var natural = NaturalEnd(run, font, glyph);
            gaps[i] = (int)Math.Round((run.X[glyph + 1] - natural) * 1000 / run.SizePt);
        }

        gaps.Sort();
        int best = gaps[0], bestCount = 0;
        for (var i = 0; i < count;)
        {
            var j = i;
            while (j < count && gaps[j] == gaps[i])
            {
                j++;
            }

            if (j - i > bestCount)
            {
                (best, bestCount) = (gaps[i], j - i);
            }

            i = j;
        }

        return best;
    }

    /// <summary>Where the pen stands after <paramref name="glyph"/> of <paramref name="run"/> with no shift: its x plus its /W advance, in points.</summary>
    private static double NaturalEnd(GlyphRun run, PdfFont font, int glyph) =>
        run.X[glyph] + (font.Width(run.GlyphIds[glyph]) * run.SizePt / 1000);

    private void Box(BoxElement box)
    {
        BeginArtifact();
        if (box.Fill is { } color)
        {
            FillState(color);
            Rectangle(box).Raw(" f\n"u8);
        }

        if (box.Stroke is { } line && box.StrokePt > 0)
        {
            StrokeState(line, box.StrokePt);
            Rectangle(box).Raw(" S\n"u8);
        }

        End();
    }

    private PdfBuffer Rectangle(BoxElement box) =>
        Content.Number(box.X).Space().Number(height - box.Y - box.Height).Space().Number(box.Width).Space().Number(box.Height).Raw(" re"u8);

    private void Image(ImageElement element)
    {
        var (number, image) = images.Get(element);
        var index = pageImages.FindIndex(i => i.Object == number);
        if (index < 0)
        {
            index = pageImages.Count;
            pageImages.Add((number, index + 1));
        }

        Begin(element.Structure, height - element.Y);
        Content.Raw("q "u8);
        foreach (var value in PdfImagePlacement.Matrix(image.Orientation, element.X, height - element.Y - element.Height, element.Width, element.Height))
        {
            Content.Number(value, 4).Space();
        }

        Content.Raw("cm /Im"u8).Integer(pageImages[index].Index).Raw(" Do Q\n"u8);
        End();
    }

    /// <summary>Opens the marked-content sequence of <paramref name="structure"/>, or an artifact.</summary>
    private void Begin(StructureNode? structure, double topPt)
    {
        if (structure is null)
        {
            BeginArtifact();
            return;
        }

        var mcid = marked.Mark(structure, pageIndex, topPt);
        Content.Raw(StructureTypes.TagOf(structure.Kind)).Raw("<</MCID "u8).Integer(mcid).Raw(">>BDC\n"u8);
    }

    private void BeginArtifact() => Content.Raw("/Artifact BMC\n"u8);

    private void End() => Content.Raw("EMC\n"u8);

    private void FillState(RgbColor color)
    {
        if (fill != color)
        {
            fill = color;
            Color(color).Raw(" rg\n"u8);
        }
    }

    private void StrokeState(RgbColor color, double width)
    {
        if (stroke != color)
        {
            stroke = color;
            Color(color).Raw(" RG\n"u8);
        }

        if (lineWidth != width)
        {
            lineWidth = width;
            Content.Number(width).Raw(" w\n"u8);
        }
    }

    private PdfBuffer Color(RgbColor color) =>
        Content.Number(color.R / 255.0).Space().Number(color.G / 255.0).Space().Number(color.B / 255.0);
}
