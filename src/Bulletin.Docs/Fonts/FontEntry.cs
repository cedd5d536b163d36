namespace Bulletin.Docs.Fonts;

/// <summary>A registered face: its names and style now, its outlines on first use (loaded once, shared).</summary>
internal sealed class FontEntry(FontFileInfo info, FontSource source)
{
    private readonly Lazy<FontFace> face = new(
        () => new FontFace(info.Family, info.Weight, info.Italic, source.Load(), info.FaceIndex),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public FontFileInfo Info { get; } = info;

    /// <summary>The loaded face; the first call loads it.</summary>
    public FontFace Face => face.Value;
}
