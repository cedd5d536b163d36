using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Validation;

/// <summary>Rules for the page: a size Word can store, margins that leave a type area, and usable columns.</summary>
internal static class PageRules
{
    /// <summary>Word's largest page side: 31680 twips = 22 in (ECMA-376 §17.6.13, Word's limit).</summary>
    public const double MaxPageSidePt = 1584;

    /// <summary>
    /// The smallest page side, 3 pt: ISO 32000-1 Annex C.2 gives 3 × 3 units as the least page size
    /// a PDF reader must handle.
    /// </summary>
    public const double MinPageSidePt = 3;

    /// <summary>The most columns a Word section holds: w:cols has at most 45 w:col children (ECMA-376 §17.6.4).</summary>
    public const int MaxColumns = 45;

    /// <summary>A column narrower than this many characters of body text cannot set a line of Chinese sensibly.</summary>
    public const int MinColumnChars = 4;

    /// <summary>Checks <paramref name="page"/>; the current position is the page.</summary>
    public static void Check(ValidationContext context, PageSetup page, double? bodySizePt)
    {
        const string side = "the sizes Word can store (w:pgSz, ECMA-376 §17.6.13) and a PDF reader must handle (ISO 32000-1 Annex C.2)";
        var sizeOk = ThemeRules.InRange(context, "WidthPt", page.WidthPt, MinPageSidePt, MaxPageSidePt, "page width", "pt", side)
            & ThemeRules.InRange(context, "HeightPt", page.HeightPt, MinPageSidePt, MaxPageSidePt, "page height", "pt", side);
        const string margin = "what Word can store (w:pgMar, ECMA-376 §17.6.11)";
        ThemeRules.InRange(context, "MarginTopPt", page.MarginTopPt, 0, MaxPageSidePt, "top margin", "pt", margin);
        ThemeRules.InRange(context, "MarginBottomPt", page.MarginBottomPt, 0, MaxPageSidePt, "bottom margin", "pt", margin);
        ThemeRules.InRange(context, "MarginLeftPt", page.MarginLeftPt, 0, MaxPageSidePt, "left margin", "pt", margin);
        ThemeRules.InRange(context, "MarginRightPt", page.MarginRightPt, 0, MaxPageSidePt, "right margin", "pt", margin);
        ThemeRules.InRange(context, "HeaderDistancePt", page.HeaderDistancePt, 0, MaxPageSidePt, "header distance", "pt", margin);
        ThemeRules.InRange(context, "FooterDistancePt", page.FooterDistancePt, 0, MaxPageSidePt, "footer distance", "pt", margin);
        ThemeRules.InRange(context, "ColumnGapPt", page.ColumnGapPt, 0, MaxPageSidePt, "column gap", "pt", "what Word can store (w:cols, ECMA-376 §17.6.4)");
        // The header text is printed on every page, unlike the theme's names.
        context.InPrintedText = true;
        TextRules.Optional(context, "HeaderText", page.HeaderText, "header text");
        context.InPrintedText = false;

        if (page.LineGridPitchPt is { } pitch)
        {
            ThemeRules.InRange(context, "LineGridPitchPt", pitch, ThemeRules.MinExactLineSpacingPt, MaxPageSidePt, "line grid pitch", "pt", "what Word can store (w:docGrid, ECMA-376 §17.6.5)");
        }

        if (page.PageNumbers is < PageNumberFormat.None or > PageNumberFormat.PageOfTotal)
        {
            context.Report("PageNumbers", $"page number format {(int)page.PageNumbers} is not a PageNumberFormat");
        }

        if (page.PageNumberPosition is < PageNumberPosition.Center or > PageNumberPosition.Outside)
        {
            context.Report("PageNumberPosition", $"page number position {(int)page.PageNumberPosition} is not a PageNumberPosition");
        }

        var typeAreaOk = false;
        if (sizeOk)
        {
            if (!(page.ContentWidthPt > 0))
            {
                context.Report($"left and right margins ({ProblemText.Number(page.MarginLeftPt)} + {ProblemText.Number(page.MarginRightPt)} pt) leave no type area on a {ProblemText.Number(page.WidthPt)} pt wide page");
            }
            else if (!(page.ContentHeightPt > 0))
            {
                context.Report($"top and bottom margins ({ProblemText.Number(page.MarginTopPt)} + {ProblemText.Number(page.MarginBottomPt)} pt) leave no type area on a {ProblemText.Number(page.HeightPt)} pt high page");
            }
            else
            {
                typeAreaOk = true;
            }
        }

        if (page.Columns is < 1 or > MaxColumns)
        {
            context.Report("Columns", $"columns {page.Columns} is outside [1, {MaxColumns}], the columns a Word section holds (w:cols, ECMA-376 §17.6.4)");
        }
        else if (typeAreaOk && page.ColumnGapPt is >= 0 and <= MaxPageSidePt && bodySizePt is >= ThemeRules.MinFontSizePt and <= ThemeRules.MaxFontSizePt and var body)
        {
            var minimum = MinColumnChars * body;
            if (!(page.ColumnWidthPt >= minimum))
            {
                context.Report("Columns", $"column width {ProblemText.Number(page.ColumnWidthPt)} pt is less than {MinColumnChars} characters of body text ({MinColumnChars} × {ProblemText.Number(body)} pt = {ProblemText.Number(minimum)} pt)");
            }
        }
    }
}
