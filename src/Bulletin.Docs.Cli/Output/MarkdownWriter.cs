using System.Globalization;
using System.Text;
using Bulletin.Docs.Cli.Input;

namespace Bulletin.Docs.Cli.Output;

/// <summary>
/// Writes a bulletin in the Markdown dialect <see cref="MarkdownReader"/> reads, so that reading it
/// back gives the same model (the samples under samples/markdown were written with it, then read by
/// a test). Pictures are written as files by <c>saveImage</c>, which returns the path to link.
/// </summary>
internal static class MarkdownWriter
{
    public static string Write(BulletinDocument document, string? theme, bool? contents, Func<Figure, string> saveImage)
    {
        var md = new StringBuilder();
        WriteFrontMatter(md, document, theme, contents);
        foreach (var item in document.Items)
        {
            WriteItem(md, item, saveImage);
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The YAML front matter between <c>---</c> lines; none when the document sets nothing there (an empty one reads as a divider).</summary>
    private static void WriteFrontMatter(StringBuilder output, BulletinDocument document, string? theme, bool? contents)
    {
        var md = new StringBuilder();
        if (theme is not null)
        {
            md.Append("theme: ").Append(theme).Append('\n');
        }

        if (contents is { } c)
        {
            md.Append("contents: ").Append(c ? "true" : "false").Append('\n');
        }

        if (document.Masthead is { } m)
        {
            md.Append("masthead:\n");
            Pair(md, "name", m.Name);
            Pair(md, "issueLabel", m.IssueLabel);
            Pair(md, "editionLabel", m.EditionLabel);
            Pair(md, "date", m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Pair(md, "editingUnit", m.EditingUnit);
            Pair(md, "secrecyMark", m.SecrecyMark);
            Pair(md, "serialNumber", m.SerialNumber);
        }

        if (document.Edition is { } e)
        {
            md.Append("edition:\n");
            md.Append("  number: ").Append(e.Number.ToString(CultureInfo.InvariantCulture)).Append('\n');
            Pair(md, "name", e.Name);
            if (e.OpensWithMasthead is { } opens)
            {
                md.Append("  opensWithMasthead: ").Append(opens ? "true" : "false").Append('\n');
            }
        }

        if (document.FirstPageNumber is { } first)
        {
            md.Append("firstPageNumber: ").Append(first.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        var meta = document.Metadata;
        var fields = new StringBuilder();
        Pair(fields, "title", meta.Title);
        Pair(fields, "author", meta.Author);
        Pair(fields, "subject", meta.Subject);
        if (meta.Keywords.Count > 0)
        {
            fields.Append("  keywords: [").Append(string.Join(", ", meta.Keywords.Select(Yaml))).Append("]\n");
        }

        if (meta.Language != "zh-CN")
        {
            Pair(fields, "language", meta.Language);
        }

        Pair(fields, "created", meta.Created?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        Pair(fields, "modified", meta.Modified?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        if (fields.Length > 0)
        {
            // An empty metadata: key is a mistake to the reader, so a document with none leaves the key out.
            md.Append("metadata:\n").Append(fields);
        }

        if (document.Distribution is { } d)
        {
            md.Append("distribution:\n");
            foreach (var line in d.Lines)
            {
                Pair(md, line.Label, line.Recipients);
            }

            if (d.PrintRun is { } run)
            {
                md.Append("  printRun: ").Append(run.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        if (md.Length > 0)
        {
            output.Append("---\n").Append(md).Append("---\n\n");
        }
    }

    private static void Pair(StringBuilder md, string key, string? value)
    {
        if (value is not null)
        {
            md.Append("  ").Append(key).Append(": ").Append(Yaml(value)).Append('\n');
        }
    }

    /// <summary>A YAML scalar, quoted when plain style could change its meaning.</summary>
    private static string Yaml(string value)
    {
        var plain = value.Length > 0
            && !value.Any(c => c is ':' or '#' or '[' or ']' or '{' or '}' or ',' or '"' or '\'' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`')
            && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
            && value[0] is not ('-' or '?')
            && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && value is not ("true" or "false" or "yes" or "no" or "null" or "~");
        return plain ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    private static void WriteItem(StringBuilder md, BulletinItem item, Func<Figure, string> saveImage)
    {
        switch (item)
        {
            case Article article:
                WriteArticle(md, article, saveImage);
                break;
            case Section section:
                md.Append("::: section ").Append(section.Banner).Append(Id(section.Id)).Append("\n\n");
                foreach (var inner in section.Items)
                {
                    WriteItem(md, inner, saveImage);
                }

                md.Append(":::\n\n");
                break;
            case PictureNews picture:
                md.Append("::: picture");
                if (picture.Title is not null)
                {
                    md.Append(' ').Append(picture.Title);
                }

                md.Append(Id(picture.Id)).Append("\n\n");
                WriteFigure(md, picture.Figure, saveImage);
                md.Append(":::\n\n");
                break;
        }
    }

    private static string Id(string? id) => id is null ? "" : " {#" + id + "}";

    /// <summary>A placement as the reader's 版位 value: <c>2栏</c>, <c>2栏×30行</c>, <c>2栏 左</c>.</summary>
    private static string Placement(ArticlePlacement placement) =>
        string.Create(CultureInfo.InvariantCulture, $"{placement.Columns}栏{(placement.DepthLines is { } lines ? $"×{lines}行" : "")}{(placement.Side == ModuleSide.Start ? " 左" : "")}");

    private static void WriteArticle(StringBuilder md, Article article, Func<Figure, string> saveImage)
    {
        if (article.Headline.Lines.Count == 1)
        {
            md.Append("# ").Append(Escape(article.Headline.Lines[0], lineStart: false)).Append(Id(article.Id)).Append("\n\n");
        }
        else
        {
            // A setext heading: one source line per headline line.
            for (var i = 0; i < article.Headline.Lines.Count; i++)
            {
                md.Append(Escape(article.Headline.Lines[i], lineStart: true));
                md.Append(i == article.Headline.Lines.Count - 1 ? Id(article.Id) + "\n" : "\\\n");
            }

            md.Append("===\n\n");
        }

        var fields = new (string Label, string? Value)[]
        {
            ("引题", article.Kicker),
            ("副题", article.Subheadline),
            ("栏目", article.ColumnLabel),
            ("作者", article.Byline),
            ("电头", article.Dateline),
            ("文末署名", article.TrailingByline),
            ("上接", article.ContinuedFrom is { } from && from.StartsWith("上接", StringComparison.Ordinal) ? from[2..] : article.ContinuedFrom),
            ("下转", article.ContinuedOn is { } on && on.StartsWith("下转", StringComparison.Ordinal) ? on[2..] : article.ContinuedOn),
            ("版位", article.Placement is { } placement ? Placement(placement) : null),
        };
        var any = false;
        foreach (var (label, value) in fields)
        {
            if (value is not null)
            {
                md.Append(label).Append('：').Append(value).Append('\n');
                any = true;
            }
        }

        if (any)
        {
            md.Append('\n');
        }

        foreach (var block in article.Body)
        {
            WriteBlock(md, block, saveImage);
        }
    }

    private static void WriteBlock(StringBuilder md, Block block, Func<Figure, string> saveImage)
    {
        switch (block)
        {
            case Paragraph paragraph:
                md.Append(Inlines(paragraph.Inlines)).Append("\n\n");
                break;
            case Subheading subheading when subheading.Lines.Count == 1:
                md.Append("## ").Append(Escape(subheading.Lines[0], lineStart: false)).Append("\n\n");
                break;
            case Subheading subheading:
                md.Append(string.Join("\\\n", subheading.Lines.Select(l => Escape(l, lineStart: true)))).Append("\n---\n\n");
                break;
            case Quote quote:
                md.Append("> ").Append(Inlines(quote.Inlines)).Append("\n\n");
                break;
            case Note note:
                md.Append("::: note").Append(note.Label == "编者按" ? "" : " " + note.Label).Append('\n')
                    .Append(Inlines(note.Inlines)).Append("\n:::\n\n");
                break;
            case ListBlock list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    md.Append(list.Ordered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ").Append(Inlines(list.Items[i])).Append('\n');
                }

                md.Append('\n');
                break;
            case Table table:
                var rows = table.HasHeaderRow ? table.Rows : [.. table.Rows.Take(0).Append(table.Rows[0].Select(_ => "").ToList()), .. table.Rows];
                for (var r = 0; r < rows.Count; r++)
                {
                    md.Append("| ").Append(string.Join(" | ", rows[r].Select(c => Escape(c, lineStart: false).Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
                    if (r == 0)
                    {
                        md.Append('|').Append(string.Concat(rows[0].Select(_ => " --- |"))).Append('\n');
                    }
                }

                md.Append('\n');
                if (table.ColumnWidths is { } widths)
                {
                    md.Append("列宽：").Append(string.Join(':', widths.Select(w => w.ToString("R", CultureInfo.InvariantCulture)))).Append("\n\n");
                }

                break;
            case Figure figure:
                WriteFigure(md, figure, saveImage);
                break;
            case Divider:
                md.Append("---\n\n");
                break;
        }
    }

    private static void WriteFigure(StringBuilder md, Figure figure, Func<Figure, string> saveImage)
    {
        md.Append("![").Append(Escape(figure.Caption ?? "", lineStart: false)).Append("](").Append(saveImage(figure).Replace(" ", "%20", StringComparison.Ordinal));
        if (figure.Credit is not null)
        {
            md.Append(" \"").Append(figure.Credit.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }

        md.Append(")\n");
        if (figure.AltText != (figure.Caption ?? ""))
        {
            md.Append("替代文字：").Append(figure.AltText).Append('\n');
        }

        if (figure.Image.Dpi != 96)
        {
            md.Append("dpi：").Append(figure.Image.Dpi.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        md.Append('\n');
    }

    private static string Inlines(IReadOnlyList<Inline> inlines)
    {
        var md = new StringBuilder();
        for (var i = 0; i < inlines.Count; i++)
        {
            var escaped = i == 0;
            md.Append(inlines[i] switch
            {
                Text text => Escape(text.Value, lineStart: escaped),
                Strong strong => "**" + Escape(strong.Value, false) + "**",
                Emphasis emphasis => "*" + Escape(emphasis.Value, false) + "*",
                Link link => "[" + Escape(link.Value, false) + "](" + link.Target.Replace(" ", "%20", StringComparison.Ordinal) + ")",
                LineBreak => "\\\n",
                _ => "",
            });
        }

        return md.ToString();
    }

    /// <summary>Backslash-escapes the ASCII punctuation Markdown could read as markup (CommonMark §2.4).</summary>
    private static string Escape(string text, bool lineStart)
    {
        var md = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '&' or '!' or '{' or '}')
            {
                md.Append('\\');
            }

            md.Append(c);
        }

        if (lineStart && md.Length > 0 && (md[0] is '#' or '-' or '+' or '>' or '|' or ':' or '=' || (char.IsAsciiDigit(md[0]) && StartsLikeOrderedList(md))))
        {
            md.Insert(StartsLikeOrderedList(md) ? IndexAfterDigits(md) : 0, '\\');
        }

        if (lineStart && md.Length > 0 && md[0] is ' ')
        {
            md.Insert(0, "&#32;");
        }

        return md.ToString();
    }

    private static bool StartsLikeOrderedList(StringBuilder md)
    {
        var i = IndexAfterDigits(md);
        return i > 0 && i < md.Length && md[i] is '.' or ')';
    }

    private static int IndexAfterDigits(StringBuilder md)
    {
        var i = 0;
        while (i < md.Length && char.IsAsciiDigit(md[i]))
        {
            i++;
        }

        return i;
    }
}
