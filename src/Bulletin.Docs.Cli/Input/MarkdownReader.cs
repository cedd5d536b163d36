using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdBlock = Markdig.Syntax.Block;
using MdInline = Markdig.Syntax.Inlines.Inline;
using MdList = Markdig.Syntax.ListBlock;
using MdTable = Markdig.Extensions.Tables.Table;
using ModelList = Bulletin.Docs.Model.ListBlock;
using ModelBlock = Bulletin.Docs.Model.Block;
using ModelInline = Bulletin.Docs.Model.Inline;
using ModelTable = Bulletin.Docs.Model.Table;

namespace Bulletin.Docs.Cli.Input;

/// <summary>
/// Reads the bulletin Markdown dialect (docs/markdown.md): YAML front matter for the masthead,
/// metadata and 报尾; <c>#</c> starts an article, <c>##</c> a 小标题; <c>标签：值</c> lines under
/// a headline for the kicker, deck, column label, byline, dateline, trailing byline and jump
/// lines; <c>::: section</c>, <c>::: picture</c> and <c>::: note</c> fenced blocks. Every problem
/// is collected with its line and column; reading goes on after a problem so all are reported.
/// </summary>
internal sealed partial class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseCustomContainers()
        .UseCjkFriendlyEmphasis()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Article fields written as <c>标签：值</c> lines right under the headline.</summary>
    internal static readonly IReadOnlyList<string> ArticleFields = ["引题", "副题", "栏目", "作者", "电头", "文末署名", "上接", "下转", "版位"];

    private readonly string file;
    private readonly string baseDirectory;
    private readonly string text;
    private readonly SourceMap map;
    private readonly List<Diagnostic> problems = [];
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);
    private readonly List<ItemBuilder> items = [];
    private ThemeReference? theme;
    private bool? contents;

    private MarkdownReader(string file, string text)
    {
        this.file = file;
        this.text = text;
        baseDirectory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        map = new SourceMap(text);
    }

    /// <summary>Reads <paramref name="text"/>, the contents of <paramref name="file"/> (images are found relative to it).</summary>
    public static LoadedInput Read(string file, string text)
    {
        var reader = new MarkdownReader(file, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return reader.Read();
    }

    private LoadedInput Read()
    {
        MarkdownDocument markdown;
        try
        {
            markdown = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig stops at its depth limit (rather than overflowing the stack) with this exception.
            Report(SourceLocation.Start, "the Markdown nests too deeply to be read (Markdig's depth limit); quotes, lists and ::: blocks do not nest in a bulletin");
            return new LoadedInput(file, null, null, null, map, problems, reported);
        }

        var front = new FrontMatter(this);
        var index = 0;
        if (markdown.Count > 0 && markdown[0] is YamlFrontMatterBlock yaml)
        {
            front.Read(yaml);
            index = 1;
        }
        else if (text.Split('\n', 2)[0].TrimEnd() == "---")
        {
            // Markdig takes '---' for front matter only when a closing line follows and something
            // stands between; otherwise every key would be read as body text, one problem a line.
            var lines = text.Split('\n');
            var close = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
            if (close < 0)
            {
                Report(SourceLocation.Start, "the front matter opened by '---' is never closed: end it with a line of '---'");
                index = markdown.Count;
            }
            else
            {
                while (index < markdown.Count && markdown[index].Line <= close)
                {
                    index++;
                }
            }
        }

        ItemBuilder? article = null;
        for (; index < markdown.Count; index++)
        {
            ReadItemLevel(markdown[index], items, ref article, sectionPath: null);
        }

        var document = new BulletinDocument
        {
            Masthead = front.Masthead,
            Edition = front.Edition,
            FirstPageNumber = front.FirstPageNumber,
            Items = [.. items.Select(i => i.Build())],
            Distribution = front.Distribution,
            Metadata = front.Metadata ?? new DocumentMetadata(),
        };
        return new LoadedInput(file, document, theme, contents, map, problems, reported);
    }

    private void ReadItemLevel(MdBlock block, List<ItemBuilder> container, ref ItemBuilder? article, string? sectionPath)
    {
        string ItemPath(int index) => (sectionPath is null ? "" : sectionPath + ".") + $"Items[{index}]";

        switch (block)
        {
            case HeadingBlock { Level: 1 } heading:
            {
                var (lines, id) = HeadingLines(heading);
                article = new ArticleBuilder(ItemPath(container.Count), Where(heading)) { Headline = new Headline(lines), Id = id };
                map.Add(article.Path, Where(heading));
                map.Add(article.Path + ".Headline", Where(heading));
                container.Add(article);
                return;
            }

            case CustomContainer custom when ContainerKind(custom) is "section" or "栏题":
            {
                var (banner, id) = SplitId(custom.Arguments ?? "");
                var section = new SectionBuilder(ItemPath(container.Count), Where(custom)) { Banner = banner, Id = id };
                map.Add(section.Path, Where(custom));
                map.Add(section.Path + ".Banner", Where(custom));
                // A section inside another is the validator's to report ("sections do not nest"), at this
                // block's line; it goes on checking the articles inside, which a reader's report would hide.
                container.Add(section);
                ItemBuilder? inner = null;
                foreach (var child in custom)
                {
                    ReadItemLevel(child, section.Items, ref inner, section.Path);
                }

                article = null;
                return;
            }

            case CustomContainer custom when ContainerKind(custom) is "picture" or "图片新闻":
            {
                var (title, id) = SplitId(custom.Arguments ?? "");
                var path = ItemPath(container.Count);
                map.Add(path, Where(custom));
                map.Add(path + ".Title", Where(custom));
                var figures = custom.OfType<ParagraphBlock>().ToList();
                Figure? figure = null;
                if (figures.Count != 1 || custom.Count != 1)
                {
                    Report(custom, "a picture block holds exactly one picture paragraph: ![caption](photo.jpg \"credit\")");
                }
                else
                {
                    figure = ReadFigure(figures[0], path + ".Figure");
                    if (figure is null)
                    {
                        Report(figures[0], "a picture block holds exactly one picture paragraph: ![caption](photo.jpg \"credit\")");
                    }
                }

                if (figure is null)
                {
                    reported.Add(path);
                }

                container.Add(new PictureBuilder(path, Where(custom), figure) { Title = title.Length == 0 ? null : title, Id = id });
                article = null;
                return;
            }
        }

        if (article is ArticleBuilder current)
        {
            ReadBody(block, current);
            return;
        }

        switch (block)
        {
            case LinkReferenceDefinitionGroup or HtmlBlock { Type: HtmlBlockType.Comment }:
                return;
            case HeadingBlock heading:
                Report(heading, $"a level-{heading.Level} heading outside an article: start an article with '# headline' first");
                return;
            default:
                Report(block, "text outside an article: start an article with '# headline' (or a ::: section / ::: picture block) first");
                return;
        }
    }

    private void ReadBody(MdBlock block, ArticleBuilder article)
    {
        var path = $"{article.Path}.Body[{article.Body.Count}]";
        switch (block)
        {
            case ParagraphBlock paragraph when article.Body.Count == 0 && !article.HeaderRead && TryReadHeader(paragraph, article):
                return;
            case ParagraphBlock paragraph when IsFigure(paragraph):
            {
                var figure = ReadFigure(paragraph, path);
                AddBlock(article, figure ?? (ModelBlock)new Divider(), path, Where(paragraph));
                return;
            }

            case ParagraphBlock paragraph when article.Body is [.., ModelTable { ColumnWidths: null } table] && ColumnWidthsLine().Match(RawLines(paragraph)[0].Text) is { Success: true } widths:
                ReadColumnWidths(RawLines(paragraph), widths, article, table);
                return;
            case ParagraphBlock paragraph when RowsAboveWidths(paragraph) is var (rows, widthsLines, widths):
            {
                // The 列宽 line right under the last row, without the blank line: Markdig then reads
                // the rows and that line as one paragraph of pipes; the rows are the table they look like.
                var table = ReadTable(rows);
                AddBlock(article, table, path, Where(paragraph));
                ReadColumnWidths(widthsLines, widths, article, table);
                return;
            }

            case ParagraphBlock paragraph:
                AddBlock(article, new Paragraph(ReadInlines(paragraph.Inline, path)), path, Where(paragraph));
                return;
            case HeadingBlock { Level: 2 } heading:
            {
                var (lines, id) = HeadingLines(heading);
                if (id is not null)
                {
                    Report(heading, "a 小标题 cannot carry an {#id}: ids belong to articles, sections and pictures");
                }

                AddBlock(article, new Subheading(lines), path, Where(heading));
                return;
            }

            case HeadingBlock heading:
                Report(heading, $"level-{heading.Level} headings are not part of a bulletin: '#' starts an article, '##' is a 小标题");
                return;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    path = $"{article.Path}.Body[{article.Body.Count}]";
                    if (child is ParagraphBlock quoted)
                    {
                        AddBlock(article, new Quote(ReadInlines(quoted.Inline, path)), path, Where(quoted));
                    }
                    else
                    {
                        Report(child, "a quote ('>') holds paragraphs only");
                    }
                }

                return;
            case CustomContainer custom when ContainerKind(custom) is "note" or "按语":
            {
                var label = (custom.Arguments ?? "").Trim();
                foreach (var child in custom)
                {
                    path = $"{article.Path}.Body[{article.Body.Count}]";
                    if (child is ParagraphBlock noted)
                    {
                        var note = new Note(ReadInlines(noted.Inline, path));
                        AddBlock(article, label.Length == 0 ? note : note with { Label = label }, path, Where(noted));
                    }
                    else
                    {
                        Report(child, "a note (::: note) holds paragraphs only");
                    }
                }

                return;
            }

            case CustomContainer custom:
                Report(custom, $"unknown block '::: {custom.Info}': use section, picture or note");
                return;
            case MdList list:
                AddBlock(article, ReadList(list, path), path, Where(list));
                return;
            case MdTable table:
                AddBlock(article, ReadTable(table), path, Where(table));
                return;
            case ThematicBreakBlock:
                AddBlock(article, new Divider(), path, Where(block));
                return;
            case LinkReferenceDefinitionGroup or HtmlBlock { Type: HtmlBlockType.Comment }:
                return;
            case FencedCodeBlock or CodeBlock:
                Report(block, "code blocks are not part of a bulletin (an indented line of 4 spaces is one: remove the indent)");
                return;
            case HtmlBlock:
                Report(block, "HTML is not part of a bulletin");
                return;
            default:
                Report(block, $"{block.GetType().Name} is not part of a bulletin");
                return;
        }
    }

    [GeneratedRegex(@"^\s*(?<label>[^\s：:]{1,6})\s*[：:]\s*(?<value>.*?)\s*$")]
    private static partial Regex FieldLine();

    private bool TryReadHeader(ParagraphBlock paragraph, ArticleBuilder article)
    {
        var lines = RawLines(paragraph);
        var first = FieldLine().Match(lines[0].Text);
        if (!first.Success || !ArticleFields.Contains(first.Groups["label"].Value))
        {
            return false;
        }

        article.HeaderRead = true;
        foreach (var line in lines)
        {
            var where = line.Where;
            var match = FieldLine().Match(line.Text);
            var label = match.Success ? match.Groups["label"].Value : "";
            var value = match.Success ? match.Groups["value"].Value : "";
            if (!match.Success || !ArticleFields.Contains(label))
            {
                Report(where, $"'{line.Text.Trim()}' is not an article field: the lines under a headline are 标签：值 with 标签 one of {string.Join("、", ArticleFields)} (leave a blank line before the first paragraph)");
                continue;
            }

            if (value.Length == 0)
            {
                Report(where, $"{label} has no value");
                continue;
            }

            if (label == "版位")
            {
                if (article.Placement is not null)
                {
                    Report(where, "版位 is given twice");
                }
                else if (Placement(value) is { } placement)
                {
                    article.Placement = placement;
                    map.Add($"{article.Path}.{nameof(Article.Placement)}", where);
                }
                else
                {
                    Report(where, $"版位 '{value}' is not N栏, N栏×M行, optionally followed by 左 or 右 (e.g. 版位：2栏×30行 左): N columns of the page, M body lines deep, on its left or right side (right by default)");
                }

                continue;
            }

            var member = label switch
            {
                "引题" => nameof(Article.Kicker),
                "副题" => nameof(Article.Subheadline),
                "栏目" => nameof(Article.ColumnLabel),
                "作者" => nameof(Article.Byline),
                "电头" => nameof(Article.Dateline),
                "文末署名" => nameof(Article.TrailingByline),
                "上接" => nameof(Article.ContinuedFrom),
                _ => nameof(Article.ContinuedOn),
            };
            if (!article.Fields.TryAdd(member, label is "上接" or "下转" ? label + value : value))
            {
                Report(where, $"{label} is given twice");
            }

            map.Add($"{article.Path}.{member}", where);
        }

        return true;
    }

    /// <summary>A 版位 value, <c>2栏</c>, <c>2栏×30行</c>, <c>2栏 左</c> (digits full-width or not): the placement it asks for, or <c>null</c> when it is not one.</summary>
    internal static ArticlePlacement? Placement(string value)
    {
        // A Chinese input method types full-width digits and letters (２栏×３０行, 2栏Ｘ30行): NFKC makes them ASCII.
        var match = PlacementValue().Match(value.Normalize(System.Text.NormalizationForm.FormKC));
        if (!match.Success)
        {
            return null;
        }

        // Too many columns or lines is the validator's to report (with the page's own numbers), not a form error.
        int? depth = match.Groups["lines"].Success ? Number(match.Groups["lines"].Value) : null;
        return new ArticlePlacement { Columns = Number(match.Groups["columns"].Value), DepthLines = depth, Side = match.Groups["side"].Value == "左" ? ModuleSide.Start : ModuleSide.End };

        static int Number(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : int.MaxValue;
    }

    [GeneratedRegex(@"^(?<columns>[0-9]+)\s*栏(?:\s*[×xX*]\s*(?<lines>[0-9]+)\s*行)?(?:\s*(?<side>左|右))?$")]
    private static partial Regex PlacementValue();

    private void AddBlock(ArticleBuilder article, ModelBlock block, string path, SourceLocation where)
    {
        article.Body.Add(block);
        map.Add(path, where);
    }

    /// <summary>The source lines of a paragraph as written, each with where its text starts.</summary>
    private List<(string Text, SourceLocation Where)> RawLines(ParagraphBlock paragraph)
    {
        var end = Math.Min(paragraph.Span.End + 1, text.Length);
        var raw = text[paragraph.Span.Start..end].TrimEnd('\n').Split('\n');
        var lines = new List<(string, SourceLocation)>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var indent = i == 0 ? 0 : raw[i].Length - raw[i].TrimStart().Length;
            var column = i == 0 ? paragraph.Column + 1 : indent + 1;
            lines.Add((raw[i].TrimStart(), new SourceLocation(paragraph.Line + 1 + i, column)));
        }

        return lines;
    }

    [GeneratedRegex(@"^\s*(?<label>列宽|widths)\s*[：:]\s*(?<value>.*?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ColumnWidthsLine();

    /// <summary>
    /// <c>列宽：1:3:2</c> in a paragraph of its own right under a table: the columns' relative widths
    /// (<see cref="ModelTable.ColumnWidths"/>), one positive share per column, separated by ':', ',',
    /// '、' or spaces.
    /// </summary>
    private void ReadColumnWidths(IReadOnlyList<(string Text, SourceLocation Where)> lines, Match widths, ArticleBuilder article, ModelTable table)
    {
        var where = lines[0].Where;
        if (lines.Count > 1)
        {
            Report(lines[1].Where, "列宽：… stands alone in its paragraph: leave a blank line after it");
            return;
        }

        var columns = table.Rows.Count == 0 ? 0 : table.Rows.Max(row => row.Count);
        // Full-width digits (１：４), as a Chinese input method types them, read as ASCII.
        var parts = widths.Groups["value"].Value.Normalize(System.Text.NormalizationForm.FormKC).Split([':', '：', ',', '，', '、', ' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        var shares = new List<double>(parts.Length);
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || !double.IsFinite(share) || share <= 0)
            {
                Report(where, $"列宽：… takes positive numbers, one per column (e.g. 列宽：1:3:2); '{part}' is not one");
                return;
            }

            shares.Add(share);
        }

        if (shares.Count != columns)
        {
            Report(where, $"列宽：… gives {shares.Count} widths for a table of {columns} columns: one per column, e.g. 列宽：{string.Join(':', Enumerable.Repeat(1, Math.Max(columns, 1)))}");
            return;
        }

        article.Body[^1] = table with { ColumnWidths = shares };
        map.Add($"{article.Path}.Body[{article.Body.Count - 1}].ColumnWidths", where);
    }

    /// <summary>
    /// A paragraph that is a pipe table's rows with a <c>列宽：</c> line right under them: the table
    /// the rows make, the widths line and the lines after it, and the widths' match; <c>null</c> otherwise.
    /// </summary>
    private (MdTable Rows, List<(string Text, SourceLocation Where)> WidthsLines, Match Widths)? RowsAboveWidths(ParagraphBlock paragraph)
    {
        var lines = RawLines(paragraph);
        var under = lines.FindIndex(line => !line.Text.Contains('|', StringComparison.Ordinal));
        if (under < 2 || ColumnWidthsLine().Match(lines[under].Text) is not { Success: true } widths
            || Markdown.Parse(string.Join('\n', lines.Take(under).Select(line => line.Text)), Pipeline) is not [MdTable rows])
        {
            return null;
        }

        return (rows, lines[under..], widths);
    }

    private static bool IsFigure(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is LinkInline { IsImage: true };

    [GeneratedRegex(@"^\s*(?<label>替代文字|alt|dpi|分辨率)\s*[：:]\s*(?<value>.*?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FigureFieldLine();

    /// <summary>
    /// <c>![caption](photo.jpg "credit")</c> alone on its line, then optional <c>替代文字：…</c> and
    /// <c>dpi：300</c> lines; <c>null</c> (and reported) when it is not that shape.
    /// </summary>
    private Figure? ReadFigure(ParagraphBlock paragraph, string path)
    {
        if (paragraph.Inline?.FirstChild is not LinkInline { IsImage: true } image)
        {
            return null;
        }

        var rest = image.NextSibling;
        while (rest is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            rest = rest.NextSibling;
        }

        if (rest is not null and not LineBreakInline)
        {
            Report(Where(rest), "a picture stands alone on its line: put text in a paragraph of its own, and the caption in ![caption](file \"credit\")");
            return null;
        }

        var caption = PlainText(image).Trim();
        string? altText = null;
        var dpi = 96.0;
        var seen = new HashSet<bool>();
        foreach (var line in RawLines(paragraph).Skip(1))
        {
            var where = line.Where;
            var match = FigureFieldLine().Match(line.Text);
            if (!match.Success)
            {
                Report(where, "under a picture only 替代文字：… (alt text) and dpi：N lines may follow");
                continue;
            }

            var value = match.Groups["value"].Value;
            var label = match.Groups["label"].Value;
            var isAlt = label == "替代文字" || label.Equals("alt", StringComparison.OrdinalIgnoreCase);
            if (value.Length == 0)
            {
                Report(where, $"{label} has no value");
                continue;
            }

            if (!seen.Add(isAlt))
            {
                Report(where, $"{label} is given twice");
                continue;
            }

            if (isAlt)
            {
                altText = value;
                map.Add(path + ".AltText", where);
            }
            // A Chinese input method types full-width digits (３００): NFKC makes them ASCII.
            else if (double.TryParse(value.Normalize(NormalizationForm.FormKC).TrimEnd().TrimEnd("dpiDPI".ToCharArray()).TrimEnd(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                dpi = parsed;
                map.Add(path + ".Image.Dpi", where);
            }
            else
            {
                Report(where, $"dpi must be a number, is '{value}'");
            }
        }

        var imageWhere = Where(image);
        map.Add(path, Where(paragraph));
        map.Add(path + ".Image", imageWhere);
        map.Add(path + ".Caption", imageWhere);
        map.Add(path + ".Credit", imageWhere);
        if (altText is null && caption.Length == 0)
        {
            Report(imageWhere, "a picture needs alt text for readers who cannot see it: a caption in ![…] or a line 替代文字：… under it");
            reported.Add(path + ".AltText");
        }

        return new Figure
        {
            Image = LoadImage(image.Url ?? "", imageWhere, path + ".Image") with { Dpi = dpi },
            AltText = altText ?? caption,
            Caption = caption.Length == 0 ? null : caption,
            Credit = string.IsNullOrWhiteSpace(image.Title) ? null : image.Title.Trim(),
        };
    }

    private ImageData LoadImage(string url, SourceLocation where, string path)
    {
        var empty = new ImageData(ReadOnlyMemory<byte>.Empty, ImageFormat.Png);
        if (url.Length == 0)
        {
            return Fail("a picture needs a file: ![caption](photo.jpg)");
        }

        if (url.Contains("://", StringComparison.Ordinal))
        {
            return Fail($"'{url}': pictures are read from files next to the Markdown, not downloaded");
        }

        var relative = Uri.UnescapeDataString(url);
        var format = Path.GetExtension(relative).ToLowerInvariant() switch
        {
            ".png" => ImageFormat.Png,
            ".jpg" or ".jpeg" => (ImageFormat?)ImageFormat.Jpeg,
            _ => null,
        };
        if (format is null)
        {
            return Fail($"'{relative}': a picture is a .png, .jpg or .jpeg file");
        }

        var full = Path.Combine(baseDirectory, relative);
        if (!File.Exists(full))
        {
            return Fail($"image '{relative}' does not exist (looked for {full})");
        }

        try
        {
            // The bytes say what the picture is (a JPEG saved as photo.png is common), as FromFile reads them.
            return ImageData.FromFile(full);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail($"image '{relative}' cannot be read: {exception.Message}");
        }

        ImageData Fail(string message)
        {
            Report(where, message);
            reported.Add(path);
            return empty;
        }
    }

    private ModelList ReadList(MdList list, string path)
    {
        var rows = new List<IReadOnlyList<ModelInline>>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (item.Count != 1 || item[0] is not ParagraphBlock paragraph)
            {
                Report(item, "a list item holds one paragraph (lists do not nest)");
                reported.Add(path);
                continue;
            }

            rows.Add(ReadInlines(paragraph.Inline, $"{path}.Items[{rows.Count}]"));
        }

        return new ModelList(rows) { Ordered = list.IsOrdered };
    }

    private ModelTable ReadTable(MdTable table)
    {
        var rows = new List<IReadOnlyList<string>>();
        var hasHeader = false;
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>().Select(cell => string.Concat(cell.OfType<ParagraphBlock>().Select(p => PlainText(p.Inline)))).ToList();
            if (row.IsHeader)
            {
                // A header row of empty cells is how a pipe table says "no header".
                hasHeader = cells.Any(c => c.Length > 0);
                if (!hasHeader)
                {
                    continue;
                }
            }

            rows.Add(cells);
        }

        return new ModelTable(rows) { HasHeaderRow = hasHeader };
    }

    private List<ModelInline> ReadInlines(ContainerInline? container, string path)
    {
        var inlines = new List<ModelInline>();
        var locations = new List<SourceLocation>();
        if (container is not null)
        {
            ReadInlines(container, inlines, locations);
        }

        for (var i = 0; i < inlines.Count; i++)
        {
            map.Add($"{path}.Inlines[{i}]", locations[i]);
            map.Add($"{path}.Items[{i}]", locations[i]);
        }

        return inlines;
    }

    private void ReadInlines(ContainerInline container, List<ModelInline> inlines, List<SourceLocation> locations)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AddText(literal.Content.ToString(), Where(literal));
                    break;
                case HtmlEntityInline entity:
                    AddText(entity.Transcoded.ToString(), Where(entity));
                    break;
                case CodeInline code:
                    AddText(code.Content, Where(code));
                    break;
                case LineBreakInline { IsHard: true } hard:
                    Add(new LineBreak(), Where(hard));
                    break;
                case LineBreakInline soft:
                    // A soft break joins lines: Chinese joins directly, Latin words take a space.
                    AddText(NeedsSpace(soft) ? " " : "", Where(soft));
                    break;
                case EmphasisInline emphasis:
                    var value = PlainText(emphasis);
                    Add(emphasis.DelimiterCount >= 2 ? new Strong(value) : new Emphasis(value), Where(emphasis));
                    break;
                case LinkInline { IsImage: true } image:
                    Report(Where(image), "a picture stands alone on its line to be a figure");
                    break;
                case LinkInline link:
                    Add(new Link(PlainText(link), link.Url ?? ""), Where(link));
                    break;
                case AutolinkInline auto:
                    Add(new Link(auto.Url, auto.IsEmail ? "mailto:" + auto.Url : auto.Url), Where(auto));
                    break;
                case HtmlInline html when html.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    break;
                case HtmlInline html:
                    Report(Where(html), $"HTML ({html.Tag}) is not part of a bulletin; write &lt; for a literal '<'");
                    break;
                case ContainerInline nested:
                    ReadInlines(nested, inlines, locations);
                    break;
                default:
                    Report(Where(inline), $"{inline.GetType().Name} is not part of a bulletin");
                    break;
            }
        }

        void Add(ModelInline inline, SourceLocation where)
        {
            inlines.Add(inline);
            locations.Add(where);
        }

        void AddText(string value, SourceLocation where)
        {
            // Markdig splits plain text at characters that might have started markup; join it again.
            if (inlines.Count > 0 && inlines[^1] is Text previous)
            {
                inlines[^1] = new Text(previous.Value + value);
            }
            else if (value.Length > 0)
            {
                Add(new Text(value), where);
            }
        }
    }

    private static bool NeedsSpace(LineBreakInline soft)
    {
        var before = soft.PreviousSibling is LiteralInline l ? l.Content.ToString() : soft.PreviousSibling is null ? "" : "x";
        var after = soft.NextSibling is LiteralInline r ? r.Content.ToString() : soft.NextSibling is null ? "" : "x";
        return before.Length > 0 && after.Length > 0 && !IsCjk(before[^1]) && !IsCjk(after[0]);
    }

    // From CJK Radicals Supplement (U+2E80) up, surrogates included: Chinese text, which joins lines without a space.
    private static bool IsCjk(char c) => c >= 0x2E80;

    /// <summary>The text of an inline and everything inside it, formatting dropped.</summary>
    private static string PlainText(ContainerInline? container)
    {
        var builder = new StringBuilder();
        Append(container);
        return builder.ToString();

        void Append(ContainerInline? parent)
        {
            if (parent is null)
            {
                return;
            }

            foreach (var inline in parent)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        builder.Append(literal.Content.AsSpan());
                        break;
                    case HtmlEntityInline entity:
                        builder.Append(entity.Transcoded.AsSpan());
                        break;
                    case CodeInline code:
                        builder.Append(code.Content);
                        break;
                    case LineBreakInline:
                        break;
                    case ContainerInline nested:
                        Append(nested);
                        break;
                }
            }
        }
    }

    // Whatever stands between {# and a closing } at the end is taken as the id, so that validation
    // names a malformed one ({#a b}) instead of the title printing it.
    [GeneratedRegex(@"\s*\{#(?<id>.*)\}\s*$")]
    private static partial Regex TrailingId();

    private static (string Text, string? Id) SplitId(string text)
    {
        var match = TrailingId().Match(text);
        return match.Success ? (text[..match.Index].Trim(), match.Groups["id"].Value) : (text.Trim(), null);
    }

    /// <summary>A heading's lines (a setext heading may have several, one per source line) and its <c>{#id}</c>.</summary>
    private static (IReadOnlyList<string> Lines, string? Id) HeadingLines(HeadingBlock heading)
    {
        var lines = new List<string> { "" };
        if (heading.Inline is not null)
        {
            foreach (var inline in heading.Inline)
            {
                if (inline is LineBreakInline)
                {
                    lines.Add("");
                }
                else
                {
                    lines[^1] += inline is ContainerInline c ? PlainText(c) : inline is LiteralInline l ? l.Content.ToString() : inline is CodeInline code ? code.Content : "";
                }
            }
        }

        var (last, id) = SplitId(lines[^1]);
        lines[^1] = last;
        return ([.. lines.Select(l => l.Trim()).Where(l => l.Length > 0)], id);
    }

    private static string ContainerKind(CustomContainer custom) => (custom.Info ?? "").Trim().ToLowerInvariant();

    private static SourceLocation Where(MarkdownObject node) => new(node.Line + 1, node.Column + 1);

    private void Report(MarkdownObject node, string message) => Report(Where(node), message);

    private void Report(SourceLocation where, string message) => problems.Add(new Diagnostic(file, where, message));

    private abstract class ItemBuilder(string path, SourceLocation where)
    {
        public string Path { get; } = path;

        public SourceLocation Where { get; } = where;

        public string? Id { get; init; }

        public abstract BulletinItem Build();
    }

    private sealed class ArticleBuilder(string path, SourceLocation where) : ItemBuilder(path, where)
    {
        public required Headline Headline { get; init; }

        public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

        public List<ModelBlock> Body { get; } = [];

        public bool HeaderRead { get; set; }

        public ArticlePlacement? Placement { get; set; }


        public override BulletinItem Build() => new Article
        {
            Id = Id,
            Headline = Headline,
            Kicker = Fields.GetValueOrDefault(nameof(Article.Kicker)),
            Subheadline = Fields.GetValueOrDefault(nameof(Article.Subheadline)),
            ColumnLabel = Fields.GetValueOrDefault(nameof(Article.ColumnLabel)),
            Byline = Fields.GetValueOrDefault(nameof(Article.Byline)),
            Dateline = Fields.GetValueOrDefault(nameof(Article.Dateline)),
            TrailingByline = Fields.GetValueOrDefault(nameof(Article.TrailingByline)),
            ContinuedFrom = Fields.GetValueOrDefault(nameof(Article.ContinuedFrom)),
            ContinuedOn = Fields.GetValueOrDefault(nameof(Article.ContinuedOn)),
            Placement = Placement,
            Body = [.. Body],
        };
    }

    private sealed class SectionBuilder(string path, SourceLocation where) : ItemBuilder(path, where)
    {
        public required string Banner { get; init; }

        public List<ItemBuilder> Items { get; } = [];

        public override BulletinItem Build() => new Section { Id = Id, Banner = Banner, Items = [.. Items.Select(i => i.Build())] };
    }

    private sealed class PictureBuilder(string path, SourceLocation where, Figure? figure) : ItemBuilder(path, where)
    {
        public string? Title { get; init; }

        public override BulletinItem Build() => new PictureNews
        {
            Id = Id,
            Title = Title,
            Figure = figure ?? new Figure { Image = new ImageData(ReadOnlyMemory<byte>.Empty, ImageFormat.Png), AltText = "" },
        };
    }
}
