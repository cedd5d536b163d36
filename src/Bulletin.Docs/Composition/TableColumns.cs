using System.Globalization;
using System.Text;
using Bulletin.Docs.Characters;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// The column grid of a table, decided once so that the Word writer (<c>w:tblGrid</c>) and the page
/// layout draw the same columns. With <see cref="Table.ColumnWidths"/>, widths follow the shares,
/// but no column is narrower than its widest unbreakable piece of text (a number, a Latin word)
/// with the padding, the others sharing what is left in proportion (CSS 2.1 §17.5.2); when those
/// pieces do not fit side by side, no column is narrower than its widest character. Without them, widths follow the
/// automatic table layout of browsers (CSS 2.1 §17.5.2.2) and Word's AutoFit: each column has a
/// minimum width, its widest unbreakable piece of text but at least four characters (or the whole
/// text when shorter), and a preferred width, its widest cell set on one line, both plus the cell
/// padding on either side and the width of a rule. When the preferred widths fit, the columns share
/// the table's width in proportion to them. Otherwise a column whose preferred width fits in an
/// equal share of the width keeps it, so short labels stay on one line (repeated, since fixing one
/// leaves more for the rest), and the other columns get their minimums and share what is left in
/// proportion to what each still wants (preferred − minimum); when even the minimums do not fit,
/// the narrow columns keep theirs and the widest share the rest equally (their text then breaks
/// inside a word, as it would in any column too narrow for it).
/// </summary>
/// <remarks>
/// Text is measured without fonts, so both writers get the same answer on any machine: one em for
/// East Asian wide, full-width and ambiguous characters (UAX #11 W, F, A; Chinese text sets the
/// ambiguous marks “ ” — … full width), and for the rest the bundled faces' averages rounded up
/// (Noto Serif SC, Noto Sans SC, LXGW WenKai: capitals 0.64–0.71 em, digits 0.55–0.60 em, other
/// letters and marks 0.52–0.57 em; Times New Roman and Arial are narrower), with m and w, the
/// widest letters (0.8–0.97 em), at one em. Break opportunities are the ones the line breaker surely
/// takes (UAX #14 with clreq's line-start and line-end prohibitions, 禁则): after a space, around a
/// Han character unless a closing mark follows it or an opening mark precedes it (but not between a
/// number and its unit, percent or currency sign, UAX #14 LB25), after a hyphen
/// between letters, after a soft hyphen (which then shows a hyphen), and after
/// <c>/ . - _ ? &amp; =</c> inside a web address. Missing a break the line breaker would take only
/// makes a minimum wider than needed, never a column too narrow for its words.
/// </remarks>
/// <param name="WidthsPt">The width of each column in points, cell padding included; together the table's width.</param>
/// <param name="PaddingPt">The padding between a cell's rules and its text, on every side, in points.</param>
internal sealed record TableColumns(IReadOnlyList<double> WidthsPt, double PaddingPt)
{
    /// <summary>Cell padding in em of the table cell role's size, on every side.</summary>
    public const double CellPaddingEm = 0.3;

    // Han text may break after any character, so its unbreakable pieces are one em wide; a column
    // that narrow stacks a name one character a line (太/原/市/…). A cell's minimum is therefore at
    // least this many em, or its whole text when shorter.
    private const double NarrowestEm = 4;

    private const double WidestLetterEm = 1.0;
    private const double CapitalEm = 0.72;
    private const double DigitEm = 0.6;
    private const double NarrowEm = 0.58;
    private const double SpaceEm = 0.3;

    private const int SoftHyphen = 0x00AD;
    private const int ZeroWidthSpace = 0x200B;

    // Where a line may break inside a web address (the line breaker's rule for URLs and paths).
    private const string AddressBreakAfter = "/.-_?&=";

    /// <summary>x of every vertical rule from the table's left edge, in points: 0, then the right edge of each column.</summary>
    public IReadOnlyList<double> EdgesPt { get; } = Edges(WidthsPt);

    /// <summary>The table's width in points, the right edge of its last column.</summary>
    public double WidthPt => EdgesPt[^1];

    /// <summary>
    /// The columns of <paramref name="table"/> set <paramref name="widthPt"/> points wide in
    /// <paramref name="theme"/>: from <see cref="Table.ColumnWidths"/> when given, otherwise from the
    /// cells' text in the <see cref="TextRole.TableHeader"/> and <see cref="TextRole.TableCell"/> styles.
    /// A table of rows of differing length (which validation refuses) gets as many columns as its
    /// longest row.
    /// </summary>
    /// <exception cref="ArgumentException">The table has no cells, or <paramref name="widthPt"/> is not positive.</exception>
    public static TableColumns Of(Table table, BulletinTheme theme, double widthPt)
    {
        var count = table.Rows.Count == 0 ? 0 : table.Rows.Max(row => row.Count);
        if (count == 0)
        {
            throw new ArgumentException("A table without cells has no columns.", nameof(table));
        }

        if (!(widthPt > 0))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The table's width must be positive, not {widthPt} pt."), nameof(widthPt));
        }

