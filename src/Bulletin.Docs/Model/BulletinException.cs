namespace Bulletin.Docs.Model;

/// <summary>
/// The base of every error this library raises about its input: a bulletin that fails validation
/// (<c>BulletinValidationException</c>), a valid bulletin that cannot be laid out
/// (<c>BulletinLayoutException</c>) and a font file the PDF cannot use
/// (<c>UnsupportedFontException</c>). One <c>catch (BulletinException)</c> handles them
/// all. Failures of the output stream or disk are not input errors and keep their own types
/// (<see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>, <see cref="NotSupportedException"/> …),
/// and cancellation is an <see cref="OperationCanceledException"/>.
/// </summary>
public abstract class BulletinException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    protected BulletinException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its message and the error that caused it.</summary>
    protected BulletinException(string message, Exception? innerException) : base(message, innerException)
    {
    }
}
