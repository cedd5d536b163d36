using System.Globalization;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Validation;

/// <summary>
/// Rules for an article's placement (<see cref="ArticlePlacement"/>): a module spans at least one
/// column and, on a page of several, no more than the page has; a fixed depth is at least one body
/// line and no deeper than the type area.
/// </summary>
internal static class PlacementRules
{
    /// <summary>Checks what needs no theme; the current position is the article.</summary>
    public static void Check(ValidationContext context, ArticlePlacement? placement)
    {
        if (placement is null)
        {
            return;
        }

        using var scope = context.Path.Member("Placement");
        if (placement.Columns < 1)
        {
            context.Report("Columns", $"a module spans at least 1 column; {Text(placement.Columns)} were asked for");
        }

        if (placement.DepthLines is < 1 and var depth)
        {
            context.Report("DepthLines", $"a module's depth is at least 1 body line; {Text(depth)} were asked for (null: as deep as its text needs)");
        }

        if (placement.Side is < ModuleSide.End or > ModuleSide.Start)
        {
            context.Report("Side", $"module side {(int)placement.Side} is not a ModuleSide: End (the page's last columns) or Start (its first)");
        }
    }

    /// <summary>Checks every article's placement against <paramref name="theme"/>'s page, under each article's path.</summary>
    public static void CheckAgainstTheme(ValidationContext context, BulletinDocument document, BulletinTheme theme)
    {
        if (document.Items is null || theme.Page is null)
        {
            return;
        }

        var bodyLine = theme.Styles?.TryGetValue(TextRole.Body, out var body) == true && body is not null
            ? body.LineSpacing.ToPoints(body.SizePt)
            : double.NaN;
        using var scope = context.Path.Member("Items");
        Items(context, document.Items, theme, bodyLine, depth: 0);
    }

    private static void Items(ValidationContext context, IReadOnlyList<BulletinItem> items, BulletinTheme theme, double bodyLine, int depth)
    {
        for (var i = 0; i < items.Count; i++)
        {
            using var index = context.Path.Index(i);
            switch (items[i])
            {
                case Article { Placement: { } placement }:
                    Against(context, placement, theme.Page, bodyLine);
                    break;
                case Section { Items: { } inner } when depth < DocumentWalker.MaxSectionDepth:
                    using (context.Path.Member("Items"))
                    {
                        Items(context, inner, theme, bodyLine, depth + 1);
                    }

                    break;
            }
        }
    }

    private static void Against(ValidationContext context, ArticlePlacement placement, PageSetup page, double bodyLine)
    {
        using var scope = context.Path.Member("Placement");
        // On a page of one column every placement falls back to the flow, so that one document
        // can be printed both as a newspaper page and as a 简报.
        if (page.Columns > 1 && placement.Columns > page.Columns)
        {
            context.Report("Columns", $"a module of {Text(placement.Columns)} columns does not fit the theme's page of {Text(page.Columns)} columns");
        }

        if (placement.DepthLines is { } lines && lines >= 1 && bodyLine > 0 && double.IsFinite(bodyLine) && page.ContentHeightPt > 0
            && lines * bodyLine > page.ContentHeightPt + 1e-6)
        {
            var most = (int)Math.Floor(page.ContentHeightPt / bodyLine + 1e-9);
            context.Report("DepthLines", $"a module {Text(lines)} body lines deep ({(lines * bodyLine).ToString("0.#", CultureInfo.InvariantCulture)} pt) is deeper than the type area ({page.ContentHeightPt.ToString("0.#", CultureInfo.InvariantCulture)} pt, {Text(most)} lines)");
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
