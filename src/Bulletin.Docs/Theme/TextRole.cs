namespace Bulletin.Docs.Theme;

/// <summary>
/// The roles text plays in a bulletin. Each role maps to a <see cref="TextStyle"/> in a
/// <see cref="BulletinTheme"/> and to a named paragraph style in Word.
/// </summary>
public enum TextRole
{
    /// <summary>The publication's name in the masthead (太原日报, 工作简报).</summary>
    MastheadName,
    /// <summary>Issue label under the name (第3期).</summary>
    MastheadIssue,
    /// <summary>Masthead detail line: editing unit, date, edition label.</summary>
    MastheadDetail,
    /// <summary>Secrecy mark and serial number at the top corners.</summary>
    MastheadMark,
    /// <summary>Section banner over a group of stories (省政府新闻办发布会).</summary>
    SectionBanner,
    /// <summary>引题 above the headline.</summary>
    Kicker,
    /// <summary>主题, the headline.</summary>
    Headline,
    /// <summary>副题, the deck under the headline.</summary>
    Subheadline,
    /// <summary>Column label of a commentary (｜井州论坛｜).</summary>
    ColumnLabel,
    /// <summary>Credit line under the headline (记者 张秀丽, a columnist's name).</summary>
    Byline,
    /// <summary>Run-in dateline (本报讯).</summary>
    Dateline,
    /// <summary>Body paragraphs.</summary>
    Body,
    /// <summary>小标题 inside an article.</summary>
    Subheading,
    /// <summary>Quoted passages.</summary>
    Quote,
    /// <summary>Editor's notes (编者按).</summary>
    Note,
    /// <summary>List items.</summary>
    ListItem,
    /// <summary>Table cells.</summary>
    TableCell,
    /// <summary>Table header cells.</summary>
    TableHeader,
    /// <summary>Photo captions.</summary>
    Caption,
    /// <summary>Photo credits (王韵菲 摄).</summary>
    Credit,
    /// <summary>The reporter's name at the end, （尹哲）.</summary>
    TrailingByline,
    /// <summary>Jump lines (（上接第1版）).</summary>
    ContinuationNote,
    /// <summary>Title of a stand-alone picture news item.</summary>
    PictureTitle,
    /// <summary>Running header text.</summary>
    Header,
    /// <summary>Footer and page number.</summary>
    Footer,
    /// <summary>报尾 lines (报：… 送：… 发：…) and the print run.</summary>
    Distribution,
    /// <summary>Contents box (本期要目) entries.</summary>
    Contents,
    /// <summary>
    /// 主题 of a boxed commentary (an article with a column label when the theme boxes them): a
    /// column's title in its box is set smaller than the page's lead headlines. Both writers set it
    /// in this role's style, and the heading lines are balanced at its size.
    /// </summary>
    BoxedHeadline,
}
