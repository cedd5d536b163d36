using Bulletin.Docs.Composition;
using System.Globalization;
using Bulletin.Docs.Layout.Pages;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>
/// Flattens a bulletin model into the strings a reader meets, in the order the page layout sets
/// them: masthead (in its theme's order), section banners, each article's headline stack, body,
/// trailing notes, picture news, and the 报尾. Page furniture (headers, page numbers) and the
/// contents box are not part of the model's text.
/// </summary>
internal static class ModelReadingOrder
{
    /// <summary>The pieces, in reading order.</summary>
    public static IEnumerable<string> Pieces(BulletinDocument document, BulletinTheme theme)
    {
        if (document.Masthead is { } masthead && Samples.SampleText.OpensWithMasthead(document))
        {
            foreach (var piece in Masthead(masthead, document.Edition is { } edition ? $"第{edition.Number}版 {edition.Name}".TrimEnd() : masthead.EditionLabel, theme.Masthead))
            {
                yield return piece;
            }
        }

        foreach (var item in document.Items)
        {
            if (item is Section section)
            {
                yield return section.Banner;
                foreach (var story in section.Items.SelectMany(Item))
                {
                    yield return story;
                }
            }
            else
            {
                foreach (var piece in Item(item))
                {
                    yield return piece;
                }
            }
        }

        if (document.Distribution is { } distribution)
        {
            foreach (var line in distribution.Lines)
            {
                yield return line.Label + "：" + line.Recipients;
            }

            if (distribution.PrintRun is { } copies)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"（共印{copies}份）");
            }
        }
    }

    private static IEnumerable<string?> MastheadPieces(Masthead masthead, string? editionLabel, MastheadStyle style)
    {
        var date = masthead.Date is { } d ? PrintedForms.Date(d) : null;
        return style switch
        {
            MastheadStyle.Newspaper => [masthead.Name, editionLabel, date, masthead.IssueLabel],
            MastheadStyle.RedHead => [masthead.SecrecyMark, masthead.SerialNumber, masthead.Name, masthead.IssueLabel, masthead.EditingUnit, date],
            _ => [masthead.Name, masthead.IssueLabel, editionLabel, masthead.EditingUnit, date],
        };
    }

    private static IEnumerable<string> Masthead(Masthead masthead, string? editionLabel, MastheadStyle style) => MastheadPieces(masthead, editionLabel, style).OfType<string>();

    private static IEnumerable<string> Item(BulletinItem item) => item switch
    {
        Article article => Article(article),
        PictureNews picture => new[] { picture.Title }.OfType<string>().Concat(Block(picture.Figure)),
        _ => throw new NotSupportedException(item.GetType().Name),
    };

    private static IEnumerable<string> Article(Article article)
    {
        var stack = new[] { article.ColumnLabel is { } label ? "｜" + label + "｜" : null, article.Kicker }
            .Concat(article.Headline.Lines)
            .Append(article.Subheadline)
            .Append(article.Byline)
            .OfType<string>();
        foreach (var piece in stack)
        {
            yield return piece;
        }

        if (article.ContinuedFrom is { } from)
        {
            yield return "（" + from + "）";
        }

        var dateline = article.Dateline;
        if (dateline is not null && !article.Body.OfType<Paragraph>().Any())
        {
            yield return dateline;
            dateline = null;
        }

        foreach (var block in article.Body)
        {
            var pieces = Block(block).ToList();
            if (block is Paragraph && dateline is not null)
            {
                pieces[0] = dateline + pieces[0];
                dateline = null;
            }

            foreach (var piece in pieces)
            {
                yield return piece;
            }
        }

        if (article.TrailingByline is { } trailing)
        {
            yield return "（" + trailing + "）";
        }

        if (article.ContinuedOn is { } on)
        {
            yield return "（" + on + "）";
        }
    }

    private static IEnumerable<string> Block(Block block) => block switch
    {
        Paragraph paragraph => [Inlines(paragraph.Inlines)],
        Subheading subheading => subheading.Lines,
        Quote quote => [Inlines(quote.Inlines)],
        Note note => [note.Label + "：" + Inlines(note.Inlines)],
        ListBlock list => list.Items.Select((inlines, i) => (list.Ordered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "• ") + Inlines(inlines)),
        Table table => table.Rows.SelectMany(row => row),
        Figure figure => new[] { figure.Caption, figure.Credit }.OfType<string>(),
        Divider => [],
        _ => throw new NotSupportedException(block.GetType().Name),
    };

    private static string Inlines(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(inline => inline switch
    {
        Model.Text text => text.Value,
        Strong strong => strong.Value,
        Emphasis emphasis => emphasis.Value,
        Link link => link.Value,
        _ => "",
    }));
}
