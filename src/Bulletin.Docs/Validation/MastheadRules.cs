using System.Globalization;
using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Validation;

/// <summary>Rules for the masthead that depend on the theme that prints it.</summary>
internal static class MastheadRules
{
    /// <summary>
    /// A 红头 prints the editing unit at the left and the date at the right of one line above the red
    /// rule, as a 简报's 版头 sets it; a unit too long to leave the date room on that line is reported,
    /// with how many characters fit. Widths are estimated from East Asian widths (UAX #11): one em for
    /// a wide character, half for a narrow one, an em between unit and date.
    /// </summary>
    public static void CheckAgainstTheme(ValidationContext context, BulletinDocument document, BulletinTheme theme)
    {
        if (theme.Masthead != MastheadStyle.RedHead
            || document.Masthead is not { EditingUnit: { Length: > 0 } unit } masthead
            || !(document.Edition?.OpensWithMasthead ?? (document.Edition?.Number ?? 1) == 1)
            || theme.Page is null
            || theme.Styles?.TryGetValue(TextRole.MastheadDetail, out var style) != true
            || style is not { SizePt: > 0 and < double.PositiveInfinity })
        {
            return;
        }

        var date = masthead.Date is { } day ? PrintedForms.Date(day) : null;
        var dateWidth = date is null ? 0 : TableColumns.Measure(date, style).PreferredPt + style.SizePt;
        var room = theme.Page.ContentWidthPt - dateWidth;
        if (TableColumns.Measure(unit, style).PreferredPt <= room + 0.01)
        {
            return;
        }

        var fit = Math.Max(0, (int)Math.Floor((room + 0.01) / (style.SizePt + style.LetterSpacingPt)));
        var where = date is null ? "on the red head's line" : $"at the left of the date {date} on the red head's line";
        context.Report("Masthead.EditingUnit", string.Create(CultureInfo.InvariantCulture, $"editing unit is too long for one line: at most {fit} characters fit {where}; give its short name (简称)"));
    }
}
