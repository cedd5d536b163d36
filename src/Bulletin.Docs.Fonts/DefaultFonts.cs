using System.Reflection;

namespace Bulletin.Docs.Fonts;

/// <summary>
/// The default open CJK fonts: Noto Serif SC (宋-like) and Noto Sans SC (黑-like), regular and bold,
/// TrueType outlines, SIL Open Font License 1.1 (OFL-NotoSerifSC.txt, OFL-NotoSansSC.txt in the package).
/// The fonts are embedded in this assembly and drawn from it in place; a face is loaded on first use.
/// </summary>
public static class DefaultFonts
{
    /// <summary>The serif (宋体-like) family: Noto Serif SC.</summary>
    public const string SerifFamily = "Noto Serif SC";

    /// <summary>The sans-serif (黑体-like) family: Noto Sans SC.</summary>
    public const string SansFamily = "Noto Sans SC";

    private static readonly string[] ResourceNames =
    [
        "Bulletin.Docs.Fonts.NotoSerifSC_400Regular.ttf",
        "Bulletin.Docs.Fonts.NotoSerifSC_700Bold.ttf",
        "Bulletin.Docs.Fonts.NotoSansSC_400Regular.ttf",
        "Bulletin.Docs.Fonts.NotoSansSC_700Bold.ttf",
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

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded font {name} is missing from {assembly.GetName().Name}.");
}
