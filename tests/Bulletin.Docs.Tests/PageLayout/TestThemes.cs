using System.Collections.Frozen;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>Small themes with round numbers so positions in assertions are easy to check by hand.</summary>
internal static class TestThemes
{
    /// <summary>Body text size (1 em in the fake layouter).</summary>
    public const double Size = 10;

    /// <summary>Body line height.</summary>
    public const double Line = 12;

    /// <summary>
    /// A page of 200 × <paramref name="height"/> pt with 20 pt margins (type area 160 wide), every
    /// role 10 pt on 12 pt lines without spacing, body indented 2 em.
    /// </summary>
    public static BulletinTheme Simple(double height = 160, int columns = 1, bool spanning = false, PageNumberFormat numbers = PageNumberFormat.None, PageNumberPosition position = PageNumberPosition.Center, MastheadStyle masthead = MastheadStyle.Plain)
    {
        var styles = Enum.GetValues<TextRole>().ToDictionary(
            role => role,
            role => new TextStyle
            {
                Font = FontSpec.Song,
                SizePt = Size,
                LineSpacing = LineSpacing.Exactly(Line),
                FirstLineIndentChars = role == TextRole.Body ? 2 : 0,
                Alignment = role == TextRole.Body ? TextAlignment.Justify : TextAlignment.Start,
                KeepWithNext = role is TextRole.Headline or TextRole.Subheading or TextRole.Kicker or TextRole.SectionBanner or TextRole.PictureTitle,
            });
        return new BulletinTheme
        {
            Name = "test",
            Page = new PageSetup
            {
                WidthPt = 200,
                HeightPt = height,
                MarginTopPt = 20,
                MarginBottomPt = 20,
                MarginLeftPt = 20,
                MarginRightPt = 20,
                Columns = columns,
                ColumnGapPt = 10,
                ColumnRule = columns > 1,
                FooterDistancePt = 8,
                HeaderDistancePt = 12,
                PageNumbers = numbers,
                PageNumberPosition = position,
            },
            Styles = styles.ToFrozenDictionary(),
            HeadlinesSpanColumns = spanning,
            Masthead = masthead,
            AccentColor = RgbColor.OfficialRed,
        };
    }
}
