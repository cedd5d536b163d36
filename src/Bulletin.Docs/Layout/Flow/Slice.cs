using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// An unbreakable piece of a block laid out at a known width: a line, an image, a rule, a table row,
/// a space. Columns are filled with slices; a column may end only after a slice that does not keep
/// with the next one.
/// </summary>
/// <param name="Height">Vertical space the slice takes, in points.</param>
internal abstract record Slice(double Height)
{
    /// <summary>A column must not end after this slice (headings, widow/orphan lines, figure parts).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>
    /// Never break after this slice, not even when a keep chain has to be broken because it is
    /// longer than a column (the parts of a figure).
    /// </summary>
    public bool Glued { get; init; }

    /// <summary>Space that is dropped when it falls at the top of a column.</summary>
    public bool Discardable { get; init; }

    /// <summary>Horizontal offset of the slice from the left of its column.</summary>
    public double XOffset { get; init; }

    /// <summary>For a table's body row: the header row repeated when a column starts with this row.</summary>
    public Slice? RepeatHeader { get; init; }

    /// <summary>The structure element the slice's content belongs to; <c>null</c> for furniture (rules, space).</summary>
    public StructureNode? Structure { get; init; }
}

/// <summary>One line of a paragraph in a line slot of <see cref="Slice.Height"/>.</summary>
internal sealed record LineSlice(PositionedLine Line, double LineHeight) : Slice(LineHeight);

/// <summary>
/// A line set in the slot of the line slice just before it, taking no height of its own: a photo
/// credit run in at the right of a caption's last line (…美不胜收。　王韵菲 摄).
/// </summary>
internal sealed record RunInLineSlice(PositionedLine Line, double LineHeight) : Slice(0);

/// <summary>Vertical space (space before/after a paragraph).</summary>
internal sealed record SpaceSlice(double Space) : Slice(Space);

/// <summary>A horizontal rule of <paramref name="Width"/> centred vertically in its slot.</summary>
internal sealed record RuleSlice(double Width, double ThicknessPt, RgbColor Color, double Slot) : Slice(Slot);

/// <summary>An image drawn at its full slot.</summary>
internal sealed record ImageSlice(ImageData Image, string AltText, double Width, double ImageHeight) : Slice(ImageHeight);

/// <summary>A named destination, taking no space.</summary>
internal sealed record AnchorSlice(string Name) : Slice(0);

/// <summary>A table row: cell paragraphs at their x offsets, column edges for the grid lines.</summary>
/// <param name="Table">Identity of the table the row belongs to (reference equality).</param>
/// <param name="Cells">Each cell's x offset from the table's left, its lines and its structure element.</param>
/// <param name="Edges">x of every vertical grid line, from the table's left.</param>
/// <param name="PaddingPt">Cell padding above and below the tallest cell's text (the others are centred in the row).</param>
/// <param name="RowHeight">Height of the row.</param>
/// <param name="RulePt">Width of the grid lines, the theme's table rule as in the Word file.</param>
internal sealed record TableRowSlice(object Table, IReadOnlyList<(double X, LaidOutParagraph Text, StructureNode? Structure)> Cells, IReadOnlyList<double> Edges, double PaddingPt, double RowHeight, double RulePt)
    : Slice(RowHeight);
