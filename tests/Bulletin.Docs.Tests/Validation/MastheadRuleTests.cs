using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

/// <summary>The 红头's editing unit and date share one line: a unit that leaves the date no room is reported.</summary>
public sealed class MastheadRuleTests
{
    // The work-bulletin type area is 156 mm (27.6 ems of 三号); 2025年1月7日 is 6 ems and an em sets it
    // apart, which leaves 20 characters for the unit.
    private static string[] RedHeadProblems(string unit, DateOnly? date) =>
        Problems(SampleBulletins.WithBody() with { Masthead = new Masthead { Name = "工作简报", EditingUnit = unit, Date = date } }, BulletinThemes.WorkBulletin);

    [Test]
    public void An_editing_unit_that_leaves_the_date_room_on_its_line_is_accepted() =>
        Assert.That(RedHeadProblems(new string('办', 20), new DateOnly(2025, 1, 7)), Is.Empty);

    [Test]
    public void An_editing_unit_too_long_to_share_its_line_with_the_date_is_reported() =>
        Assert.That(RedHeadProblems(new string('办', 21), new DateOnly(2025, 1, 7)), Is.EqualTo(new[]
        {
            "Masthead.EditingUnit: editing unit is too long for one line: at most 20 characters fit at the left of the date 2025年1月7日 on the red head's line; give its short name (简称)",
        }));

    [Test]
    public void Without_a_date_the_unit_has_the_whole_line() =>
        Assert.That(RedHeadProblems(new string('办', 28), null), Is.EqualTo(new[]
        {
            "Masthead.EditingUnit: editing unit is too long for one line: at most 27 characters fit on the red head's line; give its short name (简称)",
        }));

    [Test]
    public void A_newspaper_masthead_sets_its_details_on_lines_of_their_own() =>
        Assert.That(Problems(SampleBulletins.WithBody() with { Masthead = new Masthead { Name = "太原日报", EditingUnit = new string('办', 60), Date = new DateOnly(2025, 1, 7) } }, BulletinThemes.Newspaper), Is.Empty);
}
