using System.Text.Json.Serialization;

namespace Bulletin.Docs.Model;

/// <summary>
/// A placement (版位) an article asks for on a page of columns: set as a module, a rectangle on the
/// column grid <see cref="Columns"/> columns wide — its own headline stack across them, its body
/// balanced in them — with the stories after it running in the other columns beside it, the last of
/// them on under it at full width, the way a make-up editor assembles a 版面 (docs/modules.md).
/// </summary>
/// <remarks>
/// A placement is a request, not a guarantee: the article is set in the ordinary flow (across all
/// the columns) when the theme's page has one column (简报, press release), when
/// <see cref="Columns"/> is all of the page's columns, when the article is not followed by a story
/// to run beside it, when its body holds more than text and headings (a figure, table, list or
/// rule), or when the module does not fit where it falls on the page, the stories beside it
/// would leave a hole under them, or (on <see cref="ModuleSide.Start"/>) the story beside it would
/// run on under it. Each such
/// fallback is reported in <see cref="Layout.LaidOutDocument.Modules"/>; it is never an error.
/// Both the PDF and the Word file follow the layout's decision.
/// </remarks>
public sealed record ArticlePlacement
{
    /// <summary>
    /// How many of the page's columns the module spans, at least 1; on a theme of several columns,
    /// at most the page's columns (validation reports more). The module's edges are column edges.
    /// </summary>
    public required int Columns { get; init; }

    /// <summary>
    /// The module's whole depth, headline stack included, in lines of the theme's body text (a
    /// make-up editor measures a module as 2栏×30行, and whole lines keep what is under it on the
    /// grid); <c>null</c> for as deep as its body balanced in its columns needs. Validation reports
    /// a depth below 1 or deeper than the type area. When the content needs more than this depth,
    /// the module is set as deep as it needs (never cut) and the layout reports it.
    /// </summary>
    public int? DepthLines { get; init; }

    /// <summary>Which side of the page the module takes: its last columns (the default, as picture news) or its first.</summary>
    public ModuleSide Side { get; init; } = ModuleSide.End;
}

/// <summary>The side of the page a module (<see cref="ArticlePlacement"/>) takes.</summary>
public enum ModuleSide
{
    /// <summary>The page's last columns (the right-hand side of a horizontal page); the stories beside it start in the first.</summary>
    [JsonStringEnumMemberName("end")]
    End,

    /// <summary>
    /// The page's first columns; the stories beside it take the last and must end there: columns
    /// read left to right, so a story running on under the module would open under it, away from
    /// its headline, and the module is set in the flow instead (reported).
    /// </summary>
    [JsonStringEnumMemberName("start")]
    Start,
}
