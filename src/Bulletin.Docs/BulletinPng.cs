using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Rendering;

namespace Bulletin.Docs;

/// <summary>Renders bulletin pages as PNG previews from the same laid-out pages the PDF is written from.</summary>
public static class BulletinPng
{
    /// <summary>The default preview resolution in dots per inch.</summary>
    public const double DefaultDpi = 96;

    /// <summary>The lowest resolution the renderers accept, in dots per inch.</summary>
    public const double MinDpi = 10;

    /// <summary>The highest resolution the renderers accept, in dots per inch.</summary>
    public const double MaxDpi = 1200;

    /// <summary>Renders every page of <paramref name="document"/>; element <c>i</c> is page <c>i + 1</c>.</summary>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems, or text no registered font covers.</exception>
    public static IReadOnlyList<byte[]> RenderPages(BulletinDocument document, BulletinOptions? options = null, double dpi = DefaultDpi)
    {
        ArgumentNullException.ThrowIfNull(document);
        return RenderPages(BulletinLayoutEngine.Layout(document, options), dpi);
    }

    /// <summary>Renders every page of an already laid-out document.</summary>
    /// <exception cref="ArgumentException">A page's width or height is outside 3–14400 pt (a layout made by hand).</exception>
    public static IReadOnlyList<byte[]> RenderPages(LaidOutDocument layout, double dpi = DefaultDpi)
    {
        ArgumentNullException.ThrowIfNull(layout);
        CheckDpi(dpi);
        for (var index = 0; index < layout.Pages.Count; index++)
        {
            LayoutArguments.ThrowIfBadSize(layout, index, nameof(layout));
        }

        return PngPainter.PaintAll(layout, dpi);
    }

    /// <summary>Renders one page (1-based <paramref name="pageNumber"/>) of an already laid-out document.</summary>
    /// <exception cref="ArgumentOutOfRangeException">There is no such page.</exception>
    /// <exception cref="ArgumentException">The page's width or height is outside 3–14400 pt (a layout made by hand).</exception>
    public static byte[] RenderPage(LaidOutDocument layout, int pageNumber, double dpi = DefaultDpi)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageNumber, layout.Pages.Count);
        CheckDpi(dpi);
        LayoutArguments.ThrowIfBadSize(layout, pageNumber - 1, nameof(layout));
        return PngPainter.Paint(layout.Pages[pageNumber - 1], dpi);
    }

    /// <summary>Renders one page (1-based <paramref name="pageNumber"/>) and writes the PNG to <paramref name="output"/>.</summary>
    /// <param name="layout">The laid-out pages.</param>
    /// <param name="pageNumber">The page, from 1.</param>
    /// <param name="output">Any writable stream; it need not be seekable. It is not closed.</param>
    /// <param name="dpi">The resolution in dots per inch, 10 to 1200.</param>
    /// <exception cref="ArgumentOutOfRangeException">There is no such page, or the resolution is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public static void WritePage(LaidOutDocument layout, int pageNumber, Stream output, double dpi = DefaultDpi)
    {
        OutputStreams.CheckWritable(output, nameof(output));
        output.Write(RenderPage(layout, pageNumber, dpi));
    }

    /// <summary>
    /// Renders one page and writes the PNG to <paramref name="output"/> with asynchronous writes only
    /// (for streams that forbid synchronous I/O), then flushes it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">There is no such page, or the resolution is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WritePageAsync(LaidOutDocument layout, int pageNumber, Stream output, double dpi = DefaultDpi, CancellationToken cancellationToken = default)
    {
        OutputStreams.CheckWritable(output, nameof(output));
        cancellationToken.ThrowIfCancellationRequested();
        return OutputStreams.WriteAsync(RenderPage(layout, pageNumber, dpi), output, cancellationToken);
    }

    /// <summary>
    /// Writes every page as <c>{baseName}-p1.png</c>, <c>{baseName}-p2.png</c> … into <paramref name="folder"/>
    /// (each file atomically) and returns the paths.
    /// </summary>
    /// <remarks>
    /// The file is written to a temporary file beside the target (<c>.bulletin-{pid}-{8 hex}.tmp</c>,
    /// so any legal target name works), flushed to disk and renamed over the target: readers see the
    /// old file or the whole new one. A failure (validation, layout, a full or read-only disk)
    /// deletes the temporary file and leaves the target as it was. The new file keeps the target's
    /// permission bits; its owner and group are the writing process's. A symlink at the path is
    /// followed and the file it points to is replaced, the link kept. A process killed while writing
    /// leaves its temporary file; the next write into the same folder deletes such files once their
    /// process has ended and they are ten minutes old.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="folder"/> or <paramref name="baseName"/> is empty, or
    /// <paramref name="baseName"/> holds a <c>/</c> or <c>\</c> (it is a file name, not a path).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The resolution is out of range.</exception>
    public static IReadOnlyList<string> WriteFiles(LaidOutDocument layout, string folder, string baseName, double dpi = DefaultDpi)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(baseName);
        if (baseName.IndexOfAny(['/', '\\']) >= 0 || Path.GetFileName(baseName) != baseName)
        {
            // "../escape" would write escape-p1.png beside the folder, not in it.
            throw new ArgumentException($"The base name '{baseName}' is a path; give a file name, and the folder separately.", nameof(baseName));
        }

        var pages = RenderPages(layout, dpi);
        Directory.CreateDirectory(folder);
        var paths = new List<string>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var path = Path.Combine(folder, $"{baseName}-p{i + 1}.png");
            var bytes = pages[i];
            AtomicFile.Write(path, stream => stream.Write(bytes));
            paths.Add(path);
        }

        return paths;
    }

    private static void CheckDpi(double dpi)
    {
        if (!(dpi is >= MinDpi and <= MaxDpi))
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The resolution must be between {MinDpi} and {MaxDpi} dpi."));
        }
    }
}
