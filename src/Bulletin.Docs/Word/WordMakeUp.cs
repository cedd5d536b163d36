using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Structure;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>Character spacing for a stretch of a paragraph: characters <c>[Start, End)</c>, white space not counted, <paramref name="Twips"/> wider each (negative: narrower).</summary>
/// <param name="Start">The first character (white space not counted).</param>
/// <param name="End">The character after the last.</param>
/// <param name="Twips">The spacing added after each character, in twentieths of a point (ECMA-376 §17.3.2.35).</param>
internal sealed record SpacingSpan(int Start, int End, int Twips);

/// <summary>
/// What the Word file carries of how our layout made up one paragraph or figure: where a page
/// starts in it, and the character spacing that holds its lines' breaks where ours are.
/// </summary>
/// <param name="Key">The paragraph's text without white space, or the figure's alternative text.</param>
/// <param name="Figure">A figure at the head of a page: <paramref name="Key"/> is its alternative text.</param>
/// <param name="PageStarts">The characters (white space not counted) of the paragraph before each page it starts on or runs on to that Word is to break before (the page before ends short of its foot); 0: a page starts with it.</param>
/// <param name="Spacing">The spacing of the lines our layout set tighter or looser than Word would fill them.</param>
internal sealed record ParagraphMakeUp(string Key, bool Figure, IReadOnlyList<int> PageStarts, IReadOnlyList<SpacingSpan> Spacing)
{
    /// <summary>For a figure: the text without white space of the paragraph it is set before, at the head of its page; <c>null</c> for a paragraph.</summary>
    public string? Before { get; init; }

    /// <summary>For a paragraph: how many paragraphs of our layout before it have its <see cref="Key"/> (0: none), to tell one short paragraph met several times from another.</summary>
    public int Occurrence { get; init; }

    /// <summary>For a paragraph: how many paragraphs of our layout have its <see cref="Key"/>; 0 when not counted.</summary>
    public int Occurrences { get; init; }

    /// <summary>For a paragraph: it is a table's cell, which a page starts with only when it starts the table (Word breaks a page before a table by its first cell's paragraph).</summary>
    public bool InTable { get; init; }
}

/// <summary>
/// Carries our layout's make-up into the Word file, so Word breaks its pages and lines where the
/// PDF does rather than where its own filling would (Word breaks its own pages: without this a
/// long document's page feet drift from the PDF's by a line a page). On pages of one column, a
/// page break before each page's first paragraph (ECMA-376 §17.3.1.23 pageBreakBefore) or, where a
/// page starts inside a paragraph, between its two lines (§17.3.3.1 br of type page), and a figure
/// the layout moved to a page's head (floated or lifted) moved there in the body too. On every
/// page, each line our layout squeezed (marks compressed, characters closed up) or loosened (a
/// paragraph set a line longer) beyond what Word fills a line with at the characters' own widths
/// is held by character spacing (§17.3.2.35), in body paragraphs and in the pieces of them that a
/// module's or a box's cells hold. A page break alone is not enough: one line of difference above
/// it spills a line onto a page of its own, so the page breaks hold only with the lines held.
/// </summary>
internal static class WordMakeUp
{
    private const double Epsilon = 0.01;

    /// <summary>
    /// What a page break inside a paragraph takes from the line before it and every line after it,
    /// in points: measured with LibreOffice, which sets those lines as if 1.3–2.6 pt shorter.
    /// </summary>
    internal const double PageBreakPt = 3;

