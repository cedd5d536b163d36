namespace Bulletin.Docs.Fonts;

/// <summary>A face that a <see cref="FontRegistry"/> registration added.</summary>
/// <param name="Family">The family name it is resolved by (more names may also resolve it, see <paramref name="FamilyNames"/>).</param>
/// <param name="FamilyNames">Every family name the font declares, e.g. SimSun and 宋体.</param>
/// <param name="Weight">Weight class, 100–900.</param>
/// <param name="Italic">Italic or oblique.</param>
/// <param name="FaceIndex">Index in a .ttc collection, 0 for a single font.</param>
public sealed record RegisteredFace(string Family, IReadOnlyList<string> FamilyNames, int Weight, bool Italic, int FaceIndex)
{
    /// <inheritdoc />
    public override string ToString() => $"{Family} {Weight}{(Italic ? " italic" : string.Empty)} (face {FaceIndex})";
}
