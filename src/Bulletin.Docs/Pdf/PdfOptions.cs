namespace Bulletin.Docs.Pdf;

/// <summary>How the PDF writer writes a laid-out document.</summary>
public sealed record PdfOptions
{
    /// <summary>The default image resolution limit: 300 dpi at the printed size.</summary>
    public const double DefaultMaxImageDpi = 300;

    /// <summary>The lowest image resolution limit accepted: 72 dpi, one pixel per point.</summary>
    public const double MinImageDpi = 72;

    /// <summary>The highest image resolution limit accepted: 2400 dpi, an imagesetter's.</summary>
    public const double MaxImageDpiLimit = 2400;

    private readonly double maxImageDpi = DefaultMaxImageDpi;

    /// <summary>The PDF/A part the file declares and follows; <see cref="PdfConformance.None"/> by default.</summary>
    public PdfConformance Conformance { get; init; } = PdfConformance.None;

    /// <summary>
    /// Most pixels per inch an embedded picture keeps at its printed size, in dpi (default 300).
    /// A picture with more pixels is downsampled before it is embedded; one within the limit keeps
    /// its samples (JPEG bytes pass through, PNG stays lossless).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 72 or more than 2400 dpi, or to a value that is not a number.</exception>
    public double MaxImageDpi
    {
        get => maxImageDpi;
        init
        {
            if (!(value is >= MinImageDpi and <= MaxImageDpiLimit))
            {
                throw new ArgumentOutOfRangeException(nameof(MaxImageDpi), value, $"The image resolution limit must be between {MinImageDpi} and {MaxImageDpiLimit} dpi.");
            }

            maxImageDpi = value;
        }
    }
}
