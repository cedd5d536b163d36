using SkiaSharp;

namespace Bulletin.Docs.Fonts;

/// <summary>
/// One loaded font face (a file, or one face of a .ttc collection). Loaded once, immutable, and
/// safe to share between threads and documents.
/// </summary>
public sealed class FontFace
{
    internal FontFace(string family, int weight, bool italic, SKTypeface typeface, int unitsPerEm)
    {
        Family = family;
        Weight = weight;
        Italic = italic;
        Typeface = typeface;
        UnitsPerEm = unitsPerEm;
    }

    /// <summary>The family name, e.g. Noto Serif SC.</summary>
    public string Family { get; }

    /// <summary>The weight class, 100–900 (400 regular, 700 bold).</summary>
    public int Weight { get; }

    /// <summary>Italic or oblique.</summary>
    public bool Italic { get; }

    /// <summary>Design units per em.</summary>
    public int UnitsPerEm { get; }

    internal SKTypeface Typeface { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Family} {Weight}{(Italic ? " italic" : string.Empty)}";
}
