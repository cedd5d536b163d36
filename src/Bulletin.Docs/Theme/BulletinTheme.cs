using System.Collections.Frozen;

namespace Bulletin.Docs.Theme;

/// <summary>How the masthead is drawn.</summary>
public enum MastheadStyle
{
    /// <summary>A newspaper 报头: large name, edition label, date, rule underneath.</summary>
    Newspaper,
    /// <summary>A 简报 红头: red name centred, 第×期 under it, editing unit left and date right, red rule.</summary>
    RedHead,
    /// <summary>A plain title block (press releases).</summary>
    Plain,
}

/// <summary>
/// A complete look: page setup plus a <see cref="TextStyle"/> for every <see cref="TextRole"/>.
/// Themes are immutable; derive one from a built-in theme with <c>WithStyle</c> or <c>with</c>.
/// </summary>
public sealed record BulletinTheme
{
    /// <summary>A short name, used in messages.</summary>
    public required string Name { get; init; }

    /// <summary>Page geometry, columns, header/footer and page numbers.</summary>
    public required PageSetup Page { get; init; }

    /// <summary>The style of each role. Every <see cref="TextRole"/> must be present.</summary>
    public required IReadOnlyDictionary<TextRole, TextStyle> Styles { get; init; }

    /// <summary>How the masthead is drawn.</summary>
    public MastheadStyle Masthead { get; init; } = MastheadStyle.Plain;

    /// <summary>Colour of the masthead rule, section banners and the 报尾 rules.</summary>
    public RgbColor AccentColor { get; init; } = RgbColor.Black;

    /// <summary>Articles with a column label are drawn in a box (boxed commentary).</summary>
    public bool BoxColumns { get; init; } = true;

    /// <summary>Headline stacks span all body columns (跨栏标题); otherwise they sit in the flow.</summary>
    public bool HeadlinesSpanColumns { get; init; } = true;

    /// <summary>Print a contents box (本期要目) after the masthead.</summary>
    public bool Contents { get; init; }

    /// <summary>Weights of the rules and frames, and the padding inside frames, for both writers.</summary>
    public RuleWeights Rules { get; init; } = RuleWeights.Default;

    /// <summary>Space between a frame and its text in points: <see cref="RuleWeights.FramePaddingEm"/> of the body size.</summary>
    public double FramePaddingPt => Rules.FramePaddingEm * this[TextRole.Body].SizePt;

    /// <summary>The style of a role.</summary>
    /// <exception cref="KeyNotFoundException">The theme has no style for the role.</exception>
    public TextStyle this[TextRole role] =>
        Styles.TryGetValue(role, out var style)
            ? style
            : throw new KeyNotFoundException($"Theme '{Name}' has no style for role {role}.");

    /// <summary>A copy of this theme with one role's style changed.</summary>
    public BulletinTheme WithStyle(TextRole role, Func<TextStyle, TextStyle> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var styles = new Dictionary<TextRole, TextStyle>(Styles) { [role] = change(this[role]) };
        return this with { Styles = styles.ToFrozenDictionary() };
    }

    /// <summary>A copy of this theme with one role's style replaced.</summary>
    public BulletinTheme WithStyle(TextRole role, TextStyle style) => WithStyle(role, _ => style);
}
