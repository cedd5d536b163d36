namespace Bulletin.Docs.Fonts;

/// <summary>
/// Thrown when a font file cannot be registered because the PDF output could not use it well,
/// e.g. CFF (PostScript) outlines, which Skia's PDF backend embeds as Type 3 bitmap fonts.
/// </summary>
public sealed class UnsupportedFontException : BulletinException
{
    /// <summary>Creates the exception.</summary>
    public UnsupportedFontException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public UnsupportedFontException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public UnsupportedFontException() : base("The font file cannot be used for the PDF.")
    {
    }
}
