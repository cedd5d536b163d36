namespace Bulletin.Docs.Fonts;

/// <summary>Placeholder for the font registry (issue #3); replaced on merge.</summary>
public sealed class FontRegistry
{
}
