namespace Bulletin.Docs.Layout;

/// <summary>
/// What the layout made of an article's placement (<see cref="Model.ArticlePlacement"/>): set as a
/// module, with its rectangle, or set in the flow, and why. Falling back is not an error.
/// </summary>
/// <param name="Path">The article's path in the model, e.g. <c>Items[3]</c>.</param>
/// <param name="AsModule">Set as a module beside the stories after it; otherwise in the flow.</param>
/// <param name="Note">
/// Why it is in the flow, or, for a module, anything the editor should know (a fixed depth too
/// small for its text, so the module was set deeper); <c>null</c> for nothing to say.
/// </param>
public sealed record ModuleReport(string Path, bool AsModule, string? Note)
{
    /// <summary>The page (1-based index in the file) the module is on; 0 when it is in the flow.</summary>
    public int Page { get; init; }

    /// <summary>The module's left edge, in points from the page's left edge (a column's left edge).</summary>
    public double X { get; init; }

    /// <summary>The module's top, in points from the page's top edge.</summary>
    public double Y { get; init; }

    /// <summary>The module's width, in points (whole columns and the gaps between them).</summary>
    public double Width { get; init; }

    /// <summary>The module's depth, in points, headline stack included.</summary>
    public double Height { get; init; }

    /// <summary>The page's columns it spans, the first 0-based.</summary>
    public int FirstColumn { get; init; }

    /// <summary>How many of the page's columns it spans; 0 when it is in the flow.</summary>
    public int Columns { get; init; }

    /// <summary>The article, for the Word writer to find (by reference).</summary>
    internal Model.BulletinItem? Item { get; init; }

    /// <summary>For a module: the stories set beside it, in reading order (by reference); the stories after them are in the flow.</summary>
    internal IReadOnlyList<Model.BulletinItem> Beside { get; init; } = [];

    /// <summary>For a module: how far below its top its body starts, in points (the frame's padding and the headline stack).</summary>
    internal double BodyTopPt { get; init; }

    /// <summary>For a module: per column of it, the pieces of its body blocks the column holds, for the Word file to split alike.</summary>
    internal IReadOnlyList<IReadOnlyList<ModulePiece>> Pieces { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => AsModule
        ? FormattableString.Invariant($"{Path}: a module of {Columns} columns from column {FirstColumn + 1} on page {Page}, {Width:0.##} × {Height:0.##} pt at ({X:0.##}, {Y:0.##}){(Note is null ? "" : "; " + Note)}")
        : $"{Path}: set in the flow: {Note}";
}

/// <summary>The part of a module's body block that one of its columns holds.</summary>
/// <param name="Block">The block's index in the composed story's body.</param>
/// <param name="Text">The text of its lines in this column.</param>
/// <param name="Starts">The block starts in this column.</param>
/// <param name="Ends">The block ends in this column.</param>
internal sealed record ModulePiece(int Block, string Text, bool Starts, bool Ends);
