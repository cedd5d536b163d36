using System.Globalization;
using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Word;

/// <summary>
/// The state of one write: the theme, the main document part (for relationships), counters that
/// give stable ids in document order, and the width available to pictures and tables.
/// One instance per write, never shared, so writes are thread-safe.
/// </summary>
internal sealed class WordRenderContext
{
    private readonly DocxPackage package;
    private readonly Dictionary<ImageData, ImageEntry> images = [];
    private readonly Dictionary<string, string> hyperlinks = new(StringComparer.Ordinal);
    private readonly Stack<double> widths = new();
    private int nextBookmarkId;
    private int nextDrawingId = 1;

    public WordRenderContext(BulletinTheme theme, WordLanguage language, DocxPackage package, DocxPackage.Part documentPart, BookmarkNames bookmarks, WordLayoutHints hints)
    {
        Hints = hints;
        Theme = theme;
        Language = language;
        this.package = package;
        DocumentPart = documentPart;
        Bookmarks = bookmarks;
        widths.Push(theme.Page.ContentWidthPt);
    }

    public BulletinTheme Theme { get; }

    /// <summary>The folios, the running head and whether the first page carries the 报头 (shared with the page layout).</summary>
    public EditionPages Pages { get; init; } = new(1, MastheadOnFirstPage: true, RunningHeadOnFirstPage: false, RunningHead: null, Folio: null);

    public PageSetup Page => Theme.Page;

    /// <summary>The composition's fallback faces, for text held as plain strings.</summary>
    public required FallbackFaces Faces { get; init; }

    public WordLanguage Language { get; }

    public DocxPackage.Part DocumentPart { get; }

    public BookmarkNames Bookmarks { get; }

    /// <summary>Page numbers from our own layout, cached in PAGEREF and NUMPAGES fields.</summary>
    public WordLayoutHints Hints { get; }

    /// <summary>How many ordered lists have been numbered so far (each gets its own numbering instance).</summary>
    public int OrderedListCount { get; private set; }

    /// <summary>The width in points that a picture or table may take where the writer is now.</summary>
    public double AvailableWidthPt => widths.Peek();

    /// <summary>Narrows the available width until the returned scope is disposed.</summary>
    public WidthScope WithWidth(double widthPt)
    {
        widths.Push(widthPt);
        return new WidthScope(widths);
    }

    /// <summary>The width of <paramref name="columns"/> adjacent body columns with their gaps.</summary>
    public double ColumnSpanWidthPt(int columns) =>
        columns * Page.ColumnWidthPt + (columns - 1) * Page.ColumnGapPt;

    public int NextBookmarkId() => nextBookmarkId++;

    public uint NextDrawingId() => (uint)nextDrawingId++;

    public int NextOrderedListNumberingId() => NumberingBuilder.OrderedNumberingId(OrderedListCount++);

    /// <summary>The relationship id of an external hyperlink, one per distinct URL.</summary>
    public string HyperlinkRelationship(string url)
    {
        if (!hyperlinks.TryGetValue(url, out var id))
        {
            id = DocumentPart.Relationships.Add(DocxContentTypes.HyperlinkRelationship, url, external: true);
            hyperlinks.Add(url, id);
        }

        return id;
    }

    /// <summary>
    /// The image part of <paramref name="image"/> (media/image1.png …, one per distinct image) and
    /// its upright pixel size; a picture with an EXIF orientation is stored turned upright.
    /// </summary>
    public ImageEntry Image(ImageData image, string path)
    {
        if (images.TryGetValue(image, out var entry))
        {
            return entry;
        }

        var header = ImageHeader.TryRead(image.Bytes.Span)
            ?? throw new InvalidDataException($"{path}: the image is neither a readable PNG nor a readable JPEG.");
        var extension = header.Format == ImageFormat.Png ? "png" : "jpeg";
        var name = string.Create(CultureInfo.InvariantCulture, $"image{images.Count + 1}.{extension}");
        // A picture never prints larger than the type area.
        var bytes = header.Orientation == 1 ? image.Bytes : UprightPicture.Encode(image.Bytes, header, Page.ContentWidthPt, Page.ContentHeightPt);
        package.AddPart("word/media/" + name, "image/" + extension, bytes, deflate: false);
        var id = DocumentPart.Relationships.Add(DocxContentTypes.ImageRelationship, "media/" + name);
        entry = new ImageEntry(id, name, header.WidthPx, header.HeightPx);
        images.Add(image, entry);
        return entry;
    }

    /// <summary>An image part: relationship id, file name and upright pixel size.</summary>
    public readonly record struct ImageEntry(string RelationshipId, string FileName, int WidthPx, int HeightPx);

    /// <summary>Restores the previous available width when disposed.</summary>
    public readonly struct WidthScope(Stack<double> widths) : IDisposable
    {
        public void Dispose() => widths.Pop();
    }
}
