using System.Reflection;

namespace Bulletin.Docs.Fonts;

/// <summary>
/// The default open CJK fonts: Noto Serif SC (宋-like) and Noto Sans SC (黑-like), regular and bold,
/// and LXGW WenKai (霞鹜文楷, a 楷 face) regular; TrueType outlines, SIL Open Font License 1.1
/// (OFL-NotoSerifSC.txt, OFL-NotoSansSC.txt, OFL-LXGWWenKai.txt in the package).
/// The fonts are embedded in this assembly and drawn from it in place; a face is loaded on first use.
/// </summary>
public static class DefaultFonts
{
    /// <summary>The serif (宋体-like) family: Noto Serif SC.</summary>
    public const string SerifFamily = "Noto Serif SC";

    /// <summary>The sans-serif (黑体-like) family: Noto Sans SC.</summary>
    public const string SansFamily = "Noto Sans SC";

    /// <summary>The 楷 family: LXGW WenKai (霞鹜文楷), regular only (bold is drawn emboldened).</summary>
    public const string KaiFamily = "LXGW WenKai";

    private static readonly string[] ResourceNames =
    [
        "Bulletin.Docs.Fonts.NotoSerifSC_400Regular.ttf",
        "Bulletin.Docs.Fonts.NotoSerifSC_700Bold.ttf",
        "Bulletin.Docs.Fonts.NotoSansSC_400Regular.ttf",
        "Bulletin.Docs.Fonts.NotoSansSC_700Bold.ttf",
        "Bulletin.Docs.Fonts.LXGWWenKai-Regular.ttf",
    ];

    /// <summary>A new registry holding the default fonts, with fallback Serif, then Sans.</summary>
    public static FontRegistry CreateRegistry()
    {
        var registry = new FontRegistry();
        AddTo(registry);
        return registry;
    }

    /// <summary>Registers the default fonts in <paramref name="registry"/> and appends Serif, then Sans, to its fallback families.</summary>
    public static void AddTo(FontRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var assembly = typeof(DefaultFonts).Assembly;
        foreach (var name in ResourceNames)
            registry.Register(() => Open(assembly, name), name);
        registry.AddFallbackFamily(SerifFamily);
        registry.AddFallbackFamily(SansFamily);
    }

    /// <summary>
    /// A new registry holding the default fonts and, from the system's font folders
    /// (<see cref="SystemFontFolders.Current"/>), every face installed under a Chinese name a Word
    /// document may ask for (<see cref="WordFontNames.AllKnownNames"/>: 宋体/SimSun, 仿宋/FangSong,
    /// 楷体/KaiTi, 方正小标宋简体 …), so the PDF uses the face the reader's Word would show. What the
    /// machine lacks is set in the default fonts and reported as a stand-in (<c>LaidOutDocument.Faces</c>).
    /// The PDF then depends on the fonts installed on the machine.
    /// </summary>
    /// <param name="report">The system faces registered and the matching files skipped.</param>
    public static FontRegistry CreateRegistryWithSystemFonts(out FontDirectoryReport report)
    {
        var registry = CreateRegistry();
        report = registry.RegisterFamiliesFrom(WordFontNames.AllKnownNames);
        return registry;
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded font {name} is missing from {assembly.GetName().Name}.");
}
