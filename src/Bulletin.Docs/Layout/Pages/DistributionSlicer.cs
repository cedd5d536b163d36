using System.Globalization;
using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// The 报尾 of a 简报: 报：/送：/发： lines and （共印××份） at the right, one character in from each side, between
/// black rules across the type area as GB/T 9704 §7.4 draws the 版记's separators: the first and
/// the last thick (0.35 mm), the one above the print run thin (0.25 mm).
/// </summary>
internal static class DistributionSlicer
{
    /// <summary>The 报尾 slices for a type area of <paramref name="width"/>.</summary>
    public static IReadOnlyList<Slice> Slices(FlowContext context, ComposedDistribution distribution, double width)
    {
        var slices = new SliceList { Container = context.Structure.Add(StructureKind.Distribution, null) };
        var color = RgbColor.Black;
        var rules = context.Theme.Rules;
        slices.Add(new RuleSlice(width, rules.DistributionOuterPt, color, 6));
        var style = context.Theme[TextRole.Distribution];
        var format = context.Format(TextRole.Distribution);
        // GB/T 9704-2012 §7.4.2: one character clear of the right edge too, the lines set to the narrower measure.
        var measure = width - distribution.EndIndentPt(style);
        foreach (var line in distribution.Lines)
        {
            // GB/T 9704-2012 §7.4.2: a turned line aligns with the first character after the colon.
            var hang = line.HangPt(style);
            var settings = ParagraphSettings.Of(style);
            settings = settings with { StartIndentPt = settings.StartIndentPt + hang, FirstLineIndentPt = settings.FirstLineIndentPt - hang };
            var paragraph = new ParagraphTextBuilder().Append(line.Text, format).Build();
            slices.AddParagraph(context.Text.Layout(paragraph, measure, settings), 0, 0, keepAll: true, context.TextElement(slices, TextRole.Distribution));
        }

        if (distribution.PrintRun is { } text)
        {
            if (distribution.Lines.Count > 0)
            {
                slices.Add(new RuleSlice(width, rules.DistributionInnerPt, color, 6));
            }

            slices.AddParagraph(context.Layout(text, measure, TextRole.Distribution, TextAlignment.End, atomic: true), 0, 0, keepAll: true, context.TextElement(slices, TextRole.Distribution));
        }

        slices.Add(new RuleSlice(width, rules.DistributionOuterPt, color, 6));
        return slices.Slices;
    }
}
