using Bulletin.Docs.Characters;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// The 报尾 as both writers print it (GB/T 9704-2012 §7.4): the 报：/送：/发： lines with their
/// labels and full-width colons, then the print run （共印120份）, or <c>null</c> for none.
/// </summary>
/// <param name="Lines">The distribution lines in order.</param>
/// <param name="PrintRun">The print-run line, set apart by a thin rule.</param>
/// <param name="EndIndentEm">
/// How far every line, the print run too, stands in from the right edge of the type area, in ems of
/// the distribution's size: GB/T 9704-2012 §7.4.2 sets the 抄送 lines 左右各空一字, so as far in as
/// the lines start from the left, and at least one character.
/// </param>
internal sealed record ComposedDistribution(IReadOnlyList<ComposedDistributionLine> Lines, string? PrintRun, double EndIndentEm)
{
    /// <summary>The right indent in points in <paramref name="style"/>: <see cref="EndIndentEm"/> ems of its size.</summary>
    public double EndIndentPt(TextStyle style) => EndIndentEm * style.SizePt;

    /// <summary>
    /// The 报尾 of <paramref name="distribution"/> in <paramref name="theme"/>: each line's label
    /// with its colon, and how far its turned lines hang.
    /// </summary>
    public static ComposedDistribution Of(Model.Distribution distribution, BulletinTheme theme)
    {
        var style = theme[TextRole.Distribution];
        // A label so long it would leave the recipients less than half the measure hangs no further than that.
        var maxHangEm = Math.Max(0, (theme.Page.ContentWidthPt / 2 - style.StartIndentChars * style.SizePt) / style.SizePt);
        var lines = distribution.Lines.Select(line =>
        {
            var label = PrintedForms.RunInLabel(line.Label);
            return new ComposedDistributionLine(label, line.Recipients, Math.Min(Ems(label), maxHangEm));
        });
        return new ComposedDistribution([.. lines], distribution.PrintRun is { } copies ? PrintedForms.PrintRun(copies) : null, Math.Max(style.StartIndentChars, 1));
    }

    /// <summary>The width of <paramref name="text"/> in ems: one for a wide or full-width character (UAX #11 W, F), half for any other.</summary>
    private static double Ems(string text)
    {
        var ems = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += CjkFacts.IsWide(rune.Value) ? 1 : 0.5;
        }

        return ems;
    }
}

/// <summary>
/// One 报尾 line: its label with the full-width colon (报：) and its recipients. GB/T 9704-2012
/// §7.4.2 turns a long line under the first character after the colon, so every line but the first
/// is indented by the label's width, <see cref="HangEm"/>, past the style's start indent.
/// </summary>
/// <param name="Label">The printed label with its colon, e.g. 报：.</param>
/// <param name="Recipients">The recipients, e.g. 省委办公厅，省政府办公厅.</param>
/// <param name="HangEm">How far the turned lines stand in from the first, in ems of the distribution's size.</param>
internal sealed record ComposedDistributionLine(string Label, string Recipients, double HangEm)
{
    /// <summary>The whole line as printed: 报：省委办公厅.</summary>
    public string Text => Label + Recipients;

    /// <summary>
    /// The hang in points in <paramref name="style"/>: <see cref="HangEm"/> ems of its size, plus
    /// its letter spacing after each of the label's characters.
    /// </summary>
    public double HangPt(TextStyle style) =>
        HangEm * style.SizePt + style.LetterSpacingPt * Label.EnumerateRunes().Count();
}

/// <summary>One entry of the contents box (本期要目): the item it points to and the title it prints.</summary>
/// <param name="Item">The item, whose page the entry shows.</param>
/// <param name="Text">The printed title.</param>
internal sealed record ContentsEntry(Model.BulletinItem Item, string Text);
