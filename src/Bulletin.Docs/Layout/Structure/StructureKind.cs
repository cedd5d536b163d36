namespace Bulletin.Docs.Layout.Structure;

/// <summary>
/// What a piece of laid-out content is in the document's logical structure, in the field's own
/// terms. The PDF writer maps each kind to an ISO 32000-1 standard structure type (14.8.4), directly
/// or through its role map.
/// </summary>
public enum StructureKind
{
    /// <summary>The whole document (the root).</summary>
    Document,

    /// <summary>The 报头 or red head: paper or bulletin name, issue, date, marks.</summary>
    Masthead,

    /// <summary>The 本期要目 contents box.</summary>
    Contents,

    /// <summary>The contents box's title (本期要目).</summary>
    ContentsTitle,

    /// <summary>One contents entry: a title and its page number.</summary>
    ContentsEntry,

    /// <summary>A section under a banner (栏目).</summary>
    Section,

    /// <summary>The section banner's text.</summary>
    SectionBanner,

    /// <summary>One story or picture news item.</summary>
    Article,

    /// <summary>A column label such as ｜井州论坛｜.</summary>
    ColumnLabel,

    /// <summary>The 引题 (kicker) above a headline.</summary>
    Kicker,

    /// <summary>The 主题 (headline), all its lines.</summary>
    Headline,

    /// <summary>The 副题 (deck) under a headline.</summary>
    Deck,

    /// <summary>A byline, under the headline or at the end of the story.</summary>
    Byline,

    /// <summary>A body paragraph (with its run-in 电头 dateline, if any).</summary>
    Paragraph,

    /// <summary>A 小标题 (subheading), all its lines.</summary>
    Subheading,

    /// <summary>A block quotation.</summary>
    BlockQuote,

    /// <summary>An editor's note with its run-in label.</summary>
    Note,

    /// <summary>A jump line: （上接第1版）, （下转第2版）.</summary>
    JumpLine,

    /// <summary>A list.</summary>
    List,

    /// <summary>One list item.</summary>
    ListItem,

    /// <summary>The text of a list item, its marker included.</summary>
    ListBody,

    /// <summary>A table.</summary>
    Table,

    /// <summary>A table row.</summary>
    TableRow,

    /// <summary>A header cell.</summary>
    TableHeaderCell,

    /// <summary>A data cell.</summary>
    TableCell,

    /// <summary>A picture, with its alternative text.</summary>
    Figure,

    /// <summary>A picture's caption and credit.</summary>
    Caption,

    /// <summary>The 报尾 distribution block (版记).</summary>
    Distribution,
}
