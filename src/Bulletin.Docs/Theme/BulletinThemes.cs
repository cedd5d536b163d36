using System.Collections.Frozen;

namespace Bulletin.Docs.Theme;

/// <summary>The built-in themes.</summary>
public static class BulletinThemes
{
    /// <summary>
    /// A city daily's page: A3, six columns of 小五 宋体, headline stacks across the columns,
    /// boxed commentary, column rules.
    /// </summary>
    public static BulletinTheme Newspaper { get; } = CreateNewspaper();

    /// <summary>
    /// A 简报 (work bulletin): GB/T 9704 page (A4, 37/35/28/26 mm margins), red head with 期号,
    /// editing unit and date over a red rule, 仿宋 三号 body on a 22-line grid, 报尾 at the end,
    /// <c>— 1 —</c> page numbers outside.
    /// </summary>
    public static BulletinTheme WorkBulletin { get; } = CreateWorkBulletin();

    /// <summary>A press release (新闻通稿): A4, one column, plain title block, 宋体 小四 body.</summary>
    public static BulletinTheme PressRelease { get; } = CreatePressRelease();

    /// <summary>
    /// The gap that makes each of the newspaper's six columns exactly 13 body characters wide, as a
    /// news page's columns are measured in whole characters (栏宽): a column a fraction of a character
    /// short holds 12 characters in Word and LibreOffice, which do not squeeze Han characters, and
    /// every paragraph runs a line longer than in the PDF. Rounded down to a tenth of a point, so the
    /// Word file's twips keep the full measure too.
    /// </summary>
    private static double NewspaperColumnGapPt(double bodyPt)
    {
        const int columns = 6, characters = 13;
        var content = Length.Mm(297) - 2 * Length.Mm(15);
        return Math.Floor((content - columns * characters * bodyPt) / (columns - 1) * 10) / 10;
    }

