using BenchmarkDotNet.Attributes;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;

namespace Bulletin.Docs.Benchmarks;

/// <summary>
/// Validation runs before every render: it must stay linear and allocate only for the problems it
/// finds. About a 250-page bulletin: 500 stories of 20 paragraphs of about 210 characters.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ValidationBenchmarks
{
    private readonly BulletinDocument _document = Large();
    private readonly BulletinDocument _deep = Deep(8000);

    [Benchmark]
    public int ValidateLargeCleanDocument() => BulletinValidator.Validate(_document, BulletinThemes.Newspaper).Count;

    /// <summary>Sections nested 8,000 deep (hostile input): validation stops two levels down.</summary>
    [Benchmark]
    public int ValidateSectionsNested8000Deep() => BulletinValidator.Validate(_deep, BulletinThemes.Newspaper).Count;

    private static BulletinDocument Deep(int depth)
    {
        BulletinItem item = new Article { Headline = "最深处", Body = [] };
        for (var i = 0; i < depth; i++)
        {
            item = new Section { Banner = "层", Items = [item] };
        }

        return new BulletinDocument { Items = [item] };
    }

    private static BulletinDocument Large()
    {
        var paragraph = new Paragraph([new Text(string.Concat(Enumerable.Repeat("全市经济运行稳中有进，", 18)) + "Latin 123"), new Strong("重点"), new LineBreak(), new Emphasis("项目。")]);
        var body = Enumerable.Repeat<Block>(paragraph, 20).ToArray();
        var story = new Article { Kicker = "引题", Headline = new Headline("主题第一行", "主题第二行"), Byline = "记者 张秀丽", Body = body };
        return new BulletinDocument { Items = Enumerable.Repeat<BulletinItem>(story, 500).ToArray() };
    }
}