        var padding = CellPaddingEm * theme[TextRole.TableCell].SizePt;

        // Besides the text: the padding on either side, and half of each of the column's two rules,
        // which LibreOffice takes out of the text's width (a line that fits exactly would wrap there).
        var frame = 2 * padding + theme.Rules.TablePt;
        if (table.ColumnWidths is { } shares)
        {
            // As CSS table layout does for a column narrower than its minimum content width
            // (CSS 2.1 §17.5.2): its widest unbreakable word; failing that, its widest character.
            var minimums = Minimums(table, theme, count, frame);
            var floors = minimums.Sum() < widthPt ? minimums : Narrowest(table, theme, count, frame);
            return new TableColumns(Proportional(shares, floors, widthPt), padding);
        }

        var columns = new (double MinimumPt, double PreferredPt)[count];
        for (var c = 0; c < count; c++)
        {
            columns[c] = (frame, frame);
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var style = theme[r == 0 && table.HasHeaderRow ? TextRole.TableHeader : TextRole.TableCell];
            var indent = style.StartIndentChars * style.SizePt;
            var row = table.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                var (minimum, preferred) = Measure(row[c], style);
                minimum = Math.Max(minimum, Math.Min(preferred, NarrowestEm * style.SizePt));
                columns[c] = (
                    Math.Max(columns[c].MinimumPt, minimum + indent + frame),
                    Math.Max(columns[c].PreferredPt, preferred + indent + frame));
            }
        }

        return new TableColumns(Share(columns, widthPt), padding);
    }

    /// <summary>
    /// Shares <paramref name="widthPt"/> among columns of the given minimum and preferred widths (in
    /// points, padding included; preferred at least minimum, both positive), as described on the type.
    /// The widths returned add up to <paramref name="widthPt"/>.
    /// </summary>
    public static double[] Share(IReadOnlyList<(double MinimumPt, double PreferredPt)> columns, double widthPt)
    {
        var widths = new double[columns.Count];
        var preferred = columns.Sum(column => column.PreferredPt);
        if (preferred <= widthPt)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                widths[c] = widthPt * columns[c].PreferredPt / preferred;
            }

            return widths;
        }

        // A column whose whole text fits in an equal share of what is left keeps its one line (a
        // 序号 or 名称 column is not wrapped to feed a long 说明); the others share the rest.
        var rest = Enumerable.Range(0, columns.Count).ToList();
        var restWidth = widthPt;
        while (rest.Count > 1)
        {
            var share = restWidth / rest.Count;
            var narrow = rest.Where(c => columns[c].PreferredPt <= share).ToList();
            if (narrow.Count == 0)
            {
                break;
            }

            foreach (var c in narrow)
            {
                widths[c] = columns[c].PreferredPt;
                restWidth -= columns[c].PreferredPt;
                rest.Remove(c);
            }
        }

        if (!ShareAboveMinimum(columns, rest, restWidth, widths))
        {
            // The wide columns do not get their minimums beside the narrow ones at full width:
            // every column takes part again.
            var all = Enumerable.Range(0, columns.Count).ToList();
            if (!ShareAboveMinimum(columns, all, widthPt, widths))
            {
                CutWidest(columns, widthPt, widths);
            }
        }

        return widths;
    }

    // Gives each column of `which` its minimum and shares the rest of `width` in proportion to
    // preferred − minimum; false, writing nothing, when the minimums do not fit.
    private static bool ShareAboveMinimum(IReadOnlyList<(double MinimumPt, double PreferredPt)> columns, List<int> which, double width, double[] widths)
    {
        var minimum = which.Sum(c => columns[c].MinimumPt);
        var wanted = which.Sum(c => columns[c].PreferredPt - columns[c].MinimumPt);
        if (minimum > width)
        {
            return false;
        }

        foreach (var c in which)
        {
            widths[c] = wanted > 0
                ? columns[c].MinimumPt + (width - minimum) * (columns[c].PreferredPt - columns[c].MinimumPt) / wanted
                : width * columns[c].MinimumPt / minimum;
        }

        return true;
    }

    // When even the minimums do not fit, the widest columns are cut to one width, chosen so the
    // table fits: every column whose minimum is below it keeps its minimum.
    private static void CutWidest(IReadOnlyList<(double MinimumPt, double PreferredPt)> columns, double widthPt, double[] widths)
    {
        var remaining = widthPt;
        var left = columns.Count;
        var cap = 0.0;
        foreach (var columnMinimum in columns.Select(column => column.MinimumPt).Order())
        {
            if (columnMinimum * left > remaining)
            {
                cap = remaining / left;
                break;
            }

            remaining -= columnMinimum;
            left--;
        }

        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = Math.Min(columns[c].MinimumPt, cap);
        }
    }

    /// <summary>
    /// The width in points of the widest piece of <paramref name="text"/> that cannot break, and of
    /// its longest line set unbroken, in <paramref name="style"/> (size and letter spacing).
    /// </summary>
    public static (double MinimumPt, double PreferredPt) Measure(string text, TextStyle style)
    {
        var line = 0.0;
        var trailingSpace = 0.0;
        var widestLine = 0.0;
        var piece = 0.0;
        var widestPiece = 0.0;
        var addressEnd = -1;
        var previous = -1;
        var beforePrevious = -1;
        for (var index = 0; index < text.Length;)
        {
            _ = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length);
            var codePoint = rune.Value;
            if (codePoint == '\n')
            {
                widestLine = Math.Max(widestLine, line - trailingSpace);
                widestPiece = Math.Max(widestPiece, piece);
                line = trailingSpace = piece = 0;
                previous = beforePrevious = -1;
                index += length;
                continue;
            }

            if (index >= addressEnd)
            {
                addressEnd = AddressEnd(text, index);
            }

            if (previous >= 0 && BreaksBefore(beforePrevious, previous, codePoint, index < addressEnd))
            {
                widestPiece = Math.Max(widestPiece, piece + (previous == SoftHyphen ? AdvanceEm('-') * style.SizePt + style.LetterSpacingPt : 0));
                piece = 0;
            }

            var advanceEm = AdvanceEm(codePoint);
            var advance = advanceEm > 0 ? advanceEm * style.SizePt + style.LetterSpacingPt : 0;
            line += advance;
            if (IsBreakingSpace(codePoint))
            {
                trailingSpace += advance;
            }
            else
            {
                trailingSpace = 0;
                piece += advance;
            }

            beforePrevious = previous;
            previous = codePoint;
            index += length;
        }

        return (Math.Max(widestPiece, piece), Math.Max(widestLine, line - trailingSpace));
    }

    /// <summary>The advance of <paramref name="codePoint"/> in em, estimated without a font (see the remarks on the type).</summary>
    public static double AdvanceEm(int codePoint)
    {
        var facts = CjkFacts.Of(codePoint);
        if ((facts & CjkFacts.Fact.Combining) != 0
            || CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.Format or UnicodeCategory.Control)
        {
            return 0;
        }

        if ((facts & (CjkFacts.Fact.Wide | CjkFacts.Fact.Ambiguous)) != 0)
        {
            return 1;
        }

        return codePoint switch
        {
            ' ' => SpaceEm,
            'm' or 'w' or 'M' or 'W' => WidestLetterEm,
            >= 'A' and <= 'Z' => CapitalEm,
            >= '0' and <= '9' => DigitEm,
            _ when CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.SpaceSeparator => SpaceEm,
            _ => NarrowEm,
        };
    }

    // Whether a line surely may break between previous and next (see the remarks on the type).
    private static bool BreaksBefore(int beforePrevious, int previous, int next, bool inAddress)
    {
        if (IsBreakingSpace(previous) || previous is SoftHyphen or ZeroWidthSpace)
        {
            return true;
        }

        // No break before a space, a combining mark or a format character such as U+00AD (UAX #14 LB7, LB9).
        if (IsBreakingSpace(next) || AdvanceEm(next) == 0)
        {
            return false;
        }

        // A number keeps its postfix and prefix signs, 30℃, 5.2％, ￥1207 (UAX #14 LB25).
        var (before, after) = (LineBreakTable.GetClass(previous), LineBreakTable.GetClass(next));
        if ((before == LineBreakClass.NU && after == LineBreakClass.PO) || (before == LineBreakClass.PR && after == LineBreakClass.NU))
        {
            return false;
        }

        if (IsWide(previous) || IsWide(next))
        {
            return !IsOpening(previous) && !IsClosing(next);
        }

        if (inAddress)
        {
            return AddressBreakAfter.Contains((char)previous, StringComparison.Ordinal) && !AddressBreakAfter.Contains((char)next, StringComparison.Ordinal);
        }

        return previous == '-' && beforePrevious >= 0 && Rune.IsLetter(new Rune(beforePrevious)) && Rune.IsLetter(new Rune(next));
    }

    // The end of the web address that starts at index (one with a scheme, or starting www.), or index when none does.
    private static int AddressEnd(string text, int index)
    {
        if (index > 0 && IsAddressChar(text[index - 1]))
        {
            return index;
        }

        var end = index;
        while (end < text.Length && IsAddressChar(text[end]))
        {
            end++;
        }

        var run = text.AsSpan(index, end - index);
        return run.Contains("://", StringComparison.Ordinal) || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? end : index;
    }

    // Printable ASCII without the space: what a web address is written in.
    private static bool IsAddressChar(char c) => c is > ' ' and <= '~';

    private static bool IsBreakingSpace(int codePoint) =>
        codePoint is not (0x00A0 or 0x2007 or 0x202F) && CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.SpaceSeparator;

    private static bool IsWide(int codePoint) => (CjkFacts.Of(codePoint) & (CjkFacts.Fact.Wide | CjkFacts.Fact.Ambiguous)) != 0;

    // Marks that may not end a line: opening brackets and quotes (clreq's 禁则).
    private static bool IsOpening(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation;

    // Marks that may not start a line: closing brackets and quotes, pause and stop marks, dashes,
    // ellipses, the interpunct, slashes and the wave dash (clreq's 禁则).
    private static bool IsClosing(int codePoint) =>
        codePoint is '～' or '〜'
        || CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation;

    /// <summary>
    /// Widths in proportion to <paramref name="shares"/>, except that a column whose share would be
    /// narrower than <paramref name="narrowest"/> gets that, and the others share what is left in
    /// proportion, so a tiny share (<c>[0.001, 1, 1000]</c>) still gives a column its widest word
    /// or character rather than one the text spills out of. When even those do not fit, the narrowest widths are
    /// scaled down together to the table's width.
    /// </summary>
    private static double[] Proportional(IReadOnlyList<double> shares, IReadOnlyList<double> narrowest, double widthPt)
    {
        var widths = new double[shares.Count];
        if (narrowest.Sum() >= widthPt)
        {
            var sum = narrowest.Sum();
            for (var c = 0; c < widths.Length; c++)
            {
                widths[c] = widthPt * narrowest[c] / sum;
            }

            return widths;
        }

        var floored = new bool[shares.Count];
        while (true)
        {
            var rest = widthPt;
            var total = 0.0;
            for (var c = 0; c < widths.Length; c++)
            {
                if (floored[c])
                {
                    rest -= narrowest[c];
                }
                else
                {
                    total += shares[c];
                }
            }

            var changed = false;
            for (var c = 0; c < widths.Length; c++)
            {
                if (floored[c])
                {
                    widths[c] = narrowest[c];
                    continue;
                }

                widths[c] = rest * (shares[c] / total);
                if (widths[c] < narrowest[c])
                {
                    floored[c] = changed = true;
                }
            }

            if (!changed)
            {
                return widths;
            }
        }
    }

    /// <summary>
    /// Each column's narrowest width in points: its widest single character in its row's style, with
    /// the indent, the cell padding on either side and a rule. A table whose narrowest widths add up
    /// to more than the width it stands in cannot be set without text running out of its cells.
    /// </summary>
    public static double[] Narrowest(Table table, BulletinTheme theme)
    {
        var count = table.Rows.Count == 0 ? 0 : table.Rows.Max(row => row.Count);
        return Narrowest(table, theme, count, (2 * CellPaddingEm * theme[TextRole.TableCell].SizePt) + theme.Rules.TablePt);
    }

    // Each column's widest unbreakable piece of text (Measure) in its row's style, with the indent,
    // the cell padding on either side and a rule.
    private static double[] Minimums(Table table, BulletinTheme theme, int count, double frame) =>
        Widest(table, theme, count, frame, (text, style) => Measure(text, style).MinimumPt);

    // Each column's widest single character, likewise: the floor when the widest pieces cannot
    // stand side by side.
    private static double[] Narrowest(Table table, BulletinTheme theme, int count, double frame) =>
        Widest(table, theme, count, frame, (text, style) =>
        {
            var widest = 0.0;
            foreach (var rune in text.EnumerateRunes())
            {
                var advanceEm = AdvanceEm(rune.Value);
                if (advanceEm > 0)
                {
                    widest = Math.Max(widest, (advanceEm * style.SizePt) + style.LetterSpacingPt);
                }
            }

            return widest;
        });

    // The most any cell of each column needs (cellPt, in pt, in its row's style), with the indent and the frame.
    private static double[] Widest(Table table, BulletinTheme theme, int count, double frame, Func<string, TextStyle, double> cellPt)
    {
        var widest = new double[count];
        Array.Fill(widest, frame);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var style = theme[r == 0 && table.HasHeaderRow ? TextRole.TableHeader : TextRole.TableCell];
            var indent = style.StartIndentChars * style.SizePt;
            var row = table.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                widest[c] = Math.Max(widest[c], cellPt(row[c], style) + indent + frame);
            }
        }

        return widest;
    }

    private static double[] Edges(IReadOnlyList<double> widths)
    {
        var edges = new double[widths.Count + 1];
        for (var c = 0; c < widths.Count; c++)
        {
            edges[c + 1] = edges[c] + widths[c];
        }

        return edges;
    }
}
