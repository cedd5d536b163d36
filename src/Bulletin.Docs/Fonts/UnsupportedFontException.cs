using Bulletin.Docs.Model;
namespace Bulletin.Docs.Fonts;

/// <summary>
/// Thrown when a font file cannot be registered because the PDF output could not use it well,
/// e.g. CFF (PostScript) outlines, which the PDF writer does not embed (it writes TrueType outlines only).
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
