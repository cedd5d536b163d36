using System.Text;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;

namespace Bulletin.Docs.Rendering;

/// <summary>The glyphs and characters each font face draws in a document: what its subset must hold.</summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<FontFace, (HashSet<ushort> Glyphs, HashSet<int> CodePoints)> _byFace = [];

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

    public IReadOnlySet<int> CodePointsOf(FontFace face) => _byFace[face].CodePoints;

    private void Add(GlyphRun run)
    {
        if (!_byFace.TryGetValue(run.Font, out var sets))
        {
            sets = ([], []);
            _byFace.Add(run.Font, sets);
            Faces.Add(run.Font);
        }

        sets.Glyphs.UnionWith(run.GlyphIds);
        foreach (var rune in run.Text.EnumerateRunes())
        {
            sets.CodePoints.Add(rune.Value);
        }
    }
}
