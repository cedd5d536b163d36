using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Paragraphs;

namespace Bulletin.Docs.Layout.Text;

/// <summary>
/// A paragraph shaped once and laid out at any width: its clusters with their break opportunities,
/// and the glyphs of every cluster. Plain arrays, exactly sized, never changed after construction.
/// </summary>
internal sealed class ShapedParagraph
{
    /// <summary>Wraps arrays built by <see cref="TextLayouter"/>.</summary>
    public ShapedParagraph(
        string text,
        TextCluster[] clusters,
        BreakAction[] breaks,
        int[] firstGlyph,
        int[] clusterStyle,
        GlyphStyle[] styles,
        ushort[] glyphIds,
        float[] advances,
        float[] offsetX,
        float[] offsetY,
        GlyphStyle defaultStyle)
    {
        Text = text;
        Clusters = clusters;
        Breaks = breaks;
        FirstGlyph = firstGlyph;
        ClusterStyle = clusterStyle;
        Styles = styles;
        GlyphIds = glyphIds;
        Advances = advances;
        OffsetX = offsetX;
        OffsetY = offsetY;
        DefaultStyle = defaultStyle;
    }

    /// <summary>The paragraph's text.</summary>
    public string Text { get; }

    /// <summary>Clusters in logical order, tiling <see cref="Text"/>.</summary>
    public TextCluster[] Clusters { get; }

    /// <summary>For each cluster, whether a line may or must break before it.</summary>
    public BreakAction[] Breaks { get; }

    /// <summary>For each cluster, the index of its first glyph; one more entry holds the glyph count.</summary>
    public int[] FirstGlyph { get; }

    /// <summary>For each cluster, the index of its style in <see cref="Styles"/>.</summary>
    public int[] ClusterStyle { get; }

    /// <summary>The distinct styles of the paragraph.</summary>
    public GlyphStyle[] Styles { get; }

    /// <summary>Glyph ids, in visual (= logical) order.</summary>
    public ushort[] GlyphIds { get; }

    /// <summary>Glyph advances in points.</summary>
    public float[] Advances { get; }

    /// <summary>HarfBuzz x offsets in points.</summary>
    public float[] OffsetX { get; }

    /// <summary>HarfBuzz y offsets in points (up positive).</summary>
    public float[] OffsetY { get; }

    /// <summary>The style of the paragraph's first span: vertical metrics of a line without glyphs.</summary>
    public GlyphStyle DefaultStyle { get; }
}
