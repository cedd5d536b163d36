using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// Turns the document's items into bands. With <see cref="BulletinTheme.HeadlinesSpanColumns"/>
/// each article's headline stack spans the columns and its body is balanced under it; otherwise
/// the stack is the start of the flow. A section banner joins the band of its first item so it is
/// never left alone at a page foot.
/// </summary>
internal sealed class BandFactory(FlowContext context, PageSetup setup, double framePadding)
{

    /// <summary>The bands of every item in reading order.</summary>
    public IEnumerable<Band> Bands(BulletinDocument document)
    {
        for (var i = 0; i < document.Items.Count; i++)
        {
            var path = $"Items[{i}]";
            switch (document.Items[i])
            {
                case Section section:
                    var element = context.Structure.Add(StructureKind.Section, null, title: section.Banner);
                    var banner = BannerSlices(section, element);
                    if (section.Items.Count == 0)
                    {
                        yield return new Band(section, banner, [], 1, false, false);
                    }

                    for (var j = 0; j < section.Items.Count; j++)
                    {
                        yield return ItemBand(section.Items[j], $"{path}.Items[{j}]", j == 0 ? banner : [], element);
                    }

                    break;
                case var item:
                    yield return ItemBand(item, path, [], null);
                    break;
            }
        }
    }

    private bool Spanning => context.Theme.HeadlinesSpanColumns;

    private IReadOnlyList<Slice> BannerSlices(Section section, StructureNode element)
    {
        var slices = new SliceList { Container = element };
        if (section.Id is { } id)
        {
            slices.Add(new AnchorSlice(id) { KeepWithNext = true });
        }

        var width = Spanning ? setup.ContentWidthPt : ColumnWidth(setup.ContentWidthPt, setup.Columns);
        context.AddText(slices, section.Banner, width, TextRole.SectionBanner, keepAll: true);
        slices.Add(new RuleSlice(width, context.Theme.Rules.SectionBannerPt, context.Theme.AccentColor, 4) { KeepWithNext = true });
        return slices.Slices;
    }

    private Band ItemBand(BulletinItem item, string path, IReadOnlyList<Slice> prefix, StructureNode? section)
    {
        var element = context.Structure.Add(StructureKind.Article, section, title: TitleOf(item));
        var framed = item is Article { ColumnLabel: not null } && context.Theme.BoxColumns;
        var pad = framed ? framePadding : 0;
        var bandWidth = setup.ContentWidthPt - 2 * pad;
        var columns = Math.Max(1, setup.Columns);
        var columnWidth = ColumnWidth(bandWidth, columns);
        var maxHeight = setup.ContentHeightPt - 2 * pad;
        var header = new SliceList { Container = element };
        var body = new SliceList { Container = element };
        var stack = Spanning ? header : body;
        var stackWidth = Spanning ? bandWidth : columnWidth;
        if (!Spanning)
        {
            body.AddRange(prefix);
        }
        else
        {
            header.AddRange(prefix);
        }

        if (item.Id is { } id)
        {
            stack.Add(new AnchorSlice(id) { KeepWithNext = true });
        }

        switch (item)
        {
            case Article article:
                ArticleSlicer.AddHeadlineStack(context, stack, article, stackWidth);
                SnapInFlow(body);
                ArticleSlicer.AddBody(context, body, article, columnWidth, maxHeight, path);
                break;
            case PictureNews picture:
                if (picture.Title is { } title)
                {
                    context.AddText(stack, title, stackWidth, TextRole.PictureTitle, keepAll: true);
                }

                // Picture news across a newspaper page: the photo across half the columns (aligned
                // to the column grid), caption under it.
                var imageWidth = Spanning ? ColumnWidth(bandWidth, columns) * Math.Max(1, columns / 2) + (Math.Max(1, columns / 2) - 1) * setup.ColumnGapPt : (double?)null;
                var figureHeight = maxHeight - stack.Slices.Sum(s => s.Height);
                FigureSlicer.Add(context, stack, picture.Figure, stackWidth, figureHeight, $"{path}.Figure", imageWidth);
                SnapInFlow(body);
                break;
            default:
                throw new NotSupportedException($"{path}: item {item.GetType().Name} is not supported by the page layout.");
        }

        return new Band(item, header.Slices, body.Slices, columns, framed, Balanced: Spanning);
    }

    /// <summary>A headline stack in the flow takes whole body lines, so the body after it stays on the grid.</summary>
    private void SnapInFlow(SliceList body)
    {
        if (!Spanning)
        {
            body.SnapToPitch(0, context.LinePitchPt);
        }
    }

    /// <summary>What an item is called in the outline: its headline, or a picture's title or alternative text.</summary>
    private static string TitleOf(BulletinItem item) => item switch
    {
        Article article => OneLine(article.Headline.Lines),
        PictureNews picture => picture.Title ?? picture.Figure.Caption ?? picture.Figure.AltText,
        _ => throw new NotSupportedException($"Item {item.GetType().Name} has no title."),
    };

    /// <summary>A headline's lines as one line: joined as they are, with a space only between two Latin letters or digits.</summary>
    private static string OneLine(IReadOnlyList<string> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length > 0 && line.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]) && char.IsAsciiLetterOrDigit(line[0]))
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.ToString();
    }

    private double ColumnWidth(double width, int columns) => (width - (columns - 1) * setup.ColumnGapPt) / columns;
}
