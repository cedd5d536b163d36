using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Samples;

/// <summary>A .docx package as snapshot targets a reviewer can read.</summary>
internal static class DocxParts
{
    /// <summary>
    /// One target per XML part (indented, named after its path: <c>word/document.xml</c> →
    /// <c>word.document</c>), plus a <c>package</c> listing every entry in zip order with its
    /// timestamp, and size and SHA-256 for binary parts.
    /// </summary>
    public static IReadOnlyList<SnapshotTarget> Targets(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var targets = new List<SnapshotTarget>();
        var package = new StringBuilder();
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var content = new MemoryStream();
            stream.CopyTo(content);
            var bytes = content.ToArray();
            package.Append(entry.FullName).Append("  ").Append(entry.LastWriteTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
            if (IsXml(entry.FullName))
            {
                targets.Add(new SnapshotTarget("xml", Indent(bytes), TargetName(entry.FullName)));
            }
            else
            {
                package.Append("  ").Append(bytes.Length).Append(" bytes  sha256:").Append(Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }

            package.Append('\n');
        }

        targets.Insert(0, new SnapshotTarget("txt", package.ToString(), "package"));
        return targets;
    }

    private static bool IsXml(string path) =>
        path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>[Content_Types].xml</c> → Content_Types, <c>_rels/.rels</c> → _rels.rels, <c>word/_rels/document.xml.rels</c> → word._rels.document.xml.rels.</summary>
    internal static string TargetName(string path)
    {
        var name = path.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace("/.", "/", StringComparison.Ordinal);
        if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^".xml".Length];
        }

        return name.Replace('/', '.');
    }

    /// <summary>The part re-serialised with two-space indentation and LF line ends.</summary>
    internal static string Indent(byte[] xml)
    {
        var document = XDocument.Load(new MemoryStream(xml), LoadOptions.None);
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            Encoding = new UTF8Encoding(false),
        };
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, settings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(output.ToArray()) + "\n";
    }
}
