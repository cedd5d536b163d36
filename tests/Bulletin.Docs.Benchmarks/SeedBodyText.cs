using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Samples;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Benchmarks;

/// <summary>The body paragraphs of the seed page, ready for the text layouter.</summary>
internal static class SeedBodyText
{
    public static IReadOnlyList<ParagraphText> Paragraphs(BulletinTheme theme)
    {
        var body = SpanFormat.Of(theme[TextRole.Body]);
        var composed = BulletinComposer.Compose(TaiyuanDaily.Create(), theme, new EstimatedTextFacts(theme));
        return [.. Stories(composed.Items)
            .SelectMany(story => story.Body)
            .OfType<TextBlock>()
            .Where(block => block.Role == TextRole.Body)
            .Select(block => new ParagraphTextBuilder().AppendSpans(block.Spans, body, theme).Build())];
    }

    private static IEnumerable<ComposedStory> Stories(IEnumerable<ComposedItem> items) =>
        items.SelectMany(item => item switch
        {
            ComposedStory story => [story],
            ComposedSection section => Stories(section.Items),
            _ => [],
        });
}
