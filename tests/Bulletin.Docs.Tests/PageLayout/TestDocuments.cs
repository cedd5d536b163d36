using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>Builders for documents and image bytes used by the page layout tests.</summary>
internal static class TestDocuments
{
    /// <summary>A paragraph whose text is <paramref name="tag"/> repeated to <paramref name="length"/> characters.</summary>
    public static Paragraph Chars(char tag, int length) => new(new string(tag, length));

    /// <summary>A one-article document.</summary>
    public static BulletinDocument Article(params Block[] body) => new()
    {
        Items = [new Article { Headline = "标题", Body = body }],
    };

    /// <summary>The header of a PNG of the given pixel size (enough for the layout, which reads only IHDR).</summary>
    public static ImageData Png(int width, int height)
    {
        var bytes = new byte[33];
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        signature.CopyTo(bytes, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        return new ImageData(bytes, ImageFormat.Png);
    }

    /// <summary>Lays out with the fake text layouter.</summary>
    public static LaidOutDocument LayOut(BulletinDocument document, BulletinTheme theme) =>
        Layout.Pages.BulletinLayout.Layout(document, theme, new FakeParagraphLayouter());

    /// <summary>The text lines of a page in painting order.</summary>
    public static List<TextLineElement> Lines(LaidOutPage page) => page.Elements.OfType<TextLineElement>().ToList();
}