    /// <summary>
    /// The make-up of every paragraph of <paramref name="layout"/> that needs any, in page order;
    /// on pages of more than one column only the lines' spacing (a page's top line is not where
    /// reading goes on there, and Word balances the columns itself).
    /// </summary>
    public static IReadOnlyList<ParagraphMakeUp> Of(LaidOutDocument layout, Theme.BulletinTheme theme)
    {
        var columns = theme.Page.Columns;
        var body = theme[Theme.TextRole.Body];
        var trackingPt = body.LetterSpacingPt;
        var lineHeightPt = body.LineSpacing.ToPoints(body.SizePt);
        var footPt = theme.Page.HeightPt - theme.Page.MarginBottomPt;
        var previousShort = false;
        var lines = new Dictionary<StructureNode, List<TextLineElement>>(ReferenceEqualityComparer.Instance);
        var order = new List<StructureNode>();
        var pageFirsts = new List<(StructureNode Node, TextLineElement? Line)>();
        var followers = new Dictionary<StructureNode, (TextLineElement? Line, bool PageBreak)>(ReferenceEqualityComparer.Instance);
        foreach (var page in layout.Pages)
        {
            (double Top, StructureNode Node, TextLineElement? Line)? first = null;
            foreach (var element in page.Elements)
            {
                switch (element)
                {
                    case TextLineElement { Structure: { } node } line:
                        if (!lines.TryGetValue(node, out var list))
                        {
                            lines.Add(node, list = []);
                            order.Add(node);
                        }

                        list.Add(line);
                        var top = line.Baseline - line.Line.Ascent;
                        if (first is null || top < first.Value.Top - Epsilon)
                        {
                            first = (top, node, line);
                        }

                        break;
                    case ImageElement { Structure: { Kind: StructureKind.Figure, AltText: not null } figure } image:
                        if (first is null || image.Y < first.Value.Top - Epsilon)
                        {
                            first = (image.Y, figure, null);
                        }

                        break;
                }
            }

            // Only where the page before ends a line or more short of its foot: a full page ends
            // where Word's own filling ends it, and a break forced there would leave a page of
            // one line wherever Word's lines come out a line longer.
            var shortOfFoot = previousShort;
            previousShort = footPt - Bottom(page) >= lineHeightPt - Epsilon;
            if (columns == 1 && page.Number > 1 && first is { } start)
            {
                if (shortOfFoot)
                {
                    pageFirsts.Add((start.Node, start.Line));
                }

                if (start.Line is null)
                {
                    // What follows the figure on its page, to set it before in the Word file too.
                    var below = page.Elements.OfType<TextLineElement>()
                        .Where(line => line.Structure is { Kind: not StructureKind.Caption } node && node != start.Node && node.Parent != start.Node && line.Baseline > start.Top)
                        .MinBy(line => line.Baseline);
                    followers[start.Node] = (below, shortOfFoot);
                }
            }
        }

        var result = new List<ParagraphMakeUp>();
        foreach (var (figure, follower) in followers)
        {
            // A figure the layout moved to a page's head (floated or lifted) goes before the
            // paragraph that follows it there; one followed by a paragraph running on from the
            // page before is left where Word has it, as a page break could not hold it there.
            if (follower.Line?.Structure is { } next && lines[next][0] == follower.Line)
            {
                result.Add(new ParagraphMakeUp(figure.AltText!, Figure: true, follower.PageBreak ? [0] : [], []) { Before = string.Concat(lines[next].Select(line => WordLayoutHints.Key(line.Line.Text))) });
            }
        }

        var firstLines = pageFirsts.Where(start => start.Line is not null).Select(start => start.Line!).ToHashSet(ReferenceEqualityComparer.Instance);
        var texts = order.Select(node => string.Concat(lines[node].Select(line => WordLayoutHints.Key(line.Line.Text)))).ToList();
        var occurrences = texts.CountBy(text => text, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < order.Count; n++)
        {
            var node = order[n];
            var text = texts[n];
            var occurrence = seen.GetValueOrDefault(text);
            seen[text] = occurrence + 1;
            var nodeLines = lines[node];
            var keys = nodeLines.Select(line => WordLayoutHints.Key(line.Line.Text)).ToList();
            var offsets = new List<int>();
            var pageFirst = new HashSet<int>();
            var offset = 0;
            for (var i = 0; i < nodeLines.Count; i++)
            {
                if (firstLines.Contains(nodeLines[i]))
                {
                    offsets.Add(offset);
                    pageFirst.Add(i);
                }

                offset += keys[i].Length;
            }

            var spacing = node.Kind switch
            {
                StructureKind.Paragraph => Spacing(nodeLines, keys, trackingPt, pageFirst, label: 0),
                StructureKind.ListBody => Spacing(nodeLines, keys, trackingPt, pageFirst, ListLabel(nodeLines[0].Line.Text), columns == 1 ? theme.Page.MarginLeftPt + theme.Page.ContentWidthPt : null),
                _ => [],
            };
            if (offsets.Count > 0 || spacing.Count > 0)
            {
                result.Add(new ParagraphMakeUp(text, Figure: false, offsets, spacing) { Occurrence = occurrence, Occurrences = occurrences[text], InTable = InTable(node) });
            }
        }

        return result;
    }

