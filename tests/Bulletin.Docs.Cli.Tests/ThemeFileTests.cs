using Bulletin.Docs.Cli.Themes;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Cli.Tests;

/// <summary>House style without C#: a YAML or JSON theme file deriving from a built-in theme.</summary>
public sealed class ThemeFileTests
{
    [Test]
    public void A_yaml_theme_overrides_page_and_styles_of_its_base()
    {
        using var folder = new TempFolder();
        var path = folder.Write("house.yaml", """
            base: work-bulletin
            name: 市政府办公室简报
            page:
              marginTop: 30mm
              pageNumbers: plain
            styles:
              body:
                size: 小三
                lineSpacing: 28pt
              headline:
                font: 黑体
                color: "#E60012"
            """);

        var (theme, problems) = ThemeFile.Load(path);

        Assert.That(problems, Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(theme!.Name, Is.EqualTo("市政府办公室简报"));
            Assert.That(theme.Page.MarginTopPt, Is.EqualTo(Length.Mm(30)));
            Assert.That(theme.Page.MarginLeftPt, Is.EqualTo(BulletinThemes.WorkBulletin.Page.MarginLeftPt));
            Assert.That(theme.Page.PageNumbers, Is.EqualTo(PageNumberFormat.Plain));
            Assert.That(theme[TextRole.Body].SizePt, Is.EqualTo(ChineseFontSize.XiaoSan));
            Assert.That(theme[TextRole.Body].LineSpacing, Is.EqualTo(LineSpacing.Exactly(28)));
            Assert.That(theme[TextRole.Headline].Font, Is.EqualTo(FontSpec.Hei));
            Assert.That(theme[TextRole.Headline].Color, Is.EqualTo(RgbColor.OfficialRed));
            Assert.That(theme[TextRole.Caption], Is.EqualTo(BulletinThemes.WorkBulletin[TextRole.Caption]));
        });
    }

    [Test]
    public void A_theme_file_sizes_the_boxed_commentarys_headline_apart_from_the_page_headlines()
    {
        using var folder = new TempFolder();
        var path = folder.Write("house.yaml", """
            base: newspaper
            boxColumns: true
            styles:
              boxedHeadline:
                size: 三号
            """);

        var (theme, problems) = ThemeFile.Load(path);

        Assert.That(problems, Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(theme![TextRole.BoxedHeadline].SizePt, Is.EqualTo(ChineseFontSize.San));
            Assert.That(theme[TextRole.Headline], Is.EqualTo(BulletinThemes.Newspaper[TextRole.Headline]), "the page's headlines keep their size");
        });
    }

    [Test]
    public void A_json_theme_reads_the_same()
    {
        using var folder = new TempFolder();
        var path = folder.Write("house.json", """{ "base": "press-release", "page": { "size": "A5" }, "styles": { "body": { "size": "12pt" } } }""");

        var (theme, problems) = ThemeFile.Load(path);

        Assert.That(problems, Is.Empty);
        Assert.That(theme!.Page.WidthPt, Is.EqualTo(Length.Mm(148)));
        Assert.That(theme[TextRole.Body].SizePt, Is.EqualTo(12));
    }

    [Test]
    public void Mistakes_are_reported_with_their_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("house.yaml", "base: press-release\npage:\n  marginTop: wide\nstyles:\n  bodyy:\n    size: 12pt\n");

        var (theme, problems) = ThemeFile.Load(path);

        Assert.That(theme, Is.Null);
        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{path}:3:14: a length is a number with mm, cm, pt or in (e.g. 25mm), is 'wide'",
            $"{path}:5:3: unknown role 'bodyy' (roles: mastheadName, mastheadIssue, mastheadDetail, mastheadMark, sectionBanner, kicker, headline, subheadline, columnLabel, byline, dateline, body, subheading, quote, note, listItem, tableCell, tableHeader, caption, credit, trailingByline, continuationNote, pictureTitle, header, footer, distribution, contents, boxedHeadline)",
        }));
    }

    [Test]
    public void Render_uses_a_theme_file_named_in_the_front_matter()
    {
        using var folder = new TempFolder();
        folder.Write("house.yaml", "base: press-release\npage:\n  size: A5\n");
        folder.Write("release.md", "---\ntheme: house.yaml\n---\n\n# 标题\n\n正文。\n");

        var (exit, io) = TestIo.Run(folder.Path, "render", "release.md", "--pdf");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(folder.Path, "release.pdf"));
        Assert.That(pdf.GetPage(1).Width, Is.EqualTo(Length.Mm(148)).Within(0.5));
    }
    [Test]
    public void A_theme_files_values_the_validator_refuses_are_reported_in_the_theme_file_not_the_input()
    {
        // Read well (a number of columns), refused later by the library's theme rules: the message
        // named release.md:2:1, the input's own theme: line, which --theme had overridden.
        using var folder = new TempFolder();
        folder.Write("house.yaml", "base: press-release\npage:\n  columns: 60\n");
        folder.Write("release.md", "---\ntheme: press-release\n---\n\n# 标题\n\n正文。\n");

        var (exit, io) = TestIo.Run(folder.Path, "render", "release.md", "--theme", "house.yaml");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
        Assert.That(io.Errors, Does.StartWith("house.yaml:3:12: Theme.Page.Columns: columns 60 is outside [1, 45]"), io.Errors);
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(2), "nothing written");
    }

    [TestCase("base: press-release\nstyles:\n  body: { size: 0.5pt }\n", "house.yaml:3:17: Theme.Styles[Body].SizePt: size 0.5 pt")]
    [TestCase("base: press-release\nstyles:\n  Body:\n    lineSpacing: 0\n", "house.yaml:4:18: Theme.Styles[Body].LineSpacing")]
    [TestCase("base: press-release\nstyles:\n  body: { font: { word: \"\", pdf: x } }\n", "house.yaml:3:11: Theme.Styles[Body].Font.WordEastAsian")]
    [TestCase("base: press-release\npage:\n  size: A5\n  marginTop: 100mm\n  marginBottom: 120mm\n", "house.yaml:2:1: Theme.Page: top and bottom margins")]
    public void A_value_the_validator_refuses_is_reported_at_its_line_in_the_theme_file(string yaml, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("house.yaml", yaml);
        folder.Write("release.md", "# 标题\n\n正文。\n");

        var (exit, io) = TestIo.Run(folder.Path, "validate", "release.md", "--theme", "house.yaml");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
        Assert.That(io.Errors, Does.StartWith(expected), io.Errors);
    }

    [Test]
    public void A_theme_file_nested_very_deep_is_a_problem_not_a_stack_overflow()
    {
        using var folder = new TempFolder();
        var path = folder.Write("house.yaml", "base: press-release\nname: " + new string('{', 100000) + new string('}', 100000) + "\n");

        var (theme, problems) = ThemeFile.Load(path);

        Assert.That(theme, Is.Null);
        Assert.That(problems.Single().ToString(), Does.Contain("house.yaml:2:").And.Contain("nested more than 32 levels deep"));
    }
}
