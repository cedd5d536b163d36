using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Pdf;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Word;

namespace Bulletin.Docs;

/// <summary>Options shared by the Word, PDF and PNG writers.</summary>
public sealed record BulletinOptions
{
    /// <summary>The theme: page setup and a style per text role.</summary>
    public BulletinTheme Theme { get; init; } = BulletinThemes.Newspaper;

    /// <summary>
    /// The fonts PDF and PNG output draw with. <c>null</c> means an empty registry: every character
    /// is then reported as not covered unless fonts are registered. Pass
    /// <c>DefaultFonts.CreateRegistry()</c> (package Bulletin.Docs.Fonts) for the open Noto CJK fonts.
    /// Share one registry between documents: faces load once.
    /// </summary>
    public FontRegistry? Fonts { get; init; }

    /// <summary>How strictly Chinese line-breaking rules (禁则) apply in PDF and PNG output; GB by default (clreq).</summary>
    public LineBreakStrictness LineBreaking { get; init; } = LineBreakStrictness.GB;

    /// <summary>How the PDF is written: PDF/A conformance and the image resolution limit.</summary>
    public PdfOptions Pdf { get; init; } = new();

    /// <summary>How the Word file is written: whether it embeds the PDF's faces (<see cref="WordOptions.EmbedFonts"/>, which needs <see cref="Fonts"/>).</summary>
    public WordOptions Word { get; init; } = new();

    /// <summary>The default <see cref="MaxImagePixels"/>: 50 megapixels.</summary>
    public const long DefaultMaxImagePixels = Validation.ImageRules.DefaultMaxPixels;

    /// <summary>
    /// The most pixels (stored width × height, from the header) an image may have, 50,000,000 by
    /// default. Validation reads only image headers and rejects a larger picture with a
    /// <see cref="Validation.BulletinValidationException"/> at the image's path before any pixel is
    /// decoded, so a small file claiming a huge picture cannot exhaust memory. Decoding for output
    /// then takes at most about four bytes per pixel of this budget (less when the printed size
    /// needs fewer pixels). Raise it for larger pictures where the memory is there.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public long MaxImagePixels
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxImagePixels), value, "The image pixel budget must be at least 1.");
    } = DefaultMaxImagePixels;
}
