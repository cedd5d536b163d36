using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Word;

/// <summary>The style slot of a font-table entry an embedded face fills (ECMA-376 Part 1 §17.8.3.3–§17.8.3.6).</summary>
public enum EmbeddedFontStyle
{
    /// <summary><c>w:embedRegular</c>: text neither bold nor italic.</summary>
    Regular,

    /// <summary><c>w:embedBold</c>.</summary>
    Bold,

    /// <summary><c>w:embedItalic</c>.</summary>
    Italic,

    /// <summary><c>w:embedBoldItalic</c>.</summary>
    BoldItalic,
}

/// <summary>
/// One face <see cref="WordOptions.EmbedFonts"/> embeds, or skips, for a Word font name.
/// </summary>
/// <param name="WordName">The font-table name the face is embedded under (<see cref="FontSpec.WordEastAsian"/>: 宋体, 仿宋_GB2312 …).</param>
/// <param name="Style">The slot it fills: a bold face fills <see cref="EmbeddedFontStyle.Bold"/>.</param>
/// <param name="Face">The registered face the PDF sets those roles in, e.g. <c>Noto Serif SC 700</c>.</param>
/// <param name="IsStandIn">True when <paramref name="Face"/> stands in for a face that is not registered (<see cref="Layout.RoleFace.IsStandIn"/>).</param>
/// <param name="SkippedBecause">Why the face is not embedded, or <c>null</c> when it is.</param>
public sealed record EmbeddedFace(string WordName, EmbeddedFontStyle Style, string Face, bool IsStandIn, string? SkippedBecause)
{
    /// <summary>Whether the face is embedded (when the document draws any character with it).</summary>
    public bool IsEmbedded => SkippedBecause is null;

    /// <inheritdoc />
    public override string ToString() =>
        $"{WordName} {Style}: {Face}{(IsStandIn ? " (stand-in)" : string.Empty)}{(IsEmbedded ? string.Empty : $" not embedded: {SkippedBecause}")}";
}

/// <summary>Which faces <see cref="WordOptions.EmbedFonts"/> puts in a Word file, and which it leaves out.</summary>
public static class DocxFontEmbedding
{
    /// <summary>
    /// For every East Asian font name <paramref name="theme"/> gives a role, in ordinal name order
    /// then style order, the faces embedded under it: each registered style (regular, bold, italic,
    /// bold italic) of the family the PDF sets the name's first role in
    /// (<see cref="Layout.LaidOutDocument.Faces"/>), since the PDF sets bold and emphasised runs in
    /// that family's own faces. An entry says why a face is not embedded: its licence (OS/2
    /// <c>fsType</c>, OpenType specification) forbids editable embedding or subsetting, or another
    /// role of the name is set in another family (Word shows one embedded font per name,
    /// MS-OI29500 §2.1.260). A face is embedded in a given document only when the document draws
    /// at least one character with it.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A role's stand-in family is not registered (validation reports this first).</exception>
    public static IReadOnlyList<EmbeddedFace> Plan(BulletinTheme theme, FontRegistry fonts)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(fonts);
        return [.. FontEmbedding.Plan(theme, fonts).Select(planned => planned.Report)];
    }
}
