using Bulletin.Docs.Model;

namespace Bulletin.Docs.Word;

/// <summary>Placeholder: the Word writer is being built (issue #2).</summary>
internal static class DocxWriter
{
    public static void Write(BulletinDocument document, BulletinOptions options, Stream output) =>
        throw new NotImplementedException();
}
