namespace Bulletin.Docs.Pdf;

/// <summary>How the PDF writer writes a laid-out document.</summary>
public sealed record PdfOptions
{
    /// <summary>The default image resolution limit: 300 dpi at the printed size.</summary>
    public const double DefaultMaxImageDpi = 300;

    /// <summary>The PDF/A part the file declares and follows; <see cref="PdfConformance.None"/> by default.</summary>
    public PdfConformance Conformance { get; init; } = PdfConformance.None;

    /// <summary>
    /// Most pixels per inch an embedded picture keeps at its printed size, in dpi (default 300).
    /// A picture with more pixels is downsampled before it is embedded; one within the limit keeps
    /// its samples (JPEG bytes pass through, PNG stays lossless).
    /// </summary>
    /// <remarks>Must be at least 72 and at most 2400.</remarks>
    public double MaxImageDpi { get; init; } = DefaultMaxImageDpi;
}