    private static bool InTable(StructureNode node) => node.Kind == StructureKind.Table || (node.Parent is { } parent && InTable(parent));

    /// <summary>The bottom of the lowest text or picture of <paramref name="page"/>'s content, in points from its top; 0 for none.</summary>
    private static double Bottom(LaidOutPage page) =>
        page.Elements.Select(element => element switch
        {
            TextLineElement { Structure: not null } line => line.Baseline + line.Line.Descent,
            ImageElement { Structure: not null } image => image.Y + image.Height,
            _ => 0,
        }).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The spacing that holds each line of a paragraph where our layout broke it: a line whose
    /// characters at their own widths (with the style's spacing) overrun its measure (squeezed:
    /// marks compressed, characters closed up) or leave room for the next line's first character
    /// (loosened) has every character given one spacing, rounded down to a twip and a twip less,
    /// that brings the line just under its measure, so Word fills it with the same characters and
    /// spreads the rest. One spacing for the line rather than ours character by character: measured
    /// with LibreOffice, a narrowed mark at the line's end is not counted as narrowed when it
    /// decides what fits, while an even spacing is. The first <paramref name="label"/> characters of
    /// the first line (a list item's label and its space, white space counted) are Word's
    /// numbering, set at the style's spacing: the line's spacing goes to the characters after them.
    /// A list item of one line, which has no line before it to take the measure from, ends at
    /// <paramref name="columnRight"/> (pt from the page's left; <c>null</c>: not known, left to Word).
    /// </summary>
    private static List<SpacingSpan> Spacing(List<TextLineElement> lines, List<string> keys, double trackingPt, HashSet<int> pageFirst, int label, double? columnRight = null)
    {
        var trackingTwips = WordUnits.Twips(trackingPt);
        var spans = new List<SpacingSpan>();
        if (lines.Count < 2 && columnRight is null)
        {
            return spans;
        }

        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            // The measure: every line but the last is justified to it; the last ends in the
            // column of the line before it (which starts at most an indent away).
            var line = lines[i];
            var justified = i + 1 < lines.Count || i == 0 ? line : lines[i - 1];
            var right = lines.Count == 1 ? columnRight!.Value : justified.X + justified.Line.Width;
            var measure = right - line.X - (pageFirst.Any(first => first > 0 && i >= first - 1) ? PageBreakPt : 0);
            var sameColumn = Math.Abs(justified.X - line.X) <= 2 * line.Line.Runs.Select(run => (double)run.SizePt).DefaultIfEmpty(0).Max() + Epsilon;
            if (keys[i].Length > 0 && sameColumn && !justified.Line.IsWide && Naturals(line.Line) is { } naturals)
            {
                var gaps = AutoSpace(line.Line);
                var natural = naturals.Sum() + gaps + (naturals.Count * trackingPt);
                var next = i + 1 < lines.Count && Naturals(lines[i + 1].Line) is { Count: > 0 } following ? Pullable(lines[i + 1].Line.Text, following, trackingPt) : double.PositiveInfinity;
                var loosened = i + 1 < lines.Count && !line.Line.IsWide && natural + next <= measure + Epsilon;
                var squeezed = natural > measure + Epsilon;
                if (loosened || squeezed)
                {
                    var numbered = i == 0 ? Math.Min(label, naturals.Count - 1) : 0;
                    var twips = (int)Math.Floor(20 * (measure - naturals.Sum() - gaps - (numbered * trackingPt)) / (naturals.Count - numbered)) - 1;
                    if (twips != trackingTwips)
                    {
                        spans.Add(new SpacingSpan(start, start + keys[i].Length, twips));
                    }
                }
            }

            start += keys[i].Length;
        }

