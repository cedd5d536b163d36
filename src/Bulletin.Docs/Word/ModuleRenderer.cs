using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// A module (an article with a placement) as the page layout set it: a floating table (ECMA-376
/// §17.4.57 <c>w:tblpPr</c>) on the same columns — the same distance from the margin and the same
/// width — its first row one cell holding the headline stack, its second a cell per column of the
/// module holding what our layout set in that column, paragraphs split where the page splits
/// them, at least as deep as the page's body row (ECMA-376 §17.4.81 <c>w:trHeight</c>, atLeast).
/// The stories after it wrap around it (<c>w:tblOverlap never</c>), as on the page.
/// </summary>
internal static class ModuleRenderer
{
    /// <summary>The floating table of <paramref name="module"/>, set as <paramref name="laidOut"/> reports.</summary>
    public static W.Table Render(ComposedStory module, ModuleReport laidOut, WordRenderContext context)
    {
        var spec = module.Module!;
        var placement = module.Placement;
        var theme = context.Theme;
        ArticleRenderer.Rendered rendered;
        using (context.WithWidth(placement.ColumnWidthPt))
        {
            rendered = ArticleRenderer.Render(module, context);
        }

        var pad = placement.Framed ? BoxedColumnRenderer.PaddingPt(theme) : 0;
        var gap = context.Page.ColumnGapPt;
        var count = spec.Columns;
        // The text width of each column, with the frame's rule and padding (as Word stores them) inside the module's width.
        var inner = placement.Framed ? pad + theme.Rules.FramePt : 0;
        var textWidth = (spec.WidthPt - (2 * inner) - ((count - 1) * gap)) / count;
        var cellWidths = Enumerable.Range(0, count)
            .Select(k => WordUnits.Twips(textWidth + (k == 0 ? inner : gap / 2) + (k == count - 1 ? inner : gap / 2)))
            .ToList();
        var total = WordUnits.Twips(spec.WidthPt);
        // Rounding each cell may leave a twip over or short: the last cell takes it, so the table is the module's width.
        cellWidths[^1] += total - cellWidths.Sum();
        var body = theme[TextRole.Body];
        var below = body.LineSpacing.ToPoints(body.SizePt) / 2;
        var (leftFromText, rightFromText) = spec.FirstColumn == 0 ? (0.0, gap) : (gap, 0.0);
        var color = theme.AccentColor;
        var rule = theme.Rules.FramePt;
        var borders = placement.Framed
            ? WordFormatting.BoxBorders(color, rule)
            : WordFormatting.TableBorders();
        var table = new W.Table(
            new W.TableProperties(
                new W.TablePositionProperties
                {
                    LeftFromText = (short)WordUnits.Twips(leftFromText),
                    RightFromText = (short)WordUnits.Twips(rightFromText),
                    TopFromText = 0,
                    BottomFromText = (short)WordUnits.Twips(below),
                    VerticalAnchor = W.VerticalAnchorValues.Text,
                    HorizontalAnchor = W.HorizontalAnchorValues.Margin,
                    TablePositionX = WordUnits.Twips(spec.LeftPt),
                    TablePositionY = 0,
                },
                new W.TableOverlap { Val = W.TableOverlapValues.Never },
                new W.TableWidth { Width = WordUnits.Text(total), Type = W.TableWidthUnitValues.Dxa },
                borders,
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                WordFormatting.CellMarginDefault(pad, 0),
                new W.TableLook { Val = "0000", NoHorizontalBand = true, NoVerticalBand = true }),
            new W.TableGrid(cellWidths.Select(width => new W.GridColumn { Width = WordUnits.Text(width) })));

        var stack = new W.TableCell(new W.TableCellProperties(
            new W.TableCellWidth { Width = WordUnits.Text(total), Type = W.TableWidthUnitValues.Dxa },
            new W.GridSpan { Val = count },
            WordFormatting.CellMargins(inner, inner)));
        foreach (var element in rendered.HeadlineStack)
        {
            stack.Append(element);
        }

        table.Append(new W.TableRow(new W.TableRowProperties(new W.CantSplit()), stack));
        var columns = Columns(module, laidOut, rendered.Body, context);
        // At least as deep as the page's module (a fixed depth, or columns the page balanced deeper than Word would),
        // so the last story beside it goes on under it where it does on the page.
        var row = new W.TableRow(new W.TableRowProperties(
            new W.CantSplit(),
            new W.TableRowHeight { Val = (uint)WordUnits.Twips(Math.Max(0, laidOut.Height - laidOut.BodyTopPt)), HeightType = W.HeightRuleValues.AtLeast }));
        for (var k = 0; k < count; k++)
        {
            var cell = new W.TableCell(new W.TableCellProperties(
                new W.TableCellWidth { Width = WordUnits.Text(cellWidths[k]), Type = W.TableWidthUnitValues.Dxa },
                WordFormatting.CellMargins(k == 0 ? inner : gap / 2, k == count - 1 ? inner : gap / 2, topPt: 0)));
            var content = k < columns.Count ? columns[k] : [];
            if (content.Count == 0)
            {
                // A cell holds at least one paragraph (ECMA-376 §17.4.66).
                content = [WordParagraphs.Styled(TextRole.Body)];
            }

            foreach (var element in content)
            {
                cell.Append(element);
            }

            row.Append(cell);
        }

        table.Append(row);
        return table;
    }

