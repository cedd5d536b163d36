using System.IO.Compression;
using System.Xml.Linq;
using Bulletin.Docs.Model;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Word;

/// <summary>A written .docx opened for assertions: its bytes and its parts as XML.</summary>
internal sealed class DocxTestPackage
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    private readonly Dictionary<string, byte[]> entries = new(StringComparer.Ordinal);

    private DocxTestPackage(byte[] bytes)
    {
        Bytes = bytes;
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries.Add(entry.FullName, buffer.ToArray());
            EntryTimes.Add(entry.LastWriteTime.DateTime);
        }

        EntryNames = [.. archive.Entries.Select(entry => entry.FullName)];
    }

    public byte[] Bytes { get; }

    public IReadOnlyList<string> EntryNames { get; }

    public List<DateTime> EntryTimes { get; } = [];

    public static byte[] Write(BulletinDocument document, BulletinOptions options)
    {
        var output = new MemoryStream();
        BulletinDocx.Write(document, output, options);
        return output.ToArray();
    }

    public static DocxTestPackage Of(BulletinDocument document, BulletinOptions options) => new(Write(document, options));

    /// <summary>The package of .docx <paramref name="bytes"/> already written.</summary>
    public static DocxTestPackage Of(byte[] bytes) => new(bytes);

    public bool Has(string name) => entries.ContainsKey(name);

    public XDocument Xml(string name) =>
        entries.TryGetValue(name, out var bytes)
            ? XDocument.Load(new MemoryStream(bytes))
            : throw new AssertionException($"The package has no part '{name}'; it has: {string.Join(", ", EntryNames)}");

    public byte[] Entry(string name) =>
        entries.TryGetValue(name, out var bytes) ? bytes : throw new AssertionException($"The package has no part '{name}'.");

    public string Text(string name) => System.Text.Encoding.UTF8.GetString(entries[name]);

    public XElement Style(string styleId) =>
        Xml("word/styles.xml").Descendants(W + "style").SingleOrDefault(style => (string?)style.Attribute(W + "styleId") == styleId)
        ?? throw new AssertionException($"styles.xml has no style '{styleId}'.");
}
