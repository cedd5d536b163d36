using Bulletin.Docs.Composition;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Pages;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Validation;

namespace Bulletin.Docs;

/// <summary>
/// Lays bulletins out on pages: the step the PDF and PNG writers share. Lay out once and pass the
/// result to <see cref="BulletinPdf"/> and <see cref="BulletinPng"/> to write both without repeating it.
/// </summary>
public static class BulletinLayoutEngine
{
    /// <summary>
    /// Validates <paramref name="document"/> (including that the registered fonts cover every printed
    /// character) and lays it out with the options' theme and fonts.
    /// </summary>
    /// <exception cref="BulletinValidationException">The document, theme or fonts have problems.</exception>
    /// <exception cref="BulletinLayoutException">A block cannot be placed on any page.</exception>
    public static LaidOutDocument Layout(BulletinDocument document, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ComposeAndLayout(document, options ?? new BulletinOptions()).Layout;
    }

    /// <summary>
    /// Validates <paramref name="document"/> against the fonts, composes it with headings broken as
    /// the layout sets them, and lays it out: the composition is what the Word writer renders too.
    /// </summary>
    /// <exception cref="BulletinValidationException">The document, theme or fonts have problems.</exception>
    /// <exception cref="BulletinLayoutException">A block cannot be placed on any page.</exception>
    internal static (ComposedDocument Composed, LaidOutDocument Layout) ComposeAndLayout(BulletinDocument document, BulletinOptions options)
    {
        var fonts = options.Fonts ?? new FontRegistry();
        BulletinValidator.ThrowIfInvalid(document, options.Theme, fonts, options.MaxImagePixels);
        using var text = new TextLayouter(fonts, options.LineBreaking);
        var composed = BulletinLayout.Compose(document, options.Theme, text);
        return (composed, BulletinLayout.Layout(composed, text) with { Faces = PdfFaces.Report(options.Theme, fonts) });
    }
}
