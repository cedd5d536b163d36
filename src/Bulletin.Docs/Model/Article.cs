using System.Text.Json.Serialization;

namespace Bulletin.Docs.Model;

/// <summary>
/// A news story or a commentary: the headline stack (引题 / 主题 / 副题), bylines, dateline,
/// continuation notes and body blocks.
/// </summary>
public sealed record Article : BulletinItem
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IItemVisitor<TState, TResult> visitor, TState state) => visitor.Article(this, state);

    /// <summary>The kicker (引题) above the headline, e.g. 强化省会担当 激发强劲动能.</summary>
    public string? Kicker { get; init; }

    /// <summary>The headline (主题); may be given as explicit lines.</summary>
    public required Headline Headline { get; init; }

    /// <summary>The subheadline or deck (副题), e.g. ——西山煤电重大科技成果落地转化“加速度”.</summary>
    public string? Subheadline { get; init; }

    /// <summary>
    /// Column label (栏目) of a commentary, without its bars, e.g. 井州论坛; an article with a
    /// column label is set as a boxed column.
    /// </summary>
    public string? ColumnLabel { get; init; }

    /// <summary>The credit line under the headline, e.g. 记者 张秀丽 or a columnist's name 宋鹏伟.</summary>
    public string? Byline { get; init; }

    /// <summary>The dateline (电头) run in at the start of the first paragraph, e.g. 本报讯.</summary>
    public string? Dateline { get; init; }

    /// <summary>
    /// The reporter's name set at the end in full-width parentheses, without them: 尹哲 is
    /// printed as （尹哲）.
    /// </summary>
    public string? TrailingByline { get; init; }

    /// <summary>Jump note at the start of a continued story, without parentheses, e.g. 上接第1版.</summary>
    public string? ContinuedFrom { get; init; }

    /// <summary>Jump note at the end of a story continued elsewhere, without parentheses, e.g. 下转第3版.</summary>
    public string? ContinuedOn { get; init; }

    /// <summary>The body blocks in reading order.</summary>
    public required IReadOnlyList<Block> Body { get; init; }

    /// <summary>
    /// A placement on a page of columns: set as a module of so many columns (and optionally so
    /// many body lines deep) beside the stories after it; <c>null</c> (the default) for the ordinary flow.
    /// </summary>
    public ArticlePlacement? Placement { get; init; }
}

/// <summary>
/// A headline (主题) as one or more lines. A single string converts implicitly to a one-line
/// headline that the layout may break where it needs to.
/// </summary>
public sealed record Headline
{
    /// <summary>Creates a headline from its lines.</summary>
    public Headline(params IReadOnlyList<string> lines) => Lines = lines;

    /// <summary>The lines; a single line means "break where needed".</summary>
    public IReadOnlyList<string> Lines { get; init; }

    /// <summary>The headline's text with the lines joined without separator (Chinese joins lines directly).</summary>
    [JsonIgnore]
    public string Text => string.Concat(Lines);

    /// <summary>A one-line headline.</summary>
    public static implicit operator Headline(string text) => new(text);

    /// <inheritdoc />
    public override string ToString() => string.Join(" / ", Lines);
}
