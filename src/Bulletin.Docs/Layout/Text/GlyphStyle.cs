using Bulletin.Docs.Fonts;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Text;

/// <summary>Everything a <see cref="GlyphRun"/> holds in common: glyphs of one style share a run.</summary>
/// <param name="Face">The face the glyphs belong to (the span's, or a fallback).</param>
/// <param name="SizePt">Font size in points.</param>
/// <param name="Color">Fill colour.</param>
/// <param name="SyntheticBold">Bold drawn by emboldening the outline.</param>
/// <param name="LinkTarget">Link target, or <c>null</c>.</param>
internal sealed record GlyphStyle(FontFace Face, float SizePt, RgbColor Color, bool SyntheticBold, string? LinkTarget);
