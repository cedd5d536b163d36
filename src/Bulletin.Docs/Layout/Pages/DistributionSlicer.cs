using System.Globalization;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// The 报尾 of a 简报 (TYPOGRAPHY §6): 报：/送：/发： lines and （共印××份） at the right, between
/// two rules across the type area.
/// </summary>
internal static class DistributionSlicer
{
    private const double RulePt = 0.75;

    /// <summary>The 报尾 slices for a type area of <paramref name="width"/>.</summary>
    public static IReadOnlyList<Slice> Slices(FlowContext context, Distribution distribution, double width)
    {
        var slices = new SliceList();
        var color = context.Theme.AccentColor;
        slices.Add(new RuleSlice(width, RulePt, color, 6));
        foreach (var line in distribution.Lines)
        {
            slices.AddParagraph(context.Layout(line.Label + "：" + line.Recipients, width, TextRole.Distribution), 0, 0, keepAll: true);
        }

        if (distribution.PrintRun is { } copies)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"（共印{copies}份）");
            slices.AddParagraph(context.Layout(text, width, TextRole.Distribution, TextAlignment.End, atomic: true), 0, 0, keepAll: true);
        }

        slices.Add(new RuleSlice(width, RulePt, color, 6));
        return slices.Slices;
    }
}
