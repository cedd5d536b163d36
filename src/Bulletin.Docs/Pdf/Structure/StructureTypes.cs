using Bulletin.Docs.Layout.Structure;

namespace Bulletin.Docs.Pdf.Structure;

/// <summary>
/// The structure type each element is written with. Standard types (ISO 32000-1, 14.8.4) are used
/// where one fits; the newspaper's own parts keep their names (Kicker, Deck, Byline…) and the role
/// map (14.7.3) says which standard type each stands for, so a reader that knows only the standard
/// types still reads a kicker as a paragraph and a section banner as a heading.
/// </summary>
internal static class StructureTypes
{
    /// <summary>The role map: every non-standard type used, to its standard type.</summary>
    public static IReadOnlyList<(string Custom, string Standard)> RoleMap { get; } =
    [
        ("Masthead", "Div"),
        ("Banner", "H1"),
        ("ColumnLabel", "P"),
        ("Kicker", "P"),
        ("Deck", "P"),
        ("Byline", "P"),
        ("JumpLine", "P"),
        ("Distribution", "Div"),
    ];

    private static readonly byte[][] Tags = [.. Enum.GetValues<StructureKind>().Select(kind => System.Text.Encoding.ASCII.GetBytes("/" + Of(kind)))];

    /// <summary>The structure type of <paramref name="kind"/> as a name token with its slash, ready for a content stream.</summary>
    public static ReadOnlySpan<byte> TagOf(StructureKind kind) => Tags[(int)kind];

    /// <summary>The structure type of <paramref name="kind"/>, as written after /S and as a marked-content tag.</summary>
    public static string Of(StructureKind kind) => kind switch
    {
        StructureKind.Document => "Document",
        StructureKind.Masthead => "Masthead",
        StructureKind.Contents => "TOC",
        StructureKind.ContentsTitle => "Caption",
        StructureKind.ContentsEntry => "TOCI",
        StructureKind.Section => "Sect",
        StructureKind.SectionBanner => "Banner",
        StructureKind.Article => "Art",
        StructureKind.ColumnLabel => "ColumnLabel",
        StructureKind.Kicker => "Kicker",
        StructureKind.Headline => "H1",
        StructureKind.Deck => "Deck",
        StructureKind.Byline => "Byline",
        StructureKind.Paragraph => "P",
        StructureKind.Subheading => "H2",
        StructureKind.BlockQuote => "BlockQuote",
        StructureKind.Note => "Note",
        StructureKind.JumpLine => "JumpLine",
        StructureKind.List => "L",
        StructureKind.ListItem => "LI",
        StructureKind.ListBody => "LBody",
        StructureKind.Table => "Table",
        StructureKind.TableRow => "TR",
        StructureKind.TableHeaderCell => "TH",
        StructureKind.TableCell => "TD",
        StructureKind.Figure => "Figure",
        StructureKind.Caption => "Caption",
        StructureKind.Distribution => "Distribution",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown structure kind."),
    };
}
