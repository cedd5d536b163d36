using Bulletin.Docs.Model;

namespace Bulletin.Docs.Samples;

/// <summary>A file format the samples program writes, and the library call that writes it.</summary>
/// <param name="Extension">File extension without the dot, e.g. <c>docx</c>.</param>
/// <param name="WriteFile">Writes a document to a path with the given options.</param>
public sealed record OutputFormat(string Extension, Action<BulletinDocument, string, BulletinOptions> WriteFile)
{
    /// <summary>Every format written, one line each.</summary>
    public static IReadOnlyList<OutputFormat> All { get; } =
    [
        new("docx", BulletinDocx.WriteFile),
    ];

    /// <summary>Writes <paramref name="sample"/> into <paramref name="folder"/> and returns the file's full path.</summary>
    public string Write(Sample sample, string folder)
    {
        var path = Path.GetFullPath(Path.Combine(folder, $"{sample.Name}.{Extension}"));
        WriteFile(sample.Document, path, sample.Options);
        return path;
    }
}
