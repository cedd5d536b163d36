using Bulletin.Docs.Model;
using Bulletin.Docs.Samples;
using Bulletin.Docs.Validation;
using NUnit.Framework;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Samples;

/// <summary>The samples are what they claim: the whole seed page, cleanly typed, valid, reproducible.</summary>
public sealed class SampleSanityTests
{
    // Headlines as the seed page prints them (lines joined).
    private static readonly string[] SeedHeadlines =
    [
        "太原高质量发展步伐坚实有力",
        "打造市场化法治化国际化营商环境",
        "约束物业倒逼服务优化",
        "太原市互联网协会服务能力逐年增强",
        "征集三类专家服务绿色发展",
        "森林草原防火“双查”行动展开",
        "科技赋能释放煤海新动力",
    ];

    private static readonly string[] SeedKickers = ["强化省会担当 激发强劲动能", "对标对表综合施策"];

    private static IEnumerable<string> SampleNames() => SampleCatalog.All.Select(sample => sample.Name);

    private static Sample Named(string name) => SampleCatalog.All.Single(sample => sample.Name == name);

    [TestCaseSource(nameof(SeedHeadlines))]
    public void Seed_headline_is_a_headline_of_the_TaiyuanDaily_sample(string headline) =>
        Assert.That(SampleText.Headlines(TaiyuanDaily.Create()), Does.Contain(headline));

    [Test]
    public void Seed_kickers_are_kickers_of_the_TaiyuanDaily_sample() =>
        Assert.That(SampleText.Kickers(TaiyuanDaily.Create()), Is.EquivalentTo(SeedKickers));

    [Test]
    public void Every_seed_paragraph_is_in_the_TaiyuanDaily_sample()
    {
        var printed = SampleText.WithoutWhiteSpace(string.Concat(SampleText.Printed(TaiyuanDaily.Create())));
        var missing = SeedPage.Paragraphs()
            .Where(paragraph => !printed.Contains(SampleText.WithoutWhiteSpace(paragraph), StringComparison.Ordinal))
            .ToList();
        Assert.That(missing, Is.Empty, "Seed paragraphs missing from (or changed in) TaiyuanDaily.cs.");
    }

    [Test]
    public void TaiyuanDaily_sample_has_every_kind_of_item_on_the_page()
    {
        var page = TaiyuanDaily.Create();
        var stories = SampleText.Stories(page).ToList();
        var articles = stories.OfType<Article>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(page.Items.OfType<Section>().Single().Banner, Is.EqualTo("省政府新闻办发布会"));
            Assert.That(articles.Single(article => article.ColumnLabel is not null).Byline, Is.EqualTo("宋鹏伟"));
            Assert.That(articles.Single(article => article.ContinuedFrom is not null).ContinuedFrom, Is.EqualTo("上接第1版"));
            Assert.That(articles.Single(article => article.Subheadline is not null).Byline, Is.EqualTo("记者 张秀丽"));
            Assert.That(stories.OfType<PictureNews>().Single().Figure.Credit, Is.EqualTo("王韵菲 摄"));
            Assert.That(articles.SelectMany(article => article.Body).OfType<Subheading>().Count(heading => heading.Lines.Count == 2), Is.EqualTo(4));
        });
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Sample_has_no_ascii_punctuation_next_to_Chinese(string name)
    {
        var document = Named(name).Document;
        var texts = SampleText.Printed(document)
            .Concat(new[] { document.Metadata.Title, document.Metadata.Subject }.OfType<string>())
            .Concat(document.Metadata.Keywords);
        var offending = texts
            .SelectMany(text => Enumerable.Range(0, text.Length)
                .Where(index => SeedPage.FullWidth(text[index]) is not null &&
                    ((index > 0 && SeedPage.IsChinese(text[index - 1])) || (index + 1 < text.Length && SeedPage.IsChinese(text[index + 1]))))
                .Select(index => text.Substring(Math.Max(0, index - 8), Math.Min(text.Length, index + 9) - Math.Max(0, index - 8))))
            .ToList();
        Assert.That(offending, Is.Empty, "Half-width , : ; ( ) ? ! next to Chinese text (GB/T 15834 §4 sets them full-width).");
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Sample_passes_validation(string name)
    {
        var sample = Named(name);
        Assert.That(BulletinValidator.Validate(sample.Document, sample.Theme), Is.Empty);
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Sample_has_fixed_metadata(string name)
    {
        var metadata = Named(name).Document.Metadata;
        Assert.Multiple(() =>
        {
            Assert.That(metadata.Title, Is.Not.Null.And.Not.Empty);
            Assert.That(metadata.Author, Is.Not.Null.And.Not.Empty);
            Assert.That(metadata.Subject, Is.Not.Null.And.Not.Empty);
            Assert.That(metadata.Keywords, Is.Not.Empty);
            Assert.That(metadata.Created, Is.Not.Null);
            Assert.That(Named(name).Document.Metadata.Created, Is.EqualTo(metadata.Created), "Created must not come from the clock.");
        });
    }

    [Test]
    public void Sample_names_are_unique_file_names()
    {
        var names = SampleNames().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.Unique);
            Assert.That(names, Has.All.Match("^[a-z0-9-]+$"));
        });
    }

    [Test]
    public void Winter_park_picture_is_a_reproducible_1200_by_800_jpeg()
    {
        var first = SampleImages.WinterPark();
        var second = SampleImages.WinterPark();
        var header = ImageHeader.TryRead(first.Bytes.Span);
        Assert.Multiple(() =>
        {
            Assert.That(first.Format, Is.EqualTo(ImageFormat.Jpeg));
            Assert.That((header?.Format, header?.WidthPx, header?.HeightPx), Is.EqualTo((ImageFormat.Jpeg, 1200, 800)));
            Assert.That(first.Bytes.Span.SequenceEqual(second.Bytes.Span), Is.True, "Two renders of the picture differ.");
        });
    }

    [Test]
    public void Work_bulletin_has_its_distribution_and_print_run()
    {
        var distribution = WorkBulletin.Create().Distribution;
        Assert.That(distribution, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(distribution!.Lines.Select(line => line.Label), Is.EqualTo(new[] { "报", "送", "发" }));
            Assert.That(distribution.PrintRun, Is.EqualTo(120));
        });
    }
}
