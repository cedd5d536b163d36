namespace Bulletin.Docs.Fonts;

/// <summary>The face chosen for a requested family, weight and style.</summary>
/// <param name="Face">The closest registered face (CSS Fonts 4 §5.2 font matching).</param>
/// <param name="SyntheticBold">
/// Bold (weight ≥ 600) was asked but the family has no face of weight ≥ 600: draw the outline
/// emboldened. Never set when a real bold face exists.
/// </param>
internal readonly record struct ResolvedFont(FontFace Face, bool SyntheticBold);
