using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

/// <summary>A placement (<see cref="ArticlePlacement"/>) the page cannot have is reported with its path, before anything is written.</summary>
public sealed class PlacementRuleTests
{
    private static BulletinDocument With(ArticlePlacement placement, bool inSection = false)
    {
        Article article = new() { Headline = "约束物业倒逼服务优化", Body = ["正文。"], Placement = placement };
        Article next = new() { Headline = "太原市互联网协会", Body = ["正文。"] };
        return new BulletinDocument { Items = inSection ? [new Section { Banner = "发布会", Items = [next, article, next] }] : [article, next] };
    }

    private static int Columns => BulletinThemes.Newspaper.Page.Columns;

    private static double BodyLine => BulletinThemes.Newspaper[TextRole.Body].LineSpacing.ToPoints(BulletinThemes.Newspaper[TextRole.Body].SizePt);

    private static int MostLines => (int)Math.Floor(BulletinThemes.Newspaper.Page.ContentHeightPt / BodyLine);

    [Test]
    public void A_module_of_fewer_columns_than_the_page_with_a_depth_in_the_type_area_is_valid() =>
        Assert.That(Problems(With(new ArticlePlacement { Columns = 2, DepthLines = MostLines, Side = ModuleSide.Start })), Is.Empty);

    [TestCase(0)]
    [TestCase(-1)]
    public void A_module_of_no_columns_is_reported(int columns) =>
        Assert.That(Problems(With(new ArticlePlacement { Columns = columns })), Is.EqualTo(new[]
        {
            $"Items[0].Placement.Columns: a module spans at least 1 column; {columns} were asked for",
        }));

    [Test]
    public void A_module_wider_than_the_page_is_reported_in_a_section_too() =>
        Assert.That(Problems(With(new ArticlePlacement { Columns = Columns + 1 }, inSection: true)), Is.EqualTo(new[]
        {
            $"Items[0].Items[1].Placement.Columns: a module of {Columns + 1} columns does not fit the theme's page of {Columns} columns",
        }));

    [Test]
    public void On_a_one_column_theme_any_column_count_is_valid_and_falls_back_to_the_flow() =>
        Assert.That(Problems(With(new ArticlePlacement { Columns = 3 }), BulletinThemes.WorkBulletin), Is.Empty);

    [TestCase(0)]
    [TestCase(-5)]
    public void A_depth_below_one_line_is_reported(int depth) =>
        Assert.That(Problems(With(new ArticlePlacement { Columns = 2, DepthLines = depth })), Is.EqualTo(new[]
        {
            $"Items[0].Placement.DepthLines: a module's depth is at least 1 body line; {depth} were asked for (null: as deep as its text needs)",
        }));

    [Test]
    public void A_depth_deeper_than_the_type_area_is_reported_with_the_most_lines_it_holds()
    {
        var problems = Problems(With(new ArticlePlacement { Columns = 2, DepthLines = MostLines + 1 }));

        Assert.That(problems, Has.Length.EqualTo(1));
        Assert.That(problems[0], Does.StartWith($"Items[0].Placement.DepthLines: a module {MostLines + 1} body lines deep").And.EndWith($"{MostLines} lines)"));
    }

    [Test]
    public void A_side_that_is_not_a_module_side_is_reported() =>
        Assert.That(Problems(With(new ArticlePlacement { Columns = 2, Side = (ModuleSide)7 })), Is.EqualTo(new[]
        {
            "Items[0].Placement.Side: module side 7 is not a ModuleSide: End (the page's last columns) or Start (its first)",
        }));

    [Test]
    public void Nothing_is_written_for_a_bad_placement()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bulletin-placement-{Environment.ProcessId}.docx");
        var error = Assert.Throws<BulletinValidationException>(() => BulletinDocx.WriteFile(With(new ArticlePlacement { Columns = 0 }), path, new BulletinOptions { Theme = BulletinThemes.Newspaper }));

        Assert.That(error!.Problems.Select(problem => problem.Path), Is.EqualTo(new[] { "Items[0].Placement.Columns" }));
        Assert.That(File.Exists(path), Is.False);
    }
}
