namespace Bulletin.Docs.Fonts;

/// <summary>Placeholder: the default open CJK fonts are being added (issue #3).</summary>
public static class DefaultFonts
{
}
