using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Samples;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Benchmarks;

/// <summary>The body paragraphs of the seed page, ready for the text layouter.</summary>
internal static class SeedBodyText
{
    public static IReadOnlyList<ParagraphText> Paragraphs(BulletinTheme theme)
    {
        var body = SpanFormat.Of(theme[TextRole.Body]);
        var paragraphs = new List<ParagraphText>();
        foreach (var article in Articles(TaiyuanDaily.Create().Items))
        {
            foreach (var block in article.Body)
            {
                if (block is Paragraph paragraph)
                {
                    paragraphs.Add(new ParagraphTextBuilder().AppendInlines(paragraph.Inlines, body, theme).Build());
                }
            }
        }

        return paragraphs;
    }

    private static IEnumerable<Article> Articles(IEnumerable<BulletinItem> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case Article article:
                    yield return article;
                    break;
                case Section section:
                    foreach (var inner in Articles(section.Items))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}
