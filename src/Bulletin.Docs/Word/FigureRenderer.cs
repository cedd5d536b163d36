using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders a figure: the picture inline (ECMA-376 §20.4.2.8) scaled to the available width keeping
/// its aspect, then the caption and the credit kept with it, set under the picture within its
/// width (indents from the line's edges to the centred picture's), the credit at its right edge.
/// </summary>
internal static class FigureRenderer
{
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    /// <param name="figure">The figure.</param>
    /// <param name="context">The write's state; its available width bounds the picture.</param>
    /// <param name="path">Names the figure in error messages.</param>
    /// <param name="lineWidthPt">The width of the lines the figure's paragraphs sit in, when wider than the available width.</param>
    public static IEnumerable<OpenXmlElement> Render(Figure figure, WordRenderContext context, string path, double? lineWidthPt = null)
    {
        var hasCaption = !string.IsNullOrEmpty(figure.Caption);
        var hasCredit = !string.IsNullOrEmpty(figure.Credit);
        var image = context.Image(figure.Image, path);
        var (widthPt, heightPt) = FigureSizing.Fit(image.WidthPx, image.HeightPx, context.AvailableWidthPt, context.Page.ContentHeightPt * FigureSizing.MaxHeightShare);
        var sideTwips = WordUnits.Twips(Math.Max(0, ((lineWidthPt ?? context.AvailableWidthPt) - widthPt) / 2));
        yield return WordParagraphs.Styled(WordStyleIds.Picture, new W.Run(Drawing(figure, image, widthPt, heightPt, context)));
        if (hasCaption)
        {
            var caption = WithinPicture(WordParagraphs.Styled(TextRole.Caption, WordInlineRenderer.Text(figure.Caption!, TextRole.Caption, context)), sideTwips);
            if (hasCredit)
            {
                // The credit follows the caption at the right of its last line, as the PDF sets it
                // (docs/typography.md §5): a right tab at the caption's right edge, so a credit with no
                // room left on the line moves to a line of its own, still at the right.
                var lineTwips = WordUnits.Twips(lineWidthPt ?? context.AvailableWidthPt);
                var properties = WordParagraphs.Properties(caption);
                // Tab positions count from the margin, not the indent (ECMA-376 §17.3.1.37).
                properties.Tabs = new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Position = lineTwips - sideTwips });
                properties.SpacingBetweenLines = new W.SpacingBetweenLines { After = WordUnits.Text(WordUnits.Twips(context.Theme[TextRole.Credit].SpaceAfterPt)) };
                caption.Append([new W.Run(new W.TabChar()), .. WordInlineRenderer.Text(figure.Credit!, TextRole.Credit, context, WordStyleIds.CreditChar)]);
            }

            yield return caption;
        }
        else if (hasCredit)
        {
            yield return WithinPicture(WordParagraphs.Styled(TextRole.Credit, WordInlineRenderer.Text(figure.Credit!, TextRole.Credit, context)), sideTwips);
        }
    }

    /// <summary>
    /// Picture news set into the top of a story's last columns, as the PDF sets it: a floating table
    /// of one borderless cell (ECMA-376 §17.4.58 tblpPr) holding <paramref name="content"/> (title,
    /// photo, caption), <paramref name="leftPt"/> from the left margin and
    /// <paramref name="widthPt"/> wide, its top level with the paragraph it is anchored to (the
    /// story's first body paragraph, which must follow it), the story's text running around it.
    /// <paramref name="belowPt"/> is the space between the caption and the text under it.
    /// </summary>
    public static W.Table Floating(IEnumerable<OpenXmlElement> content, double leftPt, double widthPt, double belowPt)
    {
        var width = WordUnits.Text(WordUnits.Twips(widthPt));
        var none = WordFormatting.TableBorders();
        return new W.Table(
            new W.TableProperties(
                new W.TablePositionProperties
                {
                    LeftFromText = 0,
                    RightFromText = 0,
                    TopFromText = 0,
                    BottomFromText = (short)WordUnits.Twips(belowPt),
                    VerticalAnchor = W.VerticalAnchorValues.Text,
                    HorizontalAnchor = W.HorizontalAnchorValues.Margin,
                    TablePositionX = WordUnits.Twips(leftPt),
                    TablePositionY = 0,
                },
                new W.TableOverlap { Val = W.TableOverlapValues.Never },
                new W.TableWidth { Width = width, Type = W.TableWidthUnitValues.Dxa },
                none,
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                WordFormatting.CellMarginDefault(0, 0),
                new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new W.TableGrid(new W.GridColumn { Width = width }),
            new W.TableRow(new W.TableCell([
                new W.TableCellProperties(new W.TableCellWidth { Width = width, Type = W.TableWidthUnitValues.Dxa }),
                .. content])));
    }

    /// <summary>Indents a caption line from both sides to the edges of the centred picture.</summary>
    private static W.Paragraph WithinPicture(W.Paragraph paragraph, int sideTwips)
    {
        if (sideTwips > 0)
        {
            WordParagraphs.Properties(paragraph).Indentation = new W.Indentation { Left = WordUnits.Text(sideTwips), Right = WordUnits.Text(sideTwips) };
        }

        return paragraph;
    }

    private static W.Drawing Drawing(Figure figure, WordRenderContext.ImageEntry image, double widthPt, double heightPt, WordRenderContext context)
    {
        var cx = WordUnits.Emu(widthPt);
        var cy = WordUnits.Emu(heightPt);
        var id = context.NextDrawingId();
        var name = "Picture " + WordUnits.Text((int)id);

        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = image.FileName, Description = figure.AltText },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = image.RelationshipId }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));

        return new W.Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = figure.AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = PictureUri }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
    }
}
