using Bulletin.Docs.Model;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Samples;

/// <summary>Reads the text back out of a bulletin model, in reading order, for the sample tests.</summary>
internal static class SampleText
{
    /// <summary>The articles and picture news, with sections opened.</summary>
    public static IEnumerable<BulletinItem> Stories(BulletinDocument document) =>
        document.Items.SelectMany(item => item is Section section ? section.Items : [item]);

    /// <summary>Every headline of the document, lines joined (<see cref="Headline.Text"/>).</summary>
    public static IEnumerable<string> Headlines(BulletinDocument document) =>
        Stories(document).OfType<Article>().Select(article => article.Headline.Text);

    /// <summary>Every kicker of the document.</summary>
    public static IEnumerable<string> Kickers(BulletinDocument document) =>
        Stories(document).OfType<Article>().Select(article => article.Kicker).OfType<string>();

    /// <summary>
    /// Whether the first page carries the 报头: without an edition, or on the front page (第1版), or
    /// where the edition says so. An inner edition prints the masthead's name only in its 版眉.
    /// </summary>
    public static bool OpensWithMasthead(BulletinDocument document) =>
        document.Edition is not { } edition || (edition.OpensWithMasthead ?? edition.Number == 1);

    /// <summary>
    /// Every string a reader sees, in reading order, the way the page prints it: column labels
    /// between bars, trailing bylines and jump notes in full-width parentheses, the dateline run in.
    /// </summary>
    public static IEnumerable<string> Printed(BulletinDocument document)
    {
        if (document.Masthead is { } masthead && OpensWithMasthead(document))
        {
            yield return masthead.Name;
            foreach (var detail in new[] { masthead.IssueLabel, masthead.EditionLabel, masthead.EditingUnit, masthead.SecrecyMark, masthead.SerialNumber })
            {
                if (detail is not null)
                {
                    yield return detail;
                }
            }
        }

        foreach (var item in document.Items)
        {
            if (item is Section section)
            {
                yield return section.Banner;
            }

            foreach (var story in item is Section grouped ? grouped.Items : [item])
            {
                foreach (var text in Printed(story))
                {
                    yield return text;
                }
            }
        }

        if (document.Distribution is { } distribution)
        {
            foreach (var line in distribution.Lines)
            {
                yield return $"{line.Label}：{line.Recipients}";
            }
        }
    }

    private static IEnumerable<string> Printed(BulletinItem item)
    {
        switch (item)
        {
            case Article article:
                if (article.ColumnLabel is { } label)
                {
                    yield return $"| {label} |";
                }

                foreach (var text in new[] { article.Kicker }.Concat(article.Headline.Lines).Append(article.Subheadline).Append(article.Byline))
                {
                    if (text is not null)
                    {
                        yield return text;
                    }
                }

                var lead = (article.ContinuedFrom is { } from ? $"（{from}）" : "") + (article.Dateline is { } dateline ? dateline + " " : "");
                foreach (var block in article.Body)
                {
                    yield return lead + BlockText(block);
                    lead = "";
                }

                if (article.ContinuedOn is { } on)
                {
                    yield return $"（{on}）";
                }

                if (article.TrailingByline is { } byline)
                {
                    yield return $"（{byline}）";
                }

                break;
            case PictureNews picture:
                if (picture.Title is { } title)
                {
                    yield return title;
                }

                yield return BlockText(picture.Figure);
                break;
        }
    }

    /// <summary>The text of a block; lines of a subheading and list items on their own lines.</summary>
    public static string BlockText(Block block) => block switch
    {
        Paragraph paragraph => InlineText(paragraph.Inlines),
        Subheading subheading => string.Join('\n', subheading.Lines),
        Quote quote => InlineText(quote.Inlines),
        Note note => note.Label + "：" + InlineText(note.Inlines),
        ListBlock list => string.Join('\n', list.Items.Select(InlineText)),
        Table table => string.Join('\n', table.Rows.Select(row => string.Join('\t', row))),
        Figure figure => string.Join('\n', new[] { figure.Caption, figure.Credit }.OfType<string>()),
        _ => "",
    };

    private static string InlineText(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(inline => inline switch
    {
        Text text => text.Value,
        Strong strong => strong.Value,
        Emphasis emphasis => emphasis.Value,
        Link link => link.Value,
        LineBreak => "\n",
        _ => "",
    }));

    /// <summary><paramref name="text"/> without any white space, for comparing text set in different lines.</summary>
    public static string WithoutWhiteSpace(string text) => string.Concat(text.Where(character => !char.IsWhiteSpace(character)));
}
