using System.Security;
using System.Text;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Tests.Parity;

/// <summary>
/// The fontconfig file the parity tests give LibreOffice: only the bundled fonts, and every name a
/// built-in theme's Word file asks for (with its aliases, <see cref="WordFontNames.Candidates"/>)
/// bound to the face our PDF sets that role in, so both writers draw with the same faces.
/// </summary>
internal static class ParityFonts
{
    /// <summary>Writes <c>fonts.conf</c> (and its cache folder) into <paramref name="folder"/> and returns its path.</summary>
    public static string WriteConfig(string folder)
    {
        var fontFolder = Path.GetDirectoryName(FontTestSupport.VendoredFont("NotoSerifSC_400Regular.ttf"))!;
        var xml = new StringBuilder()
            .AppendLine("<?xml version=\"1.0\"?>")
            .AppendLine("<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">")
            .AppendLine("<fontconfig>")
            .AppendLine($"  <dir>{SecurityElement.Escape(fontFolder)}</dir>")
            .AppendLine($"  <cachedir>{SecurityElement.Escape(Path.Combine(folder, "fontconfig-cache"))}</cachedir>");
        foreach (var (name, face) in Bindings())
        {
            xml.AppendLine(
                $"  <match target=\"pattern\"><test name=\"family\" compare=\"eq\"><string>{SecurityElement.Escape(name)}</string></test>" +
                $"<edit name=\"family\" mode=\"assign\" binding=\"strong\"><string>{SecurityElement.Escape(face)}</string></edit></match>");
        }
        xml.AppendLine("</fontconfig>");
        var path = Path.Combine(folder, "fonts.conf");
        File.WriteAllText(path, xml.ToString());
        return path;
    }

    /// <summary>Word family name → the PDF's face, first binding wins, in theme and role order.</summary>
    public static IReadOnlyList<(string Name, string Face)> Bindings()
    {
        var bindings = new List<(string Name, string Face)>();
        foreach (var theme in new[] { BulletinThemes.Newspaper, BulletinThemes.WorkBulletin, BulletinThemes.PressRelease })
        {
            foreach (var (_, style) in theme.Styles.OrderBy(pair => pair.Key))
            {
                foreach (var name in WordFontNames.Candidates(style.Font.WordEastAsian).Append(style.Font.WordLatin))
                {
                    if (!bindings.Any(binding => string.Equals(binding.Name, name, StringComparison.OrdinalIgnoreCase)))
                        bindings.Add((name, style.Font.PdfFamily));
                }
            }
        }
        return bindings;
    }
}
