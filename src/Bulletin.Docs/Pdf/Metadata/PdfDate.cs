using System.Globalization;

namespace Bulletin.Docs.Pdf.Metadata;

/// <summary>Dates as the model states them, with the model's own UTC offset; never the process's time zone.</summary>
internal static class PdfDate
{
    /// <summary>ISO 32000-1, 7.9.4: D:YYYYMMDDHHmmSS+HH'mm'.</summary>
    public static string Info(DateTimeOffset date) =>
        "D:" + date.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + Offset(date, '\'') + "'";

    /// <summary>XMP (ISO 16684-1) dates: ISO 8601 with the offset, e.g. 2025-01-07T00:00:00+08:00.</summary>
    public static string Xmp(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Offset(date, ':');

    private static string Offset(DateTimeOffset date, char separator)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var absolute = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{absolute.Hours:00}{separator}{absolute.Minutes:00}");
    }
}
