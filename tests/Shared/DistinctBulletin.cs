using Bulletin.Docs.Model;
using Bulletin.Docs.Samples;

namespace Bulletin.Docs.Testing;

/// <summary>
/// A 简报 of distinct stories for the PDF benchmarks (issue #7) and the page-quality tests (issue
/// #10); one source file linked into both projects. Every paragraph is a different sequence of
/// whole sentences of the seed page, so the text reads as Chinese with its own
/// punctuation (line breaking, compression and quotes behave as in real text) while no paragraph
/// repeats and the shaping cache, which is keyed by paragraph, never hits across stories.
/// Deterministic: the same story count and seed give the same document on every run and runtime.
/// </summary>
internal static class DistinctBulletin
{
    /// <summary>Stories that make the 200-page 简报 of the work-bulletin theme (201 pages, 103,127 glyphs).</summary>
    public const int StoriesFor200Pages = 90;

    /// <summary>Stories that make about 100 pages (101 pages, 51,112 glyphs).</summary>
    public const int StoriesFor100Pages = 44;

    /// <summary>Stories that make 1,000 pages (514,582 glyphs).</summary>
    public const int StoriesFor1000Pages = 448;

    private static readonly Article[] Seeds =
    [
        TaiyuanDaily.HighQualityDevelopment,
        TaiyuanDaily.BusinessEnvironment,
        TaiyuanDaily.PropertyServiceCommentary,
        TaiyuanDaily.InternetAssociation,
        TaiyuanDaily.GreenDevelopmentExperts,
        TaiyuanDaily.BronzeDing,
        TaiyuanDaily.ForestFireChecks,
        TaiyuanDaily.CoalTechnology,
    ];

    private static readonly string[] Sentences = SplitSentences(Seeds);

    private static readonly Subheading[] Subheadings = Seeds.SelectMany(s => s.Body).OfType<Subheading>().ToArray();

    /// <summary>Every sentence of the seed bodies, the pool the stories draw from.</summary>
    public static int SentenceCount => Sentences.Length;

    /// <summary>
    /// The work bulletin with <paramref name="stories"/> distinct stories. Different
    /// <paramref name="seed"/>s give different documents of about the same length (for the
    /// eight-documents-on-eight-threads measurement).
    /// </summary>
    public static BulletinDocument Create(int stories, int seed = 1)
    {
        var template = WorkBulletin.Create();
        var items = new BulletinItem[stories];
        for (var i = 0; i < stories; i++)
        {
            items[i] = Story(i, seed);
        }

        return template with { Items = items };
    }

    private static Article Story(int index, int seed)
    {
        var random = new SplitMix64(((ulong)(uint)seed << 32) | (uint)index);
        var order = Enumerable.Range(0, Sentences.Length).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        // 500 to 1,500 characters of body: one to three GB/T 9704 pages (22 lines of 28 characters).
        var target = 500 + random.Next(1001);
        var body = new List<Block>();
        var characters = 0;
        var next = 0;
        while (characters < target && next + 2 <= order.Length)
        {
            if (body.Count > 0 && body.Count % 4 == 0)
            {
                body.Add(Subheadings[random.Next(Subheadings.Length)]);
            }

            var count = Math.Min(2 + random.Next(3), order.Length - next);
            var paragraph = string.Concat(order.AsSpan(next, count).ToArray().Select(k => Sentences[k]));
            next += count;
            characters += paragraph.Length;
            body.Add(paragraph);
        }

        var seedStory = Seeds[index % Seeds.Length];
        return new Article
        {
            Headline = seedStory.Headline,
            TrailingByline = seedStory.TrailingByline ?? seedStory.Byline,
            Body = body,
        };
    }

    /// <summary>
    /// Splits the seed paragraphs after 。！？ (with any closing quote or bracket that follows),
    /// keeping only sentences whose quotes are balanced so a recombined paragraph stays well formed.
    /// </summary>
    private static string[] SplitSentences(IEnumerable<Article> articles)
    {
        var sentences = new List<string>();
        foreach (var paragraph in articles.SelectMany(a => a.Body).OfType<Paragraph>())
        {
            var text = string.Concat(paragraph.Inlines.OfType<Text>().Select(t => t.Value));
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is not ('。' or '！' or '？'))
                {
                    continue;
                }

                var end = i + 1;
                while (end < text.Length && text[end] is '”' or '’' or '）')
                {
                    end++;
                }

                Add(text[start..end]);
                start = end;
                i = end - 1;
            }

            if (start < text.Length)
            {
                Add(text[start..]);
            }
        }

        return sentences.Distinct(StringComparer.Ordinal).ToArray();

        void Add(string sentence)
        {
            if (sentence.Count(c => c == '“') == sentence.Count(c => c == '”')
                && sentence.Count(c => c == '‘') == sentence.Count(c => c == '’')
                && sentence.Count(c => c == '（') == sentence.Count(c => c == '）')
                && sentence.Length >= 8)
            {
                sentences.Add(sentence);
            }
        }
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): a fixed generator, unlike System.Random's unspecified one.</summary>
    private struct SplitMix64(ulong state)
    {
        private ulong _state = state;

        public int Next(int exclusiveMax)
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)exclusiveMax);
        }
    }
}
