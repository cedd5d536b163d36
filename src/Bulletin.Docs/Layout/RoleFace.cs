using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout;

/// <summary>
/// The face the PDF and PNG set one text role in, against the face the theme (and so the Word
/// file) names for it.
/// </summary>
/// <param name="Role">The text role.</param>
/// <param name="WantedFace">The face Word is told, <see cref="FontSpec.WordEastAsian"/> (仿宋_GB2312, 方正小标宋简体 …).</param>
/// <param name="FaceUsed">The family of the registered face the PDF draws with.</param>
/// <param name="IsStandIn">
/// True when no face registered under the wanted name or one of its aliases
/// (<see cref="Fonts.WordFontNames.Candidates"/>) was found, and <see cref="FontSpec.PdfFamily"/>
/// stands in for it.
/// </param>
public sealed record RoleFace(TextRole Role, string WantedFace, string FaceUsed, bool IsStandIn)
{
    /// <inheritdoc />
    public override string ToString() =>
        IsStandIn ? $"{Role}: {WantedFace} → {FaceUsed} (stand-in)" : $"{Role}: {WantedFace} = {FaceUsed}";
}