    private static BulletinTheme CreateNewspaper()
    {
        const double body = ChineseFontSize.XiaoWu;
        const double bodyLine = 13.5;
        var styles = new Dictionary<TextRole, TextStyle>
        {
            [TextRole.MastheadName] = new() { Font = FontSpec.XiaoBiaoSong, SizePt = ChineseFontSize.Chu, Bold = true, Color = RgbColor.OfficialRed, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(48) },
            [TextRole.MastheadIssue] = new() { Font = FontSpec.Song, SizePt = ChineseFontSize.XiaoWu, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(13) },
            [TextRole.MastheadDetail] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.Wu, Alignment = TextAlignment.End, LineSpacing = LineSpacing.Exactly(15) },
            [TextRole.MastheadMark] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.XiaoWu, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(13) },
            [TextRole.SectionBanner] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.Si, Bold = true, Color = RgbColor.OfficialRed, Alignment = TextAlignment.Start, SpaceBeforePt = 6, SpaceAfterPt = 4, LineSpacing = LineSpacing.Exactly(20), KeepWithNext = true, OutlineLevel = 0 },
            [TextRole.Kicker] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.XiaoSan, Alignment = TextAlignment.Center, SpaceBeforePt = 6, LineSpacing = LineSpacing.Exactly(21), KeepWithNext = true },
            [TextRole.Headline] = new() { Font = FontSpec.XiaoBiaoSong, SizePt = ChineseFontSize.Yi, Bold = true, Alignment = TextAlignment.Center, SpaceAfterPt = 2, LineSpacing = LineSpacing.Exactly(32), KeepWithNext = true, OutlineLevel = 1 },
            // A commentary's title in its box is set smaller than the page's lead headlines: 小二, not 一号.
            [TextRole.BoxedHeadline] = new() { Font = FontSpec.XiaoBiaoSong, SizePt = ChineseFontSize.XiaoEr, Bold = true, Alignment = TextAlignment.Center, SpaceAfterPt = 2, LineSpacing = LineSpacing.Exactly(22), KeepWithNext = true, OutlineLevel = 1 },
            [TextRole.Subheadline] = new() { Font = FontSpec.Kai, SizePt = ChineseFontSize.Si, Alignment = TextAlignment.Center, SpaceAfterPt = 2, LineSpacing = LineSpacing.Exactly(20), KeepWithNext = true },
            [TextRole.ColumnLabel] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.Wu, Bold = true, Color = RgbColor.OfficialRed, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(16), KeepWithNext = true },
            [TextRole.Byline] = new() { Font = FontSpec.Kai, SizePt = body, Alignment = TextAlignment.Center, SpaceAfterPt = 3, LineSpacing = LineSpacing.Exactly(bodyLine), KeepWithNext = true },
            [TextRole.Dateline] = new() { Font = FontSpec.Hei, SizePt = body, Bold = true, LineSpacing = LineSpacing.Exactly(bodyLine) },
            [TextRole.Body] = new() { Font = FontSpec.Song, SizePt = body, FirstLineIndentChars = 2, LineSpacing = LineSpacing.Exactly(bodyLine) },
            [TextRole.Subheading] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.Wu, Bold = true, Alignment = TextAlignment.Center, SpaceBeforePt = 4, SpaceAfterPt = 2, LineSpacing = LineSpacing.Exactly(15), KeepWithNext = true, OutlineLevel = 2 },
            [TextRole.Quote] = new() { Font = FontSpec.Kai, SizePt = body, StartIndentChars = 2, LineSpacing = LineSpacing.Exactly(bodyLine) },
            [TextRole.Note] = new() { Font = FontSpec.Kai, SizePt = body, FirstLineIndentChars = 2, LineSpacing = LineSpacing.Exactly(bodyLine) },
            [TextRole.ListItem] = new() { Font = FontSpec.Song, SizePt = body, StartIndentChars = 2, LineSpacing = LineSpacing.Exactly(bodyLine) },
            [TextRole.TableCell] = new() { Font = FontSpec.Song, SizePt = ChineseFontSize.Liu, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(11) },
            [TextRole.TableHeader] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.Liu, Bold = true, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(11) },
            [TextRole.Caption] = new() { Font = FontSpec.Kai, SizePt = ChineseFontSize.Liu, FirstLineIndentChars = 2, SpaceBeforePt = 2, LineSpacing = LineSpacing.Exactly(11) },
            [TextRole.Credit] = new() { Font = FontSpec.Kai, SizePt = ChineseFontSize.Liu, Alignment = TextAlignment.End, SpaceAfterPt = 4, LineSpacing = LineSpacing.Exactly(11) },
            [TextRole.TrailingByline] = new() { Font = FontSpec.Kai, SizePt = body, Alignment = TextAlignment.End, LineSpacing = LineSpacing.Exactly(bodyLine) },
            [TextRole.ContinuationNote] = new() { Font = FontSpec.Kai, SizePt = body, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(bodyLine) },
            [TextRole.PictureTitle] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.Wu, Bold = true, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(15), KeepWithNext = true, OutlineLevel = 1 },
            [TextRole.Header] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.XiaoWu, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(12) },
            [TextRole.Footer] = new() { Font = FontSpec.Song, SizePt = ChineseFontSize.XiaoWu, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(12) },
            [TextRole.Distribution] = new() { Font = FontSpec.FangSong, SizePt = body, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(bodyLine) },
            [TextRole.Contents] = new() { Font = FontSpec.Hei, SizePt = body, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(bodyLine) },
        };
        return new BulletinTheme
        {
            Name = "newspaper",
            Page = new PageSetup
            {
                WidthPt = Length.Mm(297),
                HeightPt = Length.Mm(420),
                MarginTopPt = Length.Mm(15),
                MarginBottomPt = Length.Mm(18),
                MarginLeftPt = Length.Mm(15),
                MarginRightPt = Length.Mm(15),
                Columns = 6,
                ColumnGapPt = NewspaperColumnGapPt(body),
                ColumnRule = true,
                FooterDistancePt = Length.Mm(8),
                HeaderDistancePt = Length.Mm(7),
                PageNumbers = PageNumberFormat.Plain,
                PageNumberPosition = PageNumberPosition.Outside,
            },
            Styles = styles.ToFrozenDictionary(),
            Masthead = MastheadStyle.Newspaper,
            AccentColor = RgbColor.OfficialRed,
            BoxColumns = true,
            HeadlinesSpanColumns = true,
        };
    }

    private static BulletinTheme CreateWorkBulletin()
    {
        const double body = ChineseFontSize.San;
        // GB/T 9704-2012 §5.2.3: 22 lines in a 225 mm type area → 28.95 pt pitch (579 twips).
        const double pitch = 579 / 20.0;
        // GB/T 9704-2012 §5.2.3: 28 characters per line in the 156 mm type area, but 28 × 16 pt = 448 pt
        // is wider than 156 mm = 442.2 pt; close every character up by ¼ pt (5 twips, which Word
        // stores exactly) so a line holds 28 characters in Word and in the PDF.
        const double gridTracking = -0.25;
        var styles = new Dictionary<TextRole, TextStyle>
        {
            [TextRole.MastheadName] = new() { Font = FontSpec.XiaoBiaoSong, SizePt = 48, Bold = true, Color = RgbColor.OfficialRed, Alignment = TextAlignment.Center, LetterSpacingPt = 12, LineSpacing = LineSpacing.Exactly(60) },
            [TextRole.MastheadIssue] = new() { Font = FontSpec.FangSong, SizePt = body, Alignment = TextAlignment.Center, SpaceBeforePt = 6, LineSpacing = LineSpacing.Exactly(pitch) },
            [TextRole.MastheadDetail] = new() { Font = FontSpec.FangSong, SizePt = body, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(pitch) },
            [TextRole.MastheadMark] = new() { Font = FontSpec.Hei, SizePt = body, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(pitch) },
            [TextRole.SectionBanner] = new() { Font = FontSpec.Hei, SizePt = body, Alignment = TextAlignment.Start, SpaceBeforePt = 6, LineSpacing = LineSpacing.Exactly(pitch), KeepWithNext = true, OutlineLevel = 0 },
            [TextRole.Kicker] = new() { Font = FontSpec.Kai, SizePt = body, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(pitch), KeepWithNext = true },
            [TextRole.Headline] = new() { Font = FontSpec.XiaoBiaoSong, SizePt = ChineseFontSize.Er, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(36), KeepWithNext = true, OutlineLevel = 1 },
            // Used when a derived theme boxes commentaries: smaller than the 二号 headline, 小二.
            [TextRole.BoxedHeadline] = new() { Font = FontSpec.XiaoBiaoSong, SizePt = ChineseFontSize.XiaoEr, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(29), KeepWithNext = true, OutlineLevel = 1 },
            [TextRole.Subheadline] = new() { Font = FontSpec.Kai, SizePt = body, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(pitch), KeepWithNext = true },
            [TextRole.ColumnLabel] = new() { Font = FontSpec.Hei, SizePt = body, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(pitch), KeepWithNext = true },
            [TextRole.Byline] = new() { Font = FontSpec.Kai, SizePt = body, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(pitch), KeepWithNext = true },
            [TextRole.Dateline] = new() { Font = FontSpec.Hei, SizePt = body, LineSpacing = LineSpacing.Exactly(pitch) },
            [TextRole.Body] = new() { Font = FontSpec.FangSong, SizePt = body, FirstLineIndentChars = 2, LetterSpacingPt = gridTracking, LineSpacing = LineSpacing.Exactly(pitch) },
            [TextRole.Subheading] = new() { Font = FontSpec.Hei, SizePt = body, Alignment = TextAlignment.Start, FirstLineIndentChars = 2, LineSpacing = LineSpacing.Exactly(pitch), KeepWithNext = true, OutlineLevel = 2 },
            [TextRole.Quote] = new() { Font = FontSpec.Kai, SizePt = body, FirstLineIndentChars = 2, LetterSpacingPt = gridTracking, LineSpacing = LineSpacing.Exactly(pitch) },
            [TextRole.Note] = new() { Font = FontSpec.Kai, SizePt = body, FirstLineIndentChars = 2, LetterSpacingPt = gridTracking, LineSpacing = LineSpacing.Exactly(pitch) },
            [TextRole.ListItem] = new() { Font = FontSpec.FangSong, SizePt = body, FirstLineIndentChars = 2, LetterSpacingPt = gridTracking, LineSpacing = LineSpacing.Exactly(pitch) },
            [TextRole.TableCell] = new() { Font = FontSpec.FangSong, SizePt = ChineseFontSize.XiaoSi, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(18) },
            [TextRole.TableHeader] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.XiaoSi, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(18) },
            [TextRole.Caption] = new() { Font = FontSpec.Kai, SizePt = ChineseFontSize.Si, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(22) },
            [TextRole.Credit] = new() { Font = FontSpec.Kai, SizePt = ChineseFontSize.Si, Alignment = TextAlignment.End, LineSpacing = LineSpacing.Exactly(22) },
            [TextRole.TrailingByline] = new() { Font = FontSpec.Kai, SizePt = body, Alignment = TextAlignment.End, LineSpacing = LineSpacing.Exactly(pitch) },
            [TextRole.ContinuationNote] = new() { Font = FontSpec.Kai, SizePt = ChineseFontSize.Si, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(pitch) },
            [TextRole.PictureTitle] = new() { Font = FontSpec.Hei, SizePt = body, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(pitch), KeepWithNext = true, OutlineLevel = 1 },
            [TextRole.Header] = new() { Font = FontSpec.FangSong, SizePt = ChineseFontSize.Si, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(18) },
            // GB/T 9704 §7.5: page numbers in 四号 半角 Arabic digits with a dash on each side.
            [TextRole.Footer] = new() { Font = new FontSpec("宋体", "宋体", "Noto Serif SC"), SizePt = ChineseFontSize.Si, Alignment = TextAlignment.End, LineSpacing = LineSpacing.Exactly(18) },
            [TextRole.Distribution] = new() { Font = FontSpec.FangSong, SizePt = ChineseFontSize.Si, Alignment = TextAlignment.Start, StartIndentChars = 1, LineSpacing = LineSpacing.Exactly(24) },
            [TextRole.Contents] = new() { Font = FontSpec.FangSong, SizePt = body, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(pitch) },
        };
        return new BulletinTheme
        {
            Name = "work-bulletin",
            Page = new PageSetup
            {
                // GB/T 9704 §5.2.1: top 37 mm, left 28 mm, type area 156 × 225 mm.
                MarginTopPt = Length.Mm(37),
                MarginLeftPt = Length.Mm(28),
                MarginRightPt = Length.Mm(26),
                MarginBottomPt = Length.Mm(35),
                Columns = 1,
                // GB/T 9704 §7.5: page number 7 mm below the type area.
                FooterDistancePt = Length.Mm(35 - 7) - ChineseFontSize.Si,
                PageNumbers = PageNumberFormat.Dashed,
                PageNumberPosition = PageNumberPosition.Outside,
                LineGridPitchPt = pitch,
            },
            Styles = styles.ToFrozenDictionary(),
            Masthead = MastheadStyle.RedHead,
            AccentColor = RgbColor.OfficialRed,
            BoxColumns = false,
            HeadlinesSpanColumns = false,
        };
    }

    private static BulletinTheme CreatePressRelease()
    {
        const double body = ChineseFontSize.XiaoSi;
        const double line = 22;
        var styles = new Dictionary<TextRole, TextStyle>
        {
            [TextRole.MastheadName] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.Er, Bold = true, Alignment = TextAlignment.Center, LetterSpacingPt = 4, LineSpacing = LineSpacing.Exactly(30) },
            [TextRole.MastheadIssue] = new() { Font = FontSpec.Song, SizePt = ChineseFontSize.Wu, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(16) },
            [TextRole.MastheadDetail] = new() { Font = FontSpec.Song, SizePt = ChineseFontSize.Wu, Alignment = TextAlignment.Center, SpaceAfterPt = 6, LineSpacing = LineSpacing.Exactly(16) },
            [TextRole.MastheadMark] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.Wu, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(16) },
            [TextRole.SectionBanner] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.Si, Alignment = TextAlignment.Start, SpaceBeforePt = 6, LineSpacing = LineSpacing.Exactly(line), KeepWithNext = true, OutlineLevel = 0 },
            [TextRole.Kicker] = new() { Font = FontSpec.Kai, SizePt = ChineseFontSize.Si, Alignment = TextAlignment.Center, SpaceBeforePt = 12, LineSpacing = LineSpacing.Exactly(line), KeepWithNext = true },
            [TextRole.Headline] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.XiaoEr, Bold = true, Alignment = TextAlignment.Center, SpaceBeforePt = 6, SpaceAfterPt = 4, LineSpacing = LineSpacing.Exactly(28), KeepWithNext = true, OutlineLevel = 1 },
            // The headline is already 小二, the size of a boxed commentary's title.
            [TextRole.BoxedHeadline] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.XiaoEr, Bold = true, Alignment = TextAlignment.Center, SpaceBeforePt = 6, SpaceAfterPt = 4, LineSpacing = LineSpacing.Exactly(28), KeepWithNext = true, OutlineLevel = 1 },
            [TextRole.Subheadline] = new() { Font = FontSpec.Kai, SizePt = ChineseFontSize.Si, Alignment = TextAlignment.Center, SpaceAfterPt = 4, LineSpacing = LineSpacing.Exactly(line), KeepWithNext = true },
            [TextRole.ColumnLabel] = new() { Font = FontSpec.Hei, SizePt = body, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(line), KeepWithNext = true },
            [TextRole.Byline] = new() { Font = FontSpec.Kai, SizePt = body, Alignment = TextAlignment.Center, SpaceAfterPt = 6, LineSpacing = LineSpacing.Exactly(line), KeepWithNext = true },
            [TextRole.Dateline] = new() { Font = FontSpec.Hei, SizePt = body, Bold = true, LineSpacing = LineSpacing.Exactly(line) },
            [TextRole.Body] = new() { Font = FontSpec.Song, SizePt = body, FirstLineIndentChars = 2, LineSpacing = LineSpacing.Exactly(line) },
            [TextRole.Subheading] = new() { Font = FontSpec.Hei, SizePt = body, Bold = true, Alignment = TextAlignment.Start, FirstLineIndentChars = 2, SpaceBeforePt = 6, LineSpacing = LineSpacing.Exactly(line), KeepWithNext = true, OutlineLevel = 2 },
            [TextRole.Quote] = new() { Font = FontSpec.Kai, SizePt = body, StartIndentChars = 2, LineSpacing = LineSpacing.Exactly(line) },
            [TextRole.Note] = new() { Font = FontSpec.Kai, SizePt = body, FirstLineIndentChars = 2, LineSpacing = LineSpacing.Exactly(line) },
            [TextRole.ListItem] = new() { Font = FontSpec.Song, SizePt = body, StartIndentChars = 2, LineSpacing = LineSpacing.Exactly(line) },
            [TextRole.TableCell] = new() { Font = FontSpec.Song, SizePt = ChineseFontSize.Wu, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(16) },
            [TextRole.TableHeader] = new() { Font = FontSpec.Hei, SizePt = ChineseFontSize.Wu, Bold = true, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(16) },
            [TextRole.Caption] = new() { Font = FontSpec.Kai, SizePt = ChineseFontSize.Wu, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(16) },
            [TextRole.Credit] = new() { Font = FontSpec.Kai, SizePt = ChineseFontSize.Wu, Alignment = TextAlignment.End, LineSpacing = LineSpacing.Exactly(16) },
            [TextRole.TrailingByline] = new() { Font = FontSpec.Kai, SizePt = body, Alignment = TextAlignment.End, LineSpacing = LineSpacing.Exactly(line) },
            [TextRole.ContinuationNote] = new() { Font = FontSpec.Kai, SizePt = ChineseFontSize.Wu, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(line) },
            [TextRole.PictureTitle] = new() { Font = FontSpec.Hei, SizePt = body, Bold = true, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(line), KeepWithNext = true, OutlineLevel = 1 },
            [TextRole.Header] = new() { Font = FontSpec.Song, SizePt = ChineseFontSize.XiaoWu, Alignment = TextAlignment.End, LineSpacing = LineSpacing.Exactly(12) },
            [TextRole.Footer] = new() { Font = FontSpec.Song, SizePt = ChineseFontSize.XiaoWu, Alignment = TextAlignment.Center, LineSpacing = LineSpacing.Exactly(12) },
            [TextRole.Distribution] = new() { Font = FontSpec.Song, SizePt = ChineseFontSize.Wu, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(16) },
            [TextRole.Contents] = new() { Font = FontSpec.Song, SizePt = body, Alignment = TextAlignment.Start, LineSpacing = LineSpacing.Exactly(line) },
        };
        return new BulletinTheme
        {
            Name = "press-release",
            Page = new PageSetup
            {
                MarginTopPt = Length.Mm(25),
                MarginBottomPt = Length.Mm(25),
                MarginLeftPt = Length.Mm(28),
                MarginRightPt = Length.Mm(26),
                Columns = 1,
                PageNumbers = PageNumberFormat.PageOfTotal,
                PageNumberPosition = PageNumberPosition.Center,
            },
            Styles = styles.ToFrozenDictionary(),
            Masthead = MastheadStyle.Plain,
            AccentColor = RgbColor.Black,
            BoxColumns = true,
            HeadlinesSpanColumns = false,
        };
    }
}
