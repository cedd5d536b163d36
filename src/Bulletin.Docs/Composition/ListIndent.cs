using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// Where a list item's lines start, one decision for the PDF's layout and the Word file's
/// numbering: the label hangs in a gutter of <see cref="HangEm"/> ems in front of the item's turned
/// lines, the first line starting at the label, its text right after the label and one space.
/// </summary>
internal static class ListIndent
{
    /// <summary>The gutter the label hangs in, in ems of the list item style.</summary>
    public const double HangEm = 2;

    /// <summary>The start of every line of an item but the first, in characters (ems) of the style from the column's start.</summary>
    public static double StartChars(TextStyle style) => style.StartIndentChars + HangEm;

    /// <summary>The start of an item's first line (where its label is set) from that of its other lines, in characters (ems) of the style; negative: the first line hangs.</summary>
    public static double FirstLineChars(TextStyle style) => style.FirstLineIndentChars - HangEm;
}
