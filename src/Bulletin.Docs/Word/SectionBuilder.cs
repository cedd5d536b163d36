using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Builds a section's <c>w:sectPr</c> (ECMA-376 §17.6.17): page size and margins in twips,
/// header/footer distances, the first page number, columns with their gap and rule, and the line grid.
/// </summary>
internal static class SectionBuilder
{
    /// <param name="page">The page setup.</param>
    /// <param name="columns">Number of columns of this section.</param>
    /// <param name="continuous">The section starts on the same page as the previous one.</param>
    /// <param name="headersAndFooters">Header/footer references, <c>w:titlePg</c> and the page number start, for the first section only (later ones inherit or continue).</param>
    public static W.SectionProperties Build(PageSetup page, int columns, bool continuous, HeaderFooterSet? headersAndFooters)
    {
        var section = new W.SectionProperties();
        if (headersAndFooters is not null)
        {
            section.Append(headersAndFooters.References());
        }

        if (continuous)
        {
            section.Append(new W.SectionType { Val = W.SectionMarkValues.Continuous });
        }

        section.Append(
            new W.PageSize { Width = (UInt32Value)(uint)WordUnits.Twips(page.WidthPt), Height = (UInt32Value)(uint)WordUnits.Twips(page.HeightPt) },
            new W.PageMargin
            {
                Top = WordUnits.Twips(page.MarginTopPt),
                Bottom = WordUnits.Twips(page.MarginBottomPt),
                Left = (UInt32Value)(uint)WordUnits.Twips(page.MarginLeftPt),
                Right = (UInt32Value)(uint)WordUnits.Twips(page.MarginRightPt),
                Header = (UInt32Value)(uint)WordUnits.Twips(page.HeaderDistancePt),
                Footer = (UInt32Value)(uint)WordUnits.Twips(page.FooterDistancePt),
                Gutter = 0U,
            });
        if (headersAndFooters is { FirstPageNumber: not 1 } numbering)
        {
            // ECMA-376 §17.6.12: the section's pages are numbered from this value, so a 第2版
            // prints 2, 3 … (the first section only: a later one without it continues the count).
            section.Append(new W.PageNumberType { Start = numbering.FirstPageNumber });
        }

        section.Append(Columns(page, columns));
        if (headersAndFooters is { DifferentFirstPage: true })
        {
            section.Append(new W.TitlePage());
        }

        if (page.LineGridPitchPt is { } pitch)
        {
            section.Append(new W.DocGrid { Type = W.DocGridValues.Lines, LinePitch = WordUnits.Twips(pitch) });
        }

        return section;
    }

    private static W.Columns Columns(PageSetup page, int columns)
    {
        var element = new W.Columns { Space = WordUnits.Text(WordUnits.Twips(page.ColumnGapPt)) };
        if (columns > 1)
        {
            element.ColumnCount = (Int16Value)(short)columns;
            element.EqualWidth = WordFormatting.On;
            if (page.ColumnRule)
            {
                element.Separator = WordFormatting.On;
            }
        }

        return element;
    }
}
