using Bulletin.Docs.Model;
using Bulletin.Docs.Validation;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

public sealed class MetadataRuleTests
{
    private static string[] MetadataProblems(DocumentMetadata metadata) => Problems(new BulletinDocument { Items = [], Metadata = metadata });

    private static string[] DistributionProblems(Distribution distribution) => Problems(new BulletinDocument { Items = [], Distribution = distribution });

    [Test]
    public void Null_metadata_is_reported() =>
        Assert.That(Problems(new BulletinDocument { Items = [], Metadata = null! }), Is.EqualTo(new[] { "Metadata: metadata is null" }));

    [TestCase("")]
    [TestCase(" ")]
    [TestCase(null)]
    public void Blank_language_is_reported(string? language) =>
        Assert.That(MetadataProblems(new DocumentMetadata { Language = language! }), Is.EqualTo(new[] { "Metadata.Language: language is missing or blank; use a BCP 47 tag such as zh-CN" }));

    [TestCase("zh_CN")]
    [TestCase("zh-")]
    [TestCase("-CN")]
    [TestCase("z")]
    [TestCase("x")]
    [TestCase("中文")]
    [TestCase("zh CN")]
    [TestCase("zh-abcdefghi")]
    [TestCase("1zh")]
    public void Implausible_language_tag_is_reported(string language) =>
        Assert.That(MetadataProblems(new DocumentMetadata { Language = language }), Is.EqualTo(new[] { $"Metadata.Language: language \"{language}\" is not a BCP 47 tag such as zh-CN" }));

    [TestCase("zh")]
    [TestCase("zh-CN")]
    [TestCase("zh-Hans-CN")]
    [TestCase("en-US-x-twain")]
    [TestCase("x-private")]
    [TestCase("es-419")]
    public void Plausible_language_tags_are_valid(string language) =>
        Assert.That(MetadataRules.IsPlausibleLanguageTag(language), Is.True);

    [Test]
    public void Null_keywords_are_reported() =>
        Assert.That(MetadataProblems(new DocumentMetadata { Keywords = null! }), Is.EqualTo(new[] { "Metadata.Keywords: keywords are null; use an empty list for none" }));

    [Test]
    public void Blank_and_null_keywords_are_reported() =>
        Assert.That(MetadataProblems(new DocumentMetadata { Keywords = ["经济", " ", null!] }), Is.EqualTo(new[]
        {
            "Metadata.Keywords[1]: keyword is missing or blank",
            "Metadata.Keywords[2]: keyword is missing or blank",
        }));

    [Test]
    public void Distribution_without_lines_is_reported()
    {
        Assert.That(DistributionProblems(new Distribution { Lines = [] }), Is.EqualTo(new[] { "Distribution.Lines: distribution has no lines" }));
        Assert.That(DistributionProblems(new Distribution { Lines = null! }), Is.EqualTo(new[] { "Distribution.Lines: distribution has no lines" }));
    }

    [Test]
    public void Distribution_line_problems_are_reported() =>
        Assert.That(DistributionProblems(new Distribution { Lines = [new DistributionLine("报", "省委"), new DistributionLine(" ", ""), null!] }), Is.EqualTo(new[]
        {
            "Distribution.Lines[1].Label: label is missing or blank",
            "Distribution.Lines[1].Recipients: recipients are missing or blank",
            "Distribution.Lines[2]: line is null",
        }));

    [TestCase(0)]
    [TestCase(-5)]
    public void Non_positive_print_run_is_reported(int printRun) =>
        Assert.That(DistributionProblems(new Distribution { Lines = [new DistributionLine("发", "各区县")], PrintRun = printRun }), Is.EqualTo(new[]
        {
            $"Distribution.PrintRun: print run must be positive, is {printRun}",
        }));
}
