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
        options ??= new BulletinOptions();
        var fonts = options.Fonts ?? new FontRegistry();
        BulletinValidator.ThrowIfInvalid(document, options.Theme, fonts, options.MaxImagePixels);
        using var text = new TextLayouter(fonts, options.LineBreaking);
        // The composition goes with the layout, so the Word writer renders the same headings from it.
        var composed = BulletinLayout.Compose(document, options.Theme, text, fonts);
        var layout = BulletinLayout.Layout(composed, text);
        // The Word file's contents box lists its entries in the order this layout printed them.
        return layout with { Faces = PdfFaces.Report(options.Theme, fonts), Composition = composed with { Contents = layout.Contents ?? composed.Contents }, Fonts = fonts };
    }

    /// <summary>
    /// For every role of the options' theme, in role order, the face the theme (and so the Word file)
    /// names and the registered face the PDF and PNG will set it in, with the stand-ins marked: the
    /// report <see cref="LaidOutDocument.Faces"/> gives after a layout, before laying anything out.
    /// </summary>
    /// <exception cref="BulletinValidationException">A role's family, or the stand-in for it, is not registered.</exception>
    public static IReadOnlyList<RoleFace> Faces(BulletinOptions? options = null)
    {
        options ??= new BulletinOptions();
        var fonts = options.Fonts ?? new FontRegistry();
        BulletinValidator.ThrowIfInvalid(new BulletinDocument { Items = [] }, options.Theme, fonts, options.MaxImagePixels);
        return PdfFaces.Report(options.Theme, fonts);
    }
}
