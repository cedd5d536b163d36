using System.Text;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;

namespace Bulletin.Docs.Rendering;

/// <summary>
/// What each font face draws in a document: the glyphs its subset must hold, and for each character
/// drawn as exactly one glyph, that glyph (the subset's cmap, and so the PDF's ToUnicode).
/// </summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<FontFace, (HashSet<ushort> Glyphs, Dictionary<int, ushort> Cmap)> _byFace = [];

    /// <summary>Faces in first-use order, so subsets and their PDF objects come out in a stable order.</summary>
    public List<FontFace> Faces { get; } = [];

    public static GlyphUsage Of(LaidOutDocument document)
    {
        var usage = new GlyphUsage();
        foreach (var page in document.Pages)
        {
            foreach (var element in page.Elements)
            {
                if (element is TextLineElement line)
                {
                    foreach (var run in line.Line.Runs)
                    {
                        usage.Add(run);
                    }
                }
            }
        }

        return usage;
    }

    public IReadOnlySet<ushort> GlyphsOf(FontFace face) => _byFace[face].Glyphs;

    public IReadOnlyDictionary<int, ushort> CmapOf(FontFace face) => _byFace[face].Cmap;

    private void Add(GlyphRun run)
    {
        if (!_byFace.TryGetValue(run.Font, out var usage))
        {
            usage = ([], []);
            _byFace.Add(run.Font, usage);
            Faces.Add(run.Font);
        }

        usage.Glyphs.UnionWith(run.GlyphIds);
        var glyphs = run.GlyphIds;
        var clusters = run.Clusters;
        var first = 0;
        while (first < glyphs.Length)
        {
            var start = clusters[first];
            var last = first;
            while (last + 1 < glyphs.Length && clusters[last + 1] == start)
            {
                last++;
            }

            var end = last + 1 < glyphs.Length ? clusters[last + 1] : run.Text.Length;
            // A character drawn as one glyph maps to it; ligatures and decompositions are left to
            // the ActualText Skia writes for the run.
            if (first == last && end > start
                && Rune.DecodeFromUtf16(run.Text.AsSpan(start, end - start), out var rune, out var consumed) == System.Buffers.OperationStatus.Done
                && consumed == end - start)
            {
                usage.Cmap.TryAdd(rune.Value, glyphs[first]);
            }

            first = last + 1;
        }
    }
}
