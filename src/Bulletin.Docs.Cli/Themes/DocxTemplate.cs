using Bulletin.Docs.Cli.Input;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Cli.Themes;

/// <summary>A theme derived from a reference .docx (--template).</summary>
internal static class DocxTemplate
{
    public static (BulletinTheme? Theme, IReadOnlyList<Diagnostic> Problems) Load(string path, string shown, BulletinTheme? baseTheme)
    {
        return (null, [new Diagnostic(shown, SourceLocation.Start, "--template is not supported yet")]);
    }
}