    /// <summary>
    /// The elements of each of the module's columns: a block the layout set whole in a column is
    /// rendered whole there; a paragraph split between columns is rendered in parts, its spans cut
    /// where the layout's lines end (counting characters other than white space), the part after
    /// the cut without a first-line indent. Should the pieces not match the blocks (they always
    /// should), every block goes whole into the column where it starts.
    /// </summary>
    private static List<List<OpenXmlElement>> Columns(ComposedStory module, ModuleReport laidOut, List<OpenXmlElement> wholeBlocks, WordRenderContext context)
    {
        var blocks = module.Body;
        var renderer = new WordBlockRenderer(context);
        var columns = new List<List<OpenXmlElement>>(laidOut.Pieces.Count);
        var matches = wholeBlocks.Count == blocks.Count && PiecesMatch(blocks, laidOut.Pieces);
        var done = 0;
        var cut = new int[blocks.Count];
        foreach (var pieces in laidOut.Pieces)
        {
            var column = new List<OpenXmlElement>();
            foreach (var piece in pieces)
            {
                if (!matches)
                {
                    // Whole blocks, in order, up to this one.
                    for (; done <= piece.Block && done < wholeBlocks.Count; done++)
                    {
                        column.Add(wholeBlocks[done]);
                    }

                    continue;
                }

                if (piece is { Starts: true, Ends: true } || blocks[piece.Block] is not TextBlock text)
                {
                    if (piece.Starts)
                    {
                        column.Add(wholeBlocks[piece.Block]);
                    }

                    continue;
                }

                var length = Visible(piece.Text);
                var part = Cut(text.Spans, cut[piece.Block], length);
                cut[piece.Block] += length;
                using (context.WithWidth(module.Placement.ColumnWidthPt))
                {
                    foreach (var element in renderer.Text(text with { Spans = part }))
                    {
                        if (!piece.Starts && element is W.Paragraph paragraph)
                        {
                            WordParagraphs.Properties(paragraph).Indentation = new W.Indentation { FirstLine = "0", FirstLineChars = 0 };
                        }

                        column.Add(element);
                    }
                }
            }

            columns.Add(column);
        }

        if (!matches && columns.Count > 0)
        {
            for (; done < wholeBlocks.Count; done++)
            {
                columns[^1].Add(wholeBlocks[done]);
            }
        }

        return columns;
    }

    /// <summary>Whether the pieces of every block add up to the block's text, characters other than white space counted.</summary>
    private static bool PiecesMatch(IReadOnlyList<ComposedBlock> blocks, IReadOnlyList<IReadOnlyList<ModulePiece>> columns)
    {
        var counted = new int[blocks.Count];
        foreach (var piece in columns.SelectMany(column => column))
        {
            if (piece.Block < 0 || piece.Block >= blocks.Count)
            {
                return false;
            }

            counted[piece.Block] += Visible(piece.Text);
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var expected = blocks[i] switch
            {
                TextBlock text => text.Spans.Sum(span => Visible(span.Text)),
                HeadingBlock heading => heading.Lines.Sum(Visible),
                _ => -1,
            };
            if (counted[i] != expected)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The spans holding the <paramref name="count"/> visible characters after the first <paramref name="skip"/>.</summary>
    private static List<Span> Cut(IReadOnlyList<Span> spans, int skip, int count)
    {
        var part = new List<Span>();
        var position = 0;
        foreach (var span in spans)
        {
            var visible = Visible(span.Text);
            var from = Math.Max(skip, position);
            var to = Math.Min(skip + count, position + visible);
            if (to > from || (visible == 0 && position >= skip && position < skip + count))
            {
                part.Add(span with { Text = Slice(span.Text, from - position, to - position) });
            }

            position += visible;
        }

        return part;
    }

    /// <summary>The characters of <paramref name="text"/> from its <paramref name="from"/>-th visible one up to its <paramref name="to"/>-th, white space before the first dropped.</summary>
    private static string Slice(string text, int from, int to)
    {
        int start = -1, end = text.Length, seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (seen == from && start < 0)
            {
                start = i;
            }

            seen++;
            if (seen == to)
            {
                end = i + 1;
                // Keep white space that follows within the part (an ideographic space after the 电头).
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                break;
            }
        }

        return start < 0 ? text : text[start..end];
    }

    private static int Visible(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

}
