using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Validation;

/// <summary>Rules for the page: a size Word can store, margins that leave a type area, and usable columns.</summary>
internal static class PageRules
{
    /// <summary>Word's largest page side: 31680 twips = 22 in (ECMA-376 §17.6.13, Word's limit).</summary>
    public const double MaxPageSidePt = 1584;

    /// <summary>A column narrower than this many characters of body text cannot set a line of Chinese sensibly.</summary>
    public const int MinColumnChars = 4;

    /// <summary>Checks <paramref name="page"/>; the current position is the page.</summary>
    public static void Check(ValidationContext context, PageSetup page, double? bodySizePt)
    {
        var sizeOk = Side(context, "WidthPt", page.WidthPt, "page width") & Side(context, "HeightPt", page.HeightPt, "page height");
        ThemeRules.NotNegative(context, "MarginTopPt", page.MarginTopPt, "top margin");
        ThemeRules.NotNegative(context, "MarginBottomPt", page.MarginBottomPt, "bottom margin");
        ThemeRules.NotNegative(context, "MarginLeftPt", page.MarginLeftPt, "left margin");
        ThemeRules.NotNegative(context, "MarginRightPt", page.MarginRightPt, "right margin");
        ThemeRules.NotNegative(context, "HeaderDistancePt", page.HeaderDistancePt, "header distance");
        ThemeRules.NotNegative(context, "FooterDistancePt", page.FooterDistancePt, "footer distance");
        ThemeRules.NotNegative(context, "ColumnGapPt", page.ColumnGapPt, "column gap");
        TextRules.Optional(context, "HeaderText", page.HeaderText, "header text");

        if (page.LineGridPitchPt is { } pitch && (!(pitch > 0) || double.IsInfinity(pitch)))
        {
            context.Report("LineGridPitchPt", $"line grid pitch must be positive, is {ProblemText.Number(pitch)}");
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

        if (page.Columns < 1)
        {
            context.Report("Columns", $"columns must be at least 1, is {page.Columns}");
        }
        else if (typeAreaOk && page.ColumnGapPt >= 0 && bodySizePt is > 0 and <= ThemeRules.MaxFontSizePt and var body)
        {
            var minimum = MinColumnChars * body;
            if (!(page.ColumnWidthPt >= minimum))
            {
                context.Report("Columns", $"column width {ProblemText.Number(page.ColumnWidthPt)} pt is less than {MinColumnChars} characters of body text ({MinColumnChars} × {ProblemText.Number(body)} pt = {ProblemText.Number(minimum)} pt)");
            }
        }
    }

    private static bool Side(ValidationContext context, string member, double value, string name)
    {
        if (value > 0 && value <= MaxPageSidePt)
        {
            return true;
        }

        context.Report(member, $"{name} {ProblemText.Number(value)} pt is outside (0, {ProblemText.Number(MaxPageSidePt)}] pt, the sizes Word can store");
        return false;
    }
}