        return spans;
    }

    /// <summary>
    /// The width, in points with the style's spacing, of what Word would have to take from the start
    /// of a line (<paramref name="text"/>, its characters' <paramref name="naturals"/>) onto the line
    /// before to fill it: its first character, and with an opening mark (“ 《 （, which cannot end a
    /// line: clreq §3.1.7, GB/T 15834) the characters up to the one after it too, and a 2-em mark
    /// (—— ……, never split: GB/T 15834 §4.9, §4.11) whole.
    /// </summary>
    internal static double Pullable(string text, List<double> naturals, double trackingPt)
    {
        var count = 0;
        while (count < naturals.Count - 1 && ChineseKinsoku.CannotEndLine(text[count], LineBreakStrictness.Basic))
        {
            count++;
        }

        count += count < naturals.Count - 1 && ChineseKinsoku.StartsTwoEmMark(text, count) ? 2 : 1;
        return naturals.Take(count).Sum() + (count * trackingPt);
    }

    /// <summary>How many characters (white space counted) at the start of a list item's first line <paramref name="text"/> are the label our layout prints ("1. ", "• "), which Word numbers; 0 for none.</summary>
    private static int ListLabel(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space is > 0 and <= 4 && (text[0] == '•' || char.IsAsciiDigit(text[0])) ? space + 1 : 0;
    }

    /// <summary>
    /// The space the reader puts between Chinese (a Han character or a full-width mark) and Latin
    /// (any printable ASCII) on <paramref name="line"/>, in points: autoSpaceDE and autoSpaceDN are
    /// on (ECMA-376 §17.3.1.2, §17.3.1.3). LibreOffice was measured to set about ⅕ em there (our
    /// layout ¼ em, shrinking to ⅛); ¼ em is counted, as with ⅕ lines holding digits still overran.
    /// </summary>
    private static double AutoSpace(LaidOutLine line)
    {
        var gaps = 0.0;
        var text = line.Text;
        var size = line.Runs.Count > 0 ? line.Runs.Max(run => run.SizePt) : 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if ((IsChinese(text[i]) && IsLatin(text[i + 1])) || (IsLatin(text[i]) && IsChinese(text[i + 1])))
            {
                gaps += size / 4;
            }
        }

        return gaps;
    }

    private static bool IsLatin(char c) => c is > ' ' and <= '~';

    private static bool IsChinese(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF');

    /// <summary>
    /// The width of each character of <paramref name="line"/> (white space included) at its size
    /// with no spacing, in points; <c>null</c> when the glyphs are not one to a character (a
    /// ligature, a run whose text is not the line's).
    /// </summary>
    private static List<double>? Naturals(LaidOutLine line)
    {
        if (!string.Concat(line.Runs.Select(run => run.Text)).Equals(line.Text, StringComparison.Ordinal))
        {
            return null;
        }

        var result = new List<double>();
        foreach (var run in line.Runs)
        {
            if (run.GlyphIds.Length != run.Text.Length || run.Clusters.Distinct().Count() != run.GlyphIds.Length)
            {
                return null;
            }

            for (var g = 0; g < run.GlyphIds.Length; g++)
            {
                result.Add(run.Font.AdvanceOf(run.GlyphIds[g]) * (double)run.SizePt / run.Font.UnitsPerEm);
            }
        }

        return result;
    }

    /// <summary>Puts <paramref name="makeUp"/> into <paramref name="body"/>; a paragraph or figure not found is left to Word.</summary>
    public static void Apply(W.Body body, IReadOnlyList<ParagraphMakeUp> makeUp)
    {
        if (makeUp.Count == 0)
        {
            return;
        }

        SpacePieces(body, makeUp);
        var paragraphs = body.Descendants<W.Paragraph>().Where(paragraph => !paragraph.Ancestors<W.TableCell>().Any()).ToList();
        var keys = paragraphs.Select(Key).ToList();
        var used = new bool[paragraphs.Count];
        var cursor = 0;
        var tables = body.Elements<W.Table>().Select(table => table.Descendants<W.Paragraph>().FirstOrDefault()).OfType<W.Paragraph>().ToList();
        foreach (var item in makeUp)
        {
            if (item.InTable)
            {
                // A page that starts with a table: a table row has no page break of its own, and
                // Word and LibreOffice start the table on a new page for its first paragraph's
                // pageBreakBefore (ECMA-376 §17.3.1.23). A page starting mid-table is left to Word.
                if (item.PageStarts.Contains(0) && tables.FirstOrDefault(first => Label(item.Key, Key(first)) is not null) is { } cell)
                {
                    WordParagraphs.Properties(cell).PageBreakBefore = new W.PageBreakBefore();
                    tables.Remove(cell);
                }

                continue;
            }

            // A paragraph whose text our layout met more than once (短。, （完）) is told by which of
            // them it is, where the Word file holds as many: the next from the cursor may be an
            // earlier one, mid-page in the PDF.
            var alike = item.Figure || item.Occurrences < 2 ? [] : Enumerable.Range(0, paragraphs.Count).Where(i => Label(item.Key, keys[i]) is not null).ToList();
            var found = alike.Count > 1 && alike.Count == item.Occurrences && !used[alike[item.Occurrence]] ? alike[item.Occurrence]
                : Enumerable.Range(cursor, paragraphs.Count - cursor).Concat(Enumerable.Range(0, cursor))
                    .FirstOrDefault(i => !used[i] && (item.Figure ? HasPicture(paragraphs[i], item.Key) : Label(item.Key, keys[i]) is not null), -1);
            if (found < 0)
            {
                continue;
            }

            // A list item's label is text in our layout and numbering in Word.
            var label = item.Figure ? 0 : Label(item.Key, keys[found])!.Value;

            used[found] = true;
            cursor = found;
            var paragraph = paragraphs[found];
            if (item.Before is { } before)
            {
                if (!MoveFigure(paragraph, Target(paragraph, before)))
                {
                    continue;
                }
            }

            Space(paragraph, item.Spacing, label, keys[found].Length);

            foreach (var offset in item.PageStarts)
            {
                if (offset == 0)
                {
                    WordParagraphs.Properties(paragraph).PageBreakBefore = new W.PageBreakBefore();
                }
                else if (offset > label && Cut(paragraph, offset - label, int.MaxValue).FirstOrDefault() is { } after)
                {
                    after.InsertBeforeSelf(new W.Run(new W.Break { Type = W.BreakValues.Page }));
                }
            }
        }
    }

    /// <summary>
    /// Gives the runs of <paramref name="paragraph"/> the spacing of <paramref name="spans"/> that
    /// fall within its characters, the paragraph holding those of our layout's paragraph from
    /// <paramref name="from"/> (white space not counted), <paramref name="length"/> of them.
    /// </summary>
    private static void Space(W.Paragraph paragraph, IReadOnlyList<SpacingSpan> spans, int from, int length)
    {
        // A span may start in a list label our layout prints and Word numbers: the text after it.
        foreach (var span in spans.Where(span => span.End > from && span.Start >= 0 && span.End <= from + length))
        {
            foreach (var run in Cut(paragraph, Math.Max(span.Start - from, 0), span.End - from))
            {
                (run.RunProperties ??= new W.RunProperties()).Spacing = new W.Spacing { Val = span.Twips };
            }
        }
    }

    /// <summary>
    /// The spacing of the lines of paragraphs that a table's cells hold in pieces, a piece a column
    /// as our layout set them (a module, a boxed commentary): each piece takes the spans of the one
    /// paragraph whose text holds it.
    /// </summary>
    private static void SpacePieces(W.Body body, IReadOnlyList<ParagraphMakeUp> makeUp)
    {
        var spaced = makeUp.Where(item => !item.Figure && item.Spacing.Count > 0).ToList();
        foreach (var paragraph in body.Descendants<W.Paragraph>().Where(paragraph => paragraph.Ancestors<W.TableCell>().Any()).ToList())
        {
            var key = Key(paragraph);
            if (key.Length < MinPiece)
            {
                continue;
            }

            var holders = spaced.Where(item => item.Key.Contains(key, StringComparison.Ordinal)).Take(2).ToList();
            if (holders.Count == 1 && holders[0].Key.IndexOf(key, StringComparison.Ordinal) is var from
                && holders[0].Key.IndexOf(key, from + 1, StringComparison.Ordinal) < 0)
            {
                Space(paragraph, holders[0].Spacing, from, key.Length);
            }
        }
    }

    /// <summary>The fewest characters a piece of a paragraph in a table cell has to be found by its text.</summary>
    private const int MinPiece = 8;

    /// <summary>
    /// The block of the body (a paragraph, or a table by its first cell's text) that a figure in
    /// <paramref name="picture"/> is to go before, its text starting as <paramref name="before"/>
    /// does (or <paramref name="before"/> without a list label Word numbers instead): of those, the nearest to the picture, as a figure moves only within its page;
    /// <c>null</c> for none.
    /// </summary>
    private static OpenXmlElement? Target(W.Paragraph picture, string before)
    {
        if (picture.Parent is not W.Body body)
        {
            return null;
        }

        var blocks = body.ChildElements.ToList();
        var at = blocks.IndexOf(picture);
        return blocks
            .Select((block, index) => (Block: block, Index: index, Key: block switch
            {
                W.Paragraph paragraph => Key(paragraph),
                W.Table table => table.Descendants<W.Paragraph>().FirstOrDefault() is { } cell ? Key(cell) : string.Empty,
                _ => string.Empty,
            }))
            .Where(block => block.Index != at && block.Key.Length > 0
                && (block.Key.StartsWith(before, StringComparison.Ordinal) || before.StartsWith(block.Key, StringComparison.Ordinal) || Label(before, block.Key) is not null))
            .MinBy(block => Math.Abs(block.Index - at))
            .Block;
    }

    /// <summary>
    /// Moves the figure whose picture is in <paramref name="picture"/> (with its caption or credit,
    /// the paragraph after it) to just before <paramref name="target"/> (a paragraph or a table);
    /// <c>false</c>, nothing moved, when either is not a block of the body itself or ends a section.
    /// </summary>
    private static bool MoveFigure(W.Paragraph picture, OpenXmlElement? target)
    {
        if (target is null || picture.Parent is not W.Body || target.Parent is not W.Body)
        {
            return false;
        }

        var figure = new List<W.Paragraph> { picture };
        if (picture.NextSibling() is W.Paragraph { ParagraphProperties.ParagraphStyleId.Val.Value: var style } caption
            && (style == WordStyleIds.Of(Theme.TextRole.Caption) || style == WordStyleIds.Of(Theme.TextRole.Credit)))
        {
            figure.Add(caption);
        }

        if (figure.Any(paragraph => paragraph.ParagraphProperties?.SectionProperties is not null) || figure.Any(paragraph => ReferenceEquals(paragraph, target)))
        {
            return false;
        }

        foreach (var paragraph in figure)
        {
            paragraph.Remove();
            target.InsertBeforeSelf(paragraph);
        }

        return true;
    }

    /// <summary>
    /// How many characters of <paramref name="laidOut"/> (our layout's text of a paragraph) are a
    /// list label that Word numbers instead (up to 4, in front of <paramref name="word"/>, the Word
    /// paragraph's text); 0 when the texts are the same, <c>null</c> when they are not the same paragraph.
    /// </summary>
    private static int? Label(string laidOut, string word) =>
        laidOut == word ? 0
        : word.Length > 0 && laidOut.Length - word.Length is > 0 and <= 4 && laidOut.EndsWith(word, StringComparison.Ordinal) ? laidOut.Length - word.Length
        : null;

    private static bool HasPicture(W.Paragraph paragraph, string altText) =>
        paragraph.Descendants<DocProperties>().Any(properties => properties.Description?.Value == altText);

    /// <summary>The paragraph's text without white space, as <see cref="WordLayoutHints.Key"/> makes it.</summary>
    private static string Key(W.Paragraph paragraph) => WordLayoutHints.Key(string.Concat(paragraph.Descendants<W.Text>().Select(text => text.Text)));

    /// <summary>
    /// The runs of <paramref name="paragraph"/> that hold its characters <c>[start, end)</c> (white
    /// space not counted), split off the runs they share with characters outside; none when a
    /// character is in something other than a plain run's text.
    /// </summary>
    private static List<W.Run> Cut(W.Paragraph paragraph, int start, int end)
    {
        SplitBefore(paragraph, start);
        SplitBefore(paragraph, end);
        var runs = new List<W.Run>();
        var seen = 0;
        foreach (var run in paragraph.Descendants<W.Run>().ToList())
        {
            var count = run.Elements<W.Text>().Sum(text => text.Text.Count(c => !char.IsWhiteSpace(c)));
            if (count > 0 && seen >= start && seen + count <= end)
            {
                runs.Add(run);
            }

            seen += count;
        }

        return runs;
    }

    /// <summary>Splits the run holding the <paramref name="offset"/>th character (white space not counted) so that a run starts with it.</summary>
    private static void SplitBefore(W.Paragraph paragraph, int offset)
    {
        var seen = 0;
        foreach (var text in paragraph.Descendants<W.Text>().ToList())
        {
            var count = text.Text.Count(c => !char.IsWhiteSpace(c));
            if (seen + count <= offset)
            {
                seen += count;
                continue;
            }

            if (text.Parent is not W.Run run)
            {
                return;
            }

            var at = IndexOfNonWhiteSpace(text.Text, offset - seen);
            var children = run.ChildElements.ToList();
            var textIndex = children.IndexOf(text);
            if (at == 0 && children.Take(textIndex).All(child => child is W.RunProperties))
            {
                return; // the run already starts with it
            }

            var after = (W.Run)run.CloneNode(true);
            var afterChildren = after.ChildElements.ToList();
            for (var i = 0; i < afterChildren.Count; i++)
            {
                if (afterChildren[i] is W.RunProperties)
                {
                    continue;
                }

                if (i < textIndex)
                {
                    afterChildren[i].Remove();
                }
                else if (i == textIndex)
                {
                    Set((W.Text)afterChildren[i], text.Text[at..]);
                }
            }

            for (var i = textIndex + 1; i < children.Count; i++)
            {
                children[i].Remove();
            }

            if (at == 0)
            {
                text.Remove();
            }
            else
            {
                Set(text, text.Text[..at]);
            }

            run.InsertAfterSelf(after);
            return;
        }
    }

    private static void Set(W.Text element, string text)
    {
        element.Text = text;
        element.Space = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? SpaceProcessingModeValues.Preserve : null;
    }

    private static int IndexOfNonWhiteSpace(string text, int count)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (count == 0)
            {
                return i;
            }

            count--;
        }

        return text.Length;
    }
}
